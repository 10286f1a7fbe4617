"""location, issue 13: a town written only in its case after a spot of one's own ("z vrta v
Mariboru") is given in the one base form GeoNames knows in the mail's languages' countries
("Maribor"), as a curator would write it; a word with no such single base stays as written.
And the place a sender went up to ("sono salito fino al Rifugio …", Italian "fino", "apposta"
before the preposition) is where the photo was taken, not the town below it (batch-38, b33)."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_place

_SL = (
    "Pozdravljeni,\n\npošiljam posnetek Mednarodne vesoljske postaje, ki sem ga naredil 2. "
    "julija 2024 ob 21:33:48 (CEST) z vrta v {town}. Na posnetku se lepo vidijo sončni paneli "
    "in modul Columbus, čeprav je bilo ozračje precej nemirno.\n\nLep pozdrav,\nLuka"
)


def test_a_town_in_its_case_after_ones_garden_is_given_in_its_base_form() -> None:
    assert mail_place("ISS posnetek", _SL.format(town="Mariboru")) == "Maribor"


def test_a_village_of_many_base_forms_stays_as_written() -> None:
    assert mail_place("ISS posnetek", _SL.format(town="Podgorju")) == "Podgorju"


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Abito a Milano ma per questa foto sono salito fino al\nRifugio Quintino Sella al Felik, "
         "a 3585 m, sopra Gressoney. La ISS è passata alle 22:27 ora italiana.",
         "Rifugio Quintino Sella al Felik"),
        ("Siamo saliti apposta al Rifugio Città di Busto per la foto. Passaggio alle 21:52.",
         "Rifugio Città di Busto"),
    ],
)  # fmt: skip
def test_the_refuge_gone_up_to_is_the_place_not_the_town_below(body: str, place: str) -> None:
    assert mail_place("ISS sopra il Monte Rosa", body) == place

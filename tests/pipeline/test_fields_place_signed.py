"""The town under the sender's name in a sign-off's block is the place of a mail that
names no other (issue 13): "З повагою, / Олена / Львів"; never a job beside a town, nor
the sender's own name."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_signed import signed_town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Фото МКС над ратушею.\n\nЗ повагою,\nОлена Коваленко\nЧернівці\n", "Чернівці"),
        ("Kuva pihalta.\n\nTerveisin\nJuha Mäkinen\nJyväskylä\n", "Jyväskylä"),
        ("Shot from the yard.\n\nClear skies,\nDale Hutchins\nTucson, AZ\n", "Tucson, AZ"),
        ("Foto aus dem Garten.\n\nViele Grüße\nAnna Berg\nSternfreunde Nord\nKiel\n", "Kiel"),
    ],
)
def test_a_town_alone_under_the_senders_name_is_the_place(text: str, town: str) -> None:
    assert signed_town(text) == town


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("Billede fra stranden.\n\nMed venlig hilsen\nMette Kjærgaard\nNaturvejleder, Vordingborg\n", None),
        ("Pozdrav,\nu privitku.\nIvan\n", "Ivan Horvat"),
        ("Photo attached.\n\nCheers,\nMadrid\n", None),
        ("Kiel is where I saw it.\n\nViele Grüße\nAnna\n", None),
    ],
)  # fmt: skip
def test_no_town_from_a_job_line_the_senders_name_or_the_name_line(
    text: str, sender: str | None
) -> None:
    assert signed_town(text, sender) is None

"""location: a labelled line's place ("Místo: Karlštejn, okres Beroun") stands in the base
form a map writes, so it is kept when the Subject writes the same name in a case ending
("ISS nad Karlštejnem"); a place in a sentence whose case leaves its base form a guess
("na Fruškoj gori" under "ISS iznad Fruške gore") still gives none."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS nad Karlštejnem – přihláška", "posílám snímek ISS nad hradem Karlštejn.\n\nMísto: Karlštejn, okres Beroun\nVybavení: Nikon Z6\n\nS pozdravem\nJakub Dvořák\nAstronomický klub Beroun\n", "Karlštejn, okres Beroun"),
        ("МСС изнад Звездаре", "Шаљем вам фотографију станице изнад куполе опсерваторије.\n\nМесто: Звездара, Београд\nОпрема: Canon EOS 700D\n", "Звездара, Београд"),
        ("ISS virš Trakų pilies", "Šiandien vakare TKS praskriejo virš salos pilies.\n\nVieta: Trakai, Galvės ežero krantas\nFotoaparatas: Sony A7S III\n", "Trakai, Galvės ežero krantas"),
        ("МКС над Високим Замком", "Сьогодні ввечері зняв МКС над замком, проліт був дуже яскравий.\n\nМісце: Високий Замок, Львів\nКамера: Sony A7 III\n", "Високий Замок, Львів"),
    ],
)  # fmt: skip
def test_a_labelled_place_is_kept_whatever_case_the_subject_puts_it_in(
    subject: str, body: str, place: str
) -> None:
    assert mail_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # the place only in a sentence, in a case: its base form would be a guess
        ("ISS iznad Fruške gore", "šaljem vam fotografiju stanice snimljenu na Fruškoj gori, iznad spomenika.\n"),
        # the same in Cyrillic, with a labelled line that names no place but the camera
        ("ИСС изнад Фрушке горе", "шаљем вам фотографију станице снимљену на Фрушкој гори.\n\nОпрема: Canon EOS 700D\n"),
    ],
)  # fmt: skip
def test_a_place_in_a_case_under_a_subject_in_another_stays_unknown(
    subject: str, body: str
) -> None:
    assert mail_place(subject, body) is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # a town GeoNames knows: its base form
        ("Przesyłam zdjęcie ISS.\n\nMiejsce: w Zakopanem\nCzas: 21:04 UTC\n", "Zakopane"),
        # a village it does not know: nothing, never the lead and the case form
        ("Pošiljam fotografijo ISS.\n\nKraj: na Ljubljanskem barju\nČas: 21:04 UTC\n", None),
        ("Posílám fotku ISS.\n\nMísto: ve Zhůři u Nýrska\nČas: 21:04 UTC\n", None),
    ],
)  # fmt: skip
def test_a_labelled_place_written_after_a_case_lead_is_its_base_form_or_nothing(
    body: str, place: str | None
) -> None:
    assert mail_place("ISS", body) == place

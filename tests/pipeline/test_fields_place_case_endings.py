"""location, issue 13: a name written in a case ending is given in its base form only where
it is certain, else none: a Hungarian town in the inessive before a comma is no 'Place,
Region' ('Ságújfaluban, Magyarország első …'); a Serbian site the Subject and the body
write in two case endings ('Fruške gore', 'Fruškoj gori') gives none, in either script."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("Elküldöm a felvételemet, amelyet Ságújfaluban, Magyarország első csillagoségbolt-falujában készítettem.\n", "Ságújfalu"),
        ("Elküldöm a felvételemet, amelyet Szegeden, Magyarország déli részén készítettem, 17:19-kor, a kertből.\n", "Szeged"),
    ],
)  # fmt: skip
def test_a_hungarian_town_in_a_case_ending_before_a_comma_is_its_base_form(
    body: str, town: str
) -> None:
    assert mail_place("ISS-csík", body) == town


def test_a_town_before_its_region_as_written_is_read_with_it() -> None:
    assert mail_place("ISS pass", "Photo taken in Kalamazoo, Michigan.\n") == "Kalamazoo, Michigan"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS iznad Fruške gore", "šaljem vam fotografiju snimljenu kod Iriškog venca na Fruškoj gori,\nu utorak, 10. novembra 2026, u 17:26:45.\n"),
        ("ИСС изнад Фрушке горе", "шаљем вам фотографију снимљену код Иришког венца на Фрушкој гори,\nу уторак, 10. новембра 2026, у 17:26:45.\n"),
    ],
)  # fmt: skip
def test_a_site_the_subject_and_the_body_write_in_two_case_endings_is_no_place(
    subject: str, body: str
) -> None:
    assert mail_place(subject, body) is None


def test_a_site_the_subject_writes_as_the_body_does_stays_as_written() -> None:
    subject = "Снимак ISS са Фрушке горе"
    body = "шаљем снимак станице, снимљен синоћ са Фрушке горе, код Иришког венца.\n"
    assert (mail_place(subject, body) or "").startswith("Фрушке горе")

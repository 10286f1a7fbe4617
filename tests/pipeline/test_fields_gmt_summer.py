"""A time written in GMT from a place whose winter clock is GMT but which shows summer time
that day ("22:47 GMT" from London in June, under BST; Lisbon in July, under WEST) may be the
sender's own clock called GMT all year: no UT time, a note with both readings, and the reply
asks (issue 13, batch-32). GMT anywhere else, or in winter there, is UT as written."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.mailkit import mail_fields

SUMMER = "Wed, 25 Jun 2025 23:18:44 +0100"
WINTER = "Wed, 10 Dec 2025 23:18:44 +0000"


def _photo(place: str, day: str) -> str:
    return f"My photo of the ISS from {place}, taken on {day} at 22:47 GMT, climbing to 61°."


@pytest.mark.parametrize(
    "place",
    [
        "Butler's Wharf, London",
        "Greenwich Park in London",
        "Cascais, near Lisbon",
        "Canary Wharf, London",
    ],
)
def test_gmt_in_a_gmt_countrys_summer_gives_no_time_and_asks(place: str) -> None:
    fields = mail_fields("ISS photo", _photo(place, "25 June 2025"), date=SUMMER)
    assert fields.taken_at is None and fields.taken_date == "2025-06-25"
    assert any("22:47 UT as written" in note for note in fields.notes)
    assert any(q.kind == "zone_in_force" for q in fields.questions)


@pytest.mark.parametrize(
    ("place", "day", "date"),
    [
        ("Butler's Wharf, London", "10 December 2025", WINTER),  # GMT in force: UT
        ("Berlin", "25 June 2025", "Wed, 25 Jun 2025 23:18:44 +0200"),  # a CET country's GMT
        ("our garden", "25 June 2025", SUMMER),  # no place named: GMT as written
    ],
)
def test_gmt_in_winter_or_elsewhere_is_ut_as_written(place: str, day: str, date: str) -> None:
    fields = mail_fields("ISS photo", _photo(place, day), date=date)
    assert fields.taken_at is not None and fields.taken_at.time().hour == 22
    assert fields.taken_at.tzinfo is UTC and fields.taken_at.minute == 47
    assert fields.taken_at.date() == datetime.strptime(day, "%d %B %Y").date()

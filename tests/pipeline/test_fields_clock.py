"""Clock times in more shapes, and zones written in words or in brackets after the time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.clock import find_times
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.fields.zones import parse_zone
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _ut(text: str, header: datetime | None = None) -> datetime | None:
    return find_taken_at(text, NO_MEDIA, header).taken_at


@pytest.mark.parametrize(
    ("text", "clock", "zone"),
    [
        ("Zeit: 21h34m UT", "21:34:00", "UT"),
        ("à 23h41m05s (UTC+2)", "23:41:05", "UTC+2"),
        ("om 19.58 uur UT", "19:58:00", "UT"),
        ("alle ore 17.52 UTC", "17:52:00", "UTC"),
        ("um 20.15 Uhr", "20:15:00", None),
    ],
)
def test_times_written_with_letters_or_dots_are_read(
    text: str, clock: str, zone: str | None
) -> None:
    (hit,) = find_times(text)
    assert (hit.clock.isoformat(), hit.zone) == (clock, zone)


@pytest.mark.parametrize(
    "text", ["The lens weighs 20.47 kg", "om 12.05.2024 gefotografeerd", "Diameter 10.20 mm"]
)
def test_dotted_numbers_that_are_not_times_are_not_read_as_times(text: str) -> None:
    assert find_times(text) == []


def test_a_word_after_hours_and_minutes_is_not_read_as_their_minutes_mark() -> None:
    (hit,) = find_times("at 21h34 mag -3.2")
    assert (hit.text, hit.zone) == ("21h34", None)


def test_a_zone_in_brackets_a_few_words_after_the_time_counts() -> None:
    text = "Data: 14/08/2024\nOra: 21:05:33 (ora legale italiana, UTC+2)"
    assert _ut(text) == datetime(2024, 8, 14, 19, 5, 33, tzinfo=UTC)
    text = "Przelot 27 lipca 2024 o godz. 22:41:15 czasu polskiego (CEST)."
    assert _ut(text) == datetime(2024, 7, 27, 20, 41, 15, tzinfo=UTC)


def test_brackets_that_hold_another_time_lend_it_no_zone() -> None:
    (first, second) = find_times("Taken at 21:34 (that is 19:34 UTC)")
    assert first.zone is None and second.zone == "UTC"


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        (
            "ISS on Monday 11/11/2024, 6:02:35 pm Eastern.",
            datetime(2024, 11, 12, 7, 30, tzinfo=timezone(timedelta(hours=-5))),
            datetime(2024, 11, 11, 23, 2, 35, tzinfo=UTC),
        ),
        (
            "Passagem em 9 de maio de 2024, às 19h34 (horário de Brasília).",
            None,
            datetime(2024, 5, 9, 22, 34, tzinfo=UTC),
        ),
        (
            "Tomada el 7 de julio de 2024 a las 22:15 hora peninsular.",
            None,
            datetime(2024, 7, 7, 20, 15, tzinfo=UTC),
        ),
    ],
)
def test_zones_written_in_words_follow_the_places_summer_time(
    text: str, header: datetime | None, ut: datetime
) -> None:
    assert _ut(text, header) == ut


def test_eastern_with_no_place_or_clock_to_settle_it_is_not_used() -> None:
    zone = parse_zone("Eastern")
    assert zone is not None and not zone.usable and "ambiguous" in (zone.problem or "")
    assert _ut("ISS on 11 November 2024, 6:02:35 pm Eastern.") is None


def test_an_irish_ist_from_a_winter_clock_is_not_settled() -> None:
    winter = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)  # Ireland is on GMT: "IST" is not in force
    zone = parse_zone("IST", "", winter)
    assert zone is not None and not zone.usable
    assert _ut("ISS from last night, 3 March 2024 at 19:45 IST.", winter) is None


def test_an_irish_ist_from_a_summer_clock_is_settled() -> None:
    summer = datetime(2024, 7, 4, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    text = "ISS on 3 July 2024 at 22:45 IST."
    assert _ut(text, summer) == datetime(2024, 7, 3, 21, 45, tzinfo=UTC)

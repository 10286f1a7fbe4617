"""Zones as photographers write them: only certain ones turn a local time into UT."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.zones import is_zone_word, parse_zone, to_ut

MAY_EVENING = datetime(2024, 5, 12, 23, 34)


def ut_of(token: str, local: datetime = MAY_EVENING, context: str = "") -> datetime | None:
    zone = parse_zone(token, context)
    assert zone is not None, token
    return to_ut(local, zone)[0]


@pytest.mark.parametrize("token", ["UT", "UTC", "utc", "GMT", "Z", "TU", "U.T."])
def test_universal_time_names_are_ut(token: str) -> None:
    assert ut_of(token) == datetime(2024, 5, 12, 23, 34, tzinfo=UTC)


@pytest.mark.parametrize(
    ("token", "hour"),
    [
        ("+02:00", 21),
        ("+0200", 21),
        ("UTC+2", 21),
        ("UTC +2", 21),
        ("GMT-5", 4),
        ("UT+05:30", 18),
        ("-03:00", 2),
    ],
)
def test_numeric_offsets_are_subtracted(token: str, hour: int) -> None:
    result = ut_of(token)
    assert result is not None
    assert (result.hour, result.minute) == (hour, 4 if token == "UT+05:30" else 34)


@pytest.mark.parametrize(
    ("token", "offset_hours"),
    [
        ("EDT", -4),
        ("PDT", -7),
        ("CEST", 2),
        ("MESZ", 2),
        ("SELČ", 2),
        ("EEST", 3),
        ("MSK", 3),
        ("JST", 9),
        ("AEST", 10),
        ("NZST", 12),
        ("SAST", 2),
        ("HST", -10),
    ],
)
def test_unambiguous_abbreviations_use_their_offset(token: str, offset_hours: int) -> None:
    assert ut_of(token) == MAY_EVENING.replace(tzinfo=UTC) - timedelta(hours=offset_hours)


def test_iana_names_follow_summer_time() -> None:
    assert ut_of("Europe/Budapest") == datetime(2024, 5, 12, 21, 34, tzinfo=UTC)
    assert ut_of("Europe/Budapest", datetime(2024, 1, 12, 23, 34)) == datetime(
        2024, 1, 12, 22, 34, tzinfo=UTC
    )


@pytest.mark.parametrize("token", ["IST", "CST", "BST", "AST"])
def test_ambiguous_abbreviations_are_flagged_not_used(token: str) -> None:
    zone = parse_zone(token, "A lovely clear night in my garden.")
    assert zone is not None and not zone.usable
    result, notes = to_ut(MAY_EVENING, zone)
    assert result is None
    assert token in notes[0] and "ambiguous" in notes[0]


def test_a_place_in_the_message_settles_an_ambiguous_abbreviation() -> None:
    assert ut_of("IST", context="Shot from Pune, India") == datetime(2024, 5, 12, 18, 4, tzinfo=UTC)
    assert ut_of("CST", context="from my backyard in Austin, Texas") == datetime(
        2024, 5, 13, 5, 34, tzinfo=UTC
    )
    assert ut_of("BST", context="Clear skies over Leeds, England") == datetime(
        2024, 5, 12, 22, 34, tzinfo=UTC
    )


def test_two_places_leave_an_ambiguous_abbreviation_unsettled() -> None:
    zone = parse_zone("IST", "I moved from Dublin, Ireland to Delhi, India")
    assert zone is not None and not zone.usable


def test_the_senders_clock_settles_an_ambiguous_abbreviation() -> None:
    india = datetime(2024, 5, 13, 9, 0, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    zone = parse_zone("IST", "", india)
    assert zone is not None and zone.usable
    assert to_ut(MAY_EVENING, zone)[0] == datetime(2024, 5, 12, 18, 4, tzinfo=UTC)


def test_est_written_in_july_is_converted_as_written_with_a_note() -> None:
    zone = parse_zone("EST")
    assert zone is not None
    result, notes = to_ut(datetime(2024, 7, 12, 21, 34), zone)
    assert result == datetime(2024, 7, 13, 2, 34, tzinfo=UTC)
    assert notes and "EST" in notes[0] and "summer time" in notes[0]


def test_est_written_in_winter_has_no_note() -> None:
    zone = parse_zone("EST")
    assert zone is not None
    assert to_ut(datetime(2024, 1, 12, 21, 34), zone)[1] == ()


def test_cest_written_in_winter_gets_a_note() -> None:
    zone = parse_zone("CEST")
    assert zone is not None
    assert "standard time" in to_ut(datetime(2024, 1, 12, 21, 34), zone)[1][0]


@pytest.mark.parametrize("token", ["ISS", "Uhr", "the", "+25:00", "UTC+15", "Mars/Olympus"])
def test_words_that_are_not_zones_are_not_zones(token: str) -> None:
    assert not is_zone_word(token)
    assert parse_zone(token) is None

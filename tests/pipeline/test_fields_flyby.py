"""Flyby details: max elevation, from–to times in UT and magnitude, each only when certain."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipom_mail.pipeline.fields.flyby import find_flyby, find_span
from ipom_mail.pipeline.fields.flyby_numbers import find_magnitude, find_max_elevation
from ipom_mail.pipeline.fields.taken_at import TakenAt, find_taken_at
from ipom_mail.pipeline.values import Flyby, Media

SENT = datetime(2024, 5, 20, 10, 0, tzinfo=timezone(timedelta(hours=2)))
NOTHING = TakenAt(None, None, None)
PHOTO_AT = TakenAt(datetime(2024, 5, 12, 21, 35, tzinfo=UTC), "body", None)
PHOTO_DAY = TakenAt(None, None, "2024-05-12")


def utc(hour: int, minute: int, day: int = 12) -> datetime:
    return datetime(2024, 5, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("max. elevation 72°", 72.0),
        ("The ISS passed at 6:47am EST at Max Pass 84°.", 84.0),
        ("Maximum altitude: 63.5 degrees", 63.5),
        ("max. Höhe 58°", 58.0),
        ("maximale Höhe von 41 Grad", 41.0),
        ("culmination 45°", 45.0),
        ("culminating at 80° in the south", 80.0),
        ("elevación máxima 60°", 60.0),
        ("hauteur max 50°", 50.0),
        ("altezza massima 38°", 38.0),
        ("max. magasság 40°", 40.0),
        ("maksymalna wysokość 55°", 55.0),
        ("maximální výška 62°", 62.0),
        ("a 72° high pass", 72.0),
        ("Elevação máxima: 47,5°", 47.5),
        ("The pass was bright, about magnitude -3.2, and reached 65 degrees.", 65.0),
        ("A legnagyobb magasság 62° volt", 62.0),
        ("höchster Punkt bei 81° im Süden", 81.0),
    ],
)
def test_max_elevation_is_read_in_many_languages(text: str, degrees: float) -> None:
    assert find_max_elevation(text) == degrees


@pytest.mark.parametrize(
    "text",
    [
        "the Sun was at -15.3° below the horizon",
        "Sun max altitude 20°",
        "ISS Angular Size: 59.78″",
        "Elevation 45° at the time of the transit",
        "max elevation 72° (first pass) and max elevation 35° (second pass)",
        "max elevation 120°",
        "max elevation at azimuth 220°",
        "lens with a maximum field of view of 84°",
    ],
)
def test_no_max_elevation_is_invented(text: str) -> None:
    assert find_max_elevation(text) is None


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [
        ("brightness -3.6 mag", -3.6),
        ("-3.6 mag", -3.6),
        ("The ISS brightness was at -3.9 and the Sun was at -15.3°", -3.9),
        ("Helligkeit -2,9 mag", -2.9),
        ("magnitud -3,5", -3.5),
        ("magnitudine: −3,1", -3.1),
        ("fényesség -3,2", -3.2),
        ("jasność -2,7 mag", -2.7),
        ("Magnitude: +1.2", 1.2),
        ("luminosité -3,4 mag", -3.4),
    ],
)
def test_magnitude_is_read_with_decimal_points_or_commas(text: str, magnitude: float) -> None:
    assert find_magnitude(text) == magnitude


@pytest.mark.parametrize(
    "text",
    [
        "Moon Phase: 96.9% Waxing Gibbous",
        "Moon magnitude -12.7",
        "brightness 96.9%",
        "Data: 12 mag 2024",
        "magnitude -12",
        "brightness -3.6, later brightness -2.1",
    ],
)
def test_no_magnitude_is_invented(text: str) -> None:
    assert find_magnitude(text) is None


def test_a_span_in_ut_is_placed_on_the_photos_date() -> None:
    start, end = find_span("ISS pass from 21:32 to 21:38 UT", PHOTO_AT, SENT)
    assert (start, end) == (utc(21, 32), utc(21, 38))


def test_a_span_in_local_summer_time_is_turned_into_ut() -> None:
    span = find_span("Überflug von 23:32 bis 23:38 Uhr MESZ", PHOTO_DAY, SENT)
    assert span == (utc(21, 32), utc(21, 38))


def test_a_span_crossing_midnight_ends_the_next_day() -> None:
    taken = TakenAt(datetime(2024, 5, 12, 23, 59, tzinfo=UTC), "body", None)
    assert find_span("23:57-00:03 UTC", taken, SENT) == (utc(23, 57), utc(0, 3, day=13))


def test_a_span_in_ut_near_midnight_uses_the_day_that_fits_the_photo() -> None:
    taken = TakenAt(datetime(2024, 5, 13, 0, 1, tzinfo=UTC), "body", None)
    assert find_span("pass 23:57–00:04 UTC", taken, SENT) == (utc(23, 57), utc(0, 4, day=13))


def test_a_span_with_its_own_date_uses_it() -> None:
    span = find_span("Passage le 12/05/2024 de 21h32 à 21h38 TU", NOTHING, SENT)
    assert span == (utc(21, 32), utc(21, 38))


def test_a_span_without_zone_gives_no_times() -> None:
    assert find_span("visible from 23:32 to 23:38", PHOTO_DAY, SENT) == (None, None)


def test_a_span_without_any_date_gives_no_times() -> None:
    assert find_span("from 21:32 to 21:38 UT", NOTHING, SENT) == (None, None)


def test_a_long_span_is_not_a_flyby() -> None:
    text = "From 22:00 to 04:30 UT I took the startrails"
    assert find_span(text, PHOTO_DAY, SENT) == (None, None)


def test_a_span_far_from_the_photos_time_is_not_its_pass() -> None:
    assert find_span("from 19:02 to 19:08 UT", PHOTO_AT, SENT) == (None, None)


def test_the_dragon_quote_gives_elevation_and_brightness_only() -> None:
    text = (
        "The ISS and SpaceX Dragon CRS-20 passed time was at 6:47am EST at Max Pass 84°. "
        "The ISS brightness was at -3.9 and the Sun was at -15.3° below the horizon."
    )
    taken = find_taken_at(text, Media(()), datetime(2020, 3, 12, tzinfo=UTC))
    assert find_flyby(text, taken, None) == Flyby(84.0, None, None, -3.9)


def test_an_angular_size_and_moon_phase_give_no_flyby() -> None:
    text = "ISS Angular Size: 59.78″ Moon Phase: 96.9% Waxing Gibbous Transit Duration: .47s"
    assert find_flyby(text, NOTHING, None) == Flyby()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aufnahmezeit: 12. Mai 2024, 23:35:10 MESZ\n"
            "Überflug von 23:32 bis 23:38 Uhr MESZ, max. Höhe 58°, Helligkeit -2,9 mag",
            Flyby(58.0, utc(21, 32), utc(21, 38), -2.9),
        ),
        (
            "Fecha: 12/05/2024. Pase de 21:32 a 21:38 UTC, elevación máxima 60°, magnitud -3,5",
            Flyby(60.0, utc(21, 32), utc(21, 38), -3.5),
        ),
        (
            "Date : 12 mai 2024. Passage de 21h32 à 21h38 TU, hauteur max 50°, magnitude -3,2",
            Flyby(50.0, utc(21, 32), utc(21, 38), -3.2),
        ),
        (
            "Időpont: 2024. május 12. 21:35 UT. Áthaladás 21:32 és 21:38 UT között, "
            "max. magasság 40°, fényesség -3,2",
            Flyby(40.0, utc(21, 32), utc(21, 38), -3.2),
        ),
    ],
)
def test_whole_messages_give_every_flyby_detail(text: str, expected: Flyby) -> None:
    taken = find_taken_at(text, Media(()), SENT)
    assert find_flyby(text, taken, SENT) == expected


_PIECES = st.sampled_from(
    [*"0123456789:.,-−° ()\n", "max", "elevation", "mag", "brightness", "Sun", "from", "to", "UT"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=50).map("".join))
def test_no_text_makes_the_flyby_reader_fail_or_invent_a_range(text: str) -> None:
    flyby = find_flyby(text, PHOTO_DAY, SENT)
    assert flyby.max_elevation_deg is None or 0 < flyby.max_elevation_deg <= 90
    assert flyby.magnitude is None or -8 <= flyby.magnitude <= 6


def test_a_span_of_seconds_is_a_stack_not_a_pass() -> None:
    assert find_span("from 21:34:02 to 21:34:09 UT", PHOTO_AT, SENT) == (None, None)


def test_the_span_of_a_recording_is_not_the_pass() -> None:
    text = "Timelapse from 21:30 to 21:38 UT, 480 frames of 1 s"
    assert find_span(text, PHOTO_DAY, SENT) == (None, None)

"""A series or long exposure "from 02:10 to 02:18 UT": taken_at is its start, taken_until its end.

A from–to span in a sentence about a series, an exposure, a timelapse or a video
is the photo's own; a pass window is the flyby's; a shot inside a pass window is
the photo's time and the window stays the flyby's.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())
SENT = datetime(2023, 10, 16, 9, 0, tzinfo=timezone(timedelta(hours=2)))


def _ut(day: int, h: int, m: int) -> datetime:
    return datetime(2023, 10, day, h, m, tzinfo=UTC)


SERIES = [
    ("Series from 02:10 to 02:18 UT on 14 October 2023.", _ut(14, 2, 10), _ut(14, 2, 18)),
    (
        "Timelapse of the pass on 14 October 2023, from 21:30 to 21:38 UT.",
        _ut(14, 21, 30),
        _ut(14, 21, 38),
    ),
    (
        "Meine Serie vom 14.10.2023: die Aufnahmen laufen von 21:34 bis 21:39 MESZ.",
        _ut(14, 19, 34),
        _ut(14, 19, 39),
    ),
    ("Serie fra 00:10 til 00:16 UT, 15.10.2023, fra Bygdøy.", _ut(15, 0, 10), _ut(15, 0, 16)),
    ("2023.10.14. 18:31–18:36 UT között készült sorozat.", _ut(14, 18, 31), _ut(14, 18, 36)),
    ("Série du 14/10/2023, de 20:05 à 20:11 TU.", _ut(14, 20, 5), _ut(14, 20, 11)),
    ("Long exposure on 14 October 2023, 23:55 to 00:05 UT.", _ut(14, 23, 55), _ut(15, 0, 5)),
]


@pytest.mark.parametrize(("text", "start", "end"), SERIES)
def test_a_series_gives_its_start_and_end(text: str, start: datetime, end: datetime) -> None:
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert (taken.taken_at, taken.until) == (start, end)


def test_a_series_is_not_the_pass_window() -> None:
    text = "2023.10.14. 18:31–18:36 UT között készült sorozat, egymásra fényesítve."
    taken = find_taken_at(text, NO_MEDIA, SENT)
    flyby = find_flyby(text, taken, SENT)
    assert (flyby.start, flyby.end) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pass on 14 October 2023 from 21:33 to 21:40 UT, max elevation 84°.",
        "Überflug am 14.10.2023 von 21:33 bis 21:40 UT.",
    ],
)
def test_a_pass_window_alone_is_not_the_photos_time(text: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at is None and taken.until is None


def test_a_shot_inside_a_pass_window_is_the_photo_and_the_window_the_flyby() -> None:
    text = (
        "Shot on 14 October 2023 at 22:41 UT.\n"
        "The pass lasted from 22:38 to 22:45 UT, max elevation 60°."
    )
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert (taken.taken_at, taken.until) == (_ut(14, 22, 41), None)
    flyby = find_flyby(text, taken, SENT)
    assert (flyby.start, flyby.end) == (_ut(14, 22, 38), _ut(14, 22, 45))

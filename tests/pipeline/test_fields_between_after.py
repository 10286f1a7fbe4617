"""A series between two times with "between" written after them (issue 13, batch-23).

Hungarian, Finnish, Turkish and Estonian put "between" after the second time: "20:12:30 és
20:17:10 között készült (nyári idő, UTC+2)", "20:12:30 ja 20:17:10 välillä", "20:12:30 ile
20:17:10 arasında", "20:12:30 ja 20:17:10 vahel". Such a span of a series is the photo's
own (taken_at and taken_until); "and" alone joins no span; a pass window so written leaves
the photo's own time to its own words; a summer zone out of season is asked about.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())
_HU = "Küldöm a képemet a Nemzetközi Űrállomásról, amely 2026. {day}-én, szombat este készült. "
_FI = "Lähetän kuvani kansainvälisestä avaruusasemasta, otettu 19.9.2026 Nuuksiossa. "
_TR = "Uluslararası Uzay İstasyonu fotoğrafım 19 Eylül 2026 akşamı çekildi. "
_ET = "Saadan oma foto rahvusvahelisest kosmosejaamast, pildistatud 19. septembril 2026. "


def _ut(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, 9, 19, hour, minute, second, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "header", "start", "end"),
    [
        (_HU.format(day="szeptember 19") + "A sorozat 20:12:30 és 20:17:10 között készült "
         "(nyári idő, UTC+2), 28 felvételből.", "Sun, 20 Sep 2026 10:42:18 +0200",
         _ut(18, 12, 30), _ut(18, 17, 10)),
        (_FI + "Kuvasarja otettiin kello 20:12:30 ja 20:17:10 välillä (Suomen kesäaikaa).",
         "Sun, 20 Sep 2026 10:42:18 +0300", _ut(17, 12, 30), _ut(17, 17, 10)),
        (_TR + "Seri 20:12:30 ile 20:17:10 arasında çekildi (TSİ).",
         "Sun, 20 Sep 2026 10:42:18 +0300", _ut(17, 12, 30), _ut(17, 17, 10)),
        (_ET + "Seeria tehti 20:12:30 ja 20:17:10 vahel (EEST).",
         "Sun, 20 Sep 2026 10:42:18 +0300", _ut(17, 12, 30), _ut(17, 17, 10)),
    ],
)  # fmt: skip
def test_a_series_between_two_times_with_between_after_them(
    text: str, header: str, start: datetime, end: datetime
) -> None:
    taken = find_taken_at(text, NO_MEDIA, parsedate_to_datetime(header))
    assert (taken.taken_at, taken.until) == (start, end)


def test_a_pass_window_so_written_leaves_the_photo_its_own_time() -> None:
    text = _ET + "Jaam oli nähtav 20:12:30 ja 20:17:10 vahel (EEST), foto tehtud 20:14:05."
    taken = find_taken_at(text, NO_MEDIA, parsedate_to_datetime("Sun, 20 Sep 2026 10:42:18 +0300"))
    assert (taken.taken_at, taken.until) == (_ut(17, 14, 5), None)


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # "and" alone: two times, no span; the first has no zone
        (_TR + "Seri 20:12:30 ile 20:17:10 çekildi (TSİ).", "Sun, 20 Sep 2026 10:42:18 +0300"),
        # summer time in January
        (_HU.format(day="január 17") + "A sorozat 18:12:30 és 18:17:10 között készült "
         "(közép-európai nyári idő), 28 felvételből.", "Sun, 18 Jan 2026 10:42:18 +0100"),
        # "summer time" names no country's clock
        (_HU.format(day="szeptember 19") + "A sorozat 20:12:30 és 20:17:10 között készült "
         "(nyári idő), 28 felvételből.", "Sun, 20 Sep 2026 10:42:18 +0200"),
    ],
)  # fmt: skip
def test_no_ut_time_without_a_span_or_a_zone_in_force(text: str, header: str) -> None:
    assert find_taken_at(text, NO_MEDIA, parsedate_to_datetime(header)).taken_at is None

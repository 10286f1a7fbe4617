"""A zone written in words before the date and time, with a day-period or weekday word
between them ("北京时间2026年8月9日晚上9点12分", blind batch 10, issue 13): the time is read
in that zone, its 12-hour dial settled by the period word even when no space stands
before it; and what must stay null."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media


def _taken(text: str, header: str) -> tuple[datetime | None, str | None]:
    taken = find_taken_at(text, Media(items=()), parsedate_to_datetime(header))
    return taken.taken_at, taken.taken_date


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        ("拍摄时间：北京时间2026年10月3日晚上7点05分", "Sun, 04 Oct 2026 09:00:00 +0800",
         "2026-10-03T11:05"),
        ("拍攝時間：台北時間2026年10月3日晚上7點05分", "Sun, 04 Oct 2026 09:00:00 +0800",
         "2026-10-03T11:05"),
        ("撮影：日本時間2026年10月3日（土）午後8時15分", "Sun, 04 Oct 2026 09:00:00 +0900",
         "2026-10-03T11:15"),
        ("촬영: 한국 표준시 2026년 10월 3일 밤 11시 5분", "Sun, 04 Oct 2026 09:00:00 +0900",
         "2026-10-03T14:05"),
    ],
)  # fmt: skip
def test_a_zone_before_the_date_and_a_period_word_gives_the_ut_time(
    text: str, header: str, ut: str
) -> None:
    assert _taken(text, header)[0] == datetime.fromisoformat(ut).replace(tzinfo=UTC)


def test_a_zone_far_before_the_time_with_a_clause_between_gives_the_date_only() -> None:
    text = "北京时间2026年10月3日在天坛公园外面拍摄，晚上7点05分"
    assert _taken(text, "Sun, 04 Oct 2026 09:00:00 +0800") == (None, "2026-10-03")


@pytest.mark.parametrize(
    ("text", "header", "day"),
    [
        ("昨晚在外滩拍到国际空间站飞过，时间是晚上6点48分。", "Sun, 15 Nov 2026 09:12:00 +0800",
         "2026-11-14"),
        ("昨晚在台北拍到國際太空站，時間是晚上6點48分。", "Sun, 15 Nov 2026 09:12:00 +0800",
         "2026-11-14"),
        ("昨夜、東京タワーの上を通過するISSを夜6時48分に撮影しました。",
         "Sun, 15 Nov 2026 09:12:00 +0900", "2026-11-14"),
    ],
)  # fmt: skip
def test_an_evening_hour_an_hour_before_the_periods_start_is_read_and_dated_without_zone(
    text: str, header: str, day: str
) -> None:
    assert _taken(text, header) == (None, day)

"""CLDR's Chinese, Japanese and Korean names of a clock's standard or summer time
("中部夏令時間", "米国中部夏時間", "미 중부 하계 표준시"; batch-41): read like "CDT", a fixed
offset checked against the date, so a summer name written for a winter date gives the date
only, never a UT time an hour off."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import TakenAt, find_taken_at
from ipom_mail.pipeline.values import Media


def _taken(text: str, header: str) -> TakenAt:
    return find_taken_at(text, Media(items=()), parsedate_to_datetime(header))


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        # the UT time is on the next day
        ("上週六（2026年6月27日）晚上在芝加哥拍攝。拍攝時間：晚上9點12分40秒（中部夏令時間）",
         "Sun, 28 Jun 2026 09:00:00 -0500", "2026-06-28T02:12:40"),
        ("2026年7月9日、シカゴで撮影しました。撮影時刻は21時12分40秒（米国中部夏時間）です。",
         "Fri, 10 Jul 2026 09:00:00 -0500", "2026-07-10T02:12:40"),
        ("2026년 7월 9일 시카고에서 촬영했습니다. 촬영 시각은 21시 12분 40초 (미 중부 하계 표준시)입니다.",
         "Fri, 10 Jul 2026 09:00:00 -0500", "2026-07-10T02:12:40"),
        ("2026年12月9日在芝加哥拍攝。拍攝時間：21點12分40秒（中部標準時間）",
         "Thu, 10 Dec 2026 09:00:00 -0600", "2026-12-10T03:12:40"),
    ],
)  # fmt: skip
def test_a_cjk_standard_or_summer_name_gives_its_fixed_offset(
    text: str, header: str, ut: str
) -> None:
    assert _taken(text, header).taken_at == datetime.fromisoformat(ut).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "header", "day"),
    [
        ("2026年12月9日在芝加哥拍攝。拍攝時間：21點12分40秒（中部夏令時間）",
         "Thu, 10 Dec 2026 09:00:00 -0600", "2026-12-09"),
        ("2026年7月9日在雪梨拍攝。拍攝時間：21點12分40秒（澳洲東部夏令時間）",
         "Fri, 10 Jul 2026 09:00:00 +1000", "2026-07-09"),
    ],
)  # fmt: skip
def test_a_summer_name_written_for_a_winter_date_gives_the_date_only(
    text: str, header: str, day: str
) -> None:
    taken = _taken(text, header)
    assert (taken.taken_at, taken.taken_date) == (None, day)

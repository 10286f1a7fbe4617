"""An am or pm word that CLDR also gives a day period ("오후", "上午") means its half of
the day for the hours 1 to 11, whatever that period's stretched hours ("오후 11시 58분"
is 23:58); 12 o'clock with it is read only where the language's clocks settle it ("오전
12시" is midnight on a Korean phone; "上午12点" is noon to many Chinese writers)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media


def _taken_at(text: str, header: str) -> datetime | None:
    return find_taken_at(text, Media(items=()), parsedate_to_datetime(header)).taken_at


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        ("2026년 6월 15일 오후 11시 58분(한국 시간)에 찍었습니다.",
         "Wed, 17 Jun 2026 09:00:00 +0900", "2026-06-15T14:58"),
        ("2026年6月15日 午後11時58分（日本時間）に撮影。", "Wed, 17 Jun 2026 09:00:00 +0900",
         "2026-06-15T14:58"),
        ("拍摄时间：北京时间2026年6月15日下午11点58分", "Wed, 17 Jun 2026 09:00:00 +0800",
         "2026-06-15T15:58"),
        # Korean clocks write midnight as 오전 12시 (data/labels.toml [twelve_am])
        ("2026년 6월 16일 오전 12시 4분(한국 시간)에 찍었습니다.", "Wed, 17 Jun 2026 09:00:00 +0900",
         "2026-06-15T15:04"),
    ],
)  # fmt: skip
def test_an_am_or_pm_word_means_its_half_of_the_day(text: str, header: str, ut: str) -> None:
    assert _taken_at(text, header) == datetime.fromisoformat(ut).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("拍摄时间：北京时间2026年6月16日上午12点4分", "Wed, 17 Jun 2026 09:00:00 +0800"),
    ],
)  # fmt: skip
def test_twelve_oclock_with_an_am_word_that_is_also_a_day_period_stays_unread(
    text: str, header: str
) -> None:
    assert _taken_at(text, header) is None

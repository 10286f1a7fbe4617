"""The pass's rise named just before its time and its set verb after the next (blind batch
15, issue 13): "升起的時間是下午6時12分，下午6時19分在東北方落下", "昇った時刻は19時12分で、
19時19分に沈みました" are the pass's window; a rise word with a comma and other words
before the time ("升起後，我在下午6時13分拍攝") is not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media


def _window(text: str, hours: int) -> tuple[datetime | None, datetime | None]:
    sent = datetime(2026, 11, 5, 10, 0, tzinfo=timezone(timedelta(hours=hours)))
    taken = find_taken_at(text, Media(()), sent)
    flyby = find_flyby(text, taken, sent)
    return flyby.start, flyby.end


@pytest.mark.parametrize(
    ("text", "hours", "start", "end"),
    [
        (
            "拍攝時間：2026年11月2日 下午6時40分05秒（台灣時間）\n"
            "太空站升起的時間是下午6時37分，下午6時44分在東方落下。",
            8,
            datetime(2026, 11, 2, 10, 37, tzinfo=UTC),
            datetime(2026, 11, 2, 10, 44, tzinfo=UTC),
        ),
        (
            "拍摄时间：2026年11月2日 北京时间18时40分05秒\n空间站升起的时间是18时37分，18时44分在东方落下。",
            8,
            datetime(2026, 11, 2, 10, 37, tzinfo=UTC),
            datetime(2026, 11, 2, 10, 44, tzinfo=UTC),
        ),
        (
            "撮影日時：2026年11月2日 18時40分05秒（日本時間）\nISSが昇った時刻は18時37分で、18時44分に東に沈みました。",
            9,
            datetime(2026, 11, 2, 9, 37, tzinfo=UTC),
            datetime(2026, 11, 2, 9, 44, tzinfo=UTC),
        ),
    ],
)
def test_a_rise_word_before_the_time_and_a_set_verb_after_the_next(
    text: str, hours: int, start: datetime, end: datetime
) -> None:
    assert _window(text, hours) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "2026年11月2日，太空站升起後，我在下午6時41分拍攝（台灣時間），下午6時44分落下。",
        "2026年11月2日，我在下午6時41分（台灣時間）拍攝，下午6時44分落下。",  # no rise word
    ],
)
def test_a_rise_word_apart_from_the_time_makes_no_window(text: str) -> None:
    assert _window(text, 8) == (None, None)

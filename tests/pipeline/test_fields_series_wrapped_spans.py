"""A series' span whose sentence a mail program wrapped onto the next line (at ~72 columns,
a CJK line at half as many characters) is still the series': its series word on the other
line belongs to it ("…7點55分40秒\n（台灣時間）連拍十張"). A pass window wrapped the same way, or a
series word in a sentence of its own, stays apart (batch-32)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.pipeline.spankit import read_spans

SENT = datetime(2025, 8, 18, 10, 5, tzinfo=timezone(timedelta(hours=8)))


def _ut(h: int, m: int, s: int = 0, day: int = 16) -> datetime:
    return datetime(2025, 8, day, h, m, s, tzinfo=UTC)


WRAPPED_SERIES = [
    (
        "這是我上週六在合歡山武嶺拍到的國際太空站。2025年8月16日晚上7點52分10秒到7點55分40秒\n"
        "（台灣時間）連拍十張後疊合，畫面中的軌跡從西北方一路劃到東南方。",
        _ut(11, 52, 10),
        _ut(11, 55, 40),
    ),
    (
        "这是我上周六在北京奥林匹克森林公园拍到的国际空间站。2025年8月16日晚上8点52分10秒到8点55分40秒\n"
        "（北京时间）连拍十张后叠加，画面中的轨迹从西北方一直划到东南方。",
        _ut(12, 52, 10),
        _ut(12, 55, 40),
    ),
    (
        "先週の土曜日に富士山の五合目から国際宇宙ステーションを撮りました。2025年8月16日20時05分10秒から\n"
        "20時08分40秒（日本時間）まで連続撮影して、比較明合成しました。",
        _ut(11, 5, 10),
        _ut(11, 8, 40),
    ),
    (
        "Am 16. August 2025 habe ich vom Brocken aus eine lange Belichtungsserie aufgenommen, sie\n"
        "lief von 22:14:20 bis 22:19:50 MESZ, und die Spur zieht quer durchs Bild.",
        _ut(20, 14, 20),
        _ut(20, 19, 50),
    ),
    (
        "On 16 August 2025 I shot a series of 44 frames from the summit of the Brocken, running\n"
        "from 22:14:20 to 22:19:50 CEST, then stacked them into one long trail.",
        _ut(20, 14, 20),
        _ut(20, 19, 50),
    ),
    (
        "On 16 August 2025 I shot a series of 44 frames from the summit, running from 20:14:20\n"
        "(UTC) to 20:19:50 (UTC), then stacked them into one long trail over the hills.",
        _ut(20, 14, 20),
        _ut(20, 19, 50),
    ),
]


@pytest.mark.parametrize(("text", "start", "until"), WRAPPED_SERIES)
def test_a_wrapped_series_span_is_the_series_not_the_pass(
    text: str, start: datetime, until: datetime
) -> None:
    assert read_spans(text, SENT) == (start, until, (None, None))


WINDOWS = [
    (
        "連拍十張後疊合。\n"
        "過境時間是2025年8月16日晚上7點52分到7點58分（台灣時間），最高仰角六十度，非常明亮。",
        (_ut(11, 52), _ut(11, 58)),
    ),
    (
        "I stacked 44 frames into one image of the trail over the summit of the old Brocken.\n"
        "The pass ran from 22:12 to 22:21 CEST on 16 August 2025, and it was very bright.",
        (_ut(20, 12), _ut(20, 21)),
    ),
]


@pytest.mark.parametrize(("text", "window"), WINDOWS)
def test_a_series_word_in_a_sentence_of_its_own_leaves_the_window_the_pass(
    text: str, window: tuple[datetime, datetime]
) -> None:
    assert read_spans(text, SENT)[2] == window

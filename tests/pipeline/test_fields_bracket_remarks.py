"""A zone in brackets after a time with a remark beside it that counts frames ("まで（日本時間、
比較明合成42枚）", "（北京时间，共42张叠加）", "(CEST, 42 frames of 5 s)") is the time's zone:
a count is no moment. A bracket that also gives another time says more than the clock, and
gives no zone (issue 13, batch-21).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from ipom_mail.pipeline.fields.bracket_zone import zone_in_brackets
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


@pytest.mark.parametrize(
    ("text", "sent", "start", "end"),
    [
        (
            "7月4日（土）の夜、本栖湖畔から撮影したISSの写真を応募いたします。\n\n"
            "撮影日時：2026年7月4日 20時05分10秒から20時08分40秒まで"
            "（日本時間、比較明合成42枚）\n",
            "2026-07-06T08:12:30+09:00",
            "2026-07-04T11:05:10",
            "2026-07-04T11:08:40",
        ),
        (
            "7月4日晚上拍摄的国际空间站照片。\n\n"
            "拍摄时间：2026年7月4日 从20:05:10到20:08:40为止（北京时间，共42张叠加）\n",
            "2026-07-06T08:12:30+08:00",
            "2026-07-04T12:05:10",
            "2026-07-04T12:08:40",
        ),
        (
            "Here is my photo of the ISS from 4 July 2026.\n\n"
            "A stack of frames from 20:05:10 to 20:08:40 local (CEST, 42 frames of 5 s).\n",
            "2026-07-06T08:12:30+02:00",
            "2026-07-04T18:05:10",
            "2026-07-04T18:08:40",
        ),
    ],
)
def test_a_count_beside_the_zone_in_brackets_keeps_the_zone(
    text: str, sent: str, start: str, end: str
) -> None:
    taken = find_taken_at(text, NO_MEDIA, datetime.fromisoformat(sent))
    assert taken.taken_at is not None and taken.until is not None
    fmt = "%Y-%m-%dT%H:%M:%S"
    assert (taken.taken_at.strftime(fmt), taken.until.strftime(fmt)) == (start, end)


@pytest.mark.parametrize(
    "text",
    ["まで（日本時間、20時08分UT）", " (CEST, 18:08 UT)", " (CEST, 4.7.2026)"],
)
def test_a_bracket_with_another_time_or_a_date_gives_no_zone(text: str) -> None:
    assert zone_in_brackets(text, 0) == (None, 0)


def test_a_time_in_the_bracket_beside_a_series_gives_no_utc_time() -> None:
    text = (
        "7月4日の夜に撮影したISSです。\n\n"
        "比較明合成：20時05分10秒から20時08分40秒まで（日本時間、20時08分UT）\n"
    )
    taken = find_taken_at(text, NO_MEDIA, datetime.fromisoformat("2026-07-06T08:12:30+09:00"))
    assert taken.taken_at is None

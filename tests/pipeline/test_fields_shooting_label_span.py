"""A span of time on a line whose label names the shooting or an exposure (issue 13):
"撮影日時：20時05分10秒から20時08分40秒まで（日本時間）", "Aufnahmezeit: 21:10:05 bis
21:13:40 UT", "Time of capture: …" is the photo's own span (taken_at its start,
taken_until its end), never the pass's window. A label that names the pass too leaves the
span the pass's window it may be; a bare "Time:" line is test_fields_series_time_line_and_notes.py's."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())
SENT = parsedate_to_datetime("Sun, 11 Apr 2027 09:00:00 +0900")


def _ut(h: int, mi: int, s: int = 0) -> datetime:
    return datetime(2027, 4, 10, h, mi, s, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("ISSの写真を送ります。\n撮影日：2027年4月10日\n"
         "撮影日時：20時05分10秒から20時08分40秒まで（日本時間）", _ut(11, 5, 10), _ut(11, 8, 40)),
        ("ISSの写真を送ります。\n撮影日時：2027年4月10日 20時05分10秒から20時08分40秒まで（日本時間）",
         _ut(11, 5, 10), _ut(11, 8, 40)),
        ("Aufnahme am 10.04.2027\nAufnahmezeit: 21:10:05 bis 21:13:40 UT", _ut(21, 10, 5),
         _ut(21, 13, 40)),
        ("Photo taken 10 April 2027.\nTime of capture: 21:10:05 to 21:13:40 UT", _ut(21, 10, 5),
         _ut(21, 13, 40)),
        ("Foto del 10/04/2027 (sabato).\nOrario della ripresa: dalle 21:10:05 alle 21:13:40 UTC",
         _ut(21, 10, 5), _ut(21, 13, 40)),
    ],
)  # fmt: skip
def test_a_span_under_a_shooting_label_is_the_photos_own(
    text: str, start: datetime, end: datetime
) -> None:
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert (taken.taken_at, taken.until) == (start, end)
    flyby = find_flyby(text, taken, SENT, "")
    assert (flyby.start, flyby.end) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Photo taken 10 April 2027.\nCapture date and pass: 21:10 to 21:16 UT",
        "ISSの写真を送ります。\n撮影日：2027年4月10日\n通過時刻：20時10分から20時16分まで（日本時間）",
        # prose that speaks of the shooting is no label ("촬영한" in a sentence)
        "Shooting from the beach on 10 April 2027, the ISS rose at 21:10 and set at 21:16 UT.",
    ],
)
def test_a_span_under_another_label_stays_the_pass_window(text: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at is None and taken.until is None
    flyby = find_flyby(text, taken, SENT, "")
    assert flyby.start is not None and flyby.end is not None


def test_a_sentence_speaking_of_the_shooting_is_no_label() -> None:
    text = (
        "보현산 천문대 아래 주차장에서 촬영한 ISS 사진을 보내드립니다. 2027년 4월 10일 밤 오후 "
        "8시 10분에 떠서 오후 8시 16분에 졌고, 사진은 오후 8시 13분 20초(한국 시간)에 찍었습니다."
    )
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert (taken.taken_at, taken.until) == (_ut(11, 13, 20), None)
    flyby = find_flyby(text, taken, SENT, "")
    assert (flyby.start, flyby.end) == (_ut(11, 10), _ut(11, 16))

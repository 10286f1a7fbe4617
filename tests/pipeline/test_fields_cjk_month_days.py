"""Dates written with CJK characters and no year ("6月16日", "6월 16일"; blind batch 09,
issue 13) are read in the 120 days before the mail: they date a time of their sentence,
and two of them in one sentence leave a time far from both without a date (it took the
one date with a year before, a day off for a shot after midnight)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.flyby import find_span
from ipom_mail.pipeline.fields.taken_at import TakenAt, find_taken_at
from ipom_mail.pipeline.values import Media


def _ut(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _taken(text: str, header: str) -> TakenAt:
    return find_taken_at(text, Media(items=()), parsedate_to_datetime(header))


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        ("6月16日 20時41分（日本時間）に撮影しました。", "Wed, 17 Jun 2026 09:00:00 +0900",
         "2026-06-16T11:41"),
        ("拍摄时间：6月16日 20:41（北京时间）", "Wed, 17 Jun 2026 09:00:00 +0800",
         "2026-06-16T12:41"),
        ("촬영: 6월 16일 20시 41분 (한국 시간)", "Wed, 17 Jun 2026 09:00:00 +0900",
         "2026-06-16T11:41"),
        ("撮影は12月30日 20時41分（日本時間）です。", "Sat, 09 Jan 2027 09:00:00 +0900",
         "2026-12-30T11:41"),
    ],
)  # fmt: skip
def test_a_yearless_cjk_date_dates_the_time_beside_it(text: str, header: str, ut: str) -> None:
    assert _taken(text, header).taken_at == datetime.fromisoformat(ut).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "header", "shot", "start", "end"),
    [
        ("2026년 6월 15일 밤 오후 11시 57분에 떠서 6월 16일 오전 12시 3분에 졌고, 사진은 오전 "
         "12시 0분 40초(한국 시간)에 찍었습니다.", "Wed, 17 Jun 2026 09:00:00 +0900",
         "2026-06-15T15:00:40", "2026-06-15T14:57", "2026-06-15T15:03"),
        ("2026年6月15日の夜、午後11時57分に昇り6月16日午前0時3分に沈みました。写真は午前0時0分"
         "40秒（日本時間）です。", "Wed, 17 Jun 2026 09:00:00 +0900",
         "2026-06-15T15:00:40", "2026-06-15T14:57", "2026-06-15T15:03"),
    ],
)  # fmt: skip
def test_a_shot_after_midnight_inside_a_window_dated_at_both_ends_takes_the_next_day(
    text: str, header: str, shot: str, start: str, end: str
) -> None:
    taken = _taken(text, header)
    window = find_span(text, taken, parsedate_to_datetime(header))
    assert (taken.taken_at, *window) == (_ut(shot), _ut(start), _ut(end))


def test_two_dates_in_the_shots_sentence_none_beside_it_give_it_no_ut_time() -> None:
    text = (
        "2026년 6월 15일에 가려다가 6월 16일로 미뤘는데 그날도 구름이 많아 고생했고, 사진은 "
        "오후 9시 5분(한국 시간)에 찍었습니다."
    )
    assert _taken(text, "Wed, 17 Jun 2026 09:00:00 +0900").taken_at is None

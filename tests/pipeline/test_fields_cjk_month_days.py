"""Dates written with CJK characters and no year ("6月16日", "6월 16일"; blind batch 09,
issue 13) are read in the 120 days before the mail: they date a time of their sentence,
and two of them in one sentence leave a time far from both without a date (it took the
one date with a year before, a day off for a shot after midnight)."""

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
    ("text", "header"),
    [
        ("2026년 6월 15일 밤 오후 11시 57분에 떠서 6월 16일 오전 12시 3분에 졌고, 사진은 오전 "
         "12시 0분 40초(한국 시간)에 찍었습니다.", "Wed, 17 Jun 2026 09:00:00 +0900"),
        ("2026年6月15日の夜、午後11時57分に昇り6月16日午前0時3分に沈みました。写真は午前0時0分"
         "40秒（日本時間）です。", "Wed, 17 Jun 2026 09:00:00 +0900"),
    ],
)  # fmt: skip
def test_two_dates_in_the_shots_sentence_none_beside_it_give_it_no_ut_time(
    text: str, header: str
) -> None:
    assert _taken(text, header).taken_at is None

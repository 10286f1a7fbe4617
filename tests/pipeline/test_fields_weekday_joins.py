"""A weekday before an all-numeric date with a word between them (issue 13, batch-23).

"thứ Hai, ngày 5/10/2026" (Vietnamese: Monday, day 5/10/2026), "Senin, tanggal …",
"segunda-feira, dia …", "Monday the …", Thai "วันจันทร์ที่ …" written without spaces: the
weekday still settles which way round the date reads (data/labels.toml [weekday_joins]).
A weekday none of the readings falls on leaves no date, as one right before the date does.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.fields.weekday_words import certain_weekday_before
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())
SENT = parsedate_to_datetime("Wed, 07 Oct 2026 22:10:44 +0700")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 5 October 2026 is a Monday, 10 May 2026 a Sunday
        ("Chụp tối thứ Hai,\nngày 5/10/2026, lúc 18:52 UTC.", datetime(2026, 10, 5, 18, 52, tzinfo=UTC)),
        ("Chụp tối thứ 2, ngày 5/10/2026 lúc 18:52 UTC.", datetime(2026, 10, 5, 18, 52, tzinfo=UTC)),
        ("Chụp Chủ nhật, ngày 10/5/2026 lúc 20:15 UTC.", datetime(2026, 5, 10, 20, 15, tzinfo=UTC)),
        ("Diambil hari Senin, tanggal 5/10/2026 pukul 18:52 WIB.",
         datetime(2026, 10, 5, 11, 52, tzinfo=UTC)),
        ("ถ่ายเมื่อวันจันทร์ที่ 5/10/2026 เวลา 18:52 UTC", datetime(2026, 10, 5, 18, 52, tzinfo=UTC)),
        ("Taken on Monday the 5/10/2026 at 21:14 UT.", datetime(2026, 10, 5, 21, 14, tzinfo=UTC)),
        ("Foto de domingo, dia 10/5/2026, às 19:12 UTC.", datetime(2026, 5, 10, 19, 12, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_a_weekday_before_a_day_word_settles_the_date(text: str, want: datetime) -> None:
    assert find_taken_at(text, NO_MEDIA, SENT).taken_at == want


@pytest.mark.parametrize(
    "text",
    [
        # Tuesday: neither 5 October (Monday) nor 10 May (Sunday)
        "Chụp tối thứ Ba, ngày 5/10/2026 lúc 18:52 UTC.",
        "Diambil hari Selasa, tanggal 5/10/2026 pukul 18:52 UTC.",
        "ถ่ายเมื่อวันอังคารที่ 5/10/2026 เวลา 18:52 UTC",
        "Foto de terça-feira, dia 5/10/2026, às 19:12 UTC.",
    ],
)
def test_a_weekday_the_date_does_not_fall_on_leaves_no_date(text: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at is None and taken.taken_date is None
    assert any("the day written beside it" in note for note in taken.notes)


@pytest.mark.parametrize(
    "text",
    [
        "Chụp ngày 5/10/2026 lúc 18:52 UTC.",  # no weekday: still two ways
        "Diambil tanggal 5/10/2026 pukul 18:52 UTC.",
    ],
)
def test_a_day_word_alone_settles_nothing(text: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at is None and taken.taken_date is None


@pytest.mark.parametrize(
    ("text", "want"),
    [("tối thứ Hai,\nngày ", 0), ("thứ 7 ngày ", 5), ("Chủ nhật, ngày ", 6), ("Senin, tanggal ", 0),
     ("วันศุกร์ที่ ", 4), ("segunda-feira, dia ", 0), ("the ", None), ("ngày ", None)],
)  # fmt: skip
def test_certain_weekday_before_a_day_word(text: str, want: int | None) -> None:
    assert certain_weekday_before(text) == want

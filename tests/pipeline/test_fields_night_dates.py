"""A time in the small hours with a date its sentence calls a night is on the next day;
a night written as two days puts an evening time on the first; a time whose sentence
gives two different dates, none beside it, gets no date (never the first by default).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())
SENT = datetime.fromisoformat("2026-11-21T10:12:00-07:00")
SENT_CET = datetime.fromisoformat("2026-11-21T10:12:00+01:00")


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        (
            "Late Friday night, November 20 (technically early Saturday the 21st), the "
            "station\ncrossed the Moon at 12:04:19 AM MST as seen from Tucson.",
            SENT,
            "2026-11-21T07:04:19",
        ),
        (
            "On the night of November 20 the ISS crossed the Moon at 01:15:30 MST.",
            SENT,
            "2026-11-21T08:15:30",
        ),
        (
            "In der Nacht vom 20. November kreuzte die ISS um 00:04:19 MEZ den Mond.",
            SENT_CET,
            "2026-11-20T23:04:19",
        ),
        (
            "In der Nacht vom 20. auf den 21. November kreuzte die ISS um 00:04:19 MEZ den Mond.",
            SENT_CET,
            "2026-11-20T23:04:19",
        ),
        (
            "In der Nacht vom 20. auf den 21. November kreuzte die ISS um 23:04:19 MEZ den Mond.",
            SENT_CET,
            "2026-11-20T22:04:19",
        ),
        (
            "La nuit du 20 au 21 novembre, l'ISS a traversé la Lune à 23h04 (heure de Paris).",
            SENT_CET,
            "2026-11-20T22:04:00",
        ),
        (
            "La nuit du 20 au 21 novembre, l'ISS a traversé la Lune à 00h04 (heure de Paris).",
            SENT_CET,
            "2026-11-20T23:04:00",
        ),
        (
            "La noche del 20 de noviembre la ISS cruzó la Luna a las 00:04:19 CET.",
            SENT_CET,
            "2026-11-20T23:04:19",
        ),
    ],
)
def test_a_night_puts_a_small_hours_time_on_the_next_day(
    text: str, sent: datetime, want: str
) -> None:
    taken = find_taken_at(text, NO_MEDIA, sent)
    assert taken.taken_at == datetime.fromisoformat(want).replace(tzinfo=UTC)


def test_an_evening_time_of_a_night_keeps_its_date() -> None:
    text = "Late Friday night, November 20, the station crossed the Moon at 11:04:19 PM MST."
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at == datetime(2026, 11, 21, 6, 4, 19, tzinfo=UTC)


def test_a_night_into_a_date_is_not_that_date_s_night() -> None:
    text = "In der Nacht zum 21. November kreuzte die ISS um 00:04:19 MEZ den Mond."
    taken = find_taken_at(text, NO_MEDIA, SENT_CET)
    assert taken.taken_at == datetime(2026, 11, 20, 23, 4, 19, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "On November 20 (or was it November 21?) the station crossed the Moon at 12:04:19 AM MST.",
        "Am 20. November (oder am 21. November) kreuzte die ISS um 00:04:19 MEZ den Mond.",
        "Le 20 novembre (ou le 21 novembre), l'ISS a traversé la Lune à 00h04 (heure de Paris).",
    ],
)
def test_two_dates_in_the_time_s_sentence_give_no_time_nor_date(text: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, SENT_CET)
    assert taken.taken_at is None and taken.taken_date is None


def test_a_date_beside_the_time_settles_it() -> None:
    text = "Shot on November 20 at 23:04:19 UT; I also tried on November 18 but clouds."
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at == datetime(2026, 11, 20, 23, 4, 19, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "La notte del 20 novembre la ISS ha attraversato la Luna alle 02:10:30 CET.",
        "Dans la nuit du 20 novembre, l'ISS a traversé la Lune à 2h10 (heure de Paris).",
    ],
)
def test_a_night_that_usage_reads_both_ways_gives_a_small_hours_time_no_date(text: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, SENT_CET)
    assert taken.taken_at is None  # the night's date alone may stand, never a UT time
    assert any("has no date of its own" in note for note in taken.notes)


def test_an_evening_of_a_night_that_reads_both_ways_keeps_its_date() -> None:
    text = "La notte del 20 novembre la ISS ha attraversato la Luna alle 23:10:30 CET."
    taken = find_taken_at(text, NO_MEDIA, SENT_CET)
    assert taken.taken_at == datetime(2026, 11, 20, 22, 10, 30, tzinfo=UTC)


SENT_KST = datetime.fromisoformat("2026-06-30T14:35:50+09:00")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "6월 29일(월) 밤, 정확히는 30일 오전 12시 3분 21초(한국시간)에 촬영했습니다.",
            "2026-06-29T15:03:21",
        ),
        ("6월 29일 밤 오전 1시 10분(KST)에 ISS가 달을 지나갔습니다.", "2026-06-29T16:10:00"),
        ("6月29日の夜、午前0時3分21秒（日本時間）に撮影しました。", "2026-06-29T15:03:21"),
        ("6月29日晚上，北京时间00:03:21拍摄。", "2026-06-29T16:03:21"),
    ],
)
def test_a_night_written_after_its_date_puts_a_small_hours_time_on_the_next_day(
    text: str, want: str
) -> None:
    taken = find_taken_at(text, NO_MEDIA, SENT_KST)
    assert taken.taken_at == datetime.fromisoformat(want).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("6월 29일 밤 11시 50분(KST)에 촬영했습니다.", "2026-06-29T14:50:00"),
        ("6月29日の夜、22時10分（日本時間）に撮影しました。", "2026-06-29T13:10:00"),
        # the night sky is not the night: 00:30 stays on the 29th
        ("6월 29일 밤하늘, 오전 0시 30분(KST)에 촬영했습니다.", "2026-06-28T15:30:00"),
        ("6月29日夜空を見上げ、午前0時30分（日本時間）に撮影。", "2026-06-28T15:30:00"),
    ],
)
def test_an_evening_time_or_a_night_sky_after_a_date_keeps_that_date(text: str, want: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, SENT_KST)
    assert taken.taken_at == datetime.fromisoformat(want).replace(tzinfo=UTC)

"""Spans of a recording, a span's half of the day, and clocks written like dates (batch 24).

"Rakaman dibuat … dari pukul 7:58:00 hingga 8:04:30 malam waktu Malaysia" was read as the
pass's window: a recording's span is the video's own, taken_at its start and taken_until
its end, in any language. A day-period word after a span's end ("8:04:30 malam", "8:04 pm")
puts its start in the same half. "ob 18.12.30 po srednjeevropskem času" is a time to the
second, not 18 December 2030 (that date once made a whole Slovenian mail a pass to come).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.dates import find_dates
from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

SENT = datetime(2027, 2, 15, 13, 48, tzinfo=timezone(timedelta(hours=8)))
START = datetime(2027, 2, 13, 11, 58, tzinfo=UTC)
UNTIL = datetime(2027, 2, 13, 12, 4, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Rakaman dibuat pada Sabtu, 13 Februari 2027, dari pukul 7:58:00 hingga 8:04:30 "
        "malam waktu Malaysia (MYT).",
        "Recording made on Saturday, 13 February 2027, from 7:58:00 to 8:04:30 pm Malaysia time.",
        "Rekaman dibuat hari Sabtu, 13 Februari 2027, dari 19:58:00 sampai 20:04:30 waktu "
        "Malaysia.",
        "Grabación del sábado 13 de febrero de 2027, de 19:58:00 a 20:04:30 hora de Malasia.",
    ],
)
def test_a_recordings_span_is_the_videos_own_never_the_pass(text: str) -> None:
    taken = find_taken_at(text, Media(()), SENT)
    assert (taken.taken_at, taken.until) == (START, UNTIL)
    flyby = find_flyby(text, taken, SENT)
    assert (flyby.start, flyby.end) == (None, None)


def test_a_span_with_no_recording_word_stays_the_pass() -> None:
    text = "The pass on 13 February 2027 lasted from 19:58:00 to 20:04:30 Malaysia time."
    taken = find_taken_at(text, Media(()), SENT)
    assert taken.taken_at is None
    flyby = find_flyby(text, taken, SENT)
    assert (flyby.start, flyby.end) == (START, UNTIL)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Timelapse on 13 February 2027 from 11:58 to 12:04 am SGT.", (2, 13, 15, 58)),
        ("Timelapse on 13 February 2027 from 11:50 to 12:10 pm SGT.", (2, 13, 3, 50)),
        ("Timelapse on 13 February 2027 from 9:30 to 9:36 pm SGT.", (2, 13, 13, 30)),
    ],
)
def test_a_spans_end_gives_its_start_its_half_of_the_day(
    text: str, start: tuple[int, int, int, int]
) -> None:
    month, day, hour, minute = start
    taken = find_taken_at(text, Media(()), SENT)
    assert taken.taken_at == datetime(2027, month, day, hour, minute, tzinfo=UTC)


def test_a_span_with_no_half_said_at_either_end_gives_no_time() -> None:
    text = "Timelapse on 13 February 2027 from 7:58 to 8:04 SGT."  # Singapore reads 12 hours
    assert find_taken_at(text, Media(()), SENT).taken_at is None


def test_a_time_with_no_zone_after_its_span_gives_no_time() -> None:
    text = "Video on 13 February 2027 from 7:58 to 8:04 pm."
    assert find_taken_at(text, Media(()), SENT).taken_at is None


@pytest.mark.parametrize(
    "text",
    [
        "Posneta je bila 28. januarja 2027, ob 18.12.30 po srednjeevropskem času.",
        "Aufgenommen am 28. Januar 2027 um 18.12.30 MEZ.",
        "Zdjęcie z 28 stycznia 2027, godz. 18.12.30 CET.",
    ],
)
def test_a_dotted_clock_to_the_second_with_its_zone_is_no_date(text: str) -> None:
    sent = datetime(2027, 1, 30, 10, 44, tzinfo=timezone(timedelta(hours=1)))
    assert [hit.readings for hit in find_dates(text, sent.date())] == [(date(2027, 1, 28),)]
    taken = find_taken_at(text, Media(()), sent)
    assert taken.taken_at == datetime(2027, 1, 28, 17, 12, 30, tzinfo=UTC)


def test_a_dotted_date_with_no_zone_after_it_stays_a_date() -> None:
    hits = find_dates("Serija od 18.12.25 do danes.", date(2026, 1, 5))
    assert hits[0].readings[0] == date(2025, 12, 18)


def test_a_slovenian_genitive_month_dates_the_photo() -> None:
    hits = find_dates("v četrtek, 28. januarja 2027, in 3. februarja 2027", date(2027, 2, 5))
    assert [h.readings for h in hits] == [(date(2027, 1, 28),), (date(2027, 2, 3),)]

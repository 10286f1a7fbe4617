"""A relative day ("last night", "this morning", "aseară", "今朝") is counted on the
photographer's own clock: the Date header's instant read in the zone the time is written
in, whatever zone the header is written in (a server's UTC+0 too). A time in UT names no
one's clock, so only the header's own offset can count then; a header on another clock
that gives another day leaves the time unread (batch-18, issue 13)."""

from __future__ import annotations

from datetime import UTC
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media


def _taken(text: str, header: str) -> str | None:
    found = find_taken_at(text, Media(items=()), parsedate_to_datetime(header)).taken_at
    return None if found is None else f"{found.astimezone(UTC):%Y-%m-%dT%H:%M}"


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        # sent 09:00 EDT: last night was the 9th; 9:12 PM EDT is past midnight in UT
        ("Shot the ISS last night over Acadia at 9:12 PM EDT.",
         "Thu, 10 Jun 2027 13:00:00 +0000", "2027-06-10T01:12"),
        ("Gestern Abend um 21:40 MESZ über dem Brocken fotografiert.",
         "Sat, 12 Jun 2027 05:30:00 +0000", "2027-06-11T19:40"),
        ("Os mando la foto de anoche, a las 22:05 hora de Madrid, desde el Teide.",
         "Sat, 12 Jun 2027 06:30:00 +0000", "2027-06-11T20:05"),
        # sent 23:10 UT, 08:10 in Korea: this morning is the next day's there
        ("오늘 새벽 4시 51분(한국 시간)에 찍었습니다.",
         "Tue, 06 Apr 2027 23:10:00 +0000", "2027-04-06T19:51"),
        ("Zdjęcie zrobiłem dziś rano o 4:35 CEST nad Tatrami.",
         "Thu, 10 Jun 2027 05:00:00 +0000", "2027-06-10T02:35"),
        ("Fotografia ISS de azi-dimineață, la 5:02 (ora României), de pe Ceahlău.",
         "Thu, 10 Jun 2027 06:00:00 +0000", "2027-06-10T02:02"),
        ("Am prins ISS-ul azi seara la 18:13 ora României.",
         "Sat, 14 Nov 2026 19:02:00 +0000", "2026-11-14T16:13"),
    ],
)  # fmt: skip
def test_a_relative_day_counts_on_the_clock_of_the_times_zone(
    text: str, header: str, ut: str
) -> None:
    assert _taken(text, header) == ut


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        # sent 09:00 CEST: the night that ended that morning
        ("Letzte Nacht um 01:30 MESZ über dem Watzmann fotografiert.",
         "Sun, 13 Jun 2027 07:00:00 +0000", "2027-06-12T23:30"),
        ("Fotografia de azi-noapte, la 1:30 (ora României), de pe Ceahlău.",
         "Mon, 05 Apr 2027 06:15:00 +0000", "2027-04-04T22:30"),
    ],
)  # fmt: skip
def test_last_night_in_the_small_hours_is_the_morning_of_sending(
    text: str, header: str, ut: str
) -> None:
    assert _taken(text, header) == ut


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        # 14:30 +09:00 and 07:30 CEST are both the 12th: the two clocks agree
        ("Gestern Abend um 21:40 MESZ über dem Brocken fotografiert.",
         "Sat, 12 Jun 2027 14:30:00 +0900", "2027-06-11T19:40"),
        # the header's own clock counts for a time in UT
        ("Fotoğrafı dün akşam Moda'dan çektim: 17:31 UTC.",
         "Sat, 27 Mar 2027 09:40:00 +0300", "2027-03-26T17:31"),
    ],
)  # fmt: skip
def test_a_header_on_a_clock_that_gives_the_same_day_keeps_the_time(
    text: str, header: str, ut: str
) -> None:
    assert _taken(text, header) == ut


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # 19:10 -04:00 is the 6th, 08:10 in Japan the 7th: which morning?
        ("今朝4時51分（日本時間）に田沢湖で撮影しました。", "Tue, 06 Apr 2027 19:10:00 -0400"),
        # 01:30 +02:00 is the 10th (last night: the 9th), 19:30 EDT the 9th (the 8th)
        ("Caught it last night at 9:12 PM EDT from Acadia.", "Thu, 10 Jun 2027 01:30:00 +0200"),
        # UT is nobody's clock, and a UTC+0 header may be a server's
        ("Fotoğrafı dün akşam Moda'dan çektim: 17:31 UTC.", "Sat, 27 Mar 2027 06:40:00 +0000"),
        ("Nufotografavau vakar vakare, 18:17 UT.", "Tue, 06 Apr 2027 05:02:11 +0000"),
    ],
)  # fmt: skip
def test_a_relative_day_the_clocks_do_not_settle_gives_no_time(text: str, header: str) -> None:
    assert _taken(text, header) is None


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # EST and MEZ were not in force in June: which clock was read?
        ("Shot the ISS last night over Acadia at 9:12 PM EST.", "Thu, 10 Jun 2027 13:00:00 +0000"),
        ("Gestern Abend um 21:40 MEZ über dem Brocken fotografiert.",
         "Sat, 12 Jun 2027 05:30:00 +0000"),
        # "this morning" with an evening's time, or after the mail was sent there
        ("Vanoggend het ek die lens skoongemaak; die ISS om 19:14 SAST oor Sutherland.",
         "Wed, 10 Mar 2027 20:00:00 +0000"),
        ("Vanoggend om 08:14 SAST oor Sutherland geneem.", "Wed, 10 Mar 2027 05:02:00 +0000"),
        # "last night" at a morning's hour: before midnight or after?
        ("Letzte Nacht um 08:30 MESZ fotografiert.", "Sun, 13 Jun 2027 07:00:00 +0000"),
        # the morning word is the sending's, in another clause than the time
        ("This morning I sent the photo; the pass was at 05:48 SAST.",
         "Wed, 10 Mar 2027 07:00:00 +0000"),
    ],
)  # fmt: skip
def test_a_relative_day_that_does_not_fit_the_time_gives_none(text: str, header: str) -> None:
    assert _taken(text, header) is None

"""Clocks written with hour and minute words, not a colon (issue 13): "19 giờ 05 phút",
"в 21 ч 05 мин", "19 óra 05-kor", "pukul 19.05"; a duration in the same words is no clock,
and a zone after the date that follows such a time is the time's."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _taken(text: str, header: str) -> datetime | None:
    return find_taken_at(text, NO_MEDIA, parsedate_to_datetime(header)).taken_at


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        (
            "Tôi chụp lúc 20 giờ 41 phút 12 giây ngày 2 tháng 5 năm 2027 (giờ Việt Nam).",
            "Mon, 03 May 2027 08:00:00 +0700",
            "2027-05-02T13:41:12",
        ),
        (
            "Снимок сделан 14 марта 2027 г. в 21 ч 05 мин по московскому времени.",
            "Mon, 15 Mar 2027 08:00:00 +0300",
            "2027-03-14T18:05:00",
        ),
        (
            "Знімок зроблено 14 березня 2027 р. о 20 год. 05 хв за київським часом.",
            "Mon, 15 Mar 2027 08:00:00 +0200",
            "2027-03-14T18:05:00",
        ),
        (
            "A képet 2027. március 14-én 19 óra 05-kor készítettem (CET).",
            "Mon, 15 Mar 2027 08:00:00 +0100",
            "2027-03-14T18:05:00",
        ),
        (
            "Zdjęcie zrobiłem 14 marca 2027 o 20 godz. 15 min czasu polskiego.",
            "Mon, 15 Mar 2027 08:00:00 +0100",
            "2027-03-14T19:15:00",
        ),
        (
            "Nuotrauka padaryta 2027 m. kovo 14 d. 19 val. 05 min. Lietuvos laiku.",
            "Mon, 15 Mar 2027 08:00:00 +0200",
            "2027-03-14T17:05:00",
        ),
        (
            "Η φωτογραφία τραβήχτηκε στις 14 Μαρτίου 2027, στις 21 ώρες και 5 λεπτά (ώρα Ελλάδος).",
            "Mon, 15 Mar 2027 08:00:00 +0200",
            "2027-03-14T19:05:00",
        ),
        (
            "ถ่ายเมื่อวันที่ 14 มีนาคม 2027 เวลา 19 นาฬิกา 05 นาที ตามเวลาประเทศไทย",
            "Mon, 15 Mar 2027 08:00:00 +0700",
            "2027-03-14T12:05:00",
        ),
        (
            "Waktu (WIB): 14 Maret 2027, pukul 19.05",
            "Mon, 15 Mar 2027 08:00:00 +0700",
            "2027-03-14T12:05:00",
        ),
    ],
)
def test_a_clock_in_hour_and_minute_words_is_the_photo_time(
    text: str, header: str, ut: str
) -> None:
    assert _taken(text, header) == datetime.fromisoformat(ut).replace(tzinfo=UTC)


def test_a_zone_after_the_date_that_follows_the_time_is_the_time_zone() -> None:
    text = "Thời điểm: 21 giờ 12 phút, ngày 3 tháng 4 năm 2027 (giờ Việt Nam)."
    assert _taken(text, "Sun, 04 Apr 2027 09:00:00 +0700") == datetime(
        2027, 4, 3, 14, 12, tzinfo=UTC
    )


@pytest.mark.parametrize(
    "text",
    [
        "Таймлапс длился 2 ч 30 мин, 14 марта 2027 г., всё по московскому времени.",
        "Nagrywałem 1 godz. 20 min, 14 marca 2027.",
        "Filmavau 1 val. 20 min., 2027 m. kovo 14 d.",
    ],
)
def test_a_duration_in_the_same_words_is_no_clock(text: str) -> None:
    sent = parsedate_to_datetime("Mon, 15 Mar 2027 08:00:00 +0100")
    taken = find_taken_at(text, NO_MEDIA, sent)
    assert taken.taken_at is None
    assert not any(":" in note for note in taken.notes)


@pytest.mark.parametrize(
    ("text", "ut"),
    [
        ("मैंने 5 सितंबर 2027 की रात 11 बजकर 5 मिनट (भारतीय मानक समय) पर फोटो ली।", "2027-09-05T17:35"),
        ("5 सितंबर 2027 को सुबह 5 बजकर 40 मिनट IST पर स्टेशन गुज़रा।", "2027-09-05T00:10"),
    ],
)
def test_a_hindi_clock_in_words_with_its_period_and_zone(text: str, ut: str) -> None:
    got = _taken(text, "Mon, 06 Sep 2027 10:00:00 +0530")
    assert got is not None and got.strftime("%Y-%m-%dT%H:%M") == ut


def test_a_hindi_duration_in_the_same_words_is_no_clock() -> None:
    text = "5 सितंबर 2027 का टाइमलैप्स 2 बजकर 30 मिनट तक चला।"
    assert _taken(text, "Mon, 06 Sep 2027 10:00:00 +0530") is None

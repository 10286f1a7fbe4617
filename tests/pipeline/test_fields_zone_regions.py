"""Zones, day periods, relative nights and spans in the languages CLDR holds beyond Europe
(issue 13): a country's or a city's clock in CLDR's region format ("giờ Việt Nam", "وقت
تهران"), metazone names in scripts whose vowel signs split words ("भारतीय मानक समय"),
12-hour clocks with local period words, "last night" words, "from … to" spans."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.fields.zone_regions import region_zone
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())


def _sent(y: int, mo: int, d: int, h: int, hours: float) -> datetime:
    return datetime(y, mo, d, h, 0, tzinfo=timezone(timedelta(hours=hours)))


def _ut(y: int, mo: int, d: int, h: int, mi: int, s: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


@pytest.mark.parametrize(
    ("written", "iana"),
    [
        ("Giờ Việt Nam", "Asia/Ho_Chi_Minh"),
        ("waktu Malaysia", "Asia/Kuala_Lumpur"),
        ("oras sa Pilipinas", "Asia/Manila"),
        ("(বাংলাদেশ সময়)", "Asia/Dhaka"),
        ("وقت تهران", "Asia/Tehran"),
        ("Waktu Indonesia Tengah", "Asia/Makassar"),
    ],
)
def test_a_country_or_city_in_cldr_region_format_names_its_clock(written: str, iana: str) -> None:
    assert region_zone(written) == iana


def test_a_region_name_of_a_country_with_two_clocks_or_a_summer_format_names_none() -> None:
    assert region_zone("hora de España") is None  # the mainland and the Canaries
    assert region_zone("Waktu Indonesia") is None  # three clocks
    assert region_zone("(Eesti)") is None  # Estonian's format is only brackets
    assert region_zone("Москва, летнее время") is None  # Babel keeps the summer variant


CLOCKS = [
    (
        "Tôi chụp trạm ISS lúc 20:14:05 giờ Việt Nam ngày 23/6/2026.",
        _sent(2026, 6, 24, 9, 7),
        _ut(2026, 6, 23, 13, 14, 5),
    ),
    (
        "Foto ISS ini saya ambil pada 12 Agustus 2026 pukul 19:03:40 waktu Malaysia.",
        _sent(2026, 8, 13, 9, 8),
        _ut(2026, 8, 12, 11, 3, 40),
    ),
    (
        "ছবিটি তুলেছি ২ আগস্ট ২০২৬, সময়: ২০:১১:৩০ (বাংলাদেশ সময়)।",
        _sent(2026, 8, 3, 10, 6),
        _ut(2026, 8, 2, 14, 11, 30),
    ),
    (
        "این عکس را در ۱۴ سپتامبر ۲۰۲۶ ساعت ۲۰:۴۵:۱۰ به وقت تهران گرفتم.",
        _sent(2026, 9, 15, 9, 3.5),
        _ut(2026, 9, 14, 17, 15, 10),
    ),
    (
        "Kuha ko ito noong 9 Mayo 2026, 8:02:15 PM (oras sa Pilipinas).",
        _sent(2026, 5, 10, 9, 8),
        _ut(2026, 5, 9, 12, 2, 15),
    ),
    (
        "Picha ilipigwa tarehe 4 Agosti 2026 saa 19:40:12 kwa saa za Afrika Mashariki.",
        _sent(2026, 8, 5, 9, 3),
        _ut(2026, 8, 4, 16, 40, 12),
    ),
]


@pytest.mark.parametrize(("text", "sent", "want"), CLOCKS)
def test_a_time_in_a_clock_cldr_names_whole_is_converted(
    text: str, sent: datetime, want: datetime
) -> None:
    assert find_taken_at(text, NO_MEDIA, sent).taken_at == want


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("Tôi chụp trạm ISS lúc 20:14:05 ngày 23/6/2026.", _sent(2026, 6, 24, 9, 7)),
        ("Foto ISS ini saya ambil pada 12 Agustus 2026 pukul 19:03:40.", _sent(2026, 8, 13, 9, 8)),
        ("این عکس را در ۱۴ اوت ۲۰۲۶ ساعت ۲۰:۴۵:۱۰ گرفتم.", _sent(2026, 8, 15, 9, 3.5)),
    ],
)
def test_the_same_times_without_a_zone_give_no_ut_time(text: str, sent: datetime) -> None:
    assert find_taken_at(text, NO_MEDIA, sent).taken_at is None


def test_a_jalali_date_is_its_gregorian_day() -> None:
    # 23 Mordad 1405 is 14 August 2026 (fields/calendar_dates.py); Tehran keeps UTC+3:30
    text = "این عکس را در ۲۳ مرداد ۱۴۰۵ ساعت ۲۰:۴۵:۱۰ به وقت تهران گرفتم."
    found = find_taken_at(text, NO_MEDIA, _sent(2026, 8, 30, 9, 3.5))
    assert found.taken_at == _ut(2026, 8, 14, 17, 15, 10)


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        (
            "यह फोटो 3 अक्टूबर 2026 की शाम 7:21 बजे (भारतीय मानक समय) ली गई।",
            _sent(2026, 10, 4, 9, 5.5),
            _ut(2026, 10, 3, 13, 51),
        ),
        (
            "التقطت الصورة يوم 2 مارس 2026 الساعة 7:05:20 مساءً بتوقيت الإمارات.",
            _sent(2026, 3, 3, 9, 4),
            _ut(2026, 3, 2, 15, 5, 20),
        ),
        (
            "ছবি তোলা হয়েছে ৪ আগস্ট ২০২৬, সন্ধ্যা ৭:৪০:০০ (বাংলাদেশ সময়)।",
            _sent(2026, 8, 5, 9, 6),
            _ut(2026, 8, 4, 13, 40),
        ),
    ],
)
def test_a_twelve_hour_clock_with_a_local_period_word(
    text: str, sent: datetime, want: datetime
) -> None:
    assert find_taken_at(text, NO_MEDIA, sent).taken_at == want


def test_a_twelve_hour_time_without_its_period_word_is_not_read() -> None:
    text = "यह फोटो 3 अक्टूबर 2026 को 7:21 बजे (भारतीय मानक समय) ली गई।"
    assert find_taken_at(text, NO_MEDIA, _sent(2026, 10, 4, 9, 5.5)).taken_at is None


def test_swahili_clock_words_settle_no_hour() -> None:
    # "saa 1:40 usiku" is 19:40 on the Swahili clock, 01:40 by CLDR's periods: neither is read
    text = "Picha ilipigwa tarehe 4 Agosti 2026 saa 1:40 usiku (EAT)."
    assert find_taken_at(text, NO_MEDIA, _sent(2026, 8, 5, 9, 3)).taken_at is None


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        (
            "nakuha ko yung ISS kagabi, 8:31:02 PM PHT",
            _sent(2026, 3, 7, 10, 8),
            _ut(2026, 3, 6, 12, 31, 2),
        ),
        (
            "Em chụp ISS tối qua lúc 19:55:10 giờ Việt Nam.",
            _sent(2026, 9, 2, 8, 7),
            _ut(2026, 9, 1, 12, 55, 10),
        ),
        (
            "ছাদ থেকে আজ সন্ধ্যায় আইএসএস এর ছবি তুললাম, ১৯:০২:৩০ (বাংলাদেশ সময়)",
            _sent(2026, 4, 2, 22, 6),
            _ut(2026, 4, 2, 13, 2, 30),
        ),
    ],
)
def test_a_relative_night_or_evening_word_dates_the_time(
    text: str, sent: datetime, want: datetime
) -> None:
    assert find_taken_at(text, NO_MEDIA, sent).taken_at == want


@pytest.mark.parametrize(
    ("text", "sent", "start", "end"),
    [
        (
            "Chuỗi ảnh 10 tấm, phơi sáng 5 giây mỗi tấm, ngày 22/7/2026 từ 20:01:10 đến "
            "20:02:05 giờ Việt Nam.",
            _sent(2026, 7, 23, 9, 7),
            _ut(2026, 7, 22, 13, 1, 10),
            _ut(2026, 7, 22, 13, 2, 5),
        ),
        (
            "Rangkaian 20 foto pada 5 Mei 2026, dari 19:11:00 sampai 19:12:40 WITA.",
            _sent(2026, 5, 6, 9, 8),
            _ut(2026, 5, 5, 11, 11),
            _ut(2026, 5, 5, 11, 12, 40),
        ),
    ],
)
def test_a_series_from_to_in_more_languages_is_the_photo_span(
    text: str, sent: datetime, start: datetime, end: datetime
) -> None:
    found = find_taken_at(text, NO_MEDIA, sent)
    assert (found.taken_at, found.until) == (start, end)


def test_a_thai_buddhist_year_with_the_thai_clock_name() -> None:
    text = "ถ่ายภาพเมื่อวันที่ 14 มีนาคม 2569 เวลา 19:20:45 น. (เวลาประเทศไทย)"
    got = find_taken_at(text, NO_MEDIA, _sent(2026, 3, 15, 9, 7)).taken_at
    assert got == _ut(2026, 3, 14, 12, 20, 45)


def test_icelandic_time_named_by_its_adjective() -> None:
    text = "Myndin var tekin 2. febrúar 2026 kl. 21:14:05 að íslenskum tíma."
    got = find_taken_at(text, NO_MEDIA, _sent(2026, 2, 3, 9, 0.0001)).taken_at
    assert got == _ut(2026, 2, 2, 21, 14, 5)

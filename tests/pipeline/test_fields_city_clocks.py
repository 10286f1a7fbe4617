"""Clocks named by a city or a country in more languages and forms (batch 24, issue 13).

CLDR's region format with a zone's exemplar city names its clock; a locale without its own
city name inherits CLDR's root one ("Tehran Time", "Minsk time", "Waktu Tehran"). Such a
name is read after a word or a prefix that leads it ("بتوقيت القاهرة", "by Cairo time") and
after an Armenian comma ("19:40:25-ին՝ Երևանի ժամանակով"). A country's clock named with its
season ("Eesti suveaeg") is checked against the date; months in Belarusian, Urdu and the
Georgian dative ("17 თებერვალს") date the time. A time with no zone gives no UT time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.dates import find_dates
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.fields.zones import parse_zone
from ipom_mail.pipeline.values import Media

SENT = datetime(2027, 2, 19, 21, 45, tzinfo=timezone(timedelta(hours=4)))


@pytest.mark.parametrize(
    ("name", "iana"),
    [
        ("Tehran time", "Asia/Tehran"),
        ("Cairo Time", "Africa/Cairo"),
        ("Minsk time", "Europe/Minsk"),
        ("Waktu Tehran", "Asia/Tehran"),
        ("Oras sa Manila", "Asia/Manila"),
        ("توقيت القاهرة", "Africa/Cairo"),
    ],
)
def test_a_city_in_cldrs_region_format_names_its_clock(name: str, iana: str) -> None:
    zone = parse_zone(name)
    assert zone is not None
    assert zone.iana == iana


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ISS on 17 February 2027 at 19:14:05 Tehran time.", (15, 44, 5)),
        ("التاريخ: ١٧/٠٢/٢٠٢٧ الوقت: ٧:١٤:٠٥ مساءً بتوقيت القاهرة", (17, 14, 5)),
        ("Լուսանկարել եմ 2027 թ. փետրվարի 17-ին, ժամը 19:14:05-ին՝ Երևանի ժամանակով։", (15, 14, 5)),
        ("ფოტო გადავიღე 2027 წლის 17 თებერვალს, 19:14:05 საათზე თბილისის დროით.", (15, 14, 5)),
        ("Здымак МКС 17 лютага 2027 года а 19:14:05 па мінскім часе.", (16, 14, 5)),
    ],
)
def test_a_time_on_a_named_citys_clock_is_converted(
    text: str, expected: tuple[int, int, int]
) -> None:
    taken = find_taken_at(text, Media(()), SENT)
    assert taken.taken_at == datetime(2027, 2, 17, *expected, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "The ISS on 17 February 2027 at 19:14:05 over Tehran.",
        "التاريخ: ١٧/٠٢/٢٠٢٧ الوقت: ٧:١٤:٠٥ مساءً في القاهرة",
        "ფოტო გადავიღე 2027 წლის 17 თებერვალს, 19:14:05 საათზე.",
        "Здымак МКС 17 лютага 2027 года а 19:14:05 у Мінску.",
    ],
)
def test_a_city_named_as_a_place_is_no_clock(text: str) -> None:
    assert find_taken_at(text, Media(()), SENT).taken_at is None


def test_estonian_summer_time_converts_in_summer() -> None:
    sent = datetime(2027, 7, 15, 13, 48, tzinfo=timezone(timedelta(hours=3)))
    text = "Pildistasin ISS-i 12. juulil 2027 kell 23:05:10 Eesti suveaeg."
    assert find_taken_at(text, Media(()), sent).taken_at == datetime(
        2027, 7, 12, 20, 5, 10, tzinfo=UTC
    )


def test_estonian_summer_time_in_winter_is_asked_never_converted() -> None:
    sent = datetime(2027, 2, 15, 13, 48, tzinfo=timezone(timedelta(hours=2)))
    text = "Pildistasin ISS-i 12. veebruaril 2027 kell 19:05:10 Eesti suveaeg."
    taken = find_taken_at(text, Media(()), sent)
    assert taken.taken_at is None
    assert any("Eesti suveaeg" in note for note in taken.notes)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("22 лютага 2027 года", date(2027, 2, 22)),
        ("تاریخ: 10 فروری 2027", date(2027, 2, 10)),
        ("17 თებერვალს", date(2027, 2, 17)),
        ("5 აგვისტოს 2026", date(2026, 8, 5)),
    ],
)
def test_months_in_more_languages_and_cases_date_a_time(text: str, day: date) -> None:
    assert [hit.readings for hit in find_dates(text, date(2027, 2, 25))] == [(day,)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("यह तस्वीर 16 फ़रवरी 2027 को भारतीय समयानुसार शाम 7:24:10 बजे ली गई थी।", (13, 54, 10)),
        ("তারিখ: ১৬ ফেব্রুয়ারি ২০২৭\nসময়: সন্ধ্যা ৭টা ২৪ মিনিট ১০ সেকেন্ড (বাংলাদেশ সময়)", (13, 24, 10)),
        ("تاریخ: 16 فروری 2027\nوقت: شام 7 بج کر 24 منٹ 10 سیکنڈ (پاکستانی وقت)", (14, 24, 10)),
    ],
)
def test_a_south_asian_time_with_its_clock_named_in_words(
    text: str, expected: tuple[int, int, int]
) -> None:
    sent = datetime(2027, 2, 18, 10, 20, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    taken = find_taken_at(text, Media(()), sent)
    assert taken.taken_at == datetime(2027, 2, 16, *expected, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "यह तस्वीर 16 फ़रवरी 2027 को शाम 7:24:10 बजे ली गई थी।",
        "তারিখ: ১৬ ফেব্রুয়ারি ২০২৭\nসময়: সন্ধ্যা ৭টা ২৪ মিনিট ১০ সেকেন্ড",
        "تاریخ: 16 فروری 2027\nوقت: شام 7 بج کر 24 منٹ 10 سیکنڈ",
    ],
)
def test_the_same_times_with_no_clock_named_give_no_ut_time(text: str) -> None:
    sent = datetime(2027, 2, 18, 10, 20, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert find_taken_at(text, Media(()), sent).taken_at is None

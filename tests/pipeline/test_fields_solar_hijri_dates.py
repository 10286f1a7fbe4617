"""Dates in the Solar Hijri (Jalali, Persian) calendar (issue 13, batch-12): "۲۵ آذر ۱۴۰۵"
is 16 December 2026, converted by jdatetime. A month's name counts only between a day and
a year of the calendar; an all-numeric date with such a year only in the Arabic script;
a day the month does not have, or a weekday the day is not, gives no date."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.calendar_dates import solar_hijri_dates
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())
SENT = parsedate_to_datetime("Thu, 17 Dec 2026 11:05:00 +0330")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("۲۵ آذر ۱۴۰۵", date(2026, 12, 16)),
        ("25 آذر ماه 1405", date(2026, 12, 16)),
        ("۱ فروردین ۱۴۰۶", date(2027, 3, 21)),  # Nowruz
        ("۳۰ اسفند ۱۴۰۳", date(2025, 3, 20)),  # 1403 is a leap year
        ("۲۵ قوس ۱۴۰۵", date(2026, 12, 16)),  # Afghanistan's name of Azar
        ("25 Azar 1405", date(2026, 12, 16)),
        ("تاریخ: ۱۴۰۵/۰۹/۲۵", date(2026, 12, 16)),
        ("تاریخ: 1405-09-25", date(2026, 12, 16)),
    ],
)
def test_a_solar_hijri_date_is_its_gregorian_day(text: str, want: date) -> None:
    from ipom_mail.pipeline.fields.numerals import ascii_digits

    assert [h.readings for h in solar_hijri_dates(ascii_digits(text))] == [(want,)]


@pytest.mark.parametrize(
    "text",
    [
        "۲۵ آذر",  # no year
        "آذر ۱۴۰۵",  # no day
        "۳۰ اسفند ۱۴۰۵",  # 1405 is no leap year: Esfand has 29 days
        "۳۲ مهر ۱۴۰۵",
        "Date: 1405/09/25",  # a Latin-script mail: no Jalali year
        "25 Azar 2026",  # a Gregorian year after a Jalali month
        "تیر ۱۴ سال ۱۴۰۵",  # a month's word before the day is not the form read
    ],
)
def test_no_solar_hijri_date(text: str) -> None:
    assert solar_hijri_dates(text) == []


def test_a_persian_submission_gets_its_ut_time() -> None:
    text = (
        "این عبور روز چهارشنبه ۲۵ آذر ۱۴۰۵ ساعت ۱۸:۰۷:۳۲ به وقت تهران "
        "از پشت‌بام خانه‌مان در اصفهان ثبت شد."
    )
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at == datetime(2026, 12, 16, 14, 37, 32, tzinfo=UTC)


def test_a_weekday_the_solar_hijri_day_is_not_gives_no_date() -> None:
    # 25 Azar 1405 is a Wednesday (چهارشنبه), not a Tuesday (سه‌شنبه)
    text = "این عبور روز سه‌شنبه ۲۵ آذر ۱۴۰۵ ساعت ۱۸:۰۷:۳۲ به وقت تهران ثبت شد."
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at is None and taken.taken_date is None

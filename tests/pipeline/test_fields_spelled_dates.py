"""Dates whose day and year are written in words (issue 13, blind batch 08): the day in
words before a month name and a year in words or digits is a date, in the languages
num2words spells; a number word before a month without a year,
or an article, is none."""

from __future__ import annotations

from datetime import date
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.dates import find_dates
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ripresa sabato sette novembre duemilaventisei dal terrazzo", date(2026, 11, 7)),
        ("taken on the twenty-first of November two thousand and twenty-six", date(2026, 11, 21)),
        ("prise le douze novembre deux mille vingt-six depuis Lyon", date(2026, 11, 12)),
        ("tomada el tres de noviembre de dos mil veintiséis en Cádiz", date(2026, 11, 3)),
        ("tirada a nove de novembro de 2026 em Braga", date(2026, 11, 9)),
        ("aufgenommen am zwölften November 2026", date(2026, 11, 12)),  # an inflected ordinal
        ("the first November pass this year", None),  # no year: no date
        ("en november 2026 som ingen annan", None),  # an article, not a day
        ("we went on November 2026 trips", None),  # "on" is Turkish ten: not beside digits
        ("due novembre duemilaventisei, di sera", date(2026, 11, 2)),
    ],
)
def test_a_day_and_year_in_words_around_a_month_name_are_a_date(
    text: str, want: date | None
) -> None:
    found = [h.readings[0] for h in find_dates(text, date(2026, 11, 20))]
    assert found == ([want] if want else [])


def test_a_time_in_the_sentence_of_a_date_in_words_is_dated_by_it() -> None:
    text = "foto scattata venerdì tredici novembre duemilaventisei alle 18:41:07 (UTC+1) a Siena"
    taken = find_taken_at(
        text, Media(items=()), parsedate_to_datetime("Sat, 14 Nov 2026 10:00:00 +0100")
    )
    assert taken.taken_at is not None and taken.taken_at.isoformat() == "2026-11-13T17:41:07+00:00"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("wykonane dnia piątego kwietnia dwa tysiące dwudziestego siódmego roku", date(2027, 4, 5)),
        ("снято пятого апреля две тысячи двадцать седьмого года в 20:58", date(2027, 4, 5)),
        ("знято п'ятого квітня дві тисячі двадцять сьомого року", date(2027, 4, 5)),
        ("dnia piątego kwietnia dwa tysiące siódmego roku", date(2007, 4, 5)),
        ("pris le cinq avril deux mille vingt-sept à 20h58", date(2027, 4, 5)),
        # a year in words read only in part is no year: never 2000, nor the mail's
        ("dnia piątego kwietnia dwa tysiące trzydziestego drugiego roku", None),
        ("пятого апреля две тысячи тридцать второго года", date(2032, 4, 5)),
    ],
)
def test_a_year_in_ordinal_words_is_read_whole_or_not_at_all(text: str, want: date | None) -> None:
    found = [h.readings[0] for h in find_dates(text, date(2027, 4, 7))]
    assert found == ([want] if want else [])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("am 5. April um 20:58", date(2027, 4, 5)),
        ("le 5 avril à 20h58", date(2027, 4, 5)),
        ("el 5 de abril a las 20:58", date(2027, 4, 5)),
        ("4月5日 20時58分", date(2027, 4, 5)),
        ("5 апреля в 20:58", date(2027, 4, 5)),
        ("dnia piątego kwietnia o 20:58", date(2027, 4, 5)),
        ("am 9. April um 20:58", None),  # after the mail's day: not this year's, and no default
        ("le 9 avril", None),
        ("dnia dziewiątego kwietnia", None),
    ],
)
def test_a_date_with_no_year_takes_the_year_of_the_mail(text: str, want: date | None) -> None:
    found = [h.readings[0] for h in find_dates(text, date(2027, 4, 7))]
    assert found == ([want] if want else [])

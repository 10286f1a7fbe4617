"""Dates in the languages new to the set in batch-14 (issue 13), tested as classes: CLDR's
month names of Welsh, Irish, Albanian, Macedonian, Maltese, Georgian and Armenian through
Babel; the forms CLDR's own patterns write ("2026 թ. նոյեմբերի 14", "2026ko azaroaren 9a",
"12 בנובמבר 2026"); Thai years of the Buddhist era; and the traps where none may be read."""

from __future__ import annotations

from datetime import date

import pytest

from ipom_mail.pipeline.fields.dates import find_dates
from ipom_mail.pipeline.fields.weekday_words import weekday_before

BASE = date(2026, 11, 30)


def _days(text: str) -> list[tuple[date, ...]]:
    return [h.readings for h in find_dates(text, BASE)]


@pytest.mark.parametrize(
    ("written", "want"),
    [
        ("Dydd Mercher, 25 Tachwedd 2026", date(2026, 11, 25)),  # Welsh
        ("3 Hydref 2026", date(2026, 10, 3)),
        ("Dé Domhnaigh 15 Samhain 2026", date(2026, 11, 15)),  # Irish
        ("2 Deireadh Fómhair 2026", date(2026, 10, 2)),
        ("e martë, 17 nëntor 2026", date(2026, 11, 17)),  # Albanian
        ("21 ноември 2026 г.", date(2026, 11, 21)),  # Macedonian
        ("15 ta’ Novembru 2026", date(2026, 11, 15)),  # Maltese
        ("17 ნოემბერი 2026", date(2026, 11, 17)),  # Georgian
        ("2026 թ. նոյեմբերի 14", date(2026, 11, 14)),  # Armenian, as CLDR writes it
        ("2026ko azaroaren 9a, astelehena", date(2026, 11, 9)),  # Basque genitive
        ("2025eko urriaren 30a", date(2025, 10, 30)),
        ("יום חמישי, 12 בנובמבר 2026", date(2026, 11, 12)),  # Hebrew "in November"
        ("10 พฤศจิกายน 2569", date(2026, 11, 10)),  # Thai, Buddhist era
        ("3 ตุลาคม พ.ศ. 2569", date(2026, 10, 3)),
    ],
)
def test_dates_of_the_new_languages_are_read(written: str, want: date) -> None:
    assert _days(f"— {written} —") == [(want,)]


@pytest.mark.parametrize(
    "written",
    [
        "pris 2569 พฤศจิกายน",  # a Buddhist-era year with no day
        "nos Fawrth",  # a weekday alone (Welsh "Tuesday"; "Mawrth" is also March)
        "Dyma fy llun 25",  # "llun" is Monday's abbreviation and a picture: no month
    ],
)
def test_no_date_where_none_is_written(written: str) -> None:
    assert _days(written) == []


def test_a_buddhist_era_year_after_another_month_is_no_year() -> None:
    """ "10 November 2569" is read at most as a yearless date, never as the year 2569 or 2026."""
    hits = find_dates("— 10 November 2569 —", BASE)
    assert all(not h.year_given for h in hits)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Dydd Mercher, ", 2),
        ("Dé Máirt ", 1),
        ("e premte, ", 4),
        ("ხუთშაბათი, ", 3),
        ("e di ", None),  # Italian "and of": no stem of a two-word weekday name ("e diel")
        ("dydd ", None),
    ],
)
def test_weekdays_of_the_new_languages(text: str, want: int | None) -> None:
    assert weekday_before(text) == want


def test_a_weekday_stem_of_two_words_settles_no_two_way_date() -> None:
    """ "e di 04/11/2026" (Italian) is no Sunday: the date still reads two ways."""
    (hit,) = find_dates("la foto e di 04/11/2026", BASE)
    assert len(hit.readings) == 2

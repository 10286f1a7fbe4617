"""Dates whose day and year are written in words: "giovedì cinque novembre duemilaventisei",
"the fifth of November two thousand and twenty-six", "am fünften November 2026".

The number words come from num2words (CLDR's spell-out rules are not in Babel), made once
per process when a text first needs them, in the languages it spells; the month names are the ones dates.py reads. A day in words counts
only before a month name and a year (in words or digits): "first November pass" is no date;
a short day word ("on" is Turkish ten, "to" Danish two) only with a year in words too.
"""

from __future__ import annotations

import re
from datetime import date

from ipom_mail.pipeline.fields.dates import DateHit, day_of
from ipom_mail.pipeline.fields.named_dates import MONTH_NAMES, recent, recent_years
from ipom_mail.pipeline.fields.ordinal_days import (
    norm,
    ordinal_ending_at,
    ordinal_starting_at,
    ordinal_table,
)
from ipom_mail.pipeline.fields.words import two_way_months
from ipom_mail.pipeline.tables_cache import machine_table

_LINKS = frozenset({"of", "the", "de", "del", "di", "du", "des", "am", "den", "der", "el", "le"})
# words, numbers and marks, so that only words written next to each other make a number
# (a comma may stand before the year)
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+|[^\w\s,]")
_MOST = 5  # words of one number: "two thousand and twenty-six"
UNREAD = 0  # a year written in words this reader cannot read whole: the date is not read
_LONG_WORD = 4  # shorter number words are words of other languages too ("on", "to", "en")


# The languages mail comes in that num2words spells (cs, sk, hr, sr, bg, el and the Baltic
# languages it does not)
_LANGS = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "hu", "ro", "ru", "uk", "sv", "no", "da",
    "fi", "tr", "sl",
)  # fmt: skip
_YEARS = range(1990, 2051)


@machine_table
def _words() -> tuple[dict[str, int], dict[str, int]]:
    """Day words (1–31, cardinal and ordinal; 1 only as an ordinal: "un", "en" are articles)
    and year words, each to its number."""
    from num2words import num2words

    days: dict[str, int] = {}
    years: dict[str, int] = {}
    for lang in _LANGS:
        for n in range(1, 32):
            for kind in ("cardinal", "ordinal") if n > 1 else ("ordinal",):
                days.setdefault(num2words(n, lang=lang, to=kind).lower(), n)
        for year in _YEARS:
            years.setdefault(num2words(year, lang=lang).lower(), year)
    return days, years


def _number(
    tokens: list[re.Match[str]], first: int, last: int, words: dict[str, int]
) -> int | None:
    """The number tokens[first:last] spell together, or None."""
    if first < 0 or last > len(tokens) or first >= last:
        return None
    return words.get(" ".join(t.group().lower() for t in tokens[first:last]))


def _skip(tokens: list[re.Match[str]], i: int, step: int) -> int:
    """The index past the link words ("of", "de") from i on, walking by step."""
    while 0 <= i < len(tokens) and tokens[i].group().lower() in _LINKS:
        i += step
    return i


def _day_before(tokens: list[re.Match[str]], month: int) -> tuple[int, int] | None:
    """(the day, the index of its first word) written just before the month's word."""
    days, _ = _words()
    end = _skip(tokens, month - 1, -1) + 1
    for size in range(min(_MOST, end), 0, -1):
        day = _number(tokens, end - size, end, days)
        if day is not None:
            return day, end - size
    return None


def _year_after(tokens: list[re.Match[str]], month: int) -> tuple[int, int] | None:
    """(the year, the index past its last word) written just after the month's word."""
    _, years = _words()
    start = _skip(tokens, month + 1, 1)
    if start < len(tokens) and tokens[start].group().isdigit():
        written = tokens[start].group()
        return (int(written), start + 1) if len(written) == 4 else None
    for size in range(_MOST, 0, -1):
        year = _number(tokens, start, start + size, years)
        if year is not None:
            return _whole_year(tokens, year, start + size)
    return None


@machine_table
def _number_words() -> frozenset[str]:
    """Every word of a day or year in words, in any form the tables know ("dwudziestego")."""
    days, years = _words()
    phrases = [*days, *years, *ordinal_table()[0]]
    return frozenset(w for phrase in phrases for w in phrase.split() if len(w) >= _LONG_WORD)


def _whole_year(tokens: list[re.Match[str]], year: int, end: int) -> tuple[int, int] | None:
    """(the year, the index past it) that the year words ending before tokens[end] begin: with
    an ordinal after a round year ("dwa tysiące dwudziestego siódmego roku", "две тысячи
    двадцать седьмого года"); UNREAD when other number words follow, never a part of it."""
    ordinal = ordinal_starting_at(tokens, end) if year % 10 == 0 else None
    if ordinal is not None and not year % (10 if ordinal.day < 10 else 100):
        year, end = year + ordinal.day, ordinal.last
    if end < len(tokens) and norm(tokens[end].group()) in _number_words():
        return UNREAD, end  # "dwa tysiące" of a year written on: not 2000, nor the mail's
    return year, end


def spelled_dates(text: str, base: date | None = None) -> list[DateHit]:
    """Every date written with its day in words: with a year, or yearless with an ordinal
    day that is surely one (ordinal_days.py: "третьего июля", "den tredje august"), read in
    the 120 days before the mail (`base`)."""
    tokens = list(_TOKEN.finditer(text))
    hits: list[DateHit] = []
    for i, token in enumerate(tokens):
        month = MONTH_NAMES.get(token.group().lower()) if len(token.group()) >= 4 else None
        if month is None or token.group().lower() in two_way_months():  # no guessing which
            continue
        day, year = _day_before(tokens, i), _year_after(tokens, i)
        if year is not None and year[0] == UNREAD:
            continue
        short = day is not None and len(tokens[day[1]].group()) <= 3
        if short and year is not None and tokens[year[1] - 1].group().isdigit():
            day = None  # "on", "to", "due" are words of other languages: year in words only
        if day is None or year is None:
            hit = _ordinal_date(text, tokens, i, month, year, base)
            if hit is not None:
                hits.append(hit)
            continue
        try:
            when = date(year[0], month, day[0])
        except ValueError:
            continue
        start, end = tokens[day[1]].start(), tokens[year[1] - 1].end()
        hits.append(DateHit(start, end, text[start:end], (when,)))
    return hits


def _ordinal_date(
    text: str,
    tokens: list[re.Match[str]],
    month_at: int,
    month: int,
    year: tuple[int, int] | None,
    base: date | None,
) -> DateHit | None:
    """The date an ordinal day in words makes with the month at tokens[month_at]: before
    it ("третьего июля", "den tredje august"), or after it where a language writes it so
    ("rugpjūčio dvyliktosios"); with the year after the month, or yearless when the day
    is surely one, in the 120 days before the mail."""
    words = ordinal_ending_at(tokens, _skip(tokens, month_at - 1, -1) + 1)
    after = None if words is not None else ordinal_starting_at(tokens, month_at + 1, True)
    if words is None and after is None:
        return None
    found = words or after
    assert found is not None
    if year is None and not found.sure:
        return None
    years = [year[0]] if year is not None and words is not None else recent_years(base)
    days = [
        d
        for y in years
        if (d := day_of(y, month, found.day)) is not None and (year is not None or recent(d, base))
    ]
    if len(days) != 1:
        return None
    start = tokens[found.first if words is not None else month_at].start()
    last = year[1] - 1 if year is not None and words is not None else found.last - 1
    end = tokens[max(last, month_at)].end()
    return DateHit(start, end, text[start:end], (days[0],), None, year is not None)

"""Dates written with a month's name in many languages ("14 October 2026", "Oct 14th",
"2026. október 14."), or yearless with CJK characters ("6月16日", "6월 16일") or dots ("am
27.10."), read in the 120 days before the mail.

Split from dates.py (numeric dates, labels and relative days stay there).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ipom_mail.pipeline.fields.dates import YEAR, DateHit, day_of, hit_of
from ipom_mail.pipeline.fields.weekday_words import short_weekdays_before, weekday_before
from ipom_mail.pipeline.fields.word_trie import trie_alternation
from ipom_mail.pipeline.fields.words import month_names, two_way_months, two_way_reading
from ipom_mail.pipeline.tables_cache import machine_table

# Spellings CLDR does not give (ASCII forms, regional names); CLDR's own come from Babel.
_MONTHS: dict[int, str] = {
    1: "jänner",
    2: "fevrier fév",
    3: "maerz mrz marco",
    8: "aout",
    9: "setiembre",
}
_CLDR_MONTHS, _CLDR_SHORT = month_names()
MONTH_NAMES: dict[str, int] = {
    **_CLDR_MONTHS,
    **{w: m for m, words in _MONTHS.items() for w in words.split()},
}
# A month's short form (CLDR's abbreviations, "mrz", "fév") counts without a year only beside
# a weekday: "3 mar", "12 set" may be other words. A full name of any length does ("15.
# júla", "12 июля", "3 juin", "4 août"), and "may" in lower case ("12 may be") only as a
# short form: "12 May" is the month.
_ABBREVIATIONS = _CLDR_SHORT | {"fév", "mrz"}
# As a trie (word_trie.py): a thousand names tried at every word's start cost 1.4 ms per
# 400 characters of text, a tenth of that as a trie
_MONTH = trie_alternation(MONTH_NAMES)
_NL = r"(?![^\W\d_])"  # not followed by a letter
_NB = r"(?<![^\W\d_])"  # not preceded by a letter
_ORD = r"(?:st|nd|rd|th|er|º|°|\.)?"
_YMD_NAME = re.compile(
    # the year's own word: "2026 m.", "2026. gada", "2026 г.", "2026 թ.", Basque "2026ko"
    rf"(?<!\d)(?P<y>{YEAR})\.?,?\s*(?:m\.\s*|gada\s+|г\.\s*|թ\.\s*|e?ko\s+)?{_NB}(?P<m>{_MONTH}){_NL}\.?\s*"
    rf"(?P<d>\d{{1,2}})(?:\s*d\.)?"
    r"(?:\.|-?(?:jén|én|ján|án|i|a|e)\b)?(?![\d:])",
    re.I,
)
# A Thai year of the Buddhist era ("10 พฤศจิกายน 2569", "พ.ศ. 2569"): 543 years ahead of
# the Gregorian one; read only after a Thai month's name (2569 is no Gregorian year here)
_BE = r"(?:25[2-9]\d|26[0-4]\d)"
_BE_OFFSET = 543
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_DMY_NAME = re.compile(
    rf"(?<![\d.:])(?P<d>\d{{1,2}}){_ORD}(?:\s*[-–]\s*(?P<d2>\d{{1,2}}){_ORD})?\s*"
    # a hyphen before the month's name: Uzbek "27-iyul", "12-May-2026"
    rf"(?:of\s+|de\s+|di\s+|ta['’]\s*|-)?{_NB}(?P<m>{_MONTH}){_NL}\.?"
    rf"(?:,?\s*(?:de\s+|del\s+)?(?P<y>{YEAR})(?!\d)|\s*(?:พ\.\s?ศ\.\s*)?(?P<be>{_BE})(?!\d))?",
    re.I,
)
_MDY_NAME = re.compile(
    rf"{_NB}(?P<m>{_MONTH}){_NL}\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])"
    r"(?:\s*[-–]\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?![\d:]))?"
    rf"(?:,?\s+(?P<y>{YEAR})(?!\d))?",
    re.I,
)


def named_dates(text: str, base: date | None) -> list[DateHit]:
    """Dates written with a month's name ("14 October 2026", "Oct 14th"), a yearless one
    read in the 120 days before the mail (`base`), a weak one only with its weekday."""
    hits: list[DateHit] = []
    for regex in (_YMD_NAME, _DMY_NAME, _MDY_NAME):
        for m in regex.finditer(text):
            month = MONTH_NAMES[m["m"].lower()]
            written_year = m["y"] or _buddhist_year(m)
            weak = not written_year and (m["m"].lower() in _ABBREVIATIONS or m["m"] == "may")
            weak = weak and not (regex is _MDY_NAME and _capital_short(text, m))
            before = text[max(0, m.start() - 20) : m.start()]
            named_day = weekday_before(before) if weak else None
            short = short_weekdays_before(before) if weak and named_day is None else frozenset()
            if weak and named_day is None and not short:
                continue  # "3 mar", "12 may be": too weak without a year or a weekday
            years = [int(written_year)] if written_year else recent_years(base)
            name = m["m"].lower()
            months = two_way_reading(name, text) if name in two_way_months() else (month,)
            d2 = m.groupdict().get("d2")
            if d2 and len(months) > 1:
                continue  # a span in a month read two ways: no date rather than a guess
            for y in years:
                firsts = [day_of(y, mo, int(m["d"])) for mo in months]
                firsts = [
                    f
                    for f in firsts
                    if f is not None
                    and (written_year or recent(f, base))
                    and (named_day is None or f.weekday() == named_day)  # "friday oct 4th"
                    and (not short or f.weekday() in short)  # "do 15 okt": a Thursday
                ]
                if not firsts:
                    continue
                last = day_of(y, month, int(d2)) if d2 else None
                hit = hit_of(m, firsts, last)
                hits.append(
                    DateHit(hit.start, hit.end, hit.text, hit.readings, last, bool(written_year))
                )
    return hits


@machine_table
def _english_short() -> frozenset[str]:
    """CLDR's English month abbreviations (through Babel), as phones write them in any
    language ("Feb 19"); not "May", which may be the verb ("May 5 of us …")."""
    from babel.dates import get_month_names

    names = get_month_names("abbreviated", "format", "en").values()
    return frozenset(n.lower().rstrip(".") for n in names) - {"may"} | {"sept"}


_NAME_BEFORE = re.compile(r"[A-Z][^\W\d_]*[ \t]+$")


def _capital_short(text: str, m: re.Match[str]) -> bool:
    """An English short month, capitalised, before its day and not inside a name ("Feb 19",
    "Oct 4th", not "Alta Pro 2+"): a date as a phone writes it, where "mar 3" or "set 12" in
    lower case may be other words."""
    name = m["m"]
    if name.lower() not in _english_short() or not (name[0].isupper() and name[1:].islower()):
        return False
    return _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None


def _buddhist_year(m: re.Match[str]) -> str | None:
    """The Gregorian year of a Buddhist-era year written after a Thai month, or None."""
    be = m.groupdict().get("be")
    if be is None or not _THAI.match(m["m"]):
        return None
    return str(int(be) - _BE_OFFSET)


def recent_years(base: date | None) -> list[int]:
    return [] if base is None else [base.year, base.year - 1]


def recent(day: date, base: date | None) -> bool:
    """A date written without a year is read only as one in the 120 days before the message."""
    return base is not None and base - timedelta(days=120) <= day <= base + timedelta(days=1)


# "6月16日", "6월 16일": a month and day with their CJK characters and no year (a date with
# its year is read by dates.py first, and this one overlapping it is dropped)
_CJK_MONTH_DAY = re.compile(r"(?<!\d)(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]")


def cjk_month_days(text: str, base: date | None) -> list[DateHit]:
    """Month and day written with CJK characters and no year, in the 120 days before the
    mail (`base`): "6월 16일 오전 12시 4분"."""
    hits: list[DateHit] = []
    for m in _CJK_MONTH_DAY.finditer(text):
        for year in recent_years(base):
            day = day_of(year, int(m["m"]), int(m["d"]))
            if day is not None and recent(day, base):
                hit = hit_of(m, [day])
                hits.append(DateHit(hit.start, hit.end, hit.text, hit.readings, None, False))
    return hits


# "am 27.10.", "vom 5.3.", "Di., 27.10.": a day and month with dots and no year, after a word
# that says a date follows (data/labels.toml [date_before]) or a weekday; never a time
# ("um 21.10.") nor a number in a version or a sum
_DOTTED_DAY = re.compile(
    r"(?<![\d.,:])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.(?![\d.]|\s?(?:19|20)\d\d)"
)


def dotted_month_days(text: str, base: date | None) -> list[DateHit]:
    """A day and month written with dots and no year, in the 120 days before the mail
    (`base`): "Mondtransit der ISS am 27.10."; both readings when each part is 12 or less."""
    from ipom_mail.pipeline.fields.labels import whole_words

    hits: list[DateHit] = []
    for m in _DOTTED_DAY.finditer(text):
        head = text[max(0, m.start() - 16) : m.start()]
        lead = whole_words("date_before").search(head)
        if not (lead and not head[lead.end() :].strip()) and weekday_before(head) is None:
            continue
        a, b = int(m["d"]), int(m["m"])
        readings: list[date | None] = [
            day
            for year in recent_years(base)
            for day in (day_of(year, b, a), day_of(year, a, b) if a <= 12 else None)
            if day is not None and recent(day, base)
        ]
        if readings:
            hit = hit_of(m, readings)
            hits.append(DateHit(hit.start, hit.end, hit.text, hit.readings, None, False, "."))
    return hits


def named_spans(text: str) -> list[tuple[int, int]]:
    """Where dates with a month's name are written, with or without a year (found only)."""
    return [
        (m.start(), m.end()) for rx in (_YMD_NAME, _DMY_NAME, _MDY_NAME) for m in rx.finditer(text)
    ]

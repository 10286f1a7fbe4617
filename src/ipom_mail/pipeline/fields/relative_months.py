"""Days of a month named against the Date header: "de 3e van vorige maand", "the 3rd of
last month", "am 3. letzten Monats", "le 3 du mois dernier", "el 3 del mes pasado",
"3-го прошлого месяца", "the 12th of this month".

The relative month's words are CLDR's (through Babel, without a leading article or
preposition: "le mois dernier" after "du" is "mois dernier"), after a word for "of"; and,
in the case they take right after a day, data/labels.toml [last_month] and [this_month]
("3rd last month" is the third from last). The day is written with an
ordinal ending ("3e", "3rd", "3.", "3-го") or after a word that says a date follows ("le
3", "el 3", "dnia 3"): "2 of last month's passes" is no date. A day the month does not
have, or one after the mail was sent, gives none.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from ipom_mail.pipeline.fields.dates import DateHit, day_of
from ipom_mail.pipeline.fields.labels import alternation, whole_words
from ipom_mail.pipeline.fields.words import LOCALES
from ipom_mail.pipeline.tables_cache import machine_table

_SHIFTS = {"last_month": -1, "this_month": 0}
# the ordinal endings of a day in digits, and the words a bare day follows
_ENDING = r"(?:-?(?:e|de|ste|st|nd|rd|th|er|ère|ème|º|ª|го|ого|то)(?![^\W\d_])|\.)"
_LEAD = r"(?:the|de|op|le|el|il|am|den|dnia|dne|dňa|dana|on)\s+"
_LINK = r"\s+(?:of|van|du|del|de|des|di|dello|i|af)(?:\s+the)?\s+"


@machine_table
def _cldr_phrases() -> dict[str, list[str]]:
    """CLDR's "last month" and "this month" of every locale, lower-case, without a leading
    short word when two words stay ("el mes pasado" → "mes pasado")."""
    from babel import Locale

    phrases: dict[str, list[str]] = {kind: [] for kind in _SHIFTS}
    for name in LOCALES:
        relative = Locale.parse(name)._data["date_fields"]["month"]["relative"]
        for kind, shift in _SHIFTS.items():
            words = relative.get(shift, "").lower().split()
            if len(words) >= 3 and len(words[0]) <= 3:
                words = words[1:]
            if len(words) >= 2:  # a one-word "this month" is too common a word
                phrases[kind].append(" ".join(words))
    return phrases


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    own = whole_words(kind).pattern.removeprefix("(?<![^\\W\\d_])")
    cldr = alternation(frozenset(_cldr_phrases()[kind]))
    return re.compile(
        rf"(?:(?<![\d.,:/])(?P<d>\d{{1,2}}){_ENDING}|(?<![^\W\d_]){_LEAD}(?P<d2>\d{{1,2}})(?![\d.,:/]))"
        rf"(?:{_LINK}(?:{cldr})|\s+(?:{own}))(?![^\W\d_])(?!['’]s)",
        re.I,
    )


def _month_back(base: date, shift: int) -> tuple[int, int]:
    first = base.replace(day=1)
    if shift < 0:
        first = (first - timedelta(days=1)).replace(day=1)
    return first.year, first.month


def relative_month_dates(text: str, base: date | None) -> list[DateHit]:
    """Every day written against the month of sending ("the 3rd of last month"), dated by
    `base` (the Date header's day); none without it."""
    if base is None:
        return []
    hits: list[DateHit] = []
    for kind, shift in _SHIFTS.items():
        year, month = _month_back(base, shift)
        for m in _pattern(kind).finditer(text):
            day = day_of(year, month, int(m["d"] or m["d2"]))
            if day is not None and day <= base + timedelta(days=1):
                text_ = m.group(0).strip()
                hits.append(DateHit(m.start(), m.end(), text_, (day,), None, False))
    return hits

"""The day a weekday named alone means for a time that has no date ("taken from
Bloubergstrand on Tuesday evening … my photo is at 19:52", "Saturday night … 9:47:30 PM
MDT", "diambil Jumat malam pukul 18.55 WIB"): the last such day before the mail was sent,
on the photographer's clock (relative_days.sent_clocks), at most six days back.

None when the words name two weekdays, the mail's own weekday (today, or a week ago?), or
the time is in the small hours (that night, or the next morning?); a weekday's name that is
also a language's word for a week ("minggu", "linggo": CLDR's unit names) names none.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from ipom_mail.pipeline.fields.launch_dates import in_event_clause
from ipom_mail.pipeline.fields.relative_days import sent_clocks
from ipom_mail.pipeline.fields.weekday_words import undated_weekdays_in
from ipom_mail.pipeline.fields.words import LOCALES
from ipom_mail.pipeline.fields.zones import Zone
from ipom_mail.pipeline.tables_cache import machine_table

_SMALL_HOURS = 6  # "Saturday night at 1:30": Saturday's night, or Sunday's small hours


@machine_table  # CLDR's units of seventy locales: built once per machine
def _week_words() -> frozenset[str]:
    """Each language's word for a week, CLDR's unit names ("minggu", "linggo", "wiki")."""
    from babel.units import get_unit_name

    words: set[str] = set()
    for locale in LOCALES:
        for length in ("long", "short"):
            try:
                name = get_unit_name("duration-week", length=length, locale=locale)
            except (ValueError, KeyError):
                continue
            words.update(w.lower() for w in re.findall(r"\w+", name or ""))
    return frozenset(words)


def weekday_day(
    texts: tuple[str, ...], clock: time, header: datetime | None, zone: Zone | None
) -> date | None:
    """The day the one weekday named in the first of `texts` naming any means for a time
    `clock` (see the module), or None."""
    weekday = _one_weekday(texts)
    if weekday is None or clock.hour < _SMALL_HOURS:
        return None
    days: set[date | None] = set()
    for sent in sent_clocks(header, zone):
        back = (sent.date().weekday() - weekday) % 7
        days.add(sent.date() - timedelta(days=back) if back else None)
    day = days.pop() if len(days) == 1 else None
    return day if day is not None and all(_fits(text, day) for text in texts) else None


# a day and month written beside the weekday but too weak to be read ("(3/20)", "(21 Nov)",
# "oct 4th"): the weekday's day must be theirs, else none ("Friday night (21 Nov)" in 2026)
_NUMERIC = re.compile(r"(?<![\d:./])(\d{1,2})[/.](\d{1,2})(?![\d:./])")
_NAMED = re.compile(
    r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|\.)?\s+([^\W\d_]{3,})|([^\W\d_]{3,})\.?\s+(\d{1,2})(?!\d|[:.]\d)"
)


def _fits(text: str, day: date) -> bool:
    """Whether every weak day and month `text` writes is `day`'s, but another event's in a
    clause of its own ("Sabado ng gabi, …, kung saan … star party sa Disyembre 12")."""
    from ipom_mail.pipeline.fields.named_dates import MONTH_NAMES

    for m in _NUMERIC.finditer(text):
        if in_event_clause(text, m.start()):
            continue
        a, b = int(m.group(1)), int(m.group(2))
        if max(a, b) > 31 or min(a, b) > 12:
            continue  # no day and month: a clock ("18.55 WIB")
        if (day.month, day.day) not in ((a, b), (b, a)):
            return False
    for m in _NAMED.finditer(text):
        if in_event_clause(text, m.start()):
            continue
        number, word = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        month = MONTH_NAMES.get(word.lower())
        if month is not None and (month, int(number)) != (day.month, day.day):
            return False
    return True


@lru_cache(maxsize=8)  # a sentence of many times is read once, not once per time
def _one_weekday(texts: tuple[str, ...]) -> int | None:
    """The one weekday the first of `texts` naming any names, or None; a weekday written
    with its own date ("lørdag den 23. august": another event's) names no day alone."""
    for text in texts:
        named = undated_weekdays_in(text, _week_words())
        if named:
            return named.pop() if len(named) == 1 else None
    return None

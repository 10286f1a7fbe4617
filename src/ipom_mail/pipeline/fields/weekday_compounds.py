"""A weekday and its part of the day written as one word (batch-37): "Dienstagabend",
"Montagnacht", "Sonntagmorgen", "tisdagskväll", "dinsdagavond", "søndagaften".

German, Dutch, the Scandinavian languages, Afrikaans and Icelandic join a weekday's name
and a day-period word (CLDR's, through Babel), with a linking "s" at times ("tisdags-
kväll"): the word names that weekday (fields/words.py) and that part of its day
(fields/day_periods.py settles a clock by it). Other languages write the two apart
("tirsdag aften", "mardi soir"), and read them as two words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ipom_mail.pipeline.tables_cache import machine_table

_COMPOUNDING = ("de", "nl", "sv", "nb", "da", "af", "is")
_PERIODS = ("morning1", "morning2", "afternoon1", "afternoon2", "evening1", "night1")
_LETTERS = r"[^\W\d_]"


@machine_table  # CLDR's names of seven locales: built once per machine
def _parts() -> tuple[dict[str, int], list[str]]:
    """(the compounding languages' wide weekday names → Monday 0 …, their day-period
    words of morning to night, lower-case, each alone: "abend", "kväll", "avond")."""
    from babel import Locale
    from babel.dates import get_day_names

    days: dict[str, int] = {}
    periods: set[str] = set()
    for code in _COMPOUNDING:
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for day, name in get_day_names("wide", context, locale).items():
                days[name.lower()] = day
            for width in ("wide", "abbreviated"):
                for period, word in locale.day_periods.get(context, {}).get(width, {}).items():
                    last = word.split()[-1].lower() if word.split() else ""
                    if period in _PERIODS and len(last) >= 3 and last.isalpha():
                        periods.add(last)
    return days, sorted(periods, key=len, reverse=True)


@lru_cache(maxsize=1)
def compound_source() -> str:
    """A regex for a weekday-and-period word, its weekday in group `cd` and its period in
    group `cp` (a case ending of up to three letters after it: "Dienstagabends")."""
    days, periods = _parts()
    day_words = "|".join(re.escape(d) for d in sorted(days, key=len, reverse=True))
    period_words = "|".join(re.escape(p) for p in periods)
    return rf"(?P<cd>{day_words})s?(?P<cp>{period_words}){_LETTERS}{{0,3}}"


@lru_cache(maxsize=1)
def _whole() -> re.Pattern[str]:
    return re.compile(compound_source(), re.I)


def compound_weekday(word: str) -> int | None:
    """The weekday (Monday 0) a weekday-and-period word names ("Dienstagabend": 1), or None."""
    m = _whole().fullmatch(word)
    return _parts()[0][m["cd"].lower()] if m else None


def compound_period(word: str) -> str | None:
    """The day-period word a weekday-and-period word ends in ("tisdagskväll": "kväll")."""
    m = _whole().fullmatch(word)
    return m["cp"].lower() if m else None

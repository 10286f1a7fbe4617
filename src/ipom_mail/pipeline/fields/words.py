"""Calendar words from CLDR through Babel: weekday names in the languages mail comes in.

Loaded lazily, once per process, so a message costs a dictionary lookup. The
locales are the reply languages and the languages the evaluation set holds;
English is always among them.
"""

from __future__ import annotations

import re
from functools import lru_cache

LOCALES = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "hu", "sk", "sl", "hr", "ro",
    "sv", "nb", "da", "fi", "tr", "el", "ru", "uk", "bg", "sr", "lt", "lv", "et", "ca",
)  # fmt: skip
_LETTERS = r"[^\W\d_]"


@lru_cache(maxsize=1)
def weekday_names() -> dict[str, int]:
    """Every wide and abbreviated weekday name (lower-case) → Monday 0 … Sunday 6.

    Abbreviations of two letters are left out: "so", "do", "mi" are ordinary words.
    """
    from babel.dates import get_day_names

    names: dict[str, int] = {}
    for locale in LOCALES:
        for width in ("wide", "abbreviated"):
            for day, name in get_day_names(width, "format", locale).items():
                key = name.lower().rstrip(".")
                if len(key) > 2:
                    names.setdefault(key, day)
    return names


@lru_cache(maxsize=1)
def _weekday_tail() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(weekday_names(), key=len, reverse=True))
    return re.compile(rf"(?<!{_LETTERS})({alternatives})\.?,?\s*(?:the\s+|den\s+|le\s+)?$", re.I)


def weekday_before(text: str) -> int | None:
    """The weekday named at the very end of `text` ("on Tuesday, "), or None."""
    m = _weekday_tail().search(text)
    return weekday_names().get(m.group(1).lower()) if m else None


@lru_cache(maxsize=1)
def month_names() -> tuple[dict[str, int], frozenset[str]]:
    """CLDR month names of every locale (lower-case) → month 1…12, in their grammatical
    forms (format: "июня", "maaliskuuta"; stand-alone: "июнь"), and the set of those
    that are only abbreviations ("мар", "set"): such a word counts only beside a day and a
    year. Locales that write months as numbers (ja, zh, ko) are read as numbers."""
    from babel.dates import get_month_names

    wide: dict[str, int] = {}
    short: dict[str, int] = {}
    for locale in LOCALES:
        for context in ("format", "stand-alone"):
            for month, name in get_month_names("wide", context, locale).items():
                wide.setdefault(name.lower(), month)
            for month, name in get_month_names("abbreviated", context, locale).items():
                key = name.lower().rstrip(".")
                if len(key) > 2 and not any(c.isdigit() for c in key):
                    short.setdefault(key, month)
    abbreviations = frozenset(k for k in short if k not in wide)
    return {**short, **wide}, abbreviations

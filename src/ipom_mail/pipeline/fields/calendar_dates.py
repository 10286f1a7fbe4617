"""Dates in the Solar Hijri (Jalali, Persian) calendar of Iran and Afghanistan, turned into
Gregorian ones by jdatetime: "۲۵ آذر ۱۴۰۵", "25 Azar 1405", "۱۴۰۵/۰۹/۲۵" are 16 December
2026.

A month's name is read only between a day and a year of the calendar (1300–1499: no
Gregorian year the mail could mean), with "ماه" (month) or "سال" (year) between as Persian
writes them; its names are in data/calendars.toml. An all-numeric date with such a year
is read year first, only in a mail written in the Arabic script. A day the month does
not have gives no date.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from functools import cache
from importlib.resources import files

from ipom_mail.pipeline.fields.dates import DateHit

_YEAR = r"1[34]\d\d"
_NL = r"(?![^\W\d_])"  # not followed by a letter
_NB = r"(?<![^\W\d_])"  # not preceded by a letter
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_NUMERIC = re.compile(
    rf"(?<![\d./-])(?P<y>{_YEAR})(?P<s>[-/.])(?P<m>\d{{1,2}})(?P=s)(?P<d>\d{{1,2}})(?![\d./-])"
)


@cache
def _months() -> dict[str, int]:
    """Every name of a Solar Hijri month (lower-case) → its number, 1 to 12."""
    text = files("ipom_mail").joinpath("data/calendars.toml").read_text("utf-8")
    names: dict[str, int] = {}
    for months in tomllib.loads(text)["solar_hijri"].values():
        for number, written in enumerate(months, start=1):
            names.update({name.lower(): number for name in written.split("|")})
    return names


@cache
def _named() -> re.Pattern[str]:
    """A day, a Solar Hijri month's name and a year: "۲۵ آذر ماه ۱۴۰۵", "25 Azar 1405"."""
    names = "|".join(re.escape(n) for n in sorted(_months(), key=len, reverse=True))
    return re.compile(
        rf"(?<![\d./:])(?P<d>\d{{1,2}})(?:th|st|nd|rd|ام|م)?\s*{_NB}(?P<m>{names}){_NL}"
        rf"\s*(?:ماه\s*)?(?:سال\s*)?,?\s*(?P<y>{_YEAR})(?!\d)",
        re.I,
    )


def _gregorian(year: int, month: int, day: int) -> date | None:
    import jdatetime

    try:
        day_there = jdatetime.date(year, month, day).togregorian()
    except ValueError:
        return None
    return date(day_there.year, day_there.month, day_there.day)


def solar_hijri_dates(text: str) -> list[DateHit]:
    """Every Solar Hijri date of `text` (digits already ASCII), as its Gregorian day."""
    found = [
        (m, _gregorian(int(m["y"]), _months()[m["m"].lower()], int(m["d"])))
        for m in _named().finditer(text)
    ]
    if _ARABIC_SCRIPT.search(text):
        found += [
            (m, _gregorian(int(m["y"]), int(m["m"]), int(m["d"]))) for m in _NUMERIC.finditer(text)
        ]
    return [
        DateHit(m.start(), m.end(), m.group(0).strip(), (day,))
        for m, day in found
        if day is not None
    ]

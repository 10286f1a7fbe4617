"""A whole hour in digits with its zone: "um 21 Uhr MESZ", "à 21 h heure de Paris", "o 21
czasu polskiego", "रात 9 बजे IST" (data/whole_hours.toml).

The hour stands after a word that says a time follows ("um", "à", "o") or before its
unit ("Uhr", "h", "बजे") or "pm", with no minutes. It is read only with a zone written right
after it: a bare "at 21" gives nothing. An hour of 1 to 12 needs a day-period word
beside it that settles its half of the day ("रात 9 बजे" is 21:00); 13 to 23, or an hour
written with its zero ("09 Uhr"), is certain.
"""

from __future__ import annotations

import re
import tomllib
from datetime import time
from functools import cache
from importlib.resources import files

from ipom_mail.pipeline.fields.clock_zone import zone_after
from ipom_mail.pipeline.fields.day_periods import period_after, period_before
from ipom_mail.pipeline.fields.spoken_clock import Spoken

_BLANK = r"[ \t\u00a0]"


def _words(key: str) -> str:
    """Every language's `key` words as one alternation, longest first."""
    text = files("ipom_mail").joinpath("data/whole_hours.toml").read_text("utf-8")
    found = {w for table in tomllib.loads(text).values() for w in table.get(key, ())}
    return "|".join(re.escape(w).replace(r"\ ", _BLANK + "+") for w in sorted(found, key=len)[::-1])


@cache
def _pattern() -> re.Pattern[str]:
    lead, unit = _words("lead"), _words("unit")
    return re.compile(
        rf"(?:(?<![^\W\d_])(?P<lead>{lead}){_BLANK}+)?"
        r"(?<![\d.,:/])(?P<h>[01]?\d|2[0-3])(?![\d.,:/])"
        rf"(?:{_BLANK}?(?:(?P<unit>{unit})|(?P<ampm>[ap])\.?{_BLANK}?m\.?)(?![^\W\d_]))?"
        rf"(?!{_BLANK}*[\d:])",  # no minutes after it: "21 Uhr 15" is another reading
        re.I,
    )


def _hour(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The 24-hour hour and where the words end: 13 to 23 (or "09") as written, 1 to 12
    as a day-period word beside it settles it; None when nothing does."""
    hour, end = int(m["h"]), m.end()
    if m["ampm"]:
        return None if not 1 <= hour <= 12 else (hour % 12 + 12 * (m["ampm"] in "pP"), end)
    if hour == 0 or hour > 12 or m["h"].startswith("0"):
        return hour, end
    after = period_after(text, end, hour)
    if after is not None:
        return None if after[0] is None else (after[0], after[1])
    before = period_before(text, m.start(), hour)
    return None if before is None or before[0] is None else (before[0], end)


@cache
def _count_after() -> re.Pattern[str]:
    """The words after an hour's unit that make it a count: "15 h de route"."""
    return re.compile(rf"{_BLANK}+(?:{_words('count')})(?:{_BLANK}*[^\W\d_])", re.I)


def _count(text: str, end: int) -> bool:
    """Whether the hours ending at `end` are a count ("15 h de route", "3 horas de
    viagem"), not a clock ("3 h de la tarde" has its day-period word)."""
    return _count_after().match(text, end) is not None and period_after(text, end, 1) is None


def whole_hours(text: str, known: list[tuple[int, int]]) -> list[tuple[Spoken, str, int]]:
    """Every whole hour with a zone right after it, apart from the spans `known`: the
    time, its zone and where the zone ends."""
    found: list[tuple[Spoken, str, int]] = []
    for m in _pattern().finditer(text):
        if not (m["lead"] or m["unit"] or m["ampm"]) or any(
            a < m.end() and m.start() < b for a, b in known
        ):
            continue
        read = _hour(text, m)
        if read is None or (m["unit"] and _count(text, read[1])):
            continue
        hour, end = read
        zone, zone_end = zone_after(text, end, False)
        if zone is not None:
            start = m.start("lead") if m["lead"] else m.start("h")
            found.append((Spoken(start, end, time(hour, 0)), zone, zone_end))
    return found

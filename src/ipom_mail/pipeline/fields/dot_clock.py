"""Bare dot times ("18.48") that their neighbours make times: a zone right after, a span.

"18.48" alone may be a date (18 October) or a number, so clock.py reads a dot time only
beside a word that says so ("kl. 18.51", "19.58 uur", "17.52 UTC"). Two more neighbours
say so too: a zone written right after it ("18.56 svensk tid", "05.58 (UTC+3)"), a
day-period word ("9.41 in the evening", "9.38pm") and the
other end of a span that is a time ("från kl. 18.51 till 18.55", "mellan 18.48 och
18.56 svensk tid"). Two bare dot numbers joined as a span ("från 18.10 till 20.10") stay
what they may be, dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import time

from ipom_mail.pipeline.fields.day_periods import period_after
from ipom_mail.pipeline.fields.zones import BEFORE_ZONE

# "18.48", "17.48.05" (seconds too: "17.48.05 pēc Latvijas laika")
_BARE = re.compile(
    r"(?<![\d.,:/])(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d)(?:\.(?P<s>[0-5]\d))?(?![.,]?\d)"
)
_SPAN = re.compile(
    r"\s*(?:[-–—~]|to|till|until|bis|à|a|al|hasta(?: las)?|alle|às|tot|do|til|fram till"
    r"|до|по|έως|până la|iki|līdz|kuni|and|und|et|y|e|és|och|og|ja|in|и|ve|και)\s*"
    r"(?:kl\.?\s*|klo\s*)?",
    re.I,
)
_OPEN = " \t(（"

ZoneAfter = Callable[[str, int, bool], tuple[str | None, int]]


def _zone_right_after(text: str, end: int, zone_after: ZoneAfter) -> tuple[str | None, int]:
    """The zone written right after `end` (a bracket or a short word like "po" may come
    first), not one a few words on: "18.56 svensk tid", "05.58 (UTC+3)"."""
    zone, stop = zone_after(text, end, False)
    if zone is None:
        return None, end
    gap = text[end:stop].lstrip(_OPEN)
    first = gap.split(maxsplit=1)[0].lower() if gap.split() else ""
    if gap.lower().startswith(zone.lower()) or first in BEFORE_ZONE:
        return zone, stop
    return None, end


def dot_times(
    text: str, known: list[tuple[int, int]], zone_after: ZoneAfter
) -> list[tuple[int, int, time, str | None]]:
    """Bare dot times made times by a zone right after them or by a span's timed end:
    (start, end, clock, zone), apart from the spans `known` (the times already found)."""
    bare = [
        m for m in _BARE.finditer(text) if not any(a < m.end() and m.start() < b for a, b in known)
    ]
    found: dict[int, tuple[int, int, time, str | None]] = {}
    for m in bare:
        zone, end = _zone_right_after(text, m.end(), zone_after)
        if zone is not None:
            found[m.start()] = (m.start(), end, _clock(m), zone)
    for m in bare:  # "9.41 in the evening BST", "9.38pm": a day-period word settles the hour
        period = _period(text, m.end(), int(m["h"])) if m.start() not in found else None
        if period is not None and period[0] is not None:
            zone, end = _zone_right_after(text, period[1], zone_after)
            found[m.start()] = (m.start(), end, _clock(m).replace(hour=period[0]), zone)
    for _ in range(2):  # a span's start or end beside a time, then its other end
        timed = sorted([*known, *((s, e) for s, e, _, _ in found.values())])
        for m in bare:
            if m.start() not in found and _beside(text, m, timed):
                found[m.start()] = (m.start(), m.end(), _clock(m), None)
    return sorted(found.values())


_AMPM = re.compile(r"\s?(?P<half>[ap])\.?\s?m\.?(?![^\W\d_])", re.I)


def _period(text: str, end: int, hour: int) -> tuple[int | None, int] | None:
    """The 24-hour hour an am/pm or a CLDR day-period word right after a dot time gives it
    ("9.38pm", "9.41 in the evening"), with the words' end; None without one."""
    m = _AMPM.match(text, end)
    if m is None:
        return period_after(text, end, hour)
    if not 1 <= hour <= 12:
        return None, m.end()
    return hour % 12 + (12 if m["half"].lower() == "p" else 0), m.end()


def _clock(m: re.Match[str]) -> time:
    return time(int(m["h"]), int(m["mi"]), int(m["s"] or 0))


def _beside(text: str, m: re.Match[str], timed: list[tuple[int, int]]) -> bool:
    """Whether a span word joins `m` to a time just before or just after it."""
    for start, end in timed:
        if end <= m.start() and _SPAN.fullmatch(text, end, m.start()):
            return True
        if start >= m.end() and _SPAN.fullmatch(text, m.end(), start):
            return True
    return False

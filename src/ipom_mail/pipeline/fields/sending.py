"""When and on which clock a relative day was written (issue 13): "tonight", "heute",
"last night" count from the moment the words were sent, on the photographer's clock.

A forwarded original was sent at its own Date line, and its "esta noche" is that day's
night, not the forwarder's; its sentences about the photo date its times as the sender's
own do theirs. A time written in UT names no one's clock and a Date header at UTC+0 may
be a server's: then the clock of the place the mail names counts, when it names one
("last night's pass … Durham, at 19:52 GMT" sent at 09:12 +0000 is the night before in
Durham), else none.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache

from ipom_mail.pipeline.fields.dates import find_dates, settle
from ipom_mail.pipeline.fields.segments import Segment
from ipom_mail.pipeline.fields.story import FORWARD_MARK
from ipom_mail.pipeline.fields.zones import Zone

_SENT_LINE = re.compile(
    r"^\s*+\*?(?:sent|gesendet|date|datum|envoyé|enviado|inviato|verzonden|wysłano|odesláno"
    r"|дата|data|fecha|dato|päivämäärä|skickat|sendt)\s*\*?\s*:\s*(?P<when>.+)$",
    re.I,
)


def forwarded_sent(
    original: str, clean: str, header: datetime | None
) -> tuple[int, datetime] | None:
    """Where the first forwarded message starts in the clean text, and when it was sent by
    its own Sent:/Gesendet:/Date: line ("heute Abend" in it is that day's evening); None
    without one. Its clock is taken to keep the Date header's offset."""
    from ipom_mail.pipeline.fields.clock import find_times

    if not original or header is None or not header.utcoffset():
        return None
    lines = original.split("\n")
    mark = next((i for i, line in enumerate(lines) if FORWARD_MARK.match(line)), None)
    if mark is None:
        return None
    for line in lines[mark + 1 : mark + 9]:
        m = _SENT_LINE.match(line)
        if m is None:
            continue
        days = {settle(h, header.date()) for h in find_dates(m["when"], header.date())}
        clocks = {t.clock for t in find_times(m["when"])}
        if len(days) != 1 or len(clocks) != 1 or None in days:
            return None
        (day,), (clock,) = days, clocks
        assert day is not None
        start = sum(len(x) + 1 for x in clean.split("\n")[:mark])
        return start, datetime.combine(day, clock, header.tzinfo)
    return None


def forwarded_photo_text(text: str, segs: list[Segment], start: int) -> str:
    """The forwarded original's sentences about the photo or the pass ("te paso mi tránsito
    de la ISS … de esta noche"), from `start` on: what its relative words are read in."""
    return " ".join(
        text[s.start : s.end] for s in segs if s.start >= start and not s.other and s.rank < 2
    )


def relative_clock(zone: Zone | None, header: datetime | None, text: str) -> Zone | None:
    """The zone a relative day of a time counts on: its own, or for a time in UT sent with
    a Date header at UTC+0 (neither is anyone's own clock) the clock of the place the mail
    names when that clock shows UT then ("Durham" in March, "Lisboa" in January: the time's
    clock is the photographer's own), else its own (and the day stays unknown)."""
    if zone is None or zone.offset != timedelta(0) or zone.reading is not None:
        return zone
    if header is None or header.utcoffset() is None or header.utcoffset():
        return zone
    home = _home(text, header.replace(tzinfo=None))
    return Zone(zone.label, iana=home) if home is not None else zone


@lru_cache(maxsize=8)
def _home(text: str, when: datetime) -> str | None:
    """The one clock of the places the text names, as relative_clock reads them: a place
    whose clock zones.py knows, else a town of a country with one clock, showing UT at
    `when` (naive UT)."""
    from ipom_mail.pipeline.fields.places import (
        offset_in_force,
        place_zone,
        town_countries,
        ut_countries,
    )

    found = place_zone(text)
    if found is not None:
        shown = offset_in_force(found, when)
        return found if shown is not None and shown[0] == 0 else None
    countries = ut_countries(when)
    clocks = {countries[c] for c in town_countries(text, tuple(countries))}
    return clocks.pop() if len(clocks) == 1 else None


@lru_cache(maxsize=4)  # asked once per time of the text: read once
def forward_start(text: str) -> int | None:
    """Where a forwarded message starts in the clean text (its separator line), or None."""
    pos = 0
    for line in text.split("\n"):
        if FORWARD_MARK.match(line):
            return pos
        pos += len(line) + 1
    return None

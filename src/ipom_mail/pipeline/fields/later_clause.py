"""A photo's clause after another event's in one sentence, hours after it (issue 13).

"Le lancement de Crew-9 a eu lieu à 17h17 UTC le 28 septembre 2024, et quelques heures
plus tard j'ai photographié l'ISS à 19h51m05s UTC": the sentence is about a launch, so
none of its times or dates is the photo's, except in a clause of its own that is about
the photo and opens with "a few hours later", "the same evening" (data/labels.toml
[later_same_day]). That clause's time takes the event's date, and only when the event
gives one date and one UT time, and the photo's UT time falls in the twelve hours after
it; else it stays no one's.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from ipom_mail.pipeline.fields.dates import TimeHit, find_dates, find_times, settle
from ipom_mail.pipeline.fields.in_force import convert
from ipom_mail.pipeline.fields.labels import label_pattern
from ipom_mail.pipeline.fields.segments import Segment, about_photo, other_event
from ipom_mail.pipeline.fields.zones import parse_zone

# Where a clause starts: after a comma, semicolon or dash, before an optional "and"
_CLAUSE = re.compile(r"[,;–—]\s+(?:(?:and|et|und|y|e|en|i|a|и|і|ve|και|ja|och|og|és|și)\s+)?")
_AFTER = timedelta(hours=12)  # "a few hours later", "the same evening"


def later_day(text: str, seg: Segment, hit: TimeHit, header: datetime | None) -> date | None:
    """The local date of `hit`, written in a clause about the photo that follows another
    event's clause of the same sentence "hours later", or None (see the module's doc)."""
    starts = [m.end() for m in _CLAUSE.finditer(text, seg.start, hit.start)]
    if not starts:
        return None
    ends = _CLAUSE.search(text, hit.end, seg.end)
    clause = text[starts[-1] : ends.start() if ends else seg.end]
    event = text[seg.start : starts[-1]]
    opening = label_pattern("later_same_day").match(text, starts[-1])
    if opening is None or not about_photo(clause) or other_event(clause):
        return None
    base = header.date() if header is not None else None
    days = {settle(h, base) for h in find_dates(event, base)}
    event_ut = _event_ut(event, days, header)
    zone = parse_zone(hit.zone, text, header) if hit.zone else None
    if event_ut is None or zone is None or not zone.usable:
        return None
    day = next(iter(days))
    assert day is not None
    for shift in (0, 1):
        local = datetime.combine(day + timedelta(days=shift), hit.clock)
        ut = convert(local, zone, hit.text, text, header).ut
        if ut is not None and event_ut < ut <= event_ut + _AFTER:
            return local.date()
    return None


def _event_ut(event: str, days: set[date | None], header: datetime | None) -> datetime | None:
    """The event's one UT time on its one date, or None."""
    if len(days) != 1 or None in days:
        return None
    zoned = [t for t in find_times(event) if t.zone is not None]
    found: set[datetime] = set()
    for hit in zoned:
        zone = parse_zone(hit.zone or "", event, header)
        if zone is not None and zone.usable:
            day = next(iter(days))
            assert day is not None
            ut = convert(datetime.combine(day, hit.clock), zone, hit.text, event, header).ut
            if ut is not None:
                found.add(ut)
    return found.pop() if len(found) == 1 else None

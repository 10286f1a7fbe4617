"""The day a relative word means ("last night", "this morning", "aseară", "今朝"), counted
on the photographer's own clock.

That day is the day of sending on the clock the time is written in: the Date header's
instant read in that zone ("20:31 (TSİ)" in a mail sent at 06:40 +0000 was sent at 09:40
in Istanbul, so "dün akşam" is the day before that). A time in UT names no one's clock:
the header's own offset counts then, never a zero one (a server may have converted it).
A header on another clock than the time's counts too: both must give the same day, else
none (a wrong date reaches the post; a missing one is a reply). Words: data/labels.toml
[tonight], [this_evening], [this_morning], [yesterday], [last_night], and CLDR's.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from ipom_mail.pipeline.fields.labels import whole_words
from ipom_mail.pipeline.fields.words import relative_day_pattern
from ipom_mail.pipeline.fields.zones import Zone

# a time of the small hours: "last night at 1:30" is the night that ended that morning
_SMALL_HOURS = 6


@lru_cache(maxsize=8)  # the photo's sentences are asked once per time of the mail
def _kinds(text: str, morning: str) -> tuple[str, ...]:
    """The kinds of relative day the text names, in a fixed order; "this morning" is looked
    for in `morning` (the mail is sent in a morning too: "This morning I sent…"). Words
    wrapped onto the next line are one phrase ("dnes\npredpoludním")."""
    text, morning = " ".join(text.split()), " ".join(morning.split())
    named = {
        "tonight": whole_words("tonight").search(text)
        or whole_words("this_evening").search(text)
        or relative_day_pattern("tonight").search(text),
        "this_morning": whole_words("this_morning").search(morning),
        "yesterday": whole_words("yesterday").search(text)
        or relative_day_pattern("yesterday").search(text),
        "last_night": whole_words("last_night").search(text),
        "before_yesterday": relative_day_pattern("before_yesterday").search(text),
    }
    return tuple(kind for kind, found in named.items() if found)


def relative_kinds(text: str) -> tuple[str, ...]:
    """The kinds of relative day the words name ("tonight", "this_morning", "yesterday",
    "last_night", "before_yesterday"), read or not: a sentence that names its own day."""
    return _kinds(text, text)


def zone_clock(zone: Zone | None) -> tzinfo | None:
    """The clock a zone names a place by (an IANA zone, an abbreviation's or an offset's
    fixed hours), or None: no zone, an unusable one, or UT (nobody's own clock)."""
    if zone is None or not zone.usable:
        return None
    if zone.offset is None:
        assert zone.iana is not None
        return ZoneInfo(zone.iana)
    if not zone.offset and zone.reading is None:
        return None
    return timezone(zone.offset)


def sent_clocks(header: datetime | None, zone: Zone | None) -> tuple[datetime, ...]:
    """When the mail was sent on each clock that may be the photographer's: the zone of
    the time, and the header's own offset unless it is zero; none when neither counts."""
    if header is None or header.utcoffset() is None:
        return ()
    own = (header,) if header.utcoffset() else ()
    clock = zone_clock(zone)
    if clock is None:
        return own
    there = header.astimezone(clock)
    return (there,) if not own or there.utcoffset() == header.utcoffset() else (header, there)


def _day(kind: str, clock: time | None, sent: datetime) -> date | None:
    """The day one kind of word means for a time `clock`, by the sending clock `sent`."""
    today = sent.date()
    before = clock is None or clock <= sent.time()
    if kind == "before_yesterday":
        return today - timedelta(days=2)
    if kind == "yesterday":
        return today - timedelta(days=1)
    if kind == "tonight":
        return today if before else None
    if kind == "this_morning":
        return today if before and (clock is None or clock.hour < 12) else None
    if clock is None or clock.hour >= 12:  # last night, an evening time
        return today - timedelta(days=1)
    small = clock.hour < _SMALL_HOURS and sent.hour < 12
    return today if small and before else None  # "last night at 08:30": which?


def relative_day(
    text: str,
    clock: time | None,
    header: datetime | None,
    zone: Zone | None = None,
    morning: str | None = None,
) -> date | None:
    """The date "tonight", "this morning", "yesterday", "last night" or "the day before
    yesterday" (CLDR's "predvčerom", "vorgestern") means for a time `clock` written in
    `zone`, by the photographer's clock (see the module); None when the words, or the
    clocks that may be the photographer's, give no one day. "This morning" counts only
    in `morning`, when given (the time's own clause, or sentences without a time)."""
    clocks = sent_clocks(header, zone)
    if not clocks:
        return None
    kinds = _kinds(text, text if morning is None else morning)
    days = {_day(kind, clock, sent) for kind in kinds for sent in clocks}
    return days.pop() if len(days) == 1 else None


# "hoy a las 21:12", "today at 9:12 pm", "heute um 21:12": the today word, a preposition of
# at most two short words, then the time
_TODAY_GAP = re.compile(r"\s+(?:[^\W\d_]{1,5}\.?\s+){0,2}$")


def today_beside(
    text: str, pos: int, clock: time, header: datetime | None, zone: Zone | None = None
) -> date | None:
    """The day of sending for a time written right after CLDR's "today" ("saqué hoy a las
    21:12"), when that time is before the mail was sent on the photographer's clock (see
    the module); else None. Only a today beside the time dates it: "today I send you…"
    dates nothing."""
    if half_beside(text[max(0, pos - 30) : pos], clock) is None:
        return None
    days = {sent.date() if clock <= sent.time() else None for sent in sent_clocks(header, zone)}
    return days.pop() if len(days) == 1 else None


def half_beside(before: str, clock: time) -> str | None:
    """The today word ("today", "hoy") or half of today ("this morning", "ce soir") that ends
    `before` with a preposition at most between ("This morning at 05:48"), or None; a
    morning's time only after a morning word ("this morning at 9:40 pm" dates nothing)."""
    kinds = [("today", relative_day_pattern("today"))]
    if clock.hour < 12:
        kinds.append(("this_morning", whole_words("this_morning")))
    kinds.append(("this_evening", whole_words("this_evening")))
    for kind, rx in kinds:
        if any(_TODAY_GAP.fullmatch(before, m.end()) for m in rx.finditer(before)):
            return kind
    return None

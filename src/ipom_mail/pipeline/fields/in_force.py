"""A zone abbreviation checked against the clock in force there and then (issue 13).

"6:47am EST" written in New York on 9 March 2020, when the clocks showed EDT,
cannot be right as written, and which the sender meant is theirs to say
(docs/design.md invariant 6: UT is never guessed; 7: a wrong value is worse than none). So there
is no value and the reply asks: when the mail names a place that keeps that
family's clock, with both readings ("10:47 UT by EDT, or 11:47 UT by EST as
written?"); otherwise which zone it was. Never completed silently. The place's own clock
decides, by zoneinfo, also where its rules changed: "CDT" in Mexico City after 2022,
"EET" in Istanbul after 2016 (a place that once showed the abbreviation keeps its family).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from ipom_mail.pipeline.fields.country_clock import country_clock_doubt
from ipom_mail.pipeline.fields.places import (
    abbreviations_shown,
    offset_in_force,
    place_zone,
    place_zones,
    standard_hours,
)
from ipom_mail.pipeline.fields.zones import Zone, parse_zone, to_ut
from ipom_mail.pipeline.values import Question


@dataclass(frozen=True, slots=True)
class Conversion:
    """A local time turned into UT (or not), with notes and the question for the reply."""

    ut: datetime | None
    notes: tuple[str, ...] = ()
    question: Question | None = None


def _signed(hours: float) -> str:
    whole, minutes = int(abs(hours)), round((abs(hours) % 1) * 60)
    return ("-" if hours < 0 else "+") + str(whole) + (f":{minutes:02d}" if minutes else "")


def convert(
    local: datetime, zone: Zone, written: str, context: str, sent: datetime | None = None
) -> Conversion:
    """`local` (naive) in `zone` as UT; an abbreviation out of season is checked, not trusted.

    `written` is the time as the sender wrote it ("6:47am EST"); `context` the mail's
    text, whose place names tell which clock the sender read; `sent` the Date header,
    whose clock must keep the abbreviation's family (see _other_clock).
    """
    summer = _gmt_in_summer(local, zone, written, context)
    if summer is not None:
        return summer
    doubt = country_clock_doubt(zone, local, written, context)
    if doubt is not None:  # "hora de Portugal" from Ponta Delgada: whose clock?
        return Conversion(None, (doubt,))
    done = _offset_checked(_convert(local, zone, written, context), zone, written, local)
    if done.ut is None or done.question is not None or place_zone(context) is not None:
        return done
    return _other_clock(zone, written, local, sent) or done


def _gmt_in_summer(local: datetime, zone: Zone, written: str, context: str) -> Conversion | None:
    """A time in GMT written from a place whose clock shows summer time then ("22:47 GMT"
    from London in June, under BST): many a sender whose winter clock is GMT calls their own
    clock so all year, so whether it is UT or the summer clock is theirs to say, and the
    reply asks. None for GMT elsewhere: UT, as written."""
    if zone.label.upper() != "GMT":
        return None
    places = place_zones(context)  # "London" and "Canary Wharf" keep one clock in June
    place = min(places, key=lambda p: (not p.startswith("Europe/"), p), default="")
    there = offset_in_force(place, local) if place else None
    shown = {(o or (None,))[0] for o in (offset_in_force(p, local) for p in places)}
    winters = {
        (o or (None,))[0]
        for o in (offset_in_force(p, local.replace(month=1, day=15)) for p in places)
    }
    if there is None or shown != {there[0]} or winters != {0} or there[0] == 0:
        return None
    by_clock = local.replace(tzinfo=ZoneInfo(place)).astimezone(UTC)
    literal = local.replace(tzinfo=UTC)
    note = (
        f"GMT was written for {local:%Y-%m-%d}, when the clocks there showed {there[1]} "
        f"(UTC{_signed(there[0])}): {by_clock:%H:%M} UT by {there[1]}, or {literal:%H:%M} UT "
        "as written?"
    )
    question = Question("zone_in_force", written, (local.date(),), there[1], by_clock, literal)
    return Conversion(None, (note,), question)


_WRITTEN_OFFSET = re.compile(r"(?<![\w+\-−])(?:UTC|GMT|UT)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?(?!\d)")


def _offset_checked(done: Conversion, zone: Zone, written: str, local: datetime) -> Conversion:
    """No UT time when an offset written beside the zone ("18:41:50 (Madrilgo ordua, UTC+1)")
    gives another one on that date: "(hora de Madrid, UTC+2)" in winter, one of the two
    is wrong, and which is the sender's to say."""
    if done.ut is None:
        return done
    for m in _WRITTEN_OFFSET.finditer(written):
        other = parse_zone(m.group(0))
        if other is None or other.offset is None or m.group(0) == zone.label:
            continue
        if local.replace(tzinfo=UTC) - other.offset != done.ut:
            note = f"the time {written} names two clocks that differ then; which is it?"
            return Conversion(None, (*done.notes, note), done.question)
    return done


def _convert(local: datetime, zone: Zone, written: str, context: str) -> Conversion:
    """convert() by the abbreviation's season and the place the mail names."""
    reading = zone.reading
    if not zone.usable or reading is None or reading.daylight is None or reading.iana is None:
        ut, notes = to_ut(local, zone)
        return Conversion(ut, notes)
    home = offset_in_force(reading.iana, local)
    place = place_zone(context)
    family = standard_hours(reading.iana, local)
    if place is not None and (
        standard_hours(place, local) == family or zone.label in abbreviations_shown(place)
    ):
        there = offset_in_force(place, local)
        if there is not None and there[0] == reading.hours:  # "MST" in Phoenix in summer:
            return Conversion(to_ut(local, zone)[0])  # the clock there, no season to note
        if there is None:
            return Conversion(*to_ut(local, zone))
        ut = local.replace(tzinfo=ZoneInfo(place)).astimezone(UTC)
        literal, _ = to_ut(local, zone)
        note = (
            f"{zone.label} was written for {local:%Y-%m-%d}, when the clocks there showed "
            f"{there[1]} (UTC{_signed(there[0])}): {ut:%H:%M} UT by {there[1]}, or "
            f"{literal:%H:%M} UT by {zone.label} as written?"
            if literal is not None
            else f"{zone.label} was written for {local:%Y-%m-%d}, when clocks there showed {there[1]}"
        )
        question = Question("zone_in_force", written, (local.date(),), there[1], ut, literal)
        return Conversion(None, (note,), question)
    if home is None or home[0] == reading.hours:
        return Conversion(*to_ut(local, zone))
    note = (
        f"{zone.label} was written for {local:%Y-%m-%d}, when {reading.region} clocks showed "
        f"{home[1]}; which was it, or the time in UT?"
    )
    return Conversion(None, (note,), Question("zone_not_in_force", written, (local.date(),),
                                              home[1]))  # fmt: skip


def _other_clock(
    zone: Zone, written: str, local: datetime, sent: datetime | None
) -> Conversion | None:
    """A regional abbreviation its neighbour's clock sent: no UT, a note.

    "19:30 CET" sent from a clock at UTC+2 in February (Riga keeps EET, an hour off) is
    the neighbouring family's name, so which clock was read is the sender's to say. A
    clock at UTC+0 says nothing (servers and webmail write it), nor does one hours away
    (a traveller home again), nor a mail that names its place (convert settles it).
    """
    reading = zone.reading
    offset = sent.utcoffset() if sent is not None else None
    if reading is None or reading.iana is None or reading.hints or sent is None or not offset:
        return None  # an ambiguous abbreviation was settled by its place or this clock
    family = sent.astimezone(ZoneInfo(reading.iana))
    gap = family.utcoffset()
    if gap is None or abs(gap - offset) != timedelta(hours=1):
        return None
    hours = offset.total_seconds() / 3600
    note = (
        f"{written} was written for {local:%Y-%m-%d}, but the mail was sent from a clock at "
        f"UTC{_signed(hours)}, where {reading.region} clocks showed {family:%Z}; which zone "
        "was it, or the time in UT?"
    )
    return Conversion(None, (note,))

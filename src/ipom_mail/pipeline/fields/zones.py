"""Time zones as photographers write them: UT, offsets, abbreviations, IANA names.

A zone is used only when it is certain. Abbreviations that mean different
things in different places (IST, CST, BST, AST) are settled only by the rest of
the message (a place name, or the mail client's own offset); otherwise they are
flagged and not used. A summer clock named alone ("ora legale", "heure d'été") is
settled the same way, by a town or the sender's clock. Arithmetic is left to zoneinfo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from ipom_mail.pipeline.fields.zone_names import cldr_zone, twelve_hour_clock
from ipom_mail.pipeline.fields.zone_regions import region_zone
from ipom_mail.pipeline.fields.zone_table import ABBREVIATIONS, US_HINTS, Reading
from ipom_mail.pipeline.fields.zone_table import AGAIN_ZONE as AGAIN_ZONE
from ipom_mail.pipeline.fields.zone_table import BEFORE_GLUED as BEFORE_GLUED
from ipom_mail.pipeline.fields.zone_table import BEFORE_ZONE as BEFORE_ZONE
from ipom_mail.pipeline.fields.zone_table import CJK_SEASON_NAMES as CJK_SEASON_NAMES
from ipom_mail.pipeline.fields.zone_table import LOWER_AFTER_PERIOD as LOWER_AFTER_PERIOD
from ipom_mail.pipeline.fields.zone_table import NAMED as NAMED
from ipom_mail.pipeline.fields.zone_table import O_CLOCK as O_CLOCK
from ipom_mail.pipeline.fields.zone_table import SEASON as SEASON

# Where clocks are often read in 12 hours: "9:34 EDT" may be morning or evening.
_TWELVE = (
    "EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AST ADT NST NDT AEST AEDT ACST ACDT "
    "AWST NZST NZDT IST PHT PKT EAT CAT WAT"
)  # East Africa writes "8:10 pm EAT", and "saa 1:40 usiku" is 19:40 on the Swahili dial
TWELVE_HOUR_ZONES = frozenset(_TWELVE.split())
UT_NAMES = frozenset({"UT", "UTC", "GMT", "Z", "TU", "TUC", "ZULU", "UT1", "WEZ"})


_CJK_HOUR = re.compile(r"\d\s*[時时시点點]")
_OFFSET = re.compile(r"^(?:UTC|UT|GMT|TU)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?(?:h)?$", re.I)
_STATES = re.compile(r",\s*(?:AZ|CA|CO|FL|IL|MA|MD|MI|MN|NJ|NM|NY|OH|PA|TX|VA|WA|WI)\b")


@dataclass(frozen=True, slots=True)
class Zone:
    """A zone as written, resolved to a fixed offset or an IANA zone, or left unusable."""

    label: str
    offset: timedelta | None = None
    iana: str | None = None
    reading: Reading | None = None  # the abbreviation's meaning, to check summer time
    problem: str | None = None  # why it cannot be used (an ambiguous abbreviation)

    @property
    def usable(self) -> bool:
        """True when a local time in this zone can be turned into UT."""
        return self.problem is None and (self.offset is not None or self.iana is not None)


def is_zone_word(token: str) -> bool:
    """True when the token names a zone we know (UT, an abbreviation, an offset, IANA)."""
    return _lookup(token) is not None


def _lookup(token: str) -> str | None:
    """The canonical key of a zone token, or None when it is not a zone."""
    cleaned = " ".join(token.strip().strip("()").split())  # a wrapped zone is one line
    if cleaned.upper().replace(".", "") in {"UT", "UTC", "GMT"}:
        return cleaned.upper().replace(".", "")
    if cleaned in UT_NAMES or cleaned in ABBREVIATIONS:
        return cleaned
    match = _OFFSET.match(cleaned)
    if match and _offset(match) is not None:
        return cleaned
    if "/" in cleaned and cleaned in _iana_names():
        return cleaned
    if cleaned.lower() in NAMED or cleaned.lower() in SEASON:
        return cleaned.lower()
    if _words(cleaned) and cldr_zone(cleaned) is not None:
        return cleaned
    if not any(c.isdigit() for c in cleaned) and region_zone(cleaned) is not None:
        return cleaned
    return None


def _words(token: str) -> bool:
    """Whether a token is written in words (two or more), as CLDR's zone names are."""
    return len(token.split()) >= 2 and not any(c.isdigit() for c in token)


def _iana_names() -> frozenset[str]:
    global _IANA
    if _IANA is None:
        _IANA = frozenset(n for n in available_timezones() if "/" in n)
    return _IANA


_IANA: frozenset[str] | None = None


def parse_zone(token: str, context: str = "", header: datetime | None = None) -> Zone | None:
    """Resolve a zone token; None when it is not a zone at all.

    `context` is the whole message text (place names settle ambiguous
    abbreviations); `header` is the Date header, whose offset is the sender's
    clock, used only to choose between the meanings of an ambiguous abbreviation.
    """
    key = _lookup(token)
    if key is None:
        return None
    if key.upper() in UT_NAMES:
        return Zone(key, offset=timedelta(0))
    match = _OFFSET.match(key)
    if match:
        return Zone(key, offset=_offset(match))
    if "/" in key:
        return Zone(key, iana=key)
    if key in SEASON:
        return _season_zone(key, context, header)
    if key in NAMED:
        return _named_zone(key, context, header)
    if key not in ABBREVIATIONS:
        region = None if cldr_zone(key) else region_zone(key)
        return Zone(key, iana=region) if region else _cldr(key)
    readings = ABBREVIATIONS[key]
    if len(readings) == 1:
        return _reading_zone(key, readings[0])
    chosen = _settle(readings, context, header)
    if chosen is None:
        regions = ", ".join(r.region for r in readings)
        return Zone(key, problem=f"the zone {key} is ambiguous ({regions}); please give UT")
    return _reading_zone(key, chosen)


def _cldr(key: str) -> Zone | None:
    """A zone written as CLDR names it: a fixed offset (standard, daylight) or a clock."""
    name = cldr_zone(key)
    if name is None:
        return None
    if name.hours is None:
        return Zone(key, iana=name.iana)
    reading = Reading(name.hours, name.region, name.iana, name.daylight)
    return Zone(key, offset=timedelta(hours=name.hours), reading=reading)


def twelve_hour(zone: Zone, written: str = "") -> bool:
    """Whether a time `written` in this zone may be on a 12-hour dial ("9:34 EDT": am or
    pm?): the abbreviations listed above, or a zone whose country's CLDR clock has 12
    hours, unless written with CJK hour characters ("12시 07분"): CJK 12-hour clocks put
    their period word before the hour (CLDR "a h:mm", "Bh:mm"), so without it they are 24."""
    if zone.label in TWELVE_HOUR_ZONES:
        return True
    if _CJK_HOUR.search(written):
        return False
    iana = zone.iana or (zone.reading.iana if zone.reading else None)
    return iana is not None and twelve_hour_clock(iana)


def _offset(match: re.Match[str]) -> timedelta | None:
    """A numeric offset, when it is one the world's clocks use (±14 h, whole quarters)."""
    sign = -1 if match.group(1) in "-−" else 1
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes not in (0, 15, 30, 45):
        return None
    return sign * timedelta(hours=hours, minutes=minutes)


def _reading_zone(key: str, reading: Reading) -> Zone:
    return Zone(key, offset=timedelta(hours=reading.hours), reading=reading)


def _settle(readings: tuple[Reading, ...], context: str, header: datetime | None) -> Reading | None:
    """The one reading the message's place names, or else the sender's clock, point to."""
    by_place = [r for r in readings if any(_mentions(context, h) for h in r.hints)]
    if readings[0].hints is US_HINTS and _STATES.search(context) and readings[0] not in by_place:
        by_place.append(readings[0])
    by_place = by_place or _by_town(readings, context)
    if len(by_place) == 1:
        return by_place[0]
    if by_place or header is None or header.utcoffset() is None:
        return None
    offset = header.utcoffset()
    # The sender's clock settles a reading only when the abbreviation is in force then: an
    # Irish "IST" (summer time, UTC+1) written from a winter clock at UTC+0 is not settled.
    by_clock = [
        r
        for r in readings
        if r.iana and _offset_at(r.iana, header) == offset == timedelta(hours=r.hours)
    ]
    return by_clock[0] if len(by_clock) == 1 else None


def _by_town(readings: tuple[Reading, ...], context: str) -> list[Reading]:
    """The readings whose country holds a town the message names ("Lough Gur, Co.
    Limerick": the Irish IST), each country's clock one reading's."""
    from ipom_mail.pipeline.fields.places import town_countries, zone_country

    by_country = {zone_country(r.iana): r for r in readings if r.iana}
    countries = tuple(c for c in by_country if c is not None)
    return [by_country[c] for c in sorted(town_countries(context, countries))]


def _named_zone(key: str, context: str, header: datetime | None) -> Zone:
    """A zone written as words: its one meaning, or the one the place or the clock settles."""
    meanings = NAMED[key]
    chosen: tuple[tuple[str, str, tuple[str, ...]], ...] = meanings if len(meanings) == 1 else ()
    if not chosen:
        chosen = tuple(m for m in meanings if any(_mentions(context, h) for h in m[2]))
    if not chosen and header is not None and header.utcoffset() is not None:
        chosen = tuple(m for m in meanings if _offset_at(m[1], header) == header.utcoffset())
    if len(chosen) != 1:
        regions = ", ".join(m[0] for m in meanings)
        return Zone(key, problem=f"the zone {key} is ambiguous ({regions}); please give UT")
    return Zone(key, iana=chosen[0][1])


def _season_zone(key: str, context: str, header: datetime | None) -> Zone:
    """A summer clock named alone ("ora legale", "heure d'été"): the summer offset of the
    country a town the mail names lies in, or (no town named) of the sender's clock when it
    shows that one offset of all the language's summer clocks then and no place named keeps
    another; none when a town lies in another country ("heure d'été" near Montréal)."""
    from babel.core import get_global

    from ipom_mail.pipeline.fields.places import place_zones, town_countries

    clocks = dict(SEASON[key])
    readings = list(clocks.values())
    towns = town_countries(context, tuple(get_global("territory_zones")))
    chosen = [clocks[c] for c in towns if c in clocks]
    if not towns and header is not None and len({r.hours for r in readings}) == 1:
        shown = header.utcoffset()  # the sender's clock on that summer time when sending
        chosen = [r for r in readings if shown == _offset_at(r.iana or "", header) == _hours(r)]
        named = {_summer_hours(zone) for zone in place_zones(context)}  # "depuis Montréal"
        chosen = chosen if named <= {readings[0].hours} else []
    if len({r.hours for r in chosen}) != 1 or not towns <= clocks.keys():
        return Zone(key, problem=f"{key} names no one clock; please give the zone or UT")
    return _reading_zone(key, chosen[0])


def _hours(reading: Reading) -> timedelta:
    return timedelta(hours=reading.hours)


def _summer_hours(iana: str) -> float | None:
    """The hours from UT a zone's clock shows in the northern summer."""
    offset = _offset_at(iana, datetime(2026, 7, 1, tzinfo=UTC))
    return None if offset is None else offset.total_seconds() / 3600


def _mentions(text: str, name: str) -> bool:
    return re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", text) is not None


def _offset_at(iana: str, when: datetime) -> timedelta | None:
    try:
        return when.astimezone(ZoneInfo(iana)).utcoffset()
    except ZoneInfoNotFoundError:
        return None


def to_ut(local: datetime, zone: Zone) -> tuple[datetime | None, tuple[str, ...]]:
    """Turn a naive local date-time in `zone` into UT, with notes on doubtful zones."""
    if not zone.usable:
        return None, ((zone.problem,) if zone.problem else ())
    if zone.iana is not None and zone.offset is None:
        return local.replace(tzinfo=ZoneInfo(zone.iana)).astimezone(UTC), ()
    assert zone.offset is not None
    ut = (local - zone.offset).replace(tzinfo=UTC)
    return ut, _season_notes(local, zone)


def _season_notes(local: datetime, zone: Zone) -> tuple[str, ...]:
    """A note when a standard-time abbreviation is written in summer time, or the reverse."""
    reading = zone.reading
    if reading is None or reading.daylight is None or reading.iana is None:
        return ()
    summer = _summer(local, reading.iana)
    if summer is None or summer == reading.daylight:
        return ()
    season = "summer time" if summer else "standard time"
    return (
        f"{zone.label} was written for {local:%Y-%m-%d}, when {reading.region} time is "
        f"{season}; converted as written (UTC{_signed(reading.hours)})",
    )


def _summer(local: datetime, iana: str) -> bool | None:
    """Whether the clock at `iana` is ahead of its winter clock then (not `dst()`: Ireland
    writes its winter GMT as a negative summer time), or None for an unknown zone."""
    try:
        zone = ZoneInfo(iana)
    except ZoneInfoNotFoundError:
        return None
    now = local.replace(tzinfo=zone).utcoffset()
    seasons = [datetime(local.year, m, 15, 12, tzinfo=zone).utcoffset() for m in (1, 7)]
    if now is None or None in seasons:
        return None
    return now > min(o for o in seasons if o is not None)


def _signed(hours: float) -> str:
    whole = int(abs(hours))
    minutes = round((abs(hours) - whole) * 60)
    sign = "-" if hours < 0 else "+"
    return f"{sign}{whole}" + (f":{minutes:02d}" if minutes else "")


_STEADY_YEARS = range(2020, 2031)  # a clock without summer time shows one offset all year


def _offsets(zone: Zone | None) -> frozenset[timedelta | None]:
    """Every offset a zone's clock shows: its fixed one, or a place's in both seasons."""
    if zone is None or zone.offset is not None or zone.iana is None:
        return frozenset({zone.offset if zone is not None else None})
    iana = zone.iana
    return frozenset(
        _offset_at(iana, datetime(year, month, 1, tzinfo=UTC))
        for year in _STEADY_YEARS
        for month in (1, 7)
    )


def season_offsets(zone: Zone) -> frozenset[timedelta | None]:
    """Every offset a zone's clock shows through the years (_offsets), for clause_zone.py."""
    return _offsets(zone)


def one_clock(names: list[str]) -> str | None:
    """The zone of names that are one clock ("hora argentina, UTC-3", "CEST, UTC+2"): the
    first name with a fixed offset when every name shows that one offset all year (a place
    without summer time, so no date is needed to say they agree), else None."""
    zones = _seasons_as_given([parse_zone(name) for name in names])
    if any(z is None or z.problem for z in zones):
        return None
    shown = {_offsets(z) for z in zones}
    if len(shown) != 1 or len(next(iter(shown))) != 1 or None in next(iter(shown)):
        return None
    fixed = [
        n
        for n, z in zip(names, zones, strict=True)
        if z is not None and z.offset is not None and n.lower() not in SEASON
    ]
    return fixed[0] if fixed else names[0]


def _seasons_as_given(zones: list[Zone | None]) -> list[Zone | None]:
    """A summer clock named alone beside one fixed offset that is one of its countries'
    ("(nyári idő, UTC+2)", "(ora legale, UTC+2)"): that offset; other names as they are."""
    fixed = {z.offset for z in zones if z is not None and z.offset is not None and not z.problem}
    if len(fixed) != 1:
        return zones
    offset = fixed.pop()
    return [
        Zone(z.label, offset=offset)
        if z is not None and z.label in SEASON and offset in {_hours(r) for _, r in SEASON[z.label]}
        else z
        for z in zones
    ]

"""Time zones as photographers write them: UT, offsets, abbreviations, IANA names.

A zone is used only when it is certain. Abbreviations that mean different
things in different places (IST, CST, BST, AST) are settled only by the rest of
the message (a place name, or the mail client's own offset); otherwise they are
flagged and not used. Arithmetic is left to zoneinfo.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib.resources import files
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from ipom_mail.pipeline.fields.zone_names import cjk_names, cldr_zone, twelve_hour_clock

# Where clocks are often read in 12 hours: "9:34 EDT" may be morning or evening.
_TWELVE = (
    "EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AST ADT NST NDT AEST AEDT ACST ACDT "
    "AWST NZST NZDT IST PHT PKT"
)
TWELVE_HOUR_ZONES = frozenset(_TWELVE.split())
UT_NAMES = frozenset({"UT", "UTC", "GMT", "Z", "TU", "TUC", "ZULU", "UT1", "WEZ"})


@dataclass(frozen=True, slots=True)
class Reading:
    """One meaning of an abbreviation: its offset and where it is used."""

    hours: float  # offset from UT as written
    region: str  # for notes, e.g. "US Eastern"
    iana: str | None  # a zone that uses it, to check summer time and the sender's clock
    daylight: bool | None  # True summer time, False standard time with a summer twin, None no DST
    hints: tuple[str, ...] = ()  # place names in a message that settle this reading


_US_PLACES = (
    "USA America Alabama Arizona Arkansas California Colorado Connecticut Delaware Florida "
    "Georgia Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland "
    "Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio "
    "Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington "
    "Wisconsin Wyoming Chicago Dallas Houston Austin Minneapolis Milwaukee"
)
_US = (
    *_US_PLACES.split(),
    "U.S.",
    "United States",
    "New York",
    "New Jersey",
    "New Mexico",
    "North Carolina",
    "South Carolina",
    "North Dakota",
    "South Dakota",
    "New Orleans",
    "St. Louis",
    "Kansas City",
)
_CHINA = ("China", "Beijing", "Shanghai", "Taiwan", "Taipei", "Shenzhen", "Guangzhou")
_UK = ("UK", "United Kingdom", "England", "Scotland", "Wales", "Britain", "London", "Edinburgh")
# not "Mexico" alone: "New Mexico" is in the US
_MEXICO = ("México", "CDMX", "Ciudad de México", "Mexico City", "Jalisco", "Guadalajara", "Puebla")
_AU = ("Australia", "New South Wales", "NSW", "Sydney", "Melbourne", "Brisbane", "Queensland")

# Zones written as words ("9:34 pm Eastern", "19h34 (horário de Brasília)"): each meaning is
# an IANA zone, so summer time follows the date. Several meanings are settled like IST.
_EAST = (("US Eastern", "America/New_York", _US), ("Australian Eastern", "Australia/Sydney", _AU))
_WEST = (("US Pacific", "America/Los_Angeles", _US),)
_BRASILIA = (("Brasília", "America/Sao_Paulo", ()),)
NAMED: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "eastern": _EAST,
    "eastern time": _EAST,
    "pacific": _WEST,
    "horário de brasília": _BRASILIA,
    "horario de brasilia": _BRASILIA,
    "hora de brasília": _BRASILIA,
    "brasília time": _BRASILIA,
    "hora peninsular": (("Spain", "Europe/Madrid", ()),),
    "hora canaria": (("Canary Islands", "Atlantic/Canary", ()),),
    "czasu polskiego": (("Poland", "Europe/Warsaw", ()),),
    "ora italiana": (("Italy", "Europe/Rome", ()),),
    "ora legale italiana": (("Italy", "Europe/Rome", ()),),
    "heure de paris": (("France", "Europe/Paris", ()),),
    "heure française": (("France", "Europe/Paris", ()),),
}


BEFORE_ZONE: list[str] = []  # "по" in "23:58 по мск" (data/zone_words.toml [before])


def _zone_words() -> None:
    """Zones written as words in many languages, from data/zone_words.toml."""
    text = files("ipom_mail").joinpath("data/zone_words.toml").read_text("utf-8")
    data = tomllib.loads(text)
    BEFORE_ZONE.extend(data["before"]["all"])
    for iana, phrases in data["zones"].items():
        region = iana.rsplit("/", 1)[-1].replace("_", " ")
        for phrase in phrases:
            NAMED.setdefault(phrase.lower(), ((region, iana, ()),))
    for phrase, iana in cjk_names().items():  # "한국 표준시", "日本標準時" from CLDR
        NAMED.setdefault(phrase, ((iana.rsplit("/", 1)[-1].replace("_", " "), iana, ()),))


_zone_words()

_ZONES: dict[str, tuple[Reading, ...]] = {
    "EST": (Reading(-5, "US Eastern", "America/New_York", False),),
    "EDT": (Reading(-4, "US Eastern", "America/New_York", True),),
    "CDT": (Reading(-5, "US Central", "America/Chicago", True),),
    "MST": (Reading(-7, "US Mountain", "America/Denver", False),),
    "MDT": (Reading(-6, "US Mountain", "America/Denver", True),),
    "PST": (Reading(-8, "US Pacific", "America/Los_Angeles", False),),
    "PDT": (Reading(-7, "US Pacific", "America/Los_Angeles", True),),
    "AKST": (Reading(-9, "Alaska", "America/Anchorage", False),),
    "AKDT": (Reading(-8, "Alaska", "America/Anchorage", True),),
    "HST": (Reading(-10, "Hawaii", "Pacific/Honolulu", None),),
    "ADT": (Reading(-3, "Atlantic", "America/Halifax", True),),
    "NST": (Reading(-3.5, "Newfoundland", "America/St_Johns", False),),
    "NDT": (Reading(-2.5, "Newfoundland", "America/St_Johns", True),),
    "HNE": (Reading(-5, "Eastern (Canada)", "America/Toronto", False),),
    "HAE": (Reading(-4, "Eastern (Canada)", "America/Toronto", True),),
    "HNC": (Reading(-6, "Central (Canada)", "America/Winnipeg", False),),
    "HAC": (Reading(-5, "Central (Canada)", "America/Winnipeg", True),),
    "HNR": (Reading(-7, "Mountain (Canada)", "America/Edmonton", False),),
    "HAR": (Reading(-6, "Mountain (Canada)", "America/Edmonton", True),),
    "HNP": (Reading(-8, "Pacific (Canada)", "America/Vancouver", False),),
    "HAP": (Reading(-7, "Pacific (Canada)", "America/Vancouver", True),),
    "HNA": (Reading(-4, "Atlantic (Canada)", "America/Halifax", False),),
    "HAA": (Reading(-3, "Atlantic (Canada)", "America/Halifax", True),),
    "CET": (Reading(1, "Central European", "Europe/Berlin", False),),
    "CEST": (Reading(2, "Central European", "Europe/Berlin", True),),
    "MEZ": (Reading(1, "Central European", "Europe/Berlin", False),),
    "MESZ": (Reading(2, "Central European", "Europe/Berlin", True),),
    "MET": (Reading(1, "Central European", "Europe/Amsterdam", False),),
    "MEST": (Reading(2, "Central European", "Europe/Amsterdam", True),),
    "SEČ": (Reading(1, "Central European", "Europe/Prague", False),),
    "SELČ": (Reading(2, "Central European", "Europe/Prague", True),),
    "HNEC": (Reading(1, "Central European", "Europe/Paris", False),),
    "HAEC": (Reading(2, "Central European", "Europe/Paris", True),),
    "WET": (Reading(0, "Western European", "Europe/Lisbon", False),),
    "WEST": (Reading(1, "Western European", "Europe/Lisbon", True),),
    "WESZ": (Reading(1, "Western European", "Europe/Lisbon", True),),
    "EET": (Reading(2, "Eastern European", "Europe/Helsinki", False),),
    "EEST": (Reading(3, "Eastern European", "Europe/Helsinki", True),),
    "OEZ": (Reading(2, "Eastern European", "Europe/Helsinki", False),),
    "OESZ": (Reading(3, "Eastern European", "Europe/Helsinki", True),),
    "MSK": (Reading(3, "Moscow", "Europe/Moscow", None),),
    "IDT": (Reading(3, "Israel", "Asia/Jerusalem", True),),
    "SAST": (Reading(2, "South African", "Africa/Johannesburg", None),),
    "GST": (Reading(4, "Gulf", "Asia/Dubai", None),),
    "PKT": (Reading(5, "Pakistan", "Asia/Karachi", None),),
    "ICT": (Reading(7, "Indochina", "Asia/Bangkok", None),),
    "WIB": (Reading(7, "Western Indonesia", "Asia/Jakarta", None),),
    "HKT": (Reading(8, "Hong Kong", "Asia/Hong_Kong", None),),
    "SGT": (Reading(8, "Singapore", "Asia/Singapore", None),),
    "PHT": (Reading(8, "Philippine", "Asia/Manila", None),),
    "AWST": (Reading(8, "Australian Western", "Australia/Perth", None),),
    "JST": (Reading(9, "Japan", "Asia/Tokyo", None),),
    "KST": (Reading(9, "Korea", "Asia/Seoul", None),),
    "ACST": (Reading(9.5, "Australian Central", "Australia/Adelaide", False),),
    "ACDT": (Reading(10.5, "Australian Central", "Australia/Adelaide", True),),
    "AEST": (Reading(10, "Australian Eastern", "Australia/Sydney", False),),
    "AEDT": (Reading(11, "Australian Eastern", "Australia/Sydney", True),),
    "NZST": (Reading(12, "New Zealand", "Pacific/Auckland", False),),
    "NZDT": (Reading(13, "New Zealand", "Pacific/Auckland", True),),
    "ART": (Reading(-3, "Argentina", "America/Argentina/Buenos_Aires", None),),
    "BRT": (Reading(-3, "Brasília", "America/Sao_Paulo", None),),
    # Ambiguous: several places use the same letters.
    "CST": (
        Reading(-6, "US Central", "America/Chicago", False, _US),
        Reading(8, "China", "Asia/Shanghai", None, _CHINA),
        Reading(-5, "Cuba", "America/Havana", False, ("Cuba", "Havana", "La Habana")),
        Reading(-6, "Mexico Central", "America/Mexico_City", False, _MEXICO),
    ),
    "IST": (
        Reading(5.5, "India", "Asia/Kolkata", None, ("India", "Delhi", "Mumbai", "Bengaluru")),
        Reading(1, "Irish", "Europe/Dublin", None, ("Ireland", "Dublin", "Cork", "Galway")),
        Reading(2, "Israel", "Asia/Jerusalem", False, ("Israel", "Tel Aviv", "Jerusalem")),
    ),
    "BST": (
        Reading(1, "British Summer", "Europe/London", True, _UK),
        Reading(6, "Bangladesh", "Asia/Dhaka", None, ("Bangladesh", "Dhaka")),
    ),
    "AST": (
        Reading(
            -4, "Atlantic", "America/Halifax", False, ("Nova Scotia", "Halifax", "Puerto Rico")
        ),
        Reading(3, "Arabia", "Asia/Riyadh", None, ("Saudi", "Riyadh", "Kuwait", "Qatar", "Iraq")),
    ),
}

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
    if cleaned in UT_NAMES or cleaned in _ZONES:
        return cleaned
    match = _OFFSET.match(cleaned)
    if match and _offset(match) is not None:
        return cleaned
    if "/" in cleaned and cleaned in _iana_names():
        return cleaned
    if cleaned.lower() in NAMED:
        return cleaned.lower()
    if _words(cleaned) and cldr_zone(cleaned) is not None:
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
    if key in NAMED:
        return _named_zone(key, context, header)
    if key not in _ZONES:
        return _cldr(key)
    readings = _ZONES[key]
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
    if readings[0].hints is _US and _STATES.search(context) and readings[0] not in by_place:
        by_place.append(readings[0])
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
    try:
        summer = bool(local.replace(tzinfo=ZoneInfo(reading.iana)).dst())
    except ZoneInfoNotFoundError:
        return ()
    if summer == reading.daylight:
        return ()
    season = "summer time" if summer else "standard time"
    return (
        f"{zone.label} was written for {local:%Y-%m-%d}, when {reading.region} time is "
        f"{season}; converted as written (UTC{_signed(reading.hours)})",
    )


def _signed(hours: float) -> str:
    whole = int(abs(hours))
    minutes = round((abs(hours) - whole) * 60)
    sign = "-" if hours < 0 else "+"
    return f"{sign}{whole}" + (f":{minutes:02d}" if minutes else "")

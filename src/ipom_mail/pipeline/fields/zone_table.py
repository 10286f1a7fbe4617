"""The zones known by name: abbreviations with each of their readings (IST, CST, BST),
and zones written in words ("Eastern", "hora peninsular", data/zone_words.toml).

Split from zones.py, which reads a written zone against these tables.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime
from importlib.resources import files
from zoneinfo import ZoneInfo

from ipom_mail.pipeline.fields.zone_names import cjk_names, cjk_season_names


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
US_HINTS = _US  # the US readings' places: a state code ("Denver, CO") settles them too
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
    "heure de paris": (("France", "Europe/Paris", ()),),
    "heure française": (("France", "Europe/Paris", ()),),
}


BEFORE_ZONE: list[str] = []  # "по" in "23:58 по мск" (data/zone_words.toml [before])
BEFORE_GLUED: list[str] = []  # Thai "ตาม" written onto the zone ([before] glued)
LOWER_AFTER_PERIOD: set[str] = set()  # "9:14 pm edt" ([lower_after_period])
AGAIN_ZONE: list[str] = []  # "20:44, también hora del centro" ([again])
O_CLOCK: list[str] = []  # Georgian "საათზე" in "18:40 საათზე თბილისის დროით" ([o_clock])
# "ora legale", "heure d'été" ([season_words]): each country listed, with its summer clock
SEASON: dict[str, tuple[tuple[str, Reading], ...]] = {}


def _zone_words() -> None:
    """Zones written as words in many languages, from data/zone_words.toml."""
    text = files("ipom_mail").joinpath("data/zone_words.toml").read_text("utf-8")
    data = tomllib.loads(text)
    BEFORE_ZONE.extend(data["before"]["all"])
    BEFORE_GLUED.extend(data["before"]["glued"])
    LOWER_AFTER_PERIOD.update(data["lower_after_period"]["all"])
    AGAIN_ZONE.extend(data["again"]["all"])
    O_CLOCK.extend(data["o_clock"]["all"])
    for iana, phrases in data["zones"].items():
        region = iana.rsplit("/", 1)[-1].replace("_", " ")
        for phrase in phrases:
            NAMED.setdefault(phrase.lower(), ((region, iana, ()),))
    for entry in data["season_words"].values():
        clocks = tuple((code, _summer_reading(iana)) for code, iana in entry["clocks"].items())
        for phrase in entry["words"]:
            SEASON[phrase.lower()] = SEASON.get(phrase.lower(), ()) + clocks
    for phrase, iana in cjk_names().items():  # "한국 표준시", "日本標準時" from CLDR
        NAMED.setdefault(phrase, ((iana.rsplit("/", 1)[-1].replace("_", " "), iana, ()),))


def _summer_reading(iana: str) -> Reading:
    """A country's summer clock as an abbreviation's reading: its July offset (the
    northern summer, as every [season_words] clock keeps it)."""
    offset = datetime(2026, 7, 1, tzinfo=ZoneInfo(iana)).utcoffset()
    assert offset is not None
    region = iana.rsplit("/", 1)[-1].replace("_", " ")
    return Reading(offset.total_seconds() / 3600, region, iana, True)


_zone_words()

ABBREVIATIONS: dict[str, tuple[Reading, ...]] = {
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
    "EAT": (Reading(3, "East Africa", "Africa/Nairobi", None),),
    "CAT": (Reading(2, "Central Africa", "Africa/Maputo", None),),
    "WAT": (Reading(1, "West Africa", "Africa/Lagos", None),),
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
        # Irish Standard Time is Ireland's summer clock (GMT in winter): a November "IST" in
        # Dublin is a zone not in force, never +1
        Reading(1, "Irish", "Europe/Dublin", True, ("Ireland", "Dublin", "Cork", "Galway")),
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
# CJK standard and daylight names ("中部夏令時間"), read like the abbreviations
ABBREVIATIONS.update(
    (name, (Reading(hours, region, iana, daylight),))
    for name, (hours, region, iana, daylight) in cjk_season_names().items()
)
CJK_SEASON_NAMES = frozenset(cjk_season_names())

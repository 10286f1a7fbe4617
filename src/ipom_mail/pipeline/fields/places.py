"""The IANA zone of the place a mail names: which clock was in force there.

Cities come from the IANA zone names (zone1970.tab: "America/New_York") and CLDR's
exemplar cities ("Ciudad de México"),
countries that keep one clock from CLDR's territory names (through Babel) and
zone1970.tab, states and
provinces from data/places.toml. Built once, lazily: only a zone abbreviation
that was not in force needs it. Places that point to different clocks settle
nothing.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ipom_mail.pipeline.fields.word_trie import trie_alternation
from ipom_mail.pipeline.tables_cache import machine_table

_LOCALES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "hu")
_CITY_LOCALES = (*_LOCALES, "sv", "da", "nb", "fi", "ro", "hr", "sl", "sk", "tr", "el", "ru", "uk")
_NAME_END = r"(?![^\W\d_])"
_NAME_START = r"(?<![^\W\d_])"


@lru_cache(maxsize=1)
def _zone_tab() -> dict[str, list[str]]:
    """Country code → its canonical zones, from the IANA zone1970.tab."""
    import zoneinfo

    for folder in zoneinfo.TZPATH:
        path = Path(folder) / "zone1970.tab"
        if path.is_file():
            zones: dict[str, list[str]] = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    parts = line.split("\t")
                    for code in parts[0].split(","):
                        zones.setdefault(code, []).append(parts[2])
            return zones
    return {}


def _one_clock(zones: list[str]) -> bool:
    """Whether a country's zones keep one clock (Germany's Berlin and Büsingen do)."""
    seasons = (datetime(2024, 1, 15, 12), datetime(2024, 7, 15, 12))
    return len({tuple(offset_in_force(z, when) for when in seasons) for z in zones}) == 1


@machine_table
def _cldr_names() -> dict[str, str]:
    """City and single-zone country names (several languages) → IANA zone."""
    from babel import Locale

    names: dict[str, str] = {}
    for code, zones in _zone_tab().items():
        if _one_clock(zones):
            for locale in _LOCALES:
                name = Locale(locale).territories.get(code)
                if name:
                    names.setdefault(name, zones[0])
    # a zone's city as its IANA name spells it: "America/New_York" → "New York"
    for zones in _zone_tab().values():
        for zone in zones:
            names.setdefault(zone.rsplit("/", 1)[-1].replace("_", " "), zone)
    names.update({c: z for c, z in _exemplar_cities().items() if c not in names})
    return names


def _exemplar_cities() -> dict[str, str]:
    """A zone's city as CLDR writes it in each language ("Ciudad de México", "Mexiko-Stadt"),
    unless the same words name a country in any language (French "Mexico" is the city,
    English "Mexico" the country of several clocks)."""
    from babel import Locale

    canonical = {zone for zones in _zone_tab().values() for zone in zones}
    countries: set[str] = set()
    cities: dict[str, str] = {}
    for locale in _CITY_LOCALES:
        data = Locale.parse(locale)
        countries.update(data.territories.values())
        for zone, names in data.time_zones.items():
            city = names.get("city")
            if zone in canonical and city and len(city) >= 4:
                cities.setdefault(city, zone)
    return {city: zone for city, zone in cities.items() if city not in countries}


@lru_cache(maxsize=1)
def _finders() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    data = tomllib.loads(files("ipom_mail").joinpath("data/places.toml").read_text("utf-8"))
    zone_of: dict[str, str] = _cldr_names()
    for zone, names in data["zones"].items():
        zone_of.update(dict.fromkeys(names, zone))
    codes: dict[str, str] = {}
    for table in ("codes", "codes_after_comma"):
        for zone, listed in data[table].items():
            codes.update({f"{table}:{c}": zone for c in listed})
    zone_of.update(codes)
    names = trie_alternation((n for n in zone_of if ":" not in n), ignore_case=False)
    plain = "|".join(c.split(":")[1] for c in codes if c.startswith("codes:"))
    comma = "|".join(c.split(":")[1] for c in codes if c.startswith("codes_after_comma:"))
    return (
        re.compile(rf"{_NAME_START}(?:{names}){_NAME_END}"),
        re.compile(rf"(?<=[a-z]),?\s({plain})(?=[\s,.;)]|$)|(?<=,) ?({plain})\b"),
        re.compile(rf"(?<=[A-Za-z],) ?({comma})(?=[\s,.;)]|$)"),
        zone_of,
    )


@lru_cache(maxsize=8)  # pure: the mail's text is asked once per time it converts
def place_zone(text: str) -> str | None:
    """The one IANA zone of the places the text names, or None (none, or several clocks)."""
    found = place_zones(text)
    return next(iter(found)) if len(found) == 1 else None


def place_zones(text: str) -> frozenset[str]:
    """The IANA zones of every place the text names ("London" and "Canary Wharf"'s
    "Canary" are two)."""
    names, codes, comma_codes, zone_of = _finders()
    found = {zone_of[m.group(0)] for m in names.finditer(text)}
    found |= {zone_of[f"codes:{m.group(1) or m.group(2)}"] for m in codes.finditer(text)}
    found |= {zone_of[f"codes_after_comma:{m.group(1)}"] for m in comma_codes.finditer(text)}
    return frozenset(found)


def offset_in_force(zone: str, local: datetime) -> tuple[float, str] | None:
    """(hours from UT, abbreviation) of the clock in `zone` at a naive local time."""
    try:
        aware = local.replace(tzinfo=ZoneInfo(zone))
    except ZoneInfoNotFoundError:
        return None
    offset = aware.utcoffset()
    if offset is None:
        return None
    return offset.total_seconds() / 3600, aware.tzname() or ""


def standard_hours(zone: str, local: datetime) -> float | None:
    """The zone's standard (non-summer) offset then, to tell its clock family."""
    try:
        aware = local.replace(tzinfo=ZoneInfo(zone))
    except ZoneInfoNotFoundError:
        return None
    offset, dst = aware.utcoffset(), aware.dst()
    if offset is None or dst is None:
        return None
    return (offset - dst).total_seconds() / 3600


@lru_cache(maxsize=64)
def abbreviations_shown(zone: str) -> frozenset[str]:
    """Every abbreviation the zone's clocks have shown since 1970, in winter and summer:
    Mexico City's "CDT" until 2022, Istanbul's "EEST" until 2016. A place that once kept
    a family's clock is read by its own clock now, whatever its rules became."""
    try:
        info = ZoneInfo(zone)
    except ZoneInfoNotFoundError:
        return frozenset()
    shown = {
        datetime(year, month, 15, 12, tzinfo=info).tzname()
        for year in range(1970, 2040)
        for month in (1, 7)
    }
    return frozenset(name for name in shown if name)


def ut_countries(when: datetime) -> dict[str, str]:
    """The countries whose one clock shows UT at `when` (naive, a day's start): code → zone
    ("GB" in March, "IS" all year), for a time written in GMT there."""
    found: dict[str, str] = {}
    for code, zones in _zone_tab().items():
        shown = offset_in_force(zones[0], when)
        if shown is not None and shown[0] == 0 and _one_clock(zones):
            found[code] = zones[0]
    return found


def zone_country(zone: str) -> str | None:
    """The one country whose canonical zones hold `zone` (zone1970.tab), or None."""
    found = {code for code, zones in _zone_tab().items() if zone in zones}
    return found.pop() if len(found) == 1 else None


# one to three capitalised words: a town's name as a mail writes it ("Limerick", "Tel Aviv")
_CAPITALISED = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}")


# what stands before a town's name: a comma, a short lower-case word ("in", "from", "à",
# "bei", "z") or an Irish county's "Co."; never a sentence's or line's start
_PLACE_LEAD = re.compile(r"(?:,[ \t]*|(?<![^\W\d_])[^\W\d_A-Z]{1,5}[ \t]+|Co\.[ \t]*)$")


def town_countries(text: str, countries: tuple[str, ...]) -> set[str]:
    """The countries among `countries` a town the text names lies in, by its own name
    (GeoNames' towns of 15,000 people or more: "Lough Gur, Co. Limerick" is in Ireland),
    after a comma or a short word ("in Haifa"), not at a sentence's start ("Along …"):
    a country whose clock the place settles when its states are not listed here."""
    from ipom_mail.pipeline.fields.towns import town_in

    found: set[str] = set()
    for names in _place_names(text):
        found |= {c for c in countries for name in names if town_in(name, c)}
    return found


def _place_names(text: str) -> Iterator[set[str]]:
    """Each capitalised name the text writes where a place stands, after a comma or a short
    word, with its runs of words ("Las Palmas de Gran Canaria": "Gran Canaria" too); never at
    a sentence's start ("Along the shore …")."""
    for m in _CAPITALISED.finditer(text):
        if not _PLACE_LEAD.search(text, max(0, m.start() - 8), m.start()):
            continue
        words = re.split(r"[ -]", m.group(0))
        yield {
            m.group(0),
            *(" ".join(words[i:j]) for i in range(len(words)) for j in (i + 1, len(words))),
        }


def named_zones(text: str, country: str) -> set[str]:
    """The IANA zones of the towns of `country` the text names after a comma or a short word
    ("em Ponta Delgada", ", Funchal"), and of a region CLDR names ("Açores")."""
    from ipom_mail.pipeline.fields.towns import town_zones

    zones = town_zones(country)
    found = {z for z in (place_zone(text),) if z and zone_country(z) == country}
    for names in _place_names(text):
        found |= {zones[n] for n in names if n in zones}
    return found

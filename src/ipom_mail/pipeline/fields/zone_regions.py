"""Zones named whole by CLDR in scripts and forms the word-by-word reader cannot split
("giờ Việt Nam", "وقت تهران", "বাংলাদেশ সময়", "भारतीय मानक समय"), through Babel.

Three kinds of name, in every language of words.LOCALES: a country's clock in CLDR's
region format ("Giờ {0}", "{0} সময়", "Waktu {0}") with the country's name, when all the
country's zones keep one clock through the year; the same format with a zone's exemplar
city ("وقت تهران", "Tehran Time": a locale without its own inherits CLDR's root one); a metazone's generic name, and its standard name when it has no
summer time ("भारतीय मानक समय"), which zone_names.py cannot read in scripts whose vowel
signs split words. A name that means two clocks is dropped. Looked up by whole words
after a time, longest first; built once, lazily.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ipom_mail.pipeline.fields.words import LOCALES
from ipom_mail.pipeline.tables_cache import machine_table

_MAX_WORDS = 6
_TOKEN = re.compile(r"[^\s()（）,;:.!?]+")
_SPACE = re.compile(r"\s+")
_YEAR = 2026


def _key(name: str) -> str:
    return _SPACE.sub(" ", name.lower().replace("\u200c", " ").strip())


@lru_cache(maxsize=1024)
def _clock(iana: str) -> tuple[timedelta | None, ...] | None:
    """A zone's offsets week by week through a year, to tell clocks apart."""
    try:
        zone = ZoneInfo(iana)
    except ZoneInfoNotFoundError:
        return None
    start = datetime(_YEAR, 1, 3, 12)
    return tuple((start + timedelta(weeks=n)).replace(tzinfo=zone).utcoffset() for n in range(52))


def _one_clock(zones: list[str]) -> str | None:
    """The first of a country's zones when all of them keep the same clock, else None."""
    clocks = {_clock(z) for z in zones}
    return zones[0] if zones and len(clocks) == 1 and None not in clocks else None


_WORDS = re.compile(r"[^\W\d_]")


def _seasonal(locale: object, fmt: str) -> bool:
    """Whether Babel's region format is CLDR's summer variant ("%s, летнее время", "%s
    (sumartími)"): a word of it is in the summer name of Central European time, not the
    generic one. Babel keeps the last variant it read; a summer name is no generic clock."""
    long = dict(getattr(locale, "meta_zones", {}).get("Europe_Central", {}).get("long", {}))
    summer = set(_key(long.get("daylight", "")).split())
    generic = set(_key(long.get("generic", "")).split())
    return any(w in summer - generic for w in _key(fmt.replace("%s", " ")).split())


def _region_names(locale: object, territories: dict[str, str]) -> dict[str, set[str]]:
    """A locale's region-format names: by country and by exemplar city."""
    fmt = getattr(locale, "zone_formats", {}).get("region", "")
    found: dict[str, set[str]] = {}
    if "%s" not in fmt or not _WORDS.search(fmt.replace("%s", "")) or _seasonal(locale, fmt):
        return found
    names = getattr(locale, "territories", {})
    for code, iana in territories.items():
        if code in names:
            found.setdefault(_key(fmt % names[code]), set()).add(iana)
    cities = getattr(locale, "time_zones", {})
    for iana in _zones():
        # a locale without its own exemplar city inherits CLDR's root one, the IANA name's
        # last part ("Tehran Time", "Waktu Tehran")
        city = cities.get(iana, {}).get("city") or iana.rsplit("/", 1)[-1].replace("_", " ")
        if _clock(iana) is not None:
            found.setdefault(_key(fmt % city), set()).add(iana)
    return found


@cache
def _zones() -> tuple[str, ...]:
    """Every zone CLDR places in a country (its canonical ones)."""
    from babel.core import get_global

    return tuple(sorted(get_global("zone_territories")))


@machine_table
def _members() -> dict[str, tuple[str, ...]]:
    """Each metazone → its member zones."""
    from babel.core import get_global

    members: dict[str, list[str]] = {}
    for zone, meta in get_global("meta_zones").items():
        members.setdefault(meta, []).append(zone)
    return {meta: tuple(sorted(zones)) for meta, zones in members.items()}


def _pick(zones: dict[str, None]) -> str:
    """The zone a name stands for among those keeping its one clock: one whose country reads
    a 12-hour dial if any ("भारतीय मानक समय" is India's, not Sri Lanka's 24-hour clock), so
    a time on it without am or pm is asked about, never read as morning."""
    if len(zones) == 1:
        return next(iter(zones))
    return next((z for z in zones if _twelve(z)), next(iter(zones)))


@cache
def _twelve(iana: str) -> bool:
    """Whether the zone's country reads a 12-hour dial (cached: one look per zone)."""
    from ipom_mail.pipeline.fields.zone_names import twelve_hour_clock

    return twelve_hour_clock(iana)


def _meta_names(locale: object, clocks: dict[str, tuple[str, bool]]) -> dict[str, set[str]]:
    """A locale's generic metazone names, and standard ones of clocks with no summer time."""
    found: dict[str, set[str]] = {}
    for meta, widths in getattr(locale, "meta_zones", {}).items():
        if meta not in clocks:
            continue
        iana, summer = clocks[meta]
        members = {z for z in _members().get(meta, ()) if _clock(z) == _clock(iana)}
        long = dict(widths.get("long", {}))
        for kind in ("generic",) if summer else ("generic", "standard"):
            if long.get(kind):
                found.setdefault(_key(long[kind]), set()).update({iana, *members})
    return found


@machine_table
def region_names() -> dict[str, str]:
    """Every whole CLDR name above (lower case) → the one IANA zone whose clock it names."""
    from babel import Locale
    from babel.core import get_global

    from ipom_mail.pipeline.fields.zone_names import metazone_clocks

    territories = {}
    for code, zones in get_global("territory_zones").items():
        one = _one_clock(list(zones))
        if one is not None:
            territories[code] = one
    clocks = {
        meta: (iana, daylight is not None)
        for meta, (iana, _, daylight) in metazone_clocks().items()
    }
    found: dict[str, dict[str, None]] = {}  # in order: a metazone's own zone first
    for name in LOCALES:
        locale = Locale.parse(name)
        for table in (_meta_names(locale, clocks), _region_names(locale, territories)):
            for phrase, zones in table.items():
                found.setdefault(phrase, {}).update(dict.fromkeys(sorted(zones)))
    clocks_of = {p: {_clock(z) for z in zs} for p, zs in found.items()}
    names = {p: _pick(zs) for p, zs in found.items() if len(clocks_of[p]) == 1 and len(p) >= 4}
    return names | {v: names[p] for p in names for v in _spelled(p) if v not in names}


def _spelled(phrase: str) -> list[str]:
    """A name with a word spelled another way in a country (data/zone_words.toml [stems]:
    Egypt's "توقيت جرينتش" for CLDR's "توقيت غرينتش")."""
    from ipom_mail.pipeline.fields.zone_names import other_stems

    words = phrase.split(" ")
    return [
        " ".join([*words[:k], form, *words[k + 1 :]])
        for k, word in enumerate(words)
        for form in other_stems().get(word, ())
    ]


def region_zone(token: str) -> str | None:
    """The IANA zone a whole written name means ("Giờ Việt Nam"), or None."""
    return region_names().get(_key(token.strip().strip("()（）")))


def region_zone_at(text: str, pos: int) -> tuple[str, int, int] | None:
    """A whole CLDR name starting at `pos` (after a bracket or a space): (iana, start, end)."""
    m = re.compile(r"[ \t]*[(（]?[ \t]*").match(text, pos)
    start = m.end() if m else pos
    words: list[re.Match[str]] = []
    for word in _TOKEN.finditer(text, start):
        if len(words) == _MAX_WORDS or (words and "\n" in text[words[-1].end() : word.start()]):
            break
        words.append(word)
    names = region_names()
    for count in range(len(words), 0, -1):
        end = words[count - 1].end()
        iana = names.get(_key(text[start:end]))
        if iana is not None:
            return iana, start, end
    return None

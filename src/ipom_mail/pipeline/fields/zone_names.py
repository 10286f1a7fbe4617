"""Zone names as CLDR writes them, through Babel: "srednjoeuropsko ljetno vrijeme".

Each metazone's long names (generic, standard, daylight) in the languages mail comes
in, matched after a time in their grammatical cases too ("po srednjoeuropskom ljetnom
vremenu", "Kesk-Euroopa suveaja järgi"): every word of the name by its stem (all but
its last three letters, at least four), the last word optional when two or more match,
one short word (a preposition: "po", "за", "pēc") allowed before. A standard or daylight
name is read like an abbreviation (its fixed offset, checked against the season by
in_force); a generic name follows its zone's clock. Built once, lazily: only a time
followed by words that are no other zone needs it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ipom_mail.pipeline.fields.words import LOCALES

_EXTRA_LOCALES = ("sr_Latn", "ja", "ko", "zh", "zh_Hant")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_GAP = re.compile(r"[\s,]*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # names as data/zone_words.toml
_MAX_SUFFIX = 4  # letters an inflected word may add to the name's word
_COMMON = 20  # a word in the names of this many metazones names no place ("time", "čas")


@dataclass(frozen=True, slots=True)
class ZoneName:
    """One CLDR long name of a metazone: its words, its zone, and its offset when fixed."""

    words: tuple[str, ...]
    iana: str
    region: str
    hours: float | None  # standard or daylight name: its fixed offset; generic: None
    daylight: bool | None  # True a daylight name, False a standard one with a twin, None


def _stem(word: str) -> str:
    return word if len(word) <= 4 else word[: max(4, len(word) - 3)]


def _modal_zone(zones: list[str]) -> str | None:
    """The metazone's member whose January and July offsets most members share."""
    seasons = (datetime(2024, 1, 15, 12), datetime(2024, 7, 15, 12))
    counts: dict[tuple[object, ...], list[str]] = {}
    for name in sorted(zones):
        try:
            key = tuple(when.replace(tzinfo=ZoneInfo(name)).utcoffset() for when in seasons)
        except ZoneInfoNotFoundError:
            continue
        counts.setdefault(key, []).append(name)
    best = max(counts.values(), key=len, default=[])
    return best[0] if best else None


def _offsets(iana: str) -> tuple[float, float | None]:
    """(standard hours, daylight hours or None) of a zone's clock in 2024."""
    found = set()
    for month in (1, 7):
        aware = datetime(2024, month, 15, 12, tzinfo=ZoneInfo(iana))
        offset, dst = aware.utcoffset(), aware.dst()
        assert offset is not None and dst is not None
        found.add(((offset - dst).total_seconds() / 3600, bool(dst)))
    standard = min(h for h, _ in found)
    return standard, (standard + 1 if any(d for _, d in found) else None)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words of the names of many metazones ("time", "vrijeme", "saati"): they name no place."""
    regions: dict[str, set[str]] = {}
    for names in _index().values():
        for name in names:
            for word in name.words:
                regions.setdefault(word, set()).add(name.region)
    return frozenset(w for w, found in regions.items() if len(found) >= _COMMON)


@lru_cache(maxsize=1)
def _index() -> dict[str, list[ZoneName]]:
    """The stem of each name's first word → the names starting with it."""
    from babel import Locale
    from babel.core import get_global

    members: dict[str, list[str]] = {}
    for zone, meta in get_global("meta_zones").items():
        members.setdefault(meta, []).append(zone)
    index: dict[str, list[ZoneName]] = {}
    for meta, zones in members.items():
        iana = _modal_zone(zones)
        if iana is None:
            continue
        standard, daylight = _offsets(iana)
        kinds = {"generic": (None, None), "standard": (standard, False if daylight else None)}
        if daylight is not None:
            kinds["daylight"] = (daylight, True)
        for locale in (*LOCALES, *_EXTRA_LOCALES):
            names = Locale.parse(locale).meta_zones.get(meta, {}).get("long", {})
            for kind, (hours, is_daylight) in kinds.items():
                words = tuple(w.lower() for w in _WORD.findall(names.get(kind) or ""))
                if len(words) >= 2 and not _CJK.search("".join(words)):
                    entry = ZoneName(words, iana, meta.replace("_", " "), hours, is_daylight)
                    index.setdefault(_stem(words[0]), []).append(entry)
    return index


def _match(name: ZoneName, text: str, pos: int) -> int | None:
    """Where `name` ends when its words (by their stems) start at `pos`, else None."""
    end = pos
    for number, word in enumerate(name.words):
        gap = _GAP.match(text, end)
        m = _WORD.match(text, gap.end() if gap and number else end)
        found = m is not None and _same_word(m.group().lower(), word)
        if not found:
            last = number == len(name.words) - 1
            return end if last and number >= 2 and word in _common_words() else None
        assert m is not None
        end = m.end()
    return end


def _same_word(written: str, word: str) -> bool:
    stem = _stem(word)
    return written.startswith(stem) and len(written) <= len(word) + _MAX_SUFFIX


@lru_cache(maxsize=512)
def cldr_zone(token: str) -> ZoneName | None:
    """The CLDR zone name that is the whole of `token` ("po srednjoeuropskom ljetnom vremenu")."""
    cleaned = token.strip()
    found = zone_name_at(cleaned, 0)
    return found[0] if found is not None and found[2] == len(cleaned) else None


def zone_name_at(text: str, pos: int) -> tuple[ZoneName, int, int] | None:
    """The CLDR zone name written at `pos` (one short word may come first): (name, start, end)."""
    first = _WORD.match(text, pos)
    if first is None:
        return None
    starts = [first]
    if len(first.group()) <= 3:
        gap = _GAP.match(text, first.end())
        after = _WORD.match(text, gap.end()) if gap and gap.end() > first.end() else None
        starts = [after, first] if after else [first]
    index = _index()
    for word in starts:
        assert word is not None
        written = word.group().lower()
        keys = {written[:n] for n in range(4, len(written) + 1)} | {written}
        best: tuple[ZoneName, int] | None = None
        for key in keys:
            for name in index.get(key, ()):
                end = _match(name, text, word.start())
                if end is not None and (best is None or end > best[1]):
                    best = (name, end)
        if best is not None:
            return best[0], word.start(), best[1]
    return None


@lru_cache(maxsize=256)
def twelve_hour_clock(iana: str) -> bool:
    """Whether the zone's country writes its clock in 12 hours, by CLDR: the short time
    pattern of its main language there ("h:mm a" in the US, India; "HH:mm" in Germany)."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    territory = get_global("zone_territories").get(iana)
    languages = get_global("territory_languages").get(territory or "", {})
    if not languages:
        return False
    ranked = sorted(
        languages.items(),
        key=lambda kv: (not kv[1].get("official_status"), -kv[1].get("population_percent", 0)),
    )
    try:
        pattern = Locale.parse(f"{ranked[0][0]}_{territory}").time_formats["short"].pattern
    except (UnknownLocaleError, ValueError):
        return False
    return "h" in pattern or "K" in pattern

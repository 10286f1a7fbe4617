"""Zone names as CLDR writes them, through Babel: "srednjoeuropsko ljetno vrijeme".

Each metazone's long names (generic, standard, daylight) in the languages mail comes
in, matched after a time in their grammatical cases too ("po srednjoeuropskom ljetnom
vremenu", "Kesk-Euroopa suveaja järgi"): every word of the name by its stem (all but
its last three letters, at least four), the last word optional when two or more match,
one short word (a preposition: "po", "за", "pēc") allowed before; a word whose stem changes
as it is declined ("vrijeme", "po … vremenu") by its other stems in data/zone_words.toml
[stems]. The names of the regional variants of those languages are read too ("heure
normale de l’Est" in fr_CA, "hora estándar del Pacífico" in es_MX); a name that means two
offsets in two regions is dropped. A standard or daylight
name is read like an abbreviation (its fixed offset, checked against the season by
in_force); a generic name follows its zone's clock. Built once, lazily: only a time
followed by words that are no other zone needs it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ipom_mail.pipeline.fields.words import LOCALES
from ipom_mail.pipeline.tables_cache import machine_table

_EXTRA_LOCALES = ("sr_Latn", "ja", "ko", "zh", "zh_Hant")
_CJK_LOCALES = ("ja", "ko", "zh", "zh_Hant")
_SCRIPTS = ("Dsrt", "Shaw", "Latn_CN", "zh_Latn")  # variants no sender writes in
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_GAP = re.compile(r"[\s,]*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # names as data/zone_words.toml
_MAX_SUFFIX = 4  # letters an inflected word may add to the name's word
_YEAR = date.today().year  # the clocks' rules as they are now (Mexico: no summer time)


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


def _fold(word: str) -> str:
    """A word as compared: lower case, with one apostrophe ("l’Est" and "l'Est" are one)."""
    return word.lower().replace("’", "'")


@lru_cache(maxsize=1)
def other_stems() -> dict[str, tuple[str, ...]]:
    """Words of zone names whose stem changes as they are declined (data/zone_words.toml)."""
    import tomllib
    from importlib.resources import files

    text = files("ipom_mail").joinpath("data/zone_words.toml").read_text("utf-8")
    stems: dict[str, list[str]] = tomllib.loads(text).get("stems", {})
    return {_fold(word): tuple(map(_fold, forms)) for word, forms in stems.items()}


def _locales() -> tuple[str, ...]:
    """The languages mail comes in, and every regional variant of them Babel holds."""
    from babel.localedata import locale_identifiers

    base = (*LOCALES, *_EXTRA_LOCALES)
    languages = {name.split("_")[0] for name in base}
    regional = sorted(
        name
        for name in locale_identifiers()
        if name.split("_")[0] in languages and not any(s in name for s in _SCRIPTS)
    )
    return tuple(dict.fromkeys((*base, *regional)))


def _modal_zone(zones: list[str], summer: bool) -> str | None:
    """The metazone's member whose clock through a year (week by week: the days summer
    time starts and ends too) most members share; when CLDR names the metazone's summer
    time (`summer`), among the members that keep one: "Central Time" is Chicago's clock,
    not that of Mexico, which has kept no summer time since 2022; "Eastern European Time"
    is Helsinki's, not Cairo's, whose summer time starts a month later."""
    seasons = [datetime(_YEAR, 1, 3, 12) + timedelta(weeks=n) for n in range(52)]
    counts: dict[tuple[object, ...], list[str]] = {}
    for name in sorted(zones):
        try:
            key = tuple(when.replace(tzinfo=ZoneInfo(name)).utcoffset() for when in seasons)
        except ZoneInfoNotFoundError:
            continue
        if not summer or len(set(key)) > 1:
            counts.setdefault(key, []).append(name)
    best = max(counts.values(), key=len, default=[])
    if not best:
        return _modal_zone(zones, False) if summer else None
    areas = [name.split("/")[0] for name in best]  # Helsinki's "Europe", not Beirut's "Asia"
    return next(name for name in best if name.startswith(max(areas, key=areas.count) + "/"))


def _offsets(iana: str) -> tuple[float, float | None]:
    """(standard hours, daylight hours or None) of a zone's clock this year."""
    found = set()
    for month in (1, 7):
        aware = datetime(_YEAR, month, 15, 12, tzinfo=ZoneInfo(iana))
        offset, dst = aware.utcoffset(), aware.dst()
        assert offset is not None and dst is not None
        found.add(((offset - dst).total_seconds() / 3600, bool(dst)))
    standard = min(h for h, _ in found)
    return standard, (standard + 1 if any(d for _, d in found) else None)


@machine_table
def _clocks() -> dict[str, tuple[str, float, float | None]]:
    """Each metazone → (the zone whose clock it names, standard hours, daylight hours)."""
    from babel import Locale
    from babel.core import get_global

    members: dict[str, list[str]] = {}
    for zone, meta in get_global("meta_zones").items():
        members.setdefault(meta, []).append(zone)
    english = Locale.parse("en").meta_zones
    clocks = {}
    for meta, zones in members.items():
        summer = bool(english.get(meta, {}).get("long", {}).get("daylight"))
        iana = _modal_zone(zones, summer)
        if iana is not None:
            clocks[meta] = (iana, *_offsets(iana))
    return clocks


def metazone_clocks() -> dict[str, tuple[str, float, float | None]]:
    """Each metazone → (the zone whose clock it names, standard hours, daylight hours)."""
    return _clocks()


@machine_table
def _long_names(locales: tuple[str, ...]) -> dict[tuple[str, str], set[str]]:
    """(metazone, kind) → every long name the `locales` give it."""
    from babel import Locale

    names: dict[tuple[str, str], set[str]] = {}
    seen: set[int] = set()
    for name in locales:
        data = Locale.parse(name)._data["meta_zones"]  # a variant's own names, or its parent's
        if id(data) in seen:
            continue
        seen.add(id(data))
        for meta, widths in data.items():
            for kind, written in dict(widths.get("long", {})).items():
                names.setdefault((meta, kind), set()).add(written)
    return names


@lru_cache(maxsize=1)
def _index() -> dict[str, list[ZoneName]]:
    """The stem of each name's first word → the names starting with it."""
    found: dict[tuple[str, ...], set[ZoneName]] = {}
    names = _long_names(_locales())
    for meta, (iana, standard, daylight) in _clocks().items():
        kinds = {"generic": (None, None), "standard": (standard, False if daylight else None)}
        if daylight is not None:
            kinds["daylight"] = (daylight, True)
        for kind, (hours, is_daylight) in kinds.items():
            for written in names.get((meta, kind), ()):
                words = tuple(_fold(w) for w in _WORD.findall(written))
                if len(words) >= 2 and not _CJK.search("".join(words)):
                    entry = ZoneName(words, iana, meta.replace("_", " "), hours, is_daylight)
                    found.setdefault(words, set()).add(entry)
    for entry in _seasonal():
        found.setdefault(entry.words, set()).add(entry)
    index: dict[str, list[ZoneName]] = {}
    for words, entries in found.items():
        if len({(e.hours, e.hours is None and e.iana) for e in entries}) == 1:
            index.setdefault(_stem(words[0]), []).append(min(entries, key=lambda e: e.iana))
    return index


def _seasonal() -> list[ZoneName]:
    """A country's clock named with its season ("svensk sommartid", "dansk normaltid";
    data/zone_words.toml [summer], [standard]): that season's fixed offset, as CLDR's
    standard and daylight names are, so the date checks it."""
    import tomllib
    from importlib.resources import files

    text = files("ipom_mail").joinpath("data/zone_words.toml").read_text("utf-8")
    data = tomllib.loads(text)
    entries = []
    for section, daylight in (("summer", True), ("standard", False)):
        for iana, phrases in data.get(section, {}).items():
            standard, summer = _offsets(iana)
            hours = summer if daylight else standard
            region = iana.rsplit("/", 1)[-1].replace("_", " ")
            entries += [
                ZoneName(tuple(_fold(w) for w in _WORD.findall(p)), iana, region, hours, daylight)
                for p in phrases
            ]
    return entries


def _match(name: ZoneName, text: str, pos: int) -> tuple[int, bool] | None:
    """Where `name` ends when its words (by their stems) start at `pos`, and whether it is
    written whole (not without its last word), else None."""
    end = pos
    for number, word in enumerate(name.words):
        gap = _GAP.match(text, end)
        m = _WORD.match(text, gap.end() if gap and number else end)
        found = m is not None and _same_word(_fold(m.group()), word)
        if not found:
            last = number == len(name.words) - 1
            return (end, False) if last and number >= 2 and word in _time_words() else None
        assert m is not None
        end = m.end()
    return end, True


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    """The words that end the names of ten metazones or more: "time", "vrijeme", "Zeit",
    "sommartid"; a name may be written without such a last word, never without a word
    that says which clock ("central", "britânica", "chathama")."""
    regions: dict[str, set[str]] = {}
    for names in _index().values():
        for name in names:
            regions.setdefault(name.words[-1], set()).add(name.region)
    return frozenset(word for word, seen in regions.items() if len(seen) >= 10)


def _meaning(name: ZoneName) -> tuple[float | None, str | None]:
    """What a name says: its fixed offset, or (a generic name) its zone's clock."""
    return name.hours, (name.iana if name.hours is None else None)


def _best(found: list[tuple[ZoneName, int, bool]]) -> tuple[ZoneName, int] | None:
    """The longest name written; one written without its last word only when every name
    read that far means the same ("srednjoeuropsko ljetno", not "hora de verano", which
    starts the summer names of a dozen clocks)."""
    if not found:
        return None
    end = max(e for _, e, _ in found)
    longest = [(name, whole) for name, e, whole in found if e == end]
    whole = [name for name, is_whole in longest if is_whole]
    if whole:
        return whole[0], end
    meanings = {_meaning(name) for name, _ in longest}
    return (longest[0][0], end) if len(meanings) == 1 else None


def _same_word(written: str, word: str) -> bool:
    """Whether `written` is `word` in one of its cases: a two-letter word ("de", "of") only
    as is, a three-letter one with two letters more at most ("čas", "času"; not "depuis")."""
    if len(word) <= 2:
        return written == word
    if len(written) > len(word) + (2 if len(word) == 3 else _MAX_SUFFIX):
        return False
    return any(written.startswith(stem) for stem in (_stem(word), *other_stems().get(word, ())))


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
        written = _fold(word.group())
        keys = {written[:n] for n in range(4, len(written) + 1)} | {written}
        found = []
        for key in keys:
            for name in index.get(key, ()):
                matched = _match(name, text, word.start())
                if matched is not None:
                    found.append((name, *matched))
        best = _best(found)
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


@machine_table
def cjk_names() -> dict[str, str]:
    """CLDR's Chinese, Japanese and Korean zone names (written whole, with and without the
    space: "한국 표준시", "日本標準時", "中国标准时间") → the zone whose clock they name:
    every generic name, and the standard names of the clocks without summer time."""
    found: dict[str, set[str]] = {}
    names = _long_names(_CJK_LOCALES)
    for meta, (iana, _, daylight) in _clocks().items():
        kinds = ("generic",) if daylight is not None else ("generic", "standard")
        for kind in kinds:
            for written in names.get((meta, kind), ()):
                if _CJK.search(written):
                    for form in {written.lower(), written.lower().replace(" ", "")}:
                        found.setdefault(form, set()).add(iana)
    return {name: zones.pop() for name, zones in found.items() if len(zones) == 1}


@machine_table
def cjk_season_names() -> dict[str, tuple[float, str, str, bool]]:
    """CLDR's Chinese, Japanese and Korean standard and daylight names of the clocks that
    keep summer time ("中部夏令時間", "中部標準時間"), whole and without spaces → (fixed
    hours, region, zone, daylight): read like an abbreviation, checked against the season;
    a name two clocks share at two offsets is left out."""
    found: dict[str, set[tuple[float, str, str, bool]]] = {}
    names = _long_names(_CJK_LOCALES)
    for meta, (iana, standard, daylight) in _clocks().items():
        if daylight is None:
            continue
        for kind, hours in (("standard", standard), ("daylight", daylight)):
            for written in names.get((meta, kind), ()):
                meaning = (hours, meta.replace("_", " "), iana, kind == "daylight")
                for form in {written, written.replace(" ", "")}:
                    if _CJK.search(form):
                        found.setdefault(form, set()).add(meaning)
    return {
        name: min(meanings)
        for name, meanings in found.items()
        if len({(hours, daylight) for hours, _, _, daylight in meanings}) == 1
    }

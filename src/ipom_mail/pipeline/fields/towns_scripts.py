"""Whether a word is a town's name in a script without capitals: Arabic, Persian, Hebrew,
Devanagari and the other Indic scripts, Thai (issue 13).

The same GeoNames towns of 15,000 people or more as fields/towns.py, their names in these
scripts only ("تهران", "الرياض", "יפו", "जयपुर", "เชียงใหม่"), which towns.py leaves out.
A name of two characters or fewer is never one here: "له" (Leh) is "to him", "לה" "to her";
nor a country's name (CLDR, through Babel): "الكويت" is a town too, but a country alone
says no place.
Built lazily, only when a place phrase in one of these scripts needs checking, and kept
packed in the user's cache folder like towns.py's index (towns_cache.py), under a key of
this module's code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from ipom_mail.pipeline.fields.towns import _Names, packed_towns
from ipom_mail.pipeline.tables_cache import machine_table

# Hebrew, Arabic (with its supplement and presentation forms), the Indic scripts, Thai; the
# joiners Persian writes inside words; spaces and hyphens between words
_SCRIPTS = (
    "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
    "\u0900-\u0dff\u0e00-\u0e7f\u200c\u200d"
)
_NAME = re.compile(rf"^[{_SCRIPTS}][{_SCRIPTS} -]*$")
_MIN_LETTERS = 3
_LOCALES = (
    "ar",
    "fa",
    "he",
    "hi",
    "mr",
    "bn",
    "ne",
    "gu",
    "pa",
    "ta",
    "te",
    "kn",
    "ml",
    "th",
    "ur",
)
# Arabic and Persian write a few letters each their own way ("كاشان", "کاشان"), and marks
# of vowels only at times ("العُلا"): names are kept and asked in one spelling
_FOLD = str.maketrans(
    {"ك": "ک", "ي": "ی", "ى": "ی", "ـ": None} | dict.fromkeys(map(chr, range(0x064B, 0x0653)), None)
)


def _folded(name: str) -> str:
    """A name in one spelling: Persian's kaf and yeh, no vowel marks nor stretching."""
    return name.translate(_FOLD)


def _shaped(name: str) -> bool:
    """Whether a name is written in these scripts only, with three characters or more (an
    Indic vowel's sign counts: "पुणे")."""
    return _NAME.match(name) is not None and len(name.replace(" ", "")) >= _MIN_LETTERS


@lru_cache(maxsize=1)
def _towns() -> _Names:
    """Every town's name in these scripts, packed (towns.packed_towns)."""
    return packed_towns(Path(__file__).read_bytes(), _names_kept)


def _names_kept(city: dict[str, Any]) -> Iterator[str]:
    """A town's names in these scripts, in one spelling."""
    for name in (city["name"], *(city.get("alternatenames") or ())):
        if _shaped(name):
            yield _folded(name)


@machine_table
def _countries() -> frozenset[str]:
    """Country names in these scripts (CLDR, through Babel), in one spelling: "الكويت",
    "סינגפור" are towns too, but a country alone says no place."""
    from babel import Locale

    return frozenset(
        _folded(name) for code in _LOCALES for name in Locale.parse(code).territories.values()
    )


def script_town(name: str) -> bool:
    """Whether `name`, as written (in either spelling of Arabic's letters), is a town's
    name in one of these scripts, and no country's."""
    if not _shaped(name):
        return False
    folded = _folded(name)
    return folded in _towns() and folded not in _countries()

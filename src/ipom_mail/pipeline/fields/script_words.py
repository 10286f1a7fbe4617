"""The words of data/script_places.toml: places in scripts without capitals or spaces.

Shared by the readers of Thai (place_thai.py), Hindi and Marathi (place_indic.py), Arabic,
Persian and Hebrew landmarks passed over (place_above.py) and the CJK forms of
place_cjk.py; read once.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def script_data() -> dict[str, dict[str, Any]]:
    """data/script_places.toml, read once: per section, each language's list of words (or,
    for [taken_town], its table)."""
    text = files("ipom_mail").joinpath("data/script_places.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def script_words(section: str) -> frozenset[str]:
    """Every language's entries of one section."""
    return frozenset(w for listed in script_data()[section].values() for w in listed)


@cache
def script_alt(section: str) -> str:
    """One section as an alternation, longest entries first."""
    words = sorted(script_words(section), key=len, reverse=True)
    return "|".join(map(re.escape, words))


def holds_event(phrase: str) -> bool:
    """Whether a phrase names a gathering ([event_words]: "동호회 정기모임", a club's
    meeting): its venue is no spot a photo was taken from."""
    return any(word in phrase for word in script_words("event_words"))

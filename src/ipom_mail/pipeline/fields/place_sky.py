"""The sky's objects by name (data/locatives.toml [sky_names]): never where a photo was taken.

"a téli Tejút felett" (over the winter Milky Way), "over the Pleiades", "sopra la Via Lattea":
what the station passed over in the sky names no place on the ground.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files

from ipom_mail.pipeline.fields.labels import word_pattern
from ipom_mail.pipeline.fields.place_words import data


@cache
def _sky() -> frozenset[str]:
    """Every language's sky names, case folded."""
    return frozenset(n.casefold() for names in data()["sky_names"].values() for n in names)


def sky_name(place: str, start: bool = False) -> bool:
    """Whether `place` is a sky object's name ("Tejút", "Млечный Путь"); with `start`, also
    a name that begins with one as whole words ("Orion Nebula", "Milky Way galaxy")."""
    words = place.strip(" .,;:!?").casefold().split()
    if " ".join(words) in _sky():
        return True
    return start and any(" ".join(words[:n]) in _sky() for n in range(1, len(words)))


@cache
def _station() -> re.Pattern[str]:
    """The station's names in every language (data/submission.toml [words] station)."""
    text = files("ipom_mail").joinpath("data/submission.toml").read_text("utf-8")
    return word_pattern(tomllib.loads(text)["words"]["station"])


def station_word(word: str) -> bool:
    """Whether a word names the station in any case ending ("Űrállomásról készült": a photo
    of the station, not one taken from a place)."""
    return _station().match(word) is not None

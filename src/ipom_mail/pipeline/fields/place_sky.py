"""The sky's objects by name (data/locatives.toml [sky_names]): never where a photo was taken.

"a téli Tejút felett" (over the winter Milky Way), "over the Pleiades", "sopra la Via Lattea":
what the station passed over in the sky names no place on the ground.
"""

from __future__ import annotations

from functools import cache

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

"""The words of data/locatives.toml, and what a capitalised place word looks like.

Shared by fields/place_phrases.py and fields/site_phrases.py; read once.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files

UP = r"A-ZÀ-ÖØ-ÞĀ-ſΆ-ΏΑ-ΩЀ-Я"
# A capitalised word (Latin, Greek, Cyrillic), from the start of a word, not ending in a dot.
WORD = rf"(?<![\w'’.-])[{UP}][\w'’.-]*(?<![.])"


@cache
def data() -> dict[str, dict[str, list[str]]]:
    """data/locatives.toml, read once."""
    return tomllib.loads(files("ipom_mail").joinpath("data/locatives.toml").read_text("utf-8"))


@cache
def words_of(section: str) -> frozenset[str]:
    """Every language's entries of one section."""
    return frozenset(w for listed in data()[section].values() for w in listed)


@cache
def alt(section: str) -> str:
    """One section as an alternation, longest entries first."""
    words = sorted(words_of(section), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@cache
def alt_cased(section: str) -> str:
    """One section as an alternation, each entry lower-case or with its first letter a
    capital ('desde la', 'Desde la'): never 'desde La' ('desde La Roda' is not 'desde la')."""
    words = sorted(words_of(section), key=len, reverse=True)
    return "|".join(re.escape(v) for w in words for v in dict.fromkeys((w, w[:1].upper() + w[1:])))


def club_name(name: str) -> bool:
    """A club's or a firm's name ('Leeds Astronomical Society', 'Clube de Astronomia de
    Campinas'; [club_words]): where it meets or sells, not where the photo was taken."""
    return any(w.lower() in words_of("club_words") for w in name.split())


def same_stem(a: str, b: str) -> bool:
    """One name in two case endings: 'Zlatibora' and 'Zlatiboru', 'Siguldas' and 'Siguldā'."""
    shared = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return shared >= 4 and shared >= max(len(a), len(b)) - 2

"""Words describing an instrument's kind, written between its name and the kind: split from
equipment_names.py.

"Baader AstroSolar full-aperture filter" is the Baader AstroSolar: "full-aperture" says
what kind of filter it is, as "white-light", "front", "homemade" would, and is no part of the
name. "Manfrotto 190 carbon tripod" is the Manfrotto 190, "Nikon D750 full-frame camera" the
Nikon D750. A German compound kind says the same in one word ("Baader AstroSolar
Sonnenfilter", "Vollaperturfilter"). A maker alone keeps them ("Benro carbon tripod", "Baader
red filter", "Peak Design travel tripod": the words name what it made), and so do a name's own words (its line, colour,
mount letters: "ZWO ASI224MC color camera", [model_words]) and a size ("Meade 8 inch
telescope").
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.labels import connectors, designs, kind_bases, kind_words, kinds

__all__ = ["without_kind_description"]

_MAX_WORDS = 2  # describing words before a kind; more reads as prose
_SIZE = re.compile(r"[\d.,]+(?:x|×|\"|″|-?inch|-?in)", re.I)  # "2.25x", '2"': no model's name


@cache
def _end_kinds() -> frozenset[str]:
    """The kinds that may end an item after describing words (data/labels.toml)."""
    sections = ("described_kinds", "filter_kinds", "supports", "lens_kinds", "design_kinds")
    return kinds() | frozenset().union(*(kind_words(s) for s in sections))


@cache
def _not_describing() -> frozenset[str]:
    """Lower-case words that belong to a name or a clause, never to the kind's description."""
    g = gazetteer()
    known = kind_words("size_units") | kind_words("focal_units") | kind_words("and_words")
    return frozenset(g.model_words | known | connectors() | designs() | _end_kinds())


def _describes(word: str) -> bool:
    """Whether a word describes a kind: a lower-case word of letters ("full-aperture",
    "white-light", "homemade"), or what a filter is for ("solar", "sonnen": [kind_joins])."""
    low = word.lower()
    if low in kind_words("kind_joins") - kind_words("kind_joins", "of"):
        return True
    letters = word.replace("-", "")
    if len(letters) < 3 or not letters.isalpha() or not word.islower():
        return False
    if low.split("-")[0] in _not_describing():
        return False  # "14 mm-es": a size made an adjective, in Hungarian
    return low not in _not_describing() and not gazetteer().accessories.fullmatch(word)


def _named(words: list[str]) -> bool:
    """Whether words after the maker name a model: a digit or a capital beyond a size."""
    return any(any(c.isdigit() or c.isupper() for c in w) and not _SIZE.fullmatch(w) for w in words)


def _maker_words(words: list[str]) -> int:
    """How many words at the start name the maker ("Peak Design travel tripod": two)."""
    makers = gazetteer().makers
    return next((n for n in (3, 2) if tuple(w.lower() for w in words[:n]) in makers), 1)


def _compound_kind(word: str) -> bool:
    """A kind and what it is in one word, maybe joined by a hyphen ("Sonnenfilter",
    "Vollformat-Kamera"; data/labels.toml [compound_kinds]); no model's name before the kind
    ("EQ5-Montierung", "UHC-S-Filter" are named)."""
    low = word.lower()
    for kind in kind_words("compound_kinds"):
        head = low.removesuffix(kind).removesuffix("-")
        if low.endswith(kind) and len(head) > 2 and head.isalpha():
            return word[1 : len(head)].islower() and head not in gazetteer().model_words
    return False


def without_kind_description(words: list[str]) -> list[str]:
    """A name's words without the words describing its kind before the kind that ends it
    (a filter's with its kind: "Baader AstroSolar full-aperture filter" → "Baader AstroSolar";
    "Nikon D750 full-frame camera" → "Nikon D750 camera"), or without a compound kind that
    describes it ("Baader AstroSolar Sonnenfilter", "Nikon D750 Vollformat-Kamera"); the
    words as they are when the rest names no model."""
    if len(words) < 3:
        return words
    if _compound_kind(words[-1]):
        return words[:-1] if _named(words[_maker_words(words) : -1]) else words
    kind = kind_bases().get(words[-1].lower(), words[-1].lower())  # "filterom": a filter
    if kind not in _end_kinds():
        return words
    k = len(words) - 1
    while k > 1 and len(words) - 1 - k < _MAX_WORDS and _describes(words[k - 1]):
        k -= 1
    g = gazetteer()
    phrase = " ".join(words[k - 1 :])
    if k > 1 and phrase.islower() and g.accessories.fullmatch(phrase):
        # "iOptron SkyGuider Pro star tracker": a kind of two words ([accessories]) whose first
        # word names nothing alone ("barlow lens" is a Barlow)
        k -= 0 if g.accessories.fullmatch(words[k - 1]) else 1
    if k == len(words) - 1 or not _named(words[_maker_words(words) : k]):
        return words
    if kind in kind_words("filter_kinds"):
        return words[:k]  # "Baader AstroSolar full-aperture filter": as in prose, the filter
    return [*words[:k], words[-1]]

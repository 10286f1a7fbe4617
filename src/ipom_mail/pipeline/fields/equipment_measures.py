"""A maker-like word before a measure is no instrument: "asi 450 km od nás" (Czech "about
450 km"), "Meade 30 km away", "ASI 12 °C".

A model pattern or a maker takes a number after it as the model's ("ASI 462", "Celestron
8"); a unit of distance, temperature, weight, speed or share after that number
(data/labels.toml [measure_units]) makes it a measure, and the words before it no item.
A lens's or telescope's own units ("14 mm", "20 cm", "8 inch") are not measures here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ipom_mail.pipeline.fields.equipment_tokens import Tok
from ipom_mail.pipeline.fields.labels import kind_words

__all__ = ["measured"]

_NUMBER = re.compile(r"[-+−]?\d+(?:[.,]\d+)?")


@cache
def _glued() -> re.Pattern[str]:
    """A number written onto its unit ("450km", "2°C")."""
    units = "|".join(re.escape(u) for u in sorted(kind_words("measure_units"), key=len))
    return re.compile(rf"{_NUMBER.pattern}\s?(?:{units})", re.I)


def _unit(word: str) -> bool:
    return word.lower() in kind_words("measure_units")


def _measure_at(toks: Sequence[Tok], k: int) -> bool:
    """Whether token k is a number with its unit after it, in its clause, or glued on."""
    if k >= len(toks):
        return False
    if _glued().fullmatch(toks[k].text):
        return True
    nxt = k + 1 < len(toks) and not toks[k].closes
    return nxt and _NUMBER.fullmatch(toks[k].text) is not None and _unit(toks[k + 1].text)


def measured(toks: Sequence[Tok], first: int, j: int, alone: bool) -> bool:
    """Whether the item's words from token first to j end on a measure ("asi 450 km"), or a
    maker alone (`alone`) stands right before one in its clause ("Meade 30 km away")."""
    if j - first >= 2 and _measure_at(toks, j - 1):
        return True
    return alone and not toks[j - 1].closes and _measure_at(toks, j)

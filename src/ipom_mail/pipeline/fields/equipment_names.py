"""What is and is not an instrument's name: split from equipment.py.

A bare number or lower-case words alone name nothing ("8", "with", "σε τρίποδο"); the
kind of thing written after a name is not part of it ("ZWO ASI462MC kameru").
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.gazetteer import Gazetteer
from ipom_mail.pipeline.fields.labels import kind_bases, kinds


def not_a_name(piece: str, g: Gazetteer, label_words: str) -> bool:
    """A bare number ("8") or lower-case words alone ("with", "finder"): no instrument's name
    (an accessory word such as "tripod" is one)."""
    if re.fullmatch(r"[\d\s.,/x×]+", piece):
        return True
    if g.accessories.fullmatch(piece) or re.fullmatch(label_words, piece, re.I):
        return False  # "tripod", "barlow": an instrument named by its kind
    return not any(c.isdigit() or c.isupper() for c in piece)  # "σε τρίποδο", "三脚"


def without_kind_tail(piece: str, g: Gazetteer) -> str:
    """A name without the kind of thing written after it (data/labels.toml [kinds]): "ZWO
    ASI462MC kameru" (a camera, in Croatian), "Nikkor Z 400mm -objektiivi"; a filter's kind
    in a case is given in its base form ([kind_base])."""
    words = piece.split()
    while len(words) > 1 and words[-1] in kinds():
        if not any(c.isdigit() or c.isupper() for c in " ".join(words[:-1])):
            break
        words.pop()
    base = kind_bases().get(words[-1]) if len(words) > 1 else None
    if base and any(c.isdigit() or c.isupper() for c in " ".join(words[:-1])):
        words[-1] = base  # "Baader AstroSolar filterom": the filter, in its base form
    return " ".join(words)

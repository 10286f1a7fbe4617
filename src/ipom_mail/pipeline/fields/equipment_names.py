"""What is and is not an instrument's name: split from equipment.py.

A bare number or lower-case words alone name nothing ("8", "with", "σε τρίποδο"); the
kind of thing written after a name is not part of it ("ZWO ASI462MC kameru").
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.gazetteer import Gazetteer
from ipom_mail.pipeline.fields.labels import adapters, designs, kind_bases, kinds


def not_a_name(piece: str, g: Gazetteer, label_words: str) -> bool:
    """A bare number ("8") or lower-case words alone ("with", "finder"): no instrument's name
    (an accessory word such as "tripod" is one)."""
    if re.fullmatch(r"[\d\s.,/x×]+", piece) or adapters().fullmatch(piece):
        return True  # a number, or an adapter ("T-ring") that is no instrument
    if g.accessories.fullmatch(piece) or re.fullmatch(label_words, piece, re.I):
        return False  # "tripod", "barlow": an instrument named by its kind
    return not any(c.isdigit() or c.isupper() for c in piece)  # "σε τρίποδο", "三脚"


_SOLAR_KIND = re.compile(
    r"(?:H-?alpha|Hα|Ha|Ca-?K|solar|white-light)\s+(?:telescope|scope|refractor)", re.I
)


_BRACKET_TAIL = re.compile(r"\s*\(([^()]*)\)$")


def without_design(piece: str) -> str:
    """A name without the optical design written after it: in brackets always ("Skyliner
    250P (Dobson)", "LS60THa (H-alfa)"), bare only after a product line's name ("Skymax 127
    Maksutov", "Skymax 180 Pro Makszutov-távcső"); "Sky-Watcher 200P Dobsonian" and
    "Sky-Watcher 150/750 Newton" are named by their design and keep it."""
    bracket = _BRACKET_TAIL.search(piece)
    if bracket and bracket.start() > 0 and bracket.group(1).strip().lower() in designs():
        return piece[: bracket.start()].rstrip()
    words = piece.split()
    last = words[-1].lower() if words else ""
    if len(words) < 3 or not {last, last.split("-")[0]} & designs():
        return piece
    line = [w for w in words[1:-1] if len(w) > 4 and w.isalpha() and w.istitle()]
    if line and any(c.isdigit() for c in " ".join(words[:-1])):
        return " ".join(words[:-1])
    return piece


def without_kind_tail(piece: str, g: Gazetteer) -> str:
    """A name without the kind of thing written after it (data/labels.toml [kinds]): "ZWO
    ASI462MC kameru" (a camera, in Croatian), "Nikkor Z 400mm -objektiivi", joined by a
    hyphen to a model ("AZ-EQ5-montering"); a filter's kind
    in a case is given in its base form ([kind_base])."""
    words = without_design(piece).split()
    if len(words) > 3 and _SOLAR_KIND.fullmatch(" ".join(words[-2:])):
        words = words[:-2]  # "Lunt LS60THa H-alpha telescope": what kind of telescope it is
    hyphened = words[-1].rsplit("-", 1) if words and "-" in words[-1][1:] else None
    named = hyphened and any(c.isdigit() or c.isupper() for c in hyphened[0])
    if hyphened and named and hyphened[1].lower() in kinds():
        words[-1] = hyphened[0]  # "AZ-EQ5-montering", "EQ5-Montierung", "G-objektiv"
    while len(words) > 1 and words[-1].lstrip("-") in kinds():
        if not any(c.isdigit() or c.isupper() for c in " ".join(words[:-1])):
            break
        words.pop()
    base = kind_bases().get(words[-1]) if len(words) > 1 else None
    if base and any(c.isdigit() or c.isupper() for c in " ".join(words[:-1])):
        words[-1] = base  # "Baader AstroSolar filterom": the filter, in its base form
    return " ".join(words)

"""Equipment the mail says was not used ("2x barlow yok bu sefer", "ohne den Barlow", "sans
la barlow", "バローなし"): data/labels.toml [negated].

Only the item the words stand beside is none; a negation about something else ("no
clouds", "without a tracking mount I could not …") leaves the other items of the sentence.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.labels import kind_words

__all__ = ["negated_after", "negated_before", "negated_piece"]

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def _alternation(words: frozenset[str]) -> str:
    """Words as an alternation, the longest first; spaces match any run of spaces."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _split(key: str) -> tuple[str, str]:
    """One list of [negated] as two alternations: words matched whole, and CJK or Thai words
    matched anywhere (their scripts write no spaces between words)."""
    words = kind_words("negated", key)
    free = frozenset(w for w in words if _CJK.match(w))
    return _alternation(words - free), _alternation(free)


@cache
def _before(kind: bool) -> re.Pattern[str]:
    """The negation words and the filler words after them, ending where an item starts."""
    bounded, free = _split("before")
    if kind:
        bounded += "|" + _alternation(kind_words("negated", "kind_only"))
    fill = _alternation(
        kind_words("negated", "fill")
        | kind_words("support_leads", "little")
        | kind_words("supports")  # "without the tripod Zomei Z-669C", "sans le filtre Baader"
        | kind_words("filter_kinds")
    )
    words = rf"(?<![^\W\d_'’])(?:{bounded})\s+(?:(?:{fill})\s+){{0,2}}"
    return re.compile(rf"(?:{words}|(?:{free})\s*)$", re.I)


@cache
def _after() -> re.Pattern[str]:
    """The negation words right after an item, in its clause."""
    bounded, free = _split("after")
    return re.compile(rf"^\s*(?:(?:{bounded})(?![^\W\d_])|(?:{free}))", re.I)


def negated_before(head: str, accessory: bool) -> bool:
    """Whether the words before an item (`head`, its clause up to the item) say it was not
    used: "without the", "ohne", "sans ma", "没用"; "no" only before an accessory's kind."""
    return _before(accessory).search(head) is not None


def negated_after(tail: str) -> bool:
    """Whether the words right after an item say it was not used: "yok", "nicht benutzt"."""
    return _after().match(tail) is not None


def negated_piece(piece: str) -> bool:
    """Whether a labelled piece names an instrument not used: it opens with a negation word
    ("ohne Barlow", "no reducer"; Portuguese "no tripé" is on the tripod) or one follows
    its name ("Barlow 2x nicht benutzt", "2x barlow yok", "バローレンズなし")."""
    words = [w.lower() for w in piece.split()]
    kind_only, on_the = kind_words("negated", "kind_only"), kind_words("support_leads", "on_the")
    if len(words) > 1 and words[0] in kind_only and words[1] in on_the:
        return False  # "no tripé": on the tripod
    heads = (" ".join(words[:k]) + " " for k in range(1, min(len(words), 4)))
    if any(_before(True).fullmatch(head) for head in heads):
        return True
    _, free = _split("after")
    ends = bool(free) and re.search(rf"(?:{free})\s*$", piece) is not None
    return ends or any(negated_after(" ".join(words[k:])) for k in range(1, len(words)))

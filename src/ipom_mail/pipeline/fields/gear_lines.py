"""A line that only names the instruments, without a label: "Nikon D750 + Rokinon 24mm f/1.4
on a Vanguard Alta Pro tripod", "Canon EOS R6 avec un Samyang 14 mm sur trépied".

The equipment field holds those names; the story does not need them again (issue 13, a club
forwarding a member's three data lines). A line with any other word ("I used my Nikon D750")
is prose and stays, and so does a line a sentence wrapped onto.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.data_lines import is_photo_data
from ipom_mail.pipeline.fields.equipment import text_items
from ipom_mail.pipeline.fields.equipment_labels import LABEL_WORDS
from ipom_mail.pipeline.fields.labels import connectors, kind_words, kinds

_SPLIT = re.compile(r"[\s,;+&/()]+")
_KIND = re.compile(rf"(?:{LABEL_WORDS})", re.I)  # "camera", "lens", "tripod", "objectif"
_LONGEST = 160  # characters: a longer line says more than its instruments
_WRAP = 72  # columns: a line this short before it was not wrapped onto the next one
_ENDS = ".!?:。！？"


@cache
def _glue() -> frozenset[str]:
    """The words that may stand between instruments' names: connecting words, articles and
    words that say what an instrument is (data/labels.toml [connectors], [support_leads],
    [kinds], [supports], [filter_kinds])."""
    leads = kind_words("support_leads", "on") | kind_words("support_leads", "little")
    words = connectors() | leads | kinds() | kind_words("supports") | kind_words("filter_kinds")
    return frozenset(w.casefold() for w in words)


def glue_word(token: str) -> bool:
    """Whether a word may stand between instruments' names (a connector, a kind, a support)."""
    return token.casefold() in _glue() or _KIND.fullmatch(token) is not None


def names_only_gear(line: str) -> bool:
    """Whether a line only names instruments, joined by connecting words, kinds and maybe
    the camera's settings: it starts with an instrument and has no word of prose."""
    s = line.strip()
    if not s or len(s) > _LONGEST or s[-1] in "?!:":
        return False
    items = text_items(s)
    named = {w.casefold() for item in items for w in _SPLIT.split(item) if w}
    tokens = [t.strip(".,;:!?\"'") for t in _SPLIT.split(s)]
    tokens = [t for t in tokens if t]
    if not tokens or tokens[0].casefold() not in named:
        return False
    rest = [t for t in tokens if t.casefold() not in named and not glue_word(t)]
    return not rest or is_photo_data(" ".join(rest))  # "…, 10 s at f/2.8, ISO 1250."


def is_gear_line(lines: list[str], i: int, after_data: bool) -> bool:
    """Whether line i of a part only names instruments and stands as a line of its own: the
    line before it is blank, ends a sentence, was left out as data (`after_data`) or is too
    short for a mail client to have wrapped it; the next line does not go on in lower case."""
    if not names_only_gear(lines[i]):
        return False
    before = lines[i - 1].rstrip() if i > 0 else ""
    first = lines[i].split()[0]
    alone = (
        not before.strip()
        or after_data
        or before[-1] in _ENDS
        or len(before) + 1 + len(first) <= _WRAP
    )
    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return alone and not after[:1].islower()

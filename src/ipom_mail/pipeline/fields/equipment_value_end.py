"""A labelled value's last words after its model's code (issue 13, for labelled lines): the
name is given whole, cut before a word known to be something else, or not at all.

"Equipment: Canon 6D Mark II" is whole; "Camera: Canon 6D Thanks" ends before the sign-off;
"Equipment: Canon 6D Anna" (a sign-off's name on the line when an HTML mail lost its line
break) may be a model's word or a person's, so the value is given not at all rather than as
a name it is not.
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.equipment_scan import start_at
from ipom_mail.pipeline.fields.equipment_short_end import known_other, titled
from ipom_mail.pipeline.fields.equipment_tokens import tokens
from ipom_mail.pipeline.fields.gazetteer import Gazetteer

__all__ = ["whole_or_cut"]


def _name_word(word: str, g: Gazetteer) -> bool:
    """Whether a word after a model's code is its name's: an edition, a model's word, a code or
    a numeral ("Mark", "II", "Pro", "R")."""
    low = word.lower().rstrip("+")
    return low in g.editions or low in g.model_words or not word.isalpha() or word.isupper()


# A model's code: letters and digits in one word ("6D", "D750", "ASI290MC"), no magnification
_CODE = re.compile(r"(?=\S*\d)(?=\S*[^\W\d_])(?![\d.,]+[x×]$)\S+")


def whole_or_cut(piece: str, g: Gazetteer) -> str:
    """A labelled value whole, cut before a word known to be no part of its name, or "" when
    a capitalised word of unknown meaning follows its name ("Equipment: Canon 6D Mark II";
    "Canon 6D Thanks" is "Canon 6D"; "Canon 6D Anna", a sign-off's name on the line when the
    line break is lost, is given not at all rather than as a name it is not)."""
    toks = tokens(piece)
    code = next((k for k, t in enumerate(toks) if _CODE.fullmatch(t.text)), -1)
    j = code + 1
    while 0 < j < len(toks) and not toks[j - 1].closes and _name_word(toks[j].text, g):
        j += 1
    if code < 0 or j >= len(toks) or toks[j - 1].closes or not titled(toks[j].text):
        return piece
    if start_at(piece, toks, j, g)[0]:
        return piece  # the next item's maker, model or accessory: the pieces part them
    if known_other(piece, toks, j, g):
        return piece[: toks[j - 1].end].rstrip()
    return ""

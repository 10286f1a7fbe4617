"""Where a maker's name starts among the words of an equipment text: split from equipment.py.

Makers are looked up by their first word (data/gazetteer.toml); a maker that is also a common
word ("pixel", "star") starts an item only with a capital, or, for a phone, with its model
after it ("pixel 8 pro": phone mail is written in lower case).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ipom_mail.pipeline.fields.equipment_tokens import Tok
from ipom_mail.pipeline.fields.gazetteer import Gazetteer, gazetteer
from ipom_mail.pipeline.fields.labels import connectors


@cache
def _makers_by_first() -> dict[str, list[tuple[str, ...]]]:
    """The shipped makers by their first word, longest first: one look-up per word, not a scan."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for maker in gazetteer().makers:  # already longest first
        index.setdefault(maker[0], []).append(maker)
    return index


def maker_at(toks: Sequence[Tok], i: int, g: Gazetteer) -> int:
    """How many tokens a maker name spans at i (0 when none)."""
    first = toks[i].text.lower().lstrip("(")  # "(Google Pixel 7)"
    for maker in _makers_by_first().get(first, ()):
        n = len(maker)
        words = [first] + [t.text.lower() for t in toks[i + 1 : i + n]]
        if words == list(maker) and not any(t.closes for t in toks[i : i + n - 1]):
            name = " ".join(maker)
            lower_phone = name in g.phones and _phone_model(toks, i + n, g)  # "pixel 8 pro"
            if name in g.needs_model and not toks[i].text[:1].isupper() and not lower_phone:
                continue
            return n
    return 0


_PHONE_MODEL = re.compile(r"[a-z]{0,2}\d{1,3}[a-z]{0,2}\)?", re.I)


def _phone_model(toks: Sequence[Tok], j: int, g: Gazetteer) -> bool:
    """Whether a phone's model follows its maker written in lower case, as phone mail does:
    "pixel 8 pro", "(pixel 6)", "pixel 7a on a tripod" ("hot pixel 5 times" names no phone)."""
    if j >= len(toks) or toks[j - 1].closes or not _PHONE_MODEL.fullmatch(toks[j].text):
        return False
    ends = toks[j].closes or toks[j].text.endswith(")") or j + 1 == len(toks)
    return ends or toks[j + 1].text.lower() in g.model_words or toks[j + 1].text in connectors()

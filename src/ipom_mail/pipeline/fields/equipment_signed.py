"""A maker's name alone on a line of a signature is where someone works, not gear.

"Cheers,\nManfrotto\nJane Doe", "-- \nGitzo\nJane Doe", "Jane Doe\nManfrotto" (a forwarded
mail's or the sender's own signature): the maker stands on its line with no model, under a
sign-off or a signature's mark, or beside a line that is a person's name alone. Such a line
names the writer's employer, so it gives no equipment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ipom_mail.pipeline.fields.closing import closing_line
from ipom_mail.pipeline.fields.equipment_makers import maker_at
from ipom_mail.pipeline.fields.equipment_scan import start_at
from ipom_mail.pipeline.fields.equipment_tokens import tokens
from ipom_mail.pipeline.fields.gazetteer import Gazetteer, gazetteer

__all__ = ["signed_maker"]

# A person's name alone on a line: two or three words, each a capital then small letters
_NAME_LINE = re.compile(r"[^\W\d_][^\W\d_A-Z]+(?:[-'’][^\W\d_][^\W\d_A-Z]+)?")


@cache
def _first_words() -> frozenset[str]:
    """The first word of every maker's name, lower-case: a line starting otherwise is no
    maker alone, read without splitting it into tokens (a mail of many lines stays cheap)."""
    return frozenset(maker[0] for maker in gazetteer().makers)


def _maker_alone(line: str, g: Gazetteer) -> bool:
    """Whether a line is a maker's name and nothing else ("Manfrotto", "Peak Design")."""
    words = line.split(maxsplit=4)
    if not 0 < len(words) <= 3 or words[0].lower() not in _first_words():
        return False
    toks = tokens(line.strip())
    return bool(toks) and maker_at(toks, 0, g) == len(toks)


def _name_line(line: str, g: Gazetteer) -> bool:
    """Whether a line is a person's name alone ("Jane Doe"): no word of it a maker's, a model's
    or an edition's ("Befree Advanced" under "Manfrotto" is the tripod's name)."""
    words = line.strip().split()
    if not 2 <= len(words) <= 3 or not all(_NAME_LINE.fullmatch(w) for w in words):
        return False
    toks = tokens(line.strip())
    if any(start_at(line, toks, i, g)[0] for i in range(len(toks))):
        return False  # "Star Adventurer", "Anna Gitzo": a model's or a maker's word
    return not any(w.lower() in g.model_words or w.lower() in g.editions for w in words)


def _signature_above(lines: Sequence[str], k: int, g: Gazetteer) -> bool:
    """Whether a sign-off, a signature's mark or a name line stands above line k, in its
    paragraph, at most two lines up."""
    for x in range(k - 1, max(k - 3, -1), -1):
        line = lines[x].strip()
        if not line:
            return False
        if line in ("--", "-- ", "—") or closing_line(line) or _name_line(line, g):
            return True
    return False


def signed_maker(lines: Sequence[str], k: int, g: Gazetteer) -> bool:
    """Whether line k is a maker's name alone in a signature (see above)."""
    if not _maker_alone(lines[k], g):
        return False
    nxt = lines[k + 1] if k + 1 < len(lines) else ""
    return _name_line(nxt, g) or _signature_above(lines, k, g)

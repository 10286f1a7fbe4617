"""A model's last word after its code: a name is given whole or not at all (issue 13).

A capitalised word right after a model's code (a word with digits), on its line and in its
clause, is one of three things:
- the model's edition, series or colour ("GoPro Hero 12 Black", "Meade ETX-90 Observer",
  "Manfrotto 190 Go!", "Huawei P30 Pro+"; data/gazetteer.toml [editions]): the name is kept
  whole, never cut before it;
- a word known to be something else: a maker, model or accessory that starts the next item, an
  instrument's kind, a month, a weekday, a day word, a sign-off, a joining word, a label before
  its colon, a software's name or a word that starts prose (data/labels.toml [after_code]):
  the name ends before it;
- any other word ("… Rollei C6i Vario", "… Nikon D750 Tom"): it may be the model's own, so the
  item is given not at all rather than cut short before it.
A name its writer put all in lower case ("meade etx-90 observer") says nothing by its case: an
edition word after its code may be its own or the prose's ("… d750 black and white"), so the
item is given not at all rather than cut short.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ipom_mail.pipeline.fields.equipment_names import is_filter_kind, is_support
from ipom_mail.pipeline.fields.equipment_tokens import Tok
from ipom_mail.pipeline.fields.gazetteer import Gazetteer
from ipom_mail.pipeline.fields.labels import (
    connectors,
    designs,
    kind_words,
    kinds,
    mail_pattern,
    whole_words,
)
from ipom_mail.pipeline.fields.towns import common_words
from ipom_mail.pipeline.fields.weekday_words import weekday_names
from ipom_mail.pipeline.fields.words import month_names

__all__ = [
    "cut_after_code",
    "known_other",
    "model_edition",
    "model_number",
    "numbered_at",
    "titled",
]

# Day words that start the words after a name ("… Canon 6D Yesterday the sky …")
_DAY_SECTIONS = ("yesterday", "tonight", "last_night", "this_morning", "this_evening")
# Kinds and other words of an instrument's line that are no model's word ("… D750 Stativ")
_KIND_SECTIONS = (
    "after_code", "design_kinds", "lens_kinds", "described_kinds", "after_name",
    "modifications", "settings", "software", "filter_kinds",
)  # fmt: skip


def _after_code(toks: Sequence[Tok], j: int, s: str) -> bool:
    """Whether token j stands right after a word with digits, on its line, in its clause."""
    if j == 0 or j >= len(toks) or toks[j - 1].closes:
        return False
    before = toks[j - 1]
    return any(c.isdigit() for c in before.text) and "\n" not in s[before.end : toks[j].start]


def titled(word: str) -> bool:
    """A word of letters written with a capital, then lower case ("Black", "Go", "Pro+")."""
    bare = word.rstrip("+").replace("-", "").replace("'", "")
    return len(bare) >= 2 and bare.isalpha() and bare[0].isupper() and bare[1:].islower()


def model_edition(s: str, toks: Sequence[Tok], j: int, g: Gazetteer) -> bool:
    """Whether token j is a model's edition word after its code (see above); a second one may
    follow the first ("GoPro Hero 12 Black Edition")."""
    word = toks[j].text if j < len(toks) else ""
    if not titled(word) or word.lower().rstrip("+") not in g.editions:
        return False
    if _after_code(toks, j, s):
        return True
    prev = toks[j - 1].text.lower() if j > 0 else ""
    return prev in g.editions and not toks[j - 1].closes and _after_code(toks, j - 1, s)


_NUMBER = re.compile(r"\d{1,3}|[IVX]{1,4}")  # "1", "2", "III"


def numbered_at(toks: Sequence[Tok], j: int) -> bool:
    """Whether token j is a model's number word with its number after it ("No. 1", "Gen 2")."""
    if j + 1 >= len(toks) or toks[j].text.lower() not in kind_words("model_numbers"):
        return False
    return _NUMBER.fullmatch(toks[j + 1].text) is not None


def model_number(s: str, toks: Sequence[Tok], j: int) -> int:
    """Past a model's number written after its name at token j ("Rollei Compact Traveler No.
    1", "Sony A7 Gen 2", "Meopta č. 1"; data/labels.toml [model_numbers]), or j: the number
    word has a capital or its full stop, follows a word of the name in its clause, on its
    line, and the number is on the same line."""
    if j == 0 or not numbered_at(toks, j) or toks[j - 1].closes:
        return j
    word, num = toks[j], toks[j + 1]
    dotted = s[word.end : word.end + 1] == "."
    if not (word.text[:1].isupper() or dotted or not word.text.isalpha()):
        return j  # "no 2": a lower-case word, no abbreviation
    if word.closes and not dotted:
        return j  # "No, 2 …": a comma ends the name
    if "\n" in s[toks[j - 1].end : num.start]:
        return j
    return j + 2


@cache
def _kind_words() -> frozenset[str]:
    """Lower-case words of an instrument's line that are no model's own word."""
    words = set(kinds()) | set(designs()) | set(connectors())
    for section in _KIND_SECTIONS:
        words |= kind_words(section)
    return frozenset(words)


def _compound(low: str) -> bool:
    """Whether a word ends in a known noun of five letters or more, with three letters or more
    before it, as languages that write nouns together do ("serienaufnahmen", "vollformat")."""
    return any(low.endswith(w) and len(low) - len(w) >= 3 for w in _kind_words() if len(w) >= 5)


def known_other(s: str, toks: Sequence[Tok], j: int, g: Gazetteer) -> bool:
    """Whether token j is a word known to be no part of the model's name before it."""
    word = toks[j].text
    low = word.lower()
    if word in g.stop_tokens or word in common_words() or low in _kind_words():
        return True
    if _compound(low):
        return True
    if low in month_names()[0] or low in weekday_names() or is_support(low):
        return True
    if is_filter_kind(low) or s[toks[j].end : toks[j].end + 1] == ":":  # a label
        return True
    at = toks[j].start
    if mail_pattern("sign_off").match(s, at) or mail_pattern("greeting").match(s, at):
        return True
    return any(whole_words(section).match(s, at) for section in _DAY_SECTIONS)


def _lower_edition(toks: Sequence[Tok], j: int, g: Gazetteer) -> bool:
    """Whether token j is an edition word in lower case after a code written in lower case
    ("etx-90 observer", "hero 12 black"): no case tells whether it is the name's."""
    word, code = toks[j].text, toks[j - 1].text
    lower_code = (code == code.lower() and any(c.isalpha() for c in code)) or code.isdigit()
    return word.isalpha() and word.islower() and word in g.editions and lower_code


def cut_after_code(s: str, toks: Sequence[Tok], j: int, g: Gazetteer, starts: bool) -> bool:
    """Whether an item ending before token j would be cut short before a word of its name:
    j is a capitalised word right after the model's code that does not start the next item
    (`starts`), is no edition and is not known to be something else (see above)."""
    if starts or not _after_code(toks, j, s):
        return False
    if _lower_edition(toks, j, g):
        return True
    if not titled(toks[j].text):
        return False
    return not model_edition(s, toks, j, g) and not known_other(s, toks, j, g)

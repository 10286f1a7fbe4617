"""Whether a word goes on with the instrument's name before it: a model's word or code, a size.

Read by equipment_scan.py, which finds where an item starts; a word no rule here takes (a
date, a connecting word, a number of things, a setting) ends the item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ipom_mail.pipeline.fields.equipment_focal import (
    F_NUMBER,
    FOCAL_END,
    names_its_ratio,
    size_apart,
)
from ipom_mail.pipeline.fields.equipment_makers import maker_at
from ipom_mail.pipeline.fields.equipment_names import is_filter_kind, is_support
from ipom_mail.pipeline.fields.equipment_short_end import numbered_at
from ipom_mail.pipeline.fields.equipment_tokens import Tok, phrase_at
from ipom_mail.pipeline.fields.gazetteer import Gazetteer
from ipom_mail.pipeline.fields.labels import connectors, kind_words, kinds

__all__ = ["DATE_OR_TIME", "continues_name", "group_end", "model_like"]

DATE_OR_TIME = re.compile(
    r"\d{1,4}([./-])\d{1,2}\1\d{2,4}|\b\d{1,2}[:h]\d{2}\b|^(?:19|20)\d\d\.?$|°|%|^[-+−]\d"
)


def model_like(t: str, g: Gazetteer) -> bool:
    """A token that is clearly a model name: digits, short capitals, CamelCase."""
    if not t or t in g.stop_tokens or DATE_OR_TIME.search(t):
        return False
    if any(c.isdigit() for c in t):
        return True
    letters = t.replace("-", "")
    if letters.isalpha() and letters.isupper() and len(letters) <= 6:
        return True
    return letters.isalpha() and any(c.isupper() for c in letters[1:])


_CJK_ONLY = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_DESIGN_KIND = re.compile(r"[A-Z][a-z]+-[^\W\d_A-Z]{3,}")
# A lens series written in lower case after its maker: "Tokina atx-i", "Tokina at-x"
_LOWER_SERIES = re.compile(r"[a-z]{1,4}-[a-z]{1,4}")


def continues_name(toks: Sequence[Tok], j: int, g: Gazetteer, alone: bool) -> bool:
    """Whether token j continues the current item. An f-number does only right after a focal
    length ("24mm f/1.4"), a zoom's range ("Nikkor Z 24-70 f/4 S") or a size in inches
    (names_its_ratio); after a telescope ("C8 f/10 2032mm") it is a specification."""
    t = toks[j].text
    if not t or t in g.stop_tokens or DATE_OR_TIME.search(t) or t[0] in "(€$£":
        return False
    if size_apart(toks, j):
        return True  # "Meade 8 inch f/10": a size in inches, written apart from its number
    if is_support(t) or (t.startswith("-") and is_filter_kind(t[1:])):
        return True  # "Ulanzi tripod", "捷信三脚架", "Kase-nachtfilter": a maker's tripod, filter
    nxt = toks[j + 1].text if j + 1 < len(toks) and not toks[j].closes else ""
    if alone and t.lower() in g.model_words and model_like(nxt, g):
        return True  # "nikkor z 20mm": a mount's letter right after its maker, no "with"
    if alone and t.islower() and t in kind_words("end_prepositions"):
        return False  # "teleskop Zeiss di Observatorium Bosscha": "di" is "at", no "Di" lens
    if alone and _LOWER_SERIES.fullmatch(t) and FOCAL_END.search(nxt):
        return True  # "Tokina atx-i 11-16mm": the maker's lens series, then its focal length
    if t in connectors() or _CJK_ONLY.fullmatch(t):  # "X-T5 s objektivom", "VC200L に"
        return False
    if phrase_at(toks, j):  # "Sony FE 16-35mm f/4 di atas tripod": on top of
        return False
    if t.isdigit() and (nxt.lower() in kind_words("counted") or (alone and _counted(nxt, g))):
        return False  # "Olympus 2 hours", "Canon 80D 2 veces": a number of things, no model
    if alone and t.isalpha() and (t.islower() or _titled(t)) and is_support(nxt):
        return True  # "Benro carbon tripod", "Benro Rhino Stativ": its material or its line
    if t.endswith(")") and "(" not in t:  # "(iPhone 15 Pro Max)": its last word
        t = t[:-1]
    if F_NUMBER.match(t) and not names_its_ratio(toks[j - 1].text):
        return False
    if t.lower().rstrip("+") in g.model_words or model_like(t, g):  # "P30 Pro+"
        return True
    if _DESIGN_KIND.fullmatch(t) and model_like(toks[j - 1].text, g):
        return True  # "Sky-Watcher 150/750 Newton-távcső": a design and its kind, one word
    named = _named_to_end(toks, j) or model_like(nxt, g) or nxt.lower() in g.model_words
    run = alone or (j > 1 and _titled(toks[j - 1].text) and maker_at(toks, j - 2, g) > 0)
    return run and _titled(t) and named  # "Vanguard Alta Pro", "NiSi Natural Night"


def _counted(word: str, g: Gazetteer) -> bool:
    """Whether a lower-case word after a bare number says what it counts ("2 hours", "3 km",
    "5 minut"): no model's word, kind, joining word nor size ("8 inch", data/labels.toml
    [size_units])."""
    low = word.lower()
    if not word.isalpha() or not word.islower() or low in g.model_words or low in connectors():
        return False
    known = kinds() | kind_words("size_units") | kind_words("focal_units")
    return low not in known and not is_support(low) and not is_filter_kind(low)


def _titled(word: str) -> bool:
    """Whether a word is written with a capital, then lower case ("Alta", "Natural")."""
    return word[:1].isupper() and word[1:].islower()


def _named_to_end(toks: Sequence[Tok], j: int) -> bool:
    """Whether capitalised words from j run to the end of the clause, as a product's name
    after its maker does ("NiSi Natural Night.", "Hoya Starscape"): at most three; or to the
    model they name, a code of letters and digits ("Velbon Geo Carmagne N635")."""
    for k in range(j, min(j + 3, len(toks))):
        if (
            k > j
            and not toks[k - 1].closes
            and (_CODE.fullmatch(toks[k].text) or numbered_at(toks, k))
        ):
            return True  # "… Compact Traveler č. 1": its number ends the name
        if k > j and not _titled(toks[k].text):
            return False
        if toks[k].closes or k + 1 == len(toks):
            return True
    return False


# A model's code: capitals, then digits ("N635", "GT3543LS", "T-025X")
_CODE = re.compile(r"[A-Z]{1,4}-?\d{2,5}[A-Za-z]{0,3}")


def group_end(toks: Sequence[Tok], j: int, g: Gazetteer) -> int:
    """A parenthesised group of model tokens at j: index past its end, or j when none."""
    if not toks[j].text.startswith("("):
        return j
    for k in range(j, min(j + 5, len(toks))):
        if toks[k].text.endswith(")"):
            inner = [toks[x].text.strip("()") for x in range(j, k + 1)]
            ok = all(w.lower() in g.model_words or model_like(w, g) for w in inner if w)
            return k + 1 if ok else j
        if toks[k].closes:
            return j
    return j

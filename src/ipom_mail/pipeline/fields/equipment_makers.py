"""Where a maker's name starts among the words of an equipment text: split from equipment.py.

Makers are looked up by their first word (data/gazetteer.toml); a maker that is also a common
word ("pixel", "star") starts an item only with a capital, or, for a phone, with its model
after it ("pixel 8 pro": phone mail is written in lower case). A maker written in a case before
its model ("Celestronom C8", data/labels.toml [maker_endings]) starts one in its base form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ipom_mail.pipeline.fields.equipment_tokens import (
    UNSPACED,
    Tok,
    case_ending,
    pattern_at,
    tokens,
)
from ipom_mail.pipeline.fields.gazetteer import Gazetteer, gazetteer
from ipom_mail.pipeline.fields.labels import (
    connectors,
    kind_words,
    kinds,
    kinds_in_cases,
    label_words_raw,
)


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
            lower_model = lower_phone or _lower_model(toks, i + n, g)  # "fuji x-t4"
            if name in g.needs_model and not toks[i].text[:1].isupper() and not lower_model:
                continue
            return n
    return 1 if inflected_maker(toks, i, g) or _maker_series(toks[i].text, g) else 0


# A lens series in capitals joined to its maker by a hyphen: "Pentax-FA", "Pentax-DA", "Pentax-D"
_HYPHENED_SERIES = re.compile(r"([^\W\d_]{3,})-[A-Z]{1,3}")


def _maker_series(word: str, g: Gazetteer) -> bool:
    """Whether a word is a maker's name and its lens series in capitals, joined by a hyphen
    ("smc Pentax-FA 31mm F1.8 Limited", "HD Pentax-DA 21mm"): it starts the lens's name."""
    m = _HYPHENED_SERIES.fullmatch(word)
    return m is not None and (m.group(1).lower(),) in g.makers


@cache
def _inflected() -> dict[str, int]:
    """Each one-word maker with each case ending of data/labels.toml [maker_endings] written
    onto it ("celestronom"), and the length of the maker's name: one look-up per word."""
    forms: dict[str, int] = {}
    for maker in gazetteer().makers:
        if len(maker) == 1 and len(maker[0]) >= 4 and maker[0] not in gazetteer().needs_model:
            for ending in kind_words("maker_endings"):
                forms.setdefault(maker[0] + ending, len(maker[0]))
    return forms


def _model_like(word: str) -> bool:
    """Whether a word reads as a model after its maker: "C8", "EOS", "D750", "Z6", or a line's
    name written in CamelCase ("NexStar", "AstroSolar")."""
    camel = word.isalpha() and word[:1].isupper() and any(c.isupper() for c in word[1:])
    return any(c.isdigit() for c in word) or (word.isupper() and len(word) <= 6) or camel


def _possessive(word: str) -> int:
    """The length of a maker's name written as its owner ("Celestron's NexStar 6SE"): the name
    before "'s", which is no part of it; 0 for any other word."""
    return len(word) - 2 if word[-2:] in ("'s", "’s") and len(word) > 3 else 0


def inflected_maker(toks: Sequence[Tok], i: int, g: Gazetteer) -> str:
    """The maker a word names in a case, before its model ("Celestronom C8", "Никоном D750",
    "Nikonnal D750"): the maker as written, without its ending; "" when the word is none."""
    word = toks[i].text
    n = _inflected().get(word.lower(), 0) or _possessive(word)
    if not n or toks[i].closes or i + 1 >= len(toks) or not _model_like(toks[i + 1].text):
        return ""
    return word[:n] if (word[:n].lower(),) in g.makers else ""


_PHONE_MODEL = re.compile(r"[a-z]{0,2}\d{1,3}[a-z]{0,2}\)?", re.I)


def _phone_model(toks: Sequence[Tok], j: int, g: Gazetteer) -> bool:
    """Whether a phone's model follows its maker written in lower case, as phone mail does:
    "pixel 8 pro", "(pixel 6)", "pixel 7a on a tripod" ("hot pixel 5 times" names no phone)."""
    if j >= len(toks) or toks[j - 1].closes or not _PHONE_MODEL.fullmatch(toks[j].text):
        return False
    ends = toks[j].closes or toks[j].text.endswith(")") or j + 1 == len(toks)
    return ends or toks[j + 1].text.lower() in g.model_words or toks[j + 1].text in connectors()


# A camera's or telescope's model as phone mail writes it: letters, then digits, in one word
# ("x-t4", "x100v", "xt8", "gfx100s")
_LOWER_MODEL = re.compile(r"[a-z]{1,3}-?[a-z]?\d{1,4}[a-z]{0,3}\)?")
# what such a word may be instead: a sky object's catalogue name ("m42"), a setting ("f2", "iso800")
_NOT_A_MODEL = re.compile(rf"(?:{label_words_raw('sky_designations')}|f|iso)\d*\)?", re.I)


def _lower_model(toks: Sequence[Tok], j: int, g: Gazetteer) -> bool:
    """Whether a model follows a maker written in lower case that also is a common word
    ("fuji x-t4 with the xf 16mm", "orion xt8"): a phone mail's camera or telescope; "fuji
    at dusk", "orion m42" and "fuji f2" name none."""
    if j >= len(toks) or toks[j - 1].closes:
        return False
    word = toks[j].text
    if not _LOWER_MODEL.fullmatch(word) or _NOT_A_MODEL.fullmatch(word):
        return False
    ends = toks[j].closes or word.endswith(")") or j + 1 == len(toks)
    return ends or toks[j + 1].text.lower() in g.model_words or toks[j + 1].text in connectors()


def maker_in_base(item: str, toks: Sequence[Tok], i: int, g: Gazetteer) -> str:
    """An item whose maker (token i) is written in a case, with the maker in its base form:
    "Celestronom C8" is the Celestron C8."""
    word = toks[i].text
    base = inflected_maker(toks, i, g) if (word.lower(),) not in g.makers else ""
    return base + item[len(word) :] if base and item.startswith(word) else item


def glued_names(piece: str, g: Gazetteer) -> bool:
    """Whether a piece holds two names joined by ordinary lower-case words, a maker's name
    after them ("Celestron C8 στη στήριξη Sky-Watcher EQ5": on the mount): such words are
    no part of a name, so the piece is read word by word."""
    toks = tokens(piece)
    named = False
    if toks and re.match(r"\d*[.,]?\d*x?\s*barlow", piece, re.I):
        return False  # "Barlow 2x de Baader", "2x Barlowlins från Baader": a kind, its maker
    # a kind in a case glues two names as well: "Celestron C8 teleskobunda Sony A7 III"
    known = g.model_words | kind_words("kind_joins") | (kinds() - kinds_in_cases())
    later = [x for x in range(len(toks)) if maker_at(toks, x, g)]  # where makers start
    for k, t in enumerate(toks):
        plain = t.text.isalpha() and t.text.islower() and t.text not in known
        if named and plain and later and later[-1] > k:
            return True
        named = named or any(c.isdigit() or c.isupper() for c in t.text)
    return False


def read_word_by_word(piece: str, g: Gazetteer) -> bool:
    """Whether a labelled piece is no name as it stands, so is read word by word: no letter
    nor digit, a case ending in it ("EQ5:n päällä"), two names glued by lower-case words, or
    words of a script written without spaces, which no separator cuts ("กล้อง Canon EOS RP
    บนขาตั้งกล้อง Benro": a camera on a tripod)."""
    if not any(c.isalnum() for c in piece) or any(case_ending(w) >= 0 for w in piece.split()):
        return True
    if UNSPACED.search(piece):
        return True
    return glued_names(piece, g) or _two_models(piece, g)


def own_line_after_code(s: str, toks: Sequence[Tok], j: int, g: Gazetteer) -> int:
    """How many words at j name a mount's or camera's product line right after another
    instrument's model code, maybe with its kind in lower case between (data/gazetteer.toml
    [own_lines]: "Skymax 127 Star Adventurer GTi", "Evostar 100ED refraktor EQ5"): a second
    instrument, never a part of the first; 0 when none. A kit's code names both ("BK 1206
    EQ5", data/gazetteer.toml [own_lines] `kits`)."""
    k = j - 1
    if k > 0 and toks[k].text.islower() and toks[k].text in kinds() and not toks[k].closes:
        k -= 1  # "100ED refraktor EQ5": the first one's kind between
    if k < 1 or toks[k].closes or not any(c.isdigit() for c in toks[k].text):
        return 0
    if toks[k].text.lower().startswith(tuple(g.kits)) or toks[k - 1].text.lower() in g.kits:
        return 0  # "Sky-Watcher BK 1206 EQ5": a telescope sold on its mount, one name
    return pattern_at(s, toks, j, g.own_lines)


def _two_models(piece: str, g: Gazetteer) -> bool:
    """Whether a piece names two makers' models with nothing between ("Nikon D750 Samyang
    14mm", "ZWO ASI462MC Celestron C8"): a maker right after a code with digits and before
    one starts a second name, never a part of the first; so does a mount's or camera's line
    after a code ("Skymax 127 Star Adventurer GTi")."""
    toks = tokens(piece)
    if any(own_line_after_code(piece, toks, k, g) for k in range(2, len(toks))):
        return True
    for k in range(1, len(toks) - 1):
        n = maker_at(toks, k, g)
        after = toks[k + n].text if n and k + n < len(toks) else ""
        coded = any(c.isdigit() for c in toks[k - 1].text) and not toks[k - 1].closes
        if n and coded and any(c.isdigit() for c in after):
            return True
    return False

"""Lenses named by their focal length alone: split from equipment_scan.py.

A zoom's range ("18-55mm", "+ 15-35 on a tripod", "the 16-50 kit lens"), a prime's focal
length right after its kind ("lente 50mm f/1.8", data/labels.toml [lens_kinds]), and an
accessory named by the ratio it gives ("the f/6.3 reducer", "redutor Celestron f/6.3") name
an instrument; a focal length or an f-number elsewhere is a setting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ipom_mail.pipeline.fields.equipment_tokens import Tok, pattern_at
from ipom_mail.pipeline.fields.gazetteer import Gazetteer, gazetteer
from ipom_mail.pipeline.fields.labels import alternation, connectors, kind_bases, kind_words

__all__ = [
    "FOCAL_END",
    "F_NUMBER",
    "RATIO",
    "ZOOM",
    "bare_zoom",
    "names_its_ratio",
    "prime_after_kind",
    "ratio_accessory",
    "ratio_kind_items",
    "size_apart",
    "with_ratio_kinds",
    "zoom_range",
]

F_NUMBER = re.compile(r"^[fF]/?\d")
RATIO = re.compile(r"[fF]/\d{1,2}(?:[.,]\d)?")  # "f/6.3": a reducer's ratio, or a setting

# A zoom lens's focal range, which names no setting: "18-55mm", "100-400 mm"
ZOOM = re.compile(r"\d{1,3}-\d{2,4}\s?(?:mm|мм)(?=$|[\s,.;:!?)])", re.I)


_BARE_RANGE = re.compile(r"(\d{1,3})-(\d{2,4})")


def bare_zoom(toks: Sequence[Tok], i: int, done: int) -> int:
    """1 when token i is a zoom lens named by its range alone, without its unit, joined to the
    item before it ("Canon R5 + 15-35 on a tripod", "Nikon Z6 mit 24-70 auf Stativ") and
    ending its clause or followed by a joining word, or a kit lens by its range anywhere ("w/
    the 16-50 kit lens"); 0 otherwise ("+ 10-20 frames")."""
    m = _BARE_RANGE.fullmatch(toks[i].text)
    kit = m is not None and i + 2 < len(toks) and not toks[i].closes and not toks[i + 1].closes
    kit = kit and f"{toks[i + 1].text} {toks[i + 2].text}".lower() in ("kit lens", "kit zoom")
    if kit and m is not None and 7 <= int(m[1]) < int(m[2]) <= 1200:
        return 1
    if not m or i < 2 or done != i - 1 or toks[i - 2].closes or toks[i - 1].closes:
        return 0
    joins = connectors() | kind_words("support_leads", "on")  # "with", "mit", "on", "auf"
    if toks[i - 1].text != "+" and toks[i - 1].text.lower() not in joins:
        return 0  # the item before ended right before the joining word
    if not 7 <= int(m[1]) < int(m[2]) <= 1200:
        return 0
    nxt = "" if toks[i].closes or i + 1 == len(toks) else toks[i + 1].text.lower()
    return 1 if not nxt or nxt in joins else 0


def zoom_range(word: str) -> bool:
    """Whether a word is a zoom's focal range written without its unit ("24-70", "150-600")."""
    m = _BARE_RANGE.fullmatch(word)
    return m is not None and int(m.group(1)) < int(m.group(2))


_PRIME = re.compile(r"\d{1,4}\s?(?:mm|мм)(?=$|[\s,.;:!?)])", re.I)


def prime_after_kind(s: str, toks: Sequence[Tok], i: int) -> int:
    """How many tokens a lens's focal length spans at i right after its kind, with no maker
    ("lente 50mm f/1.8", "obiettivo 35 mm"; data/labels.toml [lens_kinds]): 0 when none."""
    if i == 0 or toks[i - 1].closes or toks[i - 1].text.lower() not in kind_words("lens_kinds"):
        return 0
    n = pattern_at(s, toks, i, _PRIME)
    k = i + n  # past the focal length and its f-number: the clause ends, or a joining word
    while n and k < len(toks) and not toks[k - 1].closes and F_NUMBER.match(toks[k].text):
        k += 1
    if not n or k == len(toks) or toks[k - 1].closes:
        return n
    joins = connectors() | kind_words("support_leads", "on")  # "lente 50mm no tripé"
    return n if toks[k].text.lower() in joins else 0  # "objectif 14mm Samyang": its maker's


def ratio_accessory(piece: str, g: Gazetteer) -> bool:
    """Whether a piece is an accessory named by the ratio it gives ("f/6.3 reducer"), not a
    setting ("f/6.3")."""
    ratio, _, rest = piece.partition(" ")
    return RATIO.fullmatch(ratio) is not None and g.accessories.fullmatch(rest) is not None


@cache
def _ratio_kind() -> re.Pattern[str]:
    """An accessory's kind before its maker and, maybe, the ratio it gives, or before its
    factor and then its maker ("reductor 0,63x Celestron"), ending its clause or before a
    joining word ("redutor Celestron f/6.3", "reductor Celestron 0,63x e …")."""
    makers = frozenset(" ".join(m) for m in gazetteer().makers)
    joins = frozenset(connectors()) | kind_words("support_leads", "on") | kind_words("and_words")
    ratio = r"[fF]/\d{1,2}(?:[.,]\d{1,2})?|\d(?:[.,]\d{1,2})?\s?[x×]|[x×]\s?\d(?:[.,]\d{1,2})?"
    maker = alternation(makers)
    of = alternation(kind_words("kind_joins", "of"))  # "riduttore 0,63x di Celestron"
    factor_first = rf"\d(?:[.,]\d{{1,2}})?\s?[x×]\s+(?:(?:{of})\s+)?(?:{maker})"
    return re.compile(
        rf"(?<![^\W\d_])(?P<kind>{alternation(kind_words('ratio_kinds'))})\s+"
        rf"(?P<named>(?:{maker})(?:\s+(?:{ratio}))?|{factor_first})"
        rf"(?=\s*(?:[,;+]|$)|\.(?:\s|$)|\s+(?:{alternation(joins)})(?!\S))",
        re.I,
    )


_MULTIPLIER = re.compile(r"(?:\d\s?[x×]|[x×]\s?\d(?:[.,]\d{1,2})?)$", re.I)


def ratio_kind_items(text: str) -> list[tuple[str, str, int]]:
    """The accessories of `text` named by their kind, maker and ratio ("redutor Celestron
    f/6.3", data/labels.toml [ratio_kinds]): each as the item, its kind in the base form
    ("reduktorem" → "reduktor"), the maker and ratio alone, as a reader without the kind
    would give them ("Celestron f/6.3" reads as a telescope at f/6.3), and where it starts.
    A multiplier names the accessory by itself ("reduktor Celestron 0.7x" is "Celestron 0.7x":
    no telescope is 0.7x), so the kind before it is no part of the name; a factor before the
    maker is the kind's ("reductor 0,63x Celestron"), which stays."""
    found = []
    for m in _ratio_kind().finditer(text):
        if _MULTIPLIER.search(m.group("named")):
            found.append((m.group("named"), m.group("named"), m.start("named")))
            continue
        kind = m.group("kind")
        base = kind_bases().get(kind.lower())
        found.append((f"{base or kind} {m.group('named')}", m.group("named"), m.start()))
    return found


def with_ratio_kinds(line: str, items: Sequence[str]) -> list[str]:
    """A prose line's items with its accessories named by kind, maker and ratio: in place of
    the maker and ratio read alone, or among the others in the order of the line."""
    out = list(items)
    for item, bare, start in ratio_kind_items(line):
        same = [  # the item as a reader without the kind gave it, cut short or with the kind
            k
            for k, x in enumerate(out)
            if x == bare or item.startswith(f"{x} ") or (x != item and x.endswith(f" {bare}"))
        ]
        if same:
            out[same[0]] = item
            out = [x for k, x in enumerate(out) if k not in same[1:]]
        elif item not in out:
            after = [k for k, x in enumerate(out) if line.find(x, start) > start]
            out.insert(after[0] if after else len(out), item)
    return out


FOCAL_END = re.compile(rf"(?:^|\d)(?:{'|'.join(kind_words('focal_units'))})$", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_INCHES = re.compile(r"\d(?:[.,]\d+)?(?:\"|″|''|-?inch(?:es)?)$", re.I)


def names_its_ratio(before: str) -> bool:
    """Whether an f-number after `before` is part of the name: after a focal length ("24mm
    f/1.4"), a zoom's range ("Nikkor Z 24-70 f/4 S") or a telescope's size in inches, as in
    millimetres ("Sky-Watcher Quattro 10\" f/4", "10-inch f/5"); after a model ("C8 f/10
    2032mm") it is a specification."""
    low = before.lower()
    sized = _INCHES.search(before) is not None or low in kind_words("size_units")
    return sized or FOCAL_END.search(before) is not None or zoom_range(before)


def size_apart(toks: Sequence[Tok], j: int) -> bool:
    """Whether token j is a size's unit written apart from its number ("Meade 8 inch f/10",
    "8 pulgadas"), so part of the name; "in" only before an f-ratio, as it is a word too
    ("Celestron 8 in the garden")."""
    t = toks[j].text
    if j == 0 or t.lower() not in kind_words("size_units") or toks[j - 1].closes:
        return False
    if not _NUMBER.fullmatch(toks[j - 1].text):
        return False
    return len(t) > 2 or (j + 1 < len(toks) and F_NUMBER.match(toks[j + 1].text) is not None)

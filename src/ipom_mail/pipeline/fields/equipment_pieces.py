"""The pieces of a labelled equipment value: split from equipment.py.

A value is cut at separators, connecting words and verbs ("acoplada a", data/labels.toml)
and CJK words between names; each piece loses its lead-in ("I used a", "монтуванні") and
its settings in brackets, and keeps a maker written in CJK ("タカハシ FSQ-106ED").
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.equipment_names import (
    cjk_support_names,
    is_filter_kind,
    is_support,
    local_line,
)
from ipom_mail.pipeline.fields.gazetteer import Gazetteer
from ipom_mail.pipeline.fields.labels import alternation, kind_words, label_words

# A plus between names: written apart ("Canon R6 + Samyang 14mm") or glued between two names
# ("R6+Samyang", "6D&Samyang"); glued onto a model's end it is the model's ("Galaxy S23+",
# "P30 Pro+"), and between short capitals it is a maker's name ("B+W 010 UV-Haze", "K&F
# Concept", "H&Y"); an ampersand apart is read with the joining words below
_PLUS = r"\s+\+\s*|(?<!\b[A-Z])(?<!\b[A-Z]{2})[+&](?=[^\s,;.])|[+&](?![A-Z]{1,2}\b)(?=[^\s,;.])"
_SEPARATORS = re.compile(
    r"\s*(?:;|,(?!\d)|(?<!\d),)(?![^()]*\))\s*|"
    + _PLUS
    + r"|\s+(?:&|/|(?i:with|and|on|mit|und|auf|avec|et|sur|con|su|"
    r"com|met|en|op|és|na|sobre|über)|y|e|z|s|a|i|"
    + label_words("participles")
    + "|"
    + label_words("connectors")
    + r")\s+(?![^()]*\))"
    # a participle ends a name too: "com a câmara ZWO ASI224MC acoplada, barlow …"
    + r"|\s+(?:"
    + label_words("participles")
    + r")(?=\s*[,;]|\s*$)"
)
_SETTINGS_IN_BRACKETS = (
    r"\s*\((?:[^)]*\b(?:ISO|gain|s|sec|ms|fps|exp\w*)\b[^)]*"
    r"|[\u3040-\u9fff\uac00-\ud7af]+)\)\s*$"  # or a note in CJK words: "(手持ち)"
)
_AT_RATE = re.compile(r"\s+(?:at|@)\s+\d[\d.,]*\s*(?:fps|ms|s|sec|µs)\b.*$", re.I)  # "at 160 fps"
_LEAD = re.compile(
    r"^(?:(?:i\s+)?(?:used|using|use|shot with|taken with|captured with|with|a|an|the|my|our|"
    r"ein|eine|einer|einem|mein|meine|meinem|un|une|mon|ma|mi|il|la|lo|o|um|uma|meu|"
    r"minha|een|mijn|egy|az|a)\s+)+",
    re.IGNORECASE,
)


# Words in a script without spaces (CJK) around a name: "Celestron C8 望远镜", "架在 Sky-Watcher",
# a design's words joined by a hyphen or a dot among them ("施密特-卡塞格林望远镜")
_CJK_WORD = r"[\u3040-\u9fff\uac00-\ud7af](?:[\u3040-\u9fff\uac00-\ud7af]|[-・·](?=[\u3040-\u9fff\uac00-\ud7af]))*"
_CJK_WORDS = re.compile(rf"^(?:{_CJK_WORD}\s+)+|(?:\s+{_CJK_WORD})+$")
_CJK_LEAD = re.compile(rf"^(?:{_CJK_WORD}\s+)+")


# Lower-case words in any script before a name: the kind or a case-inflected connecting
# word ("objectif Samyang", "монтуванні AZ-GTi", "sull'inseguitore Move Shoot Move"), maybe
# announcing it with a colon ("hanem fotóobjektívvel: Canon EOS 250D": but with a photo lens).
_LOWER_LEAD = re.compile(r"^(?:[^\W\d_]+(?:['’][^\W\d_]+)?[:：]?\s+){1,2}?(?=[A-Z0-9])")


@cache
def _oblique_kind() -> re.Pattern[str]:
    """A kind in a case other than the nominative before a name in Cyrillic capitals ("линзой
    Барлоу 2x": with a Barlow lens; data/labels.toml [kind_oblique]): no part of the name."""
    words = alternation(kind_words("kind_oblique"))
    return re.compile(rf"^(?:{words})\s+(?=[А-ЯЁЎІЇЄҐЈЉЊЋЏЂ])", re.IGNORECASE)


def _without_cjk_words(piece: str, g: Gazetteer) -> str:
    """A piece without CJK words around its name, keeping a maker written in CJK
    ("タカハシ FSQ-106ED" is Takahashi's)."""
    tripod = cjk_support_names().search(piece)
    if tripod:
        return tripod.group(0)  # "固定在捷信三脚架上": on a Gitzo tripod
    acc = _cjk_accessory_end(piece, g)
    if acc:  # "搭配 2 倍巴洛镜" (with a 2x Barlow lens), "Sony 2倍增距鏡"
        return _CJK_LEAD.sub("", piece[: acc.start()]) + acc.group(0)
    piece = _from_cjk_maker(piece, g)
    first = piece.split(maxsplit=1)
    if len(first) == 2 and (first[0].lower(),) in g.makers:
        words = first[1].split()
        line = " ".join(words[: local_line(words)])  # "ベルボン ジオ・カルマーニュ N635"
        if line:
            return f"{first[0]} {line} {_CJK_WORDS.sub('', first[1][len(line) :])}"
        kind = words[0]
        if is_support(kind) and not _CJK_WORDS.sub("", first[1][len(kind) :]):
            return f"{first[0]} {kind}"  # "맨프로토 삼각대 사용": a Manfrotto tripod, used
        return f"{first[0]} {_CJK_WORDS.sub('', first[1])}"
    return _CJK_WORDS.sub("", piece)


def _from_cjk_maker(piece: str, g: Gazetteer) -> str:
    """A piece from the maker written in CJK that its leading CJK words lead to: "搭配 适马
    18-35mm 镜头" (with a Sigma 18-35mm lens) is Sigma's; the piece as it is when none does."""
    for word in re.finditer(r"\S+", piece):
        if (word.group(0).lower(),) in g.makers:
            return piece[word.start() :]
        if not re.fullmatch(_CJK_WORD, word.group(0)):
            break
    return piece


def _cjk_accessory_end(piece: str, g: Gazetteer) -> re.Match[str] | None:
    """An accessory written in a CJK script that ends the piece ("2배 바로우렌즈"), if one does:
    the kind is the instrument's name, so it is kept."""
    if not g.cjk_accessories:
        return None
    for m in g.accessories.finditer(piece):
        if m.end() == len(piece) and any(w in m.group(0) for w in g.cjk_accessories):
            return m
    return None


def _names_a_maker(words: str, g: Gazetteer) -> bool:
    """Whether lower-case words hold a maker's or a model's name ("iphone", "nikon")."""
    return any((w,) in g.makers or g.models.fullmatch(w) for w in words.split())


def _filter_type(rest: str, g: Gazetteer) -> bool:
    """Whether words only say what a filter passes ("IR-cut", "UV/IR", "Ha"): no maker's name."""
    words = rest.replace("/", " ").split()
    return bool(words) and all(w.lower() in g.model_words for w in words)


def without_lead(raw: str) -> str:
    """A piece without its lead-in words ("I used a", "un", "ein"): where its name or kind starts."""
    return _LEAD.sub("", raw.strip()).strip()


_OWNERS_S = re.compile(r"^(\S+)['’]s(?=\s+\S)")


def _owners_s(piece: str, g: Gazetteer) -> str:
    """A piece without the "'s" of a maker written as its owner ("Celestron's NexStar 6SE" is
    the Celestron NexStar 6SE): it is no part of the name."""
    m = _OWNERS_S.match(piece)
    return m.group(1) + piece[m.end() :] if m and (m.group(1).lower(),) in g.makers else piece


def tidy_piece(raw: str, g: Gazetteer) -> str:
    """One labelled piece, tidied: no lead-in ('I used a', 'objectif'), no settings in brackets."""
    piece = _without_cjk_words(raw.strip(" \t-–—*•·:./|"), g)
    piece = _owners_s(_LEAD.sub("", piece).strip(), g)
    if piece.endswith(")") and "(" not in piece:
        piece = piece[:-1].rstrip()
    piece = _AT_RATE.sub("", re.sub(_SETTINGS_IN_BRACKETS, "", piece))
    if g.models.fullmatch(piece) or g.accessories.fullmatch(piece):
        return piece  # "lente de 75-300mm", "prisma de Herschel": the kind is the name
    lead = _oblique_kind().match(piece) or _LOWER_LEAD.match(piece)
    if lead and (not lead.group(0).islower() or _names_a_maker(lead.group(0), g)):
        lead = None  # "iphone 15 pro", "nikon d5300": phone mail writes makers in lower case
    rest = piece[lead.end() :] if lead else piece
    if tuple(rest.lower().split()) in g.makers:
        return piece  # "црвени филтер Baader": a maker alone names its kind's maker
    if lead and any(map(is_filter_kind, lead.group(0).split())) and _filter_type(rest, g):
        return piece  # "filtro IR-cut": a filter named by what it passes, with its kind
    if lead and rest.lower() in kind_words("filter_kinds"):
        return ""  # "rotes Filter": a filter's kind without the words that say which, none
    if lead and any(map(is_support, lead.group(0).split())) and rest.istitle() and " " not in rest:
        return piece  # "trepied Hama": a tripod by a maker the gazetteer does not know
    return piece if re.match(r"^[\d.,/]+\s*x?$", rest, re.I) else rest  # "gain 300": keep


# A CJK word between two names joins them ("Sky-Watcher 200P 牛反搭配 EQ6-R"): a separator.
# CJK words before a maker in katakana ("VC200L 鏡筒をタカハシ EM-200") join two names too.
_CJK_BETWEEN = re.compile(
    r"(?<=[A-Za-z0-9])\s+[\u3040-\u309f\u3400-\u9fff]+\s*(?=[\u30a0-\u30ff]+\s+[A-Za-z0-9])"
    r"|(?<=[A-Za-z0-9])\s+[\u3040-\u9fff\uac00-\ud7af]+\s+(?=[A-Za-z0-9])"
)


# A connecting phrase a piece starts with after a separator (", di atas tripod Takara": on top
# of, ", along with a Baader filter"), case-sensitive as in the middle of a value; of one word
# only the lead-ins go (", no tripod" is Portuguese "on the" and English "none")
_PHRASES = "|".join(w for w in label_words("connectors").split("|") if "\\ " in w)
# ... and one word of a script with no capitals, which no name starts with (", और Simpex 3500":
# and, in Hindi)
_UNCASED = "|".join(
    w
    for w in label_words("connectors").split("|")
    if not any(c.isupper() or c.islower() for c in w)
)
_LEADING_CONNECTOR = re.compile(rf"^\s*(?:{_PHRASES}|{_UNCASED})\s+(?=\w)")


def pieces(value: str) -> list[str]:
    """A labelled value cut at separators, connecting words and CJK words between names."""
    cut = [p for raw in _SEPARATORS.split(value) for p in _CJK_BETWEEN.split(raw)]
    return [_LEADING_CONNECTOR.sub("", p, count=1) for p in cut]

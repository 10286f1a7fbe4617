"""The words of an equipment text: split from equipment.py.

CJK punctuation is read as ASCII and a name written against CJK text is cut from it, as is an
accessory's CJK word from the words glued after it ("巴洛镜和"); a case ending written after a
name with a mark ("S24-gyel", "EQ5'e", "C8:lla") ends an item; a tripod's or filter's kind joined
to its maker ("Rollei-Stativ", "捷信三脚架", "Kase-nachtfilter") is a word of its own, so the maker starts an item and the kind
continues it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ipom_mail.pipeline.fields.equipment_names import (
    cjk_maker_starts,
    cjk_support_names,
    is_filter_kind,
    is_support,
)
from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.labels import connector_phrases, kind_words, kind_words_from

_PUNCT_END = ",.;:!?"


@dataclass(frozen=True, slots=True)
class Tok:
    """One word of a text: where it is, its text, and whether an item ends after it."""

    start: int
    end: int
    text: str  # without trailing sentence punctuation
    closes: bool  # ended with , . ; : ! ? (the item ends here)


# A case ending written after a name with a mark ends the item (data/labels.toml
# [case_endings]): "Galaxy S24-gyel", "EdgeHD-vel" (with), "EQ5'e" (to), "C8:lla" (with).
_HYPHEN_ENDINGS = "|".join(sorted(kind_words_from("case_endings", "hyphen"), key=len, reverse=True))
_SUFFIX = re.compile(
    rf"(?<=[\dA-Z])-(?:{_HYPHEN_ENDINGS})$|(?<=[a-z])-(?:{_HYPHEN_ENDINGS})(?<!-[nt])$"
    r"|(?<=[\dA-Za-z])['’](?!s$)[^\W\d_A-Z]{1,6}$|(?:(?<=[\dA-Z])|(?<=\dmm)):[^\W\d_A-Z]{1,6}$"
)


def case_ending(word: str) -> int:
    """Where a case ending written with a mark starts in a word that names an instrument
    ("ASI290MM-mel", "EQ5'e", "C8:lla"), or -1: a word without a digit or a capital is
    no name ("d'un", "l'un")."""
    if "-" not in word and ":" not in word and "'" not in word and "’" not in word:
        return -1  # no mark, no ending: most words
    m = _SUFFIX.search(word)
    if not m or not any(c.isdigit() or c.isupper() for c in word[: m.start()]):
        return -1
    return m.start()


# A name joined to its tripod kind by a hyphen or, in CJK, by nothing: "Rollei-Stativ", "捷信三脚架"
_JOINED_KIND = re.compile(r"(?<=[^\W\d_])(?:-(?=[^\W\d_]+$)|(?=[\u3040-\u9fff\uac00-\ud7af]+$))")


def _kind(word: str) -> bool:
    """Whether a word joined to a name is a tripod's or, after a hyphen, a filter's kind."""
    return is_support(word) or (word.isalpha() and is_filter_kind(word))


def _joined_kind(bare: str) -> re.Match[str] | None:
    """Where a tripod kind joined to a name starts in a word ("Rollei-Stativ"), if it does."""
    if "-" not in bare and bare.isascii():
        return None  # the common word: no hyphen, no CJK
    found = (j for j in _JOINED_KIND.finditer(bare) if j.start() and _kind(bare[j.end() :]))
    return next(found, None)


UNSPACED = re.compile(r"[\u0e00-\u0e7f]+")  # Thai, written without spaces between words
# An elided article or preposition written onto a name ("sull'EQ6-R", "l'AZ-GTi", "dell'ASI462MC"):
# a word of its own, so it ends the item before it and the name after it starts one
_ELIDED = r"(?-i:(?<!\S)[a-zà-ÿ]{1,5}['’](?=[A-Z\d]))"


@cache
def _words() -> re.Pattern[str]:
    """A word of an equipment text: a tripod's kind of more than one word is one ("حامل
    ثلاثي", "chân máy"), and one in a script without spaces starts a word of its own
    ("บนขาตั้งกล้อง": on, then a tripod), as does an elided article before a name."""
    supports = sorted(kind_words("supports"), key=len, reverse=True)
    spaced = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in supports if " " in w)
    glued = "|".join(re.escape(w) for w in supports if UNSPACED.fullmatch(w)) or "(?!)"
    return re.compile(
        rf"(?<!\S)(?:{spaced or '(?!)'})(?=[\s,.;:!?]|$)|{_ELIDED}|(?:{glued})|(?:(?!{glued})\S)+",
        re.I,
    )


def tokens(s: str) -> list[Tok]:
    """The words of `s` with where they are, a case ending cut and a joined tripod kind apart."""
    out = []
    for m in _words().finditer(s):
        raw = m.group(0)
        bare = raw.rstrip(_PUNCT_END)
        joined = _joined_kind(bare)
        if joined:  # "Rollei-Stativ": the maker, then its kind
            k, end = m.start() + joined.start(), m.start() + len(bare)
            out.append(Tok(m.start(), k, bare[: joined.start()], False))
            out.append(Tok(k, end, bare[joined.start() :], bare != raw))
            continue
        ending = case_ending(bare)
        if ending >= 0:
            bare = bare[:ending]
            raw = bare + "."  # ends the item
        if not bare:
            out.append(Tok(m.start(), m.start(), "", True))
            continue
        out.append(Tok(m.start(), m.start() + len(bare), bare, bare != raw))
    return out


# Full-width punctuation ends tokens as ASCII does: "カメラ：ZWO ASI462MC。"; so do the Arabic
# script's comma and semicolon ("Sky-Watcher AZ-GTi، دوربین …") and the Devanagari danda ("R6।")
_CJK_PUNCT = str.maketrans(
    {
        "،": ", ",
        "؛": "; ",
        "।": ". ",
        "：": ": ",
        "，": ", ",
        "。": ". ",
        "、": ", ",
        "；": "; ",
        "（": " (",
        "）": ") ",
        "＋": " + ",
        "／": " / ",  # "タカハシ FSQ-106ED／カメラ：ZWO ASI290MM": two items in one table cell
    }
)


# A name written against CJK text ("iPhone 15 Proです"): the name ends where the script changes,
# but not inside a magnification ("2倍バローレンズ", "Sony 2倍增距鏡": a 2x Barlow, a 2x extender)
# nor before a focal length's unit ("适马 14毫米": 14 mm)
_UNITS = "|".join(u for u in kind_words("focal_units") if not u.isascii())
_CJK_EDGE = re.compile(
    rf"(?<=[A-Za-z0-9])(?![倍×배]|{_UNITS})(?=[\u3040-\u9fff\uac00-\ud7af])"
    r"|(?<=[\u3040-\u9fff\uac00-\ud7af])(?=[A-Za-z0-9])"
)

# A magnified kind in katakana ends where Kanji words begin: "2倍バローレンズ併用" (used with)
_MAGNIFIED_KIND = re.compile(r"(\d倍[\u30a0-\u30ff]+)(?=[\u3400-\u9fff])")


@cache
def _cjk_accessory() -> re.Pattern[str]:
    """An accessory's word in a CJK script with the words after it glued on: "巴洛镜和"
    (a Barlow lens and), "바로우렌즈를" (a Barlow lens, as the object)."""
    words = sorted(gazetteer().cjk_accessories, key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:{alt})")


def _apart(m: re.Match[str]) -> str:
    """An accessory's CJK word, with a space when CJK words are glued after it."""
    glued = _CJK_AFTER.match(m.string, m.end()) is not None
    return m.group(0) + " " if glued else m.group(0)


_CJK_AFTER = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")


def _one_word(m: re.Match[str]) -> str:
    """A maker's CJK tripod as one word, its Latin name in brackets in it ("富图宝(Fotopro)三脚架")."""
    return " " + re.sub(r"\s*([()])\s*", r"\1", m.group(0)) + " "


@cache
def _local_line_end() -> re.Pattern[str]:
    """A known product line in katakana or Hangul written against the words after it
    ("ビーフリーです": the Befree, it is; data/gazetteer.toml [local_lines])."""
    known = "|".join(sorted(map(re.escape, gazetteer().local_lines), key=len, reverse=True))
    return re.compile(rf"(?<!\S)({known})(?=[\u3040-\u309f\u3400-\u9fff])")


def spaced_cjk(text: str) -> str:
    """`text` with its CJK punctuation as ASCII and spaces where a name meets CJK words, so
    names are words: "iPhone 15 Proです", "固定在捷信三脚架上" (on a Gitzo tripod)."""
    text = _MAGNIFIED_KIND.sub(r"\1 ", text.translate(_CJK_PUNCT))
    text = _cjk_accessory().sub(_apart, text)
    text = cjk_support_names().sub(_one_word, text)
    text = cjk_maker_starts().sub(" ", text)
    text = _local_line_end().sub(r"\1 ", text)
    return _CJK_EDGE.sub(" ", text)


def pattern_at(s: str, toks: Sequence[Tok], i: int, rx: re.Pattern[str]) -> int:
    """How many tokens a model/accessory pattern spans at token i (0 when none)."""
    m = rx.match(s, toks[i].start)
    if not m:
        return 0
    end = m.end()
    for j in range(i, len(toks)):
        if toks[j].end == end or (toks[j].start < end <= toks[j].end and j == i):
            return j - i + 1 if toks[j].end == end else 0
    return 0


def phrase_at(toks: Sequence[Tok], j: int) -> bool:
    """Whether connecting words of more than one word start at token j, in one clause."""
    for phrase in connector_phrases():
        words = toks[j : j + len(phrase)]
        whole = len(words) == len(phrase) and not any(t.closes for t in words[:-1])
        if whole and tuple(t.text for t in words) == phrase:
            return True
    return False

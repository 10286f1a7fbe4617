"""Equipment the mail says was not used ("2x barlow yok bu sefer", "ohne den Barlow", "sans
la barlow", "バローなし"): data/labels.toml [negated].

Only the item the words stand beside is none; a negation about something else ("no
clouds", "without a tracking mount I could not …") leaves the other items of the sentence.
A later clause may say it with a word for "it" ("I usually add my Powermate, but I left it
at home"): the item named last before it in its sentence is none ([negated] `back`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ipom_mail.pipeline.fields.equipment_labels import LABEL_WORDS
from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.labels import alternation, kind_words, kinds

__all__ = [
    "left_behind",
    "negated_after",
    "negated_before",
    "negated_piece",
    "only_negation",
    "whole_phrases",
]

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


@cache
def _split(key: str) -> tuple[str, str]:
    """One list of [negated] as two alternations: words matched whole, and CJK or Thai words
    matched anywhere (their scripts write no spaces between words)."""
    words = kind_words("negated", key)
    free = frozenset(w for w in words if _CJK.match(w))
    return alternation(words - free), alternation(free)


@cache
def _before(kind: bool) -> re.Pattern[str]:
    """The negation words and the filler words after them, ending where an item starts."""
    bounded, free = _split("before")
    if kind:
        bounded += "|" + alternation(kind_words("negated", "kind_only"))
    fill = alternation(
        kind_words("negated", "fill")
        | kind_words("support_leads", "little")
        | kind_words("supports")  # "without the tripod Zomei Z-669C", "sans le filtre Baader"
        | kind_words("filter_kinds")
    )
    words = rf"(?<![^\W\d_'’])(?:{bounded})\s+(?:(?:{fill})\s+){{0,2}}"
    return re.compile(rf"(?:{words}|(?:{free})\s*)$", re.I)


@cache
def _after() -> re.Pattern[str]:
    """The negation words right after an item, in its clause."""
    bounded, free = _split("after")
    return re.compile(rf"^\s*+(?:(?:{bounded})(?![^\W\d_])|(?:{free}))", re.I)


def negated_before(head: str, accessory: bool) -> bool:
    """Whether the words before an item (`head`, its clause up to the item) say it was not
    used: "without the", "ohne", "sans ma", "没用"; "no" only before an accessory's kind."""
    return _before(accessory).search(head) is not None


def negated_after(tail: str) -> bool:
    """Whether the words right after an item say it was not used: "yok", "nicht benutzt"; or
    its clause says a few words on that it stayed at home or was not taken (`stayed_after`)."""
    return _after().match(tail) is not None or stayed_after(tail)


@cache
def whole_phrases(section: str) -> re.Pattern[str]:
    """The phrases of one section of data/labels.toml ([negated_stayed], [other_occasion]),
    whole words (CJK and Thai anywhere)."""
    words = kind_words(section)
    free = frozenset(w for w in words if _CJK.match(w))
    bounded = alternation(words - free)
    anywhere = alternation(free) or "(?!)"  # a section with no CJK phrase matches no empty one
    return re.compile(rf"(?<![^\W\d_])(?:{bounded})(?![^\W\d_])|(?:{anywhere})", re.I)


def _stayed() -> re.Pattern[str]:
    """The phrases of [negated_stayed]: "stayed at home", "zu Hause geblieben", "没带"."""
    return whole_phrases("negated_stayed")


_CLAUSE_END = re.compile(r"[;.!?:()\[\]–—\n]|\s-\s|,\s*(?=\W*(?:and|und|et|e|y|i|a|och|og|ve)\s)")
_GAP_WORD = re.compile(r"[^\s,]+")


def stayed_after(tail: str) -> bool:
    """Whether the clause after an item says within six words that it stayed at home or was
    not taken ("C8 ist diesmal zu Hause geblieben", "9.25'i bu sefer evde, İstanbul'da
    bıraktım", "C8 망원경은 이번에 가져가지 않았습니다"): no instrument, maker or number
    between, which would be what the words are about; the item's own kind word may open it."""
    near = tail[:160]  # six words and a phrase: never the rest of a long line
    end = _CLAUSE_END.search(near)
    clause = near[: end.start()] if end else near
    clause = _occasion_anywhere().sub(" ", clause)  # "jäi tällä kertaa kotiin"
    m = _stayed().search(clause)
    if m is None:
        return False
    gap = clause[: m.start()]
    words = _GAP_WORD.findall(gap)
    if len(words) > 6 or any(c.isdigit() for c in gap) or gap.lstrip().startswith(","):
        return False
    if any(w.lower() in kind_words("clause_openers") for w in words):
        return False  # "Canon 6D while my family stayed at home": another subject
    own = 1 if words else 0  # its own kind may follow it: "C8 망원경은", "FSQ-106 du club"
    makers = {m[0] for m in gazetteer().makers}
    return not any(
        _instrument_word(w.strip("'’")) or w.lower().split("'")[0] in makers for w in words[own:]
    )


@cache
def _occasion() -> re.Pattern[str]:
    """Words for "this time", "today" opening a piece before its negation ([negated] `occasion`)."""
    words = alternation(kind_words("negated", "occasion"))
    return re.compile(rf"^\s*(?:(?:{words})(?![^\W\d_])[\s,]*)+", re.I)


@cache
def _occasion_anywhere() -> re.Pattern[str]:
    """Words for "this time", "today" anywhere in a clause, whole words; never one that also
    opens a clause (Hungarian "ma", today, is Italian "ma", but)."""
    words = alternation(kind_words("negated", "occasion") - kind_words("clause_openers"))
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.I)


def only_negation(piece: str) -> bool:
    """Whether a labelled piece is a negation and its filler alone ("ezúttal nem", "this time
    without the"): a joining word that is also an article cut its item into the next piece
    (Hungarian "nem a Skymax": "a" is "the" there, "and" in Czech), which it negates."""
    rest = _occasion().sub("", piece).strip()
    return bool(rest) and _before(False).fullmatch(rest + " ") is not None


def negated_piece(piece: str) -> bool:
    """Whether a labelled piece names an instrument not used: it opens with a negation word
    ("ohne Barlow", "no reducer", after "this time": "diesmal ohne Barlow"; Portuguese "no
    tripé" is on the tripod) or one follows its name ("Barlow 2x nicht benutzt", "2x barlow
    yok", "バローレンズなし")."""
    words = [w.lower() for w in _occasion().sub("", piece).split()]
    if len(words) > 1 and words[1] in kind_words("negated", "only"):
        return False  # "nicht nur die Canon EOS R6": not only, but also
    kind_only, on_the = kind_words("negated", "kind_only"), kind_words("support_leads", "on_the")
    if len(words) > 1 and words[0] in kind_only and words[1] in on_the:
        return False  # "no tripé": on the tripod
    heads = (" ".join(words[:k]) + " " for k in range(1, min(len(words), 4)))
    if any(_before(True).fullmatch(head) for head in heads):
        return True
    _, free = _split("after")
    ends = bool(free) and re.search(rf"(?:{free})\s*$", piece) is not None
    return ends or any(negated_after(" ".join(words[k:])) for k in range(1, len(words)))


@cache
def _back() -> re.Pattern[str]:
    """A phrase saying "I left it at home", "non l'ho usato", "yanıma almadım", whole words."""
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(kind_words('negated', 'back'))})(?!\w)", re.I)


_SENTENCE_END = re.compile(r"[.!?;:](?=\s)|\n[ \t]*\n")
_KIND = re.compile(rf"(?:{LABEL_WORDS})", re.I)


def _instrument_word(word: str) -> bool:
    """Whether a word names a kind of instrument ("tracker" aside): "the tripod", "obiettivo"."""
    low = word.lower()
    things = kinds() | kind_words("supports") | kind_words("filter_kinds")
    return low in things or _KIND.fullmatch(word) is not None


def _refers_back(gap: str) -> bool:
    """Whether the words between an item and a phrase saying "I left it at home" make "it" the
    item: a "but" word and at most eight words, none an instrument's kind."""
    for part in kind_words("negated", "parts"):  # "in the eyepiece case but left it off"
        gap = re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", " ", gap, flags=re.I)
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", gap)
    buts = kind_words("negated", "but")
    if len(words) > 8 or not any(w.lower() in buts for w in words):
        return False
    return not any(_instrument_word(w) for w in words)


def left_behind(text: str, items: Sequence[str]) -> set[str]:
    """The items a later clause of their sentence says stayed at home or were not used ("I
    usually put my Tele Vue Powermate in, but I left it at home"; [negated] `back`)."""
    dropped: set[str] = set()
    for m in _back().finditer(text):
        ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
        head = text[ends[-1] if ends else 0 : m.start()]
        found = [(head.rfind(item) + len(item), item) for item in items if item and item in head]
        if not found:
            continue
        end, item = max(found)
        if _refers_back(head[end:]):
            dropped.add(item)
    return dropped | _named_again(text, items)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _named_again(text: str, items: Sequence[str]) -> set[str]:
    """The items a later clause names again by their kind and says stayed at home ("svojim
    Sky-Watcher 200P teleskopom, ali sam teleskop i montažu EQ5 ostavio kod kuće": but I left
    the telescope and the mount at home): a `but` word, then at most eight words with the
    item's own kind among them, then a [negated_stayed] phrase. Another kind is another
    instrument ("Nikon D750 kamerom, ali sam teleskop ostavio kod kuće" keeps the camera)."""
    dropped: set[str] = set()
    buts = kind_words("negated", "but")
    for m in _stayed().finditer(text):
        ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
        head = text[ends[-1] if ends else 0 : m.start()]
        words = list(_WORD.finditer(head))
        turn = [w for w in words if w.group().lower() in buts]
        if not turn or len(words) - words.index(turn[-1]) > 9:
            continue
        gap = [w.group() for w in words[words.index(turn[-1]) + 1 :] if _instrument_word(w.group())]
        before = head[: turn[-1].start()]
        for item in items:
            at = before.rfind(item) if item else -1
            if at >= 0 and any(_same_kind(k, gap) for k in _beside(before, at, item)):
                dropped.add(item)
    return dropped


def _beside(text: str, at: int, item: str) -> list[str]:
    """The words right before and right after an item, where its kind is written."""
    before = text[:at].split()[-1:]
    after = text[at + len(item) :].split()[:1]
    own = item.split()[-1:]  # "Sky-Watcher 200P telescope": a kind the name keeps
    return [w.strip(",.;:()") for w in before + after + own]


def _same_kind(word: str, kinds_named: list[str]) -> bool:
    """Whether a kind word is one of the kinds named, in any case ("teleskopom", "teleskop")."""
    if not _instrument_word(word):
        return False
    low = word.lower()
    for kind in kinds_named:
        k = kind.lower()
        n = min(len(low), len(k))
        stem = next((i for i in range(n) if low[i] != k[i]), n)
        if stem >= min(5, n):
            return True
    return False

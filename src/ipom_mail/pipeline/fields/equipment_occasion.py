"""Gear the mail says was used on another night or at another time than the photo's
("Предишната нощ бяхме с телескопа Celestron C8 …, но за МКС ползвах само фотоапарата",
"上个月拍月凌时用的是朋友的星特朗C11，这次没有带"): data/labels.toml [other_occasion]; or
says, in a later clause, was not used for this photo ("… : il n'a pas servi pour l'ISS";
[not_for_photo]).

An item named in a sentence such words open, before its `but` word ([negated] `but`), and
nowhere else in the mail is no equipment of the photo; the gear named after "but", or in the
mail's gear list as well, stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ipom_mail.pipeline.fields.equipment_negated import whole_phrases
from ipom_mail.pipeline.fields.labels import alternation, kind_words

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SENTENCE = re.compile(r"[^.!?。！？\n]+(?:[.!?。！？]+|\n|$)")
_OPENING = 40  # characters: the occasion words open the sentence, not a clause deep in it


def _occasion() -> re.Pattern[str]:
    """The words for another night or time ([other_occasion])."""
    return whole_phrases("other_occasion")


@cache
def _but() -> re.Pattern[str]:
    """A "but" word, which turns to the photo's own gear."""
    return re.compile(
        rf"(?<![^\W\d_])(?:{alternation(kind_words('negated', 'but'))})(?![^\W\d_])", re.I
    )


def _compact(text: str) -> str:
    """The text without spaces: an item read from "星特朗 C11" is in "星特朗C11"."""
    return re.sub(r"\s+", "", text).casefold()


def _flat(text: str) -> str:
    """The text on one line, its wrapped sentences joined; a line ending in a CJK character
    ends its sentence ("…ZWO ASI290MM相机\n上个月…": a gear line, then another sentence)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return "".join(line + ("\n" if _CJK.match(line[-1]) else " ") for line in lines).rstrip()


def other_occasion_items(text: str, items: Sequence[str]) -> set[str]:
    """The items named only where the mail tells of another night or time."""
    spans: list[tuple[int, int]] = []
    flat = _flat(text)
    for m in _SENTENCE.finditer(flat):
        sentence = m.group()
        opened = _occasion().search(sentence[:_OPENING])
        if opened is None:
            continue
        turn = _but().search(sentence, opened.end())
        spans.append((m.start(), m.start() + (turn.start() if turn else len(sentence))))
    if not spans:
        return set()
    rest = flat
    for a, b in spans:
        rest = rest[:a] + "\0" * (b - a) + rest[b:]  # the rest of the mail, spans blanked out
    told = [_compact(flat[a:b]) for a, b in spans]
    return {
        item
        for item in items
        if item and any(_compact(item) in t for t in told) and _compact(item) not in _compact(rest)
    }


_NOT_FOR_GAP = 24  # words between the item and "it was not used for …": the same sentence
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s)|\n")


def not_for_photo_items(text: str, items: Sequence[str]) -> set[str]:
    """The items a later clause of their sentence says were not used for this photo ("Mon ami
    m'avait prêté son filtre Optolong, mais pour le lendemain soir : il n'a pas servi pour
    l'ISS"): the one named last before the words, with few words between, and named nowhere
    else in the mail ([not_for_photo])."""
    flat = _flat(text)
    dropped: set[str] = set()
    for m in whole_phrases("not_for_photo").finditer(flat):
        start = max((e.end() for e in _SENTENCE_END.finditer(flat, 0, m.start())), default=0)
        head = flat[start : m.start()]
        found = [(head.rfind(item), item) for item in items if item and item in head]
        if not found:
            continue
        item = max(found)[1]
        gap = head[head.rfind(item) + len(item) :]
        elsewhere = _compact(item) in _compact(flat[:start] + " " + flat[m.end() :])
        if len(gap.split()) <= _NOT_FOR_GAP and not elsewhere:
            dropped.add(item)
    return dropped

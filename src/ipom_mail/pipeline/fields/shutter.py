"""A long exposure written as the shutter's opening and closing (issue 13).

"Abrí el obturador a las 20:15 y lo cerré a las 20:19, hora argentina", "opened the
shutter at 21:04:10 and closed it at 21:08:40 UTC", "den Verschluss um 20:15 geöffnet und
um 20:19 geschlossen": in a sentence that names the shutter, a time after an opening word
and a later time with a closing word are one span, the photo's own (taken_at the opening,
taken_until the closing). The closing time is an end: never the photo's moment on its
own, whether or not its opening was read; nor is a time after "until" ("jusqu'à", "bis").
Words: data/labels.toml [shutter], [shutter_open], [shutter_close]; mail_words.toml [until].
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ipom_mail.pipeline.fields.labels import label_pattern, mail_words

if TYPE_CHECKING:
    from ipom_mail.pipeline.fields.clock import TimeHit

_AFTER = (
    24  # characters: a closing verb after its time ("um 20:19 geschlossen", "20時19分に閉じた")
)
_REACH = 80  # characters between the two times: one sentence's clause or two


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The whole sentence holding `pos`, over the line breaks of a wrapped paragraph."""
    from ipom_mail.pipeline.fields.segments import segments, sentence_around

    return sentence_around(text, segments(text), pos)


def shutter_pairs(
    text: str, times: list[TimeHit], pairs: list[tuple[TimeHit, TimeHit]]
) -> list[tuple[TimeHit, TimeHit]]:
    """The spans written as the shutter's opening and closing: two times in a sentence that
    names the shutter, an opening word before the second time and a closing word after the
    opening word and the first time (before the second, or right after it)."""
    if not _anywhere(text):
        return []  # most mail never names the shutter: no sentence is cut
    paired = {id(t) for pair in pairs for t in pair}
    found: list[tuple[TimeHit, TimeHit]] = []
    for first, second in itertools.pairwise(times):
        if id(first) in paired or id(second) in paired or second.start - first.end > _REACH:
            continue
        if "\n\n" in text[first.end : second.start]:
            continue
        start, end = _sentence(text, first.start)
        if second.start >= end or not label_pattern("shutter").search(text, start, end):
            continue
        opened = label_pattern("shutter_open").search(text, start, second.start)
        if opened is None:
            continue
        closed = label_pattern("shutter_close").search(
            text, max(opened.end(), first.end), min(end, second.end + _AFTER)
        )
        if closed is not None:
            found.append((first, second))
    return found


@lru_cache(maxsize=4)
def _anywhere(text: str) -> bool:
    """Whether the text names the shutter at all."""
    return label_pattern("shutter").search(text) is not None


def names_shutter(said: str) -> bool:
    """Whether words name the camera's shutter: a span in them is an exposure's."""
    return label_pattern("shutter").search(said) is not None


def shutter_closed_at(text: str, hit: TimeHit) -> bool:
    """Whether a time is the shutter's closing ("… y lo cerré a las 20:19", "um 20:19
    geschlossen", "20時19分に閉じた"): a closing word before it in its clause, or right after
    it (a particle at most between), in a sentence that names the shutter. Never the
    photo's moment alone."""
    if not _anywhere(text):
        return False  # read once per text, not once per time
    start, end = _sentence(text, hit.start)
    if not label_pattern("shutter").search(text, start, end):
        return False
    clause = max(start, hit.start - _REACH // 2)
    for stop in (",", ";", "\n"):
        clause = max(clause, text.rfind(stop, clause, hit.start) + 1)
    if label_pattern("shutter_close").search(text, clause, hit.start):
        return True
    return _close_after().match(text, hit.end, end) is not None


@cache
def _close_after() -> re.Pattern[str]:
    """A closing word right after a time, a CJK particle at most between ("um 20:19
    geschlossen", "20時19分に閉じた", "19분에 닫았다"); never after "and" ("à 20:15 e fechei
    às 20:19": that closing is the next time's)."""
    close = label_pattern("shutter_close").pattern
    return re.compile(rf"\s*(?:[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{{1,2}})?(?:{close})", re.I)


@cache
def _until() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?:{mail_words('until')})\s*(?:kl\.?\s*)?$", re.I)


def until_before(text: str, start: int) -> bool:
    """Whether the time at `start` follows "until", "jusqu'à", "bis": an end, never the
    photo's moment on its own (its start, when written, makes a span with it)."""
    return _until().search(text, max(0, start - 24), start) is not None

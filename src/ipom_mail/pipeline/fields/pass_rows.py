"""The pass's window written as rows or words: "rose at 03:12 and set at 03:19", a list of
rise, culmination and set rows, a row "Inicio / fin del paso  18:49 / 18:55".

Split from clock.py: pairs of times that are the pass's start and end by their words
(data/labels.toml [pass_start], [pass_end]), not by a range word between them.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import TYPE_CHECKING

from ipom_mail.pipeline.fields.labels import label_pattern, label_words_raw

if TYPE_CHECKING:
    from ipom_mail.pipeline.fields.clock import TimeHit


_SLASH = re.compile(r"\s*/\s*")


def start_end_row(text: str, pos: int, gap: str) -> bool:
    """Whether a time at `pos` and the next, with `gap` between them, are a slash-joined
    row whose label names the pass's start and then its end ("Inicio / fin del paso
    18:49 / 18:55", "Rise/set (UT): 21:40 / 21:46")."""
    if not _SLASH.fullmatch(gap):
        return False
    label = text[text.rfind("\n", 0, pos) + 1 : pos]
    start = label_pattern("pass_start").search(label)
    return start is not None and label_pattern("pass_end").search(label, start.end()) is not None


_BRACKETED = re.compile(r"[(（][^()（）\d]{1,40}[)）]")


def labelled_span(gap: str) -> bool:
    """Whether the words between two times name the first a span's start, in brackets after
    it, and the second its end or a dash before it ("21:58 SELČ (začátek expozice), konec
    22:01 SELČ", "05:52 TSİ (seri başlangıcı) – 05:57 TSİ (seri sonu)"; data/labels.toml
    [span_start], [span_end]), or a clause of a few words ending in an "until" word before
    it, when the words name a series or photos ("20:28:30 UTC (početak), snimanje u nizu
    do 20:31:00 UTC", "(inicio de la serie), terminó a las 20:28:10")."""
    from ipom_mail.pipeline.fields.clock_spans import ends_in_until

    brackets = _BRACKETED.findall(gap)
    if not brackets or not label_pattern("span_start").search(brackets[0]):
        return False
    rest = _BRACKETED.sub(" ", gap).strip(" \t,;")
    return bool(
        _DASH.fullmatch(rest)
        or label_pattern("span_end").fullmatch(rest)
        or (len(rest) <= _CLAUSE and not _STOP.search(rest) and ends_in_until(rest) and _shots(gap))
    )


def _shots(words: str) -> bool:
    """Whether words name a series or photos: a start joined to a later time by a clause
    ("(start), took one more until 20:31") is a series' span only when they do."""
    return bool(label_pattern("series").search(words) or label_pattern("photos").search(words))


_CLAUSE = 40  # characters: "snimanje u nizu do", "la serie terminó a las"
_STOP = re.compile(r"[\d\n.!?;:。！？]")  # a sentence's or a label's end, a number


_DASH = re.compile(r"[-–—~〜～]")


_PARTICLE = r"[^\d\n.。!?！？]{0,6}?"  # "に", "에 ", "'te ", a space: what stands before the verb
_ENDING = r"[^\d\n.,，、。!?！？]{0,8}?"  # "에서 ", "dan ", "の空から": a compass word's case
_BETWEEN_VERBS = 40  # characters from the rise's time to the set's


@cache
def _verb_after(section: str) -> re.Pattern[str]:
    """A rise or set verb after a time: a particle, and the direction the station rose or set
    in with its ending at most ("에 서쪽에서 떠서", "'te batıdan doğdu"; [compass_between])."""
    compass = rf"(?:(?:{label_words_raw('compass_between')}){_ENDING})?"
    return re.compile(rf"{_PARTICLE}{compass}(?:{label_words_raw(section)})", re.I)


def rose_then_set(
    text: str, times: list[TimeHit], pairs: list[tuple[TimeHit, TimeHit]]
) -> list[tuple[TimeHit, TimeHit]]:
    """Pairs written with the verb after each time, in verb-last languages: "19時09分に昇り、
    19時15分に沈んだ", "11시 58분에 떠서 … 12시 4분에 졌고", "19:44'te doğdu, 19:50'de battı"
    (data/labels.toml [rose_after], [set_after]): a rise verb after the first time, a set
    verb after the next one, close together on one line."""
    paired = {id(t) for pair in pairs for t in pair}
    found: list[tuple[TimeHit, TimeHit]] = []
    for first, second in itertools.pairwise(times):
        if id(first) in paired or id(second) in paired:
            continue
        if second.start - first.end > _BETWEEN_VERBS or "\n" in text[first.end : second.start]:
            continue
        rose = _verb_after("rose_after").match(text, first.end) or _rose_before(text, first)
        lead = max(text.rfind("\n", 0, first.start) + 1, first.start - _RISE_REACH)
        if (
            rose
            and _verb_after("set_after").match(text, _verb_at(text, second))
            and not anothers_rise(text[lead : first.start])
        ):
            found.append((first, second))
    return found


def anothers_rise(said: str) -> bool:
    """Whether the Sun, the Moon or a planet is named before a rise's verb in its clause,
    with no station after it: its rise and set, not the pass's ("The Moon rose at 21:20 and
    set at 21:45", "La luna apareció a las 21:25 y se perdió tras las nubes a las 21:40")."""
    from ipom_mail.pipeline.fields.flyby_numbers import last_body
    from ipom_mail.pipeline.fields.shapes import STATION

    at = last_body(said)
    return at >= 0 and not STATION.search(said, at)


_CLOCK_DIGITS = re.compile(r"(?:[\d:：.]+\s?[時时点點分秒시분]?)+")  # "00:03", "19時41分"


def _verb_at(text: str, hit: TimeHit) -> int:
    """Where a set verb after a time starts: right after its digits when a zone in brackets
    after the verb was read as the time's ("00:03结束（均为北京时间）", "19時41分に東の空へ
    消えました（日本時間）"), else after the time."""
    digits = _CLOCK_DIGITS.match(text, hit.start)
    if digits and hit.zone and _verb_after("set_after").match(text, digits.end()):
        return digits.end()
    return hit.end


@cache
def _rose_word_before() -> re.Pattern[str]:
    """A rise word right before a time, a few characters and no comma between: "升起的時間是
    下午6時12分" (its set verb after the next time: "下午6時19分在東北方落下")."""
    return re.compile(rf"(?:{label_words_raw('rose_after')})[^\d\n.,，、。!?！？]{{0,6}}$", re.I)


def _rose_before(text: str, first: TimeHit) -> bool:
    return _rose_word_before().search(text[max(0, first.start - 16) : first.start]) is not None


def rise_set(
    text: str, times: list[TimeHit], pairs: list[tuple[TimeHit, TimeHit]]
) -> list[tuple[TimeHit, TimeHit]]:
    """Pairs written as the pass's rise and set in words: "ISS rose at 03:12 and set at 03:19",
    "начало 23:55 мск, конец 00:03 мск": a start word before the first time, an end word
    before the second, in one paragraph, a wrapped line or a row per time at most (data/labels.toml
    [pass_start], [pass_end]); a culmination's time between them is passed over
    ("začátek 17:15:20, kulminace 17:18:05 ve výšce 62°, konec 17:21:40")."""
    paired = {id(t) for pair in pairs for t in pair}
    found: list[tuple[TimeHit, TimeHit]] = []
    for index, first in enumerate(times):
        if id(first) in paired or (found and found[-1][1] is first):
            continue
        line_start = wrapped_line_start(text, first.start)
        after_prev = times[index - 1].end if index else 0  # its own words, not another's
        before = text[max(line_start, after_prev, first.start - _RISE_REACH) : first.start]
        rose = label_pattern("pass_start").search(before)
        if (
            label_pattern("pass_end").search(before)
            or not rose
            or anothers_rise(before[: rose.start()])
        ):
            continue
        second = _set_after(text, times[index + 1 : index + 3], first)
        if second is not None and id(second) not in paired:
            found.append((first, second))
    return found


def _set_after(text: str, later: list[TimeHit], first: TimeHit) -> TimeHit | None:
    """The time after an end word that closes the span opened at `first`, with at most a
    culmination's time between them; None when no such time follows."""
    prev = first
    for rows, hit in enumerate(later, start=1):  # a row of its own per time in a list at most
        gap = text[prev.end : hit.start]
        if len(gap) > _SET_GAP:  # a list's row: its own words ("- Coucher (…) : 17 h 47")
            gap = text[max(prev.end, text.rfind("\n", prev.end, hit.start) + 1) : hit.start]
        if text.count("\n", first.end, hit.start) > rows:
            return None
        if len(gap) <= _SET_GAP and label_pattern("pass_end").search(gap[-_RISE_REACH:]):
            return hit  # "… and it disappeared into the earth's shadow at 19:55"
        # "kwam op om 21:32 … in het westen, stond op het hoogste punt om 21:35:40"
        if len(gap) > _CULMINATION_REACH or not _culmination().search(gap):
            return None
        prev = hit
    return None


@cache
def _culmination() -> re.Pattern[str]:
    """Words naming the pass's highest point ("kulminace", "max. elevation", "最大仰角")."""
    return re.compile(r"culmin|kulmin|\bma[xk]s?|highest|" + label_words_raw("highest"), re.I)


_RISE_REACH = 40  # characters: a rise word before its time, a set word and its time after it
_SET_GAP = 60  # characters from the rise's time to the set's, the set word near the latter
_CULMINATION_REACH = 60  # characters from the rise's time to the culmination's, its words between
_SENTENCE_DONE = re.compile(r"[.!?…:;。！？：]\s*$")


def wrapped_line_start(text: str, pos: int) -> int:
    """Where the line holding `pos` starts, or the line before it when this one goes on its
    sentence ("Jaam ilmus\nläänest kell 21:03 ja kadus …"): it starts lower-case and the
    one before does not end a sentence or a label."""
    start = text.rfind("\n", 0, pos) + 1
    if start == 0 or not text[start : start + 1].islower():
        return start
    prev = text.rfind("\n", 0, start - 1) + 1
    line = text[prev : start - 1]
    return start if not line.strip() or _SENTENCE_DONE.search(line) else prev

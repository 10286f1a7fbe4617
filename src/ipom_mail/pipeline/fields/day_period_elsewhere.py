"""The part of the day the mail gives its photo's day, for a clock said in words with no
day-period word beside it (batch-39): "Gestern Abend … endlich klar. ¶ Das Foto entstand
um Viertel nach neun (MESZ)" is 21:15; "Tegnap este … háromnegyed kilenckor" 20:45;
"Dissabte al vespre … a tres quarts de deu" 21:45.

Only a period word written with its day counts: beside a relative day or a weekday in its
sentence ("gestern Abend", "i går kväll", "ieri mattina", "dissabte al vespre", "marți
seara") or joined to it ("gisteravond", "Dienstagabend"); a period word alone ("abends
beobachte ich oft") says nothing of the photo's day. The phrases are looked for in the
time's own message (a forward's inner mail, or the mail around it), before the time or in
its sentence, and must all settle the hour alike: two that read it apart settle nothing.
"""

from __future__ import annotations

import re
from datetime import date, time
from functools import lru_cache

from ipom_mail.pipeline.fields.day_periods import day_period_words, settle_word
from ipom_mail.pipeline.fields.relative_days import relative_kinds
from ipom_mail.pipeline.fields.sending import forward_start
from ipom_mail.pipeline.fields.weekday_compounds import compound_period
from ipom_mail.pipeline.fields.weekday_words import weekday_named

_REACH = 24  # characters either side of a period word where its day word is looked for
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n")
_ANY_YEAR = date(2000, 1, 1)
_WORD = re.compile(r"[^\W\d_]{6,}")


@lru_cache(maxsize=1)
def _period_word() -> re.Pattern[str]:
    """Every day-period word, whole (CLDR's and data/day_period_words.toml)."""
    words = sorted(day_period_words(), key=len, reverse=True)
    spelled = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![^\W\d_])(?:{spelled})(?![^\W\d_])", re.I)


def _region(text: str, pos: int) -> tuple[int, int]:
    """The time's own message, from its start to the end of the time's sentence; only
    that sentence when it names a day of its own ("am Sonntag um halb zehn", "del 6 de
    setembre, a dos quarts de deu"): a phrase elsewhere is then another day's."""
    start = forward_start(text)
    first, last = (0, len(text)) if start is None else (start, len(text))
    if start is not None and pos < start:
        first, last = 0, start
    end = _SENTENCE_END.search(text, pos, last)
    last = end.start() if end else last
    own = max((m.end() for m in _SENTENCE_END.finditer(text, first, pos)), default=first)
    said = text[own:last]
    if _names_a_day(said):
        return own, last
    return first, last


def _names_a_day(said: str) -> bool:
    """Whether a sentence names a day of its own: a date, a weekday or a relative day."""
    from ipom_mail.pipeline.fields.dates import written_dates  # dates imports the clocks

    if relative_kinds(said) or weekday_named(said) is not None:
        return True
    return bool(written_dates(said, _ANY_YEAR))  # yearless too: "del 6 de setembre"


def _sentence(text: str, first: int, last: int, a: int, b: int) -> str:
    """The words up to _REACH characters either side of [a, b), within one sentence."""
    left = text[max(first, a - _REACH) : a]
    right = text[b : min(last, b + _REACH)]
    left = _SENTENCE_END.split(left)[-1]
    right = _SENTENCE_END.split(right)[0]
    return f"{left} {text[a:b]} {right}"


def _phrases(text: str, first: int, last: int) -> list[tuple[str, str]]:
    """The period words written with their day in text[first:last], each with its words;
    none in a sentence about another event ("Am Dienstagabend war Vereinssitzung")."""
    found: list[tuple[str, str, int]] = []
    for m in _period_word().finditer(text, first, last):
        said = _sentence(text, first, last, m.start(), m.end())
        if relative_kinds(said) or weekday_named(said) is not None:
            found.append((m.group(), said, m.start()))
    for m in _WORD.finditer(text, first, last):  # "gisteravond", "Dienstagabend"
        word = m.group()
        joined = compound_period(word) or _relative_compound(word)
        if joined is not None:
            found.append((joined, word, m.start()))
    return [(w, said) for w, said, at in found if not _of_another_event(text, first, last, at)]


def _of_another_event(text: str, first: int, last: int, pos: int) -> bool:
    """Whether the sentence holding `pos` is about another event (a meeting, a launch) or
    about what was done with the photo afterwards ("Gestern Abend habe ich es bearbeitet")."""
    from ipom_mail.pipeline.fields.segments import done_afterwards, other_event

    start = max((m.end() for m in _SENTENCE_END.finditer(text, first, pos)), default=first)
    end = _SENTENCE_END.search(text, pos, last)
    said = text[start : end.start() if end else last]
    return other_event(said) or done_afterwards(said)


def _relative_compound(word: str) -> str | None:
    """The period word a relative-day word ends in ("gisteravond": "avond"), or None."""
    if not relative_kinds(word):
        return None
    low = word.lower()
    tails = [w for w in day_period_words() if low.endswith(w) and len(low) - len(w) >= 3]
    return max(tails, key=len) if tails else None


def period_elsewhere(text: str, pos: int, hour: int) -> int | None:
    """The 24-hour hour of a 12-hour dial's `hour` said at `pos`, by the period words the
    time's message writes with the photo's day (see the module); None unless they all
    settle it, and alike."""
    first, last = _region(text, pos)
    readings = {settle_word(text, hour, word) for word, _ in _phrases(text, first, last)}
    return readings.pop() if len(readings) == 1 else None


def day_words_elsewhere(text: str, pos: int, clock: time) -> str:
    """The words of the phrases that settle a said clock at `pos` as `clock` ("gestern
    Abend"), for the day they name; "" when they do not all settle it so."""
    first, last = _region(text, pos)
    phrases = _phrases(text, first, last)
    hour = (clock.hour - 1) % 12 + 1
    readings = {settle_word(text, hour, word) for word, _ in phrases}
    return " ".join(said for _, said in phrases) if readings == {clock.hour} else ""

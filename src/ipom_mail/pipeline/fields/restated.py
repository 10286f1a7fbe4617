"""One moment written twice: a time restated in brackets right after it on another clock
("00:14:30 UT (that's 8:14:30 PM EDT on the 21st)", "11:41:07 TU (12:41:07 hora
peninsular)"), or said in words and then to the second ("kwart over tien 's avonds (MET)
… precies om 22:15:37"). Split from taken_at.py."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from ipom_mail.pipeline.fields.dates import TimeHit
from ipom_mail.pipeline.fields.segments import Segment
from ipom_mail.pipeline.fields.shot_spans import Candidate

_BRACKET_OPEN = re.compile(r"\s*[(（]\s*(?:[^\W\d_]+(?:['’.][^\W\d_]*)?[ \t]+){0,3}$")


def without_restatements(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Leave out a time in brackets right after a UT time that says the same moment on
    another clock, whatever local date its sentence gives it ("2026-10-30 0134Z (7:34 pm
    MDT on the 29th)", "00:14:30 UT (that's 8:14:30 PM EDT on the 21st)"); one that says
    another moment stays, and the two disagree."""
    kept: list[Candidate] = []
    for cand in cands:
        prev = kept[-1] if kept else None
        if (
            prev is not None
            and prev.ut is not None
            and cand.ut is not None
            and _BRACKET_OPEN.search(text, prev.hit.end, cand.hit.start)
            and any(
                abs(cand.ut + timedelta(days=shift) - prev.ut) <= timedelta(minutes=1)
                for shift in (-1, 0, 1)
            )
        ):
            continue
        kept.append(cand)
    return kept


def _restating(gap: str) -> bool:
    """Whether the words between two times restate the first ("14h27min08s heure légale
    (UTC+2), soit 12h27min08s TU", "yaani 19:45:30 EAT"): a comma or bracket and a word
    for "that is" (data/labels.toml [restating]) and nothing else."""
    from ipom_mail.pipeline.fields.labels import label_words_raw

    if len(gap) > 40:
        return False
    words = label_words_raw("restating")
    return re.fullmatch(rf"[\s,;)）—–-]*(?:{words})[\s:,]*", gap, re.I) is not None


def one_moment(text: str, lone: list[tuple[TimeHit, Segment]]) -> bool:
    """Whether the times are one: a single one, or one restated in brackets right after it
    on another clock in the same sentence ("11:41:07 TU (12:41:07 hora peninsular)"); the
    restatement must then give the same UT time, else the two disagree and none is read."""
    if not lone:
        return False
    return all(
        b[1] is a[1]
        and (
            _BRACKET_OPEN.search(text, a[0].end, b[0].start) is not None
            or _restating(text[a[0].end : b[0].start])
        )
        for a, b in itertools.pairwise(lone)
    )


def to_the_second(chosen: Candidate, cands: list[Candidate]) -> Candidate:
    """The chosen whole-minute time made exact by a time to the second written without a
    zone inside its minute ("om kwart over tien 's avonds (MET) … precies om 22:15:37"):
    the same moment said twice, in the chosen's zone. One outside its minute is a rival
    (taken_at._finer_nearby), and none is read."""
    if chosen.ut is None or chosen.hit.clock.second or chosen.hit.clock.microsecond:
        return chosen
    day = date(2000, 1, 1)
    at = datetime.combine(day, chosen.hit.clock)
    for cand in cands:
        clock = cand.hit.clock
        if cand.zone is not None or not (clock.second or clock.microsecond):
            continue
        if cand.day not in (None, chosen.day) or not cand.hit.hour_certain:
            continue
        gap = datetime.combine(day, clock) - at
        if timedelta(0) < gap < timedelta(minutes=1):
            return replace(chosen, hit=cand.hit, ut=chosen.ut + gap)
    return chosen

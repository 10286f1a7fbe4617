"""Times the words mark as the pass's own, not the photo's: its start written alone ("Il
passaggio è iniziato alle 20:51 ora italiana", "the pass began at 20:51 CEST") and its
culmination ("Passagen toppede kl. 20:26 dansk sommertid").

A shot written without a zone minutes after or before such a time in the same sentence
("…; lo scatto è delle 20:53:10") is on that time's clock: nobody changes clocks
silently within a sentence about one pass. Fifteen minutes bound it, longer than any
visible pass: "20:51 UT, 22:51 local" stays unread.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ipom_mail.pipeline.fields.dates import TimeHit
from ipom_mail.pipeline.fields.labels import label_pattern
from ipom_mail.pipeline.fields.segments import Segment, culmination_before, segment_at

_REACH = 40  # characters before a time where its start word stands
_NEAR = timedelta(minutes=15)


_BESIDE = 300  # characters: how far from a shot the pass's marked times are looked for


@dataclass(frozen=True, slots=True)
class PassMarks:
    """The pass's start times written alone, and every time the words mark as the pass's."""

    starts: frozenset[int]  # ids of the start times
    marked: tuple[tuple[Segment, TimeHit], ...]  # start and culmination times with a zone, in order
    shots: frozenset[
        int
    ]  # paragraphs with a time that may be the photo's: no start, no other event

    def zone_for(self, hit: TimeHit, seg: Segment) -> str | None:
        """The zone of the pass's marked times in the shot's sentence, within fifteen
        minutes of it, when they name one zone only. Only the marks a few hundred
        characters around are looked at: a text of many times costs no square."""
        day = date(2000, 1, 1)
        at = datetime.combine(day, hit.clock)
        first = bisect.bisect_left(self.marked, hit.start - _BESIDE, key=lambda m: m[1].start)
        zones = set()
        for mseg, mark in self.marked[first:]:
            if mark.start > hit.end + _BESIDE:
                break
            gap = abs(datetime.combine(day, mark.clock) - at)
            if mseg is seg and mark is not hit and min(gap, timedelta(days=1) - gap) <= _NEAR:
                zones.add(mark.zone)
        return zones.pop() if len(zones) == 1 else None

    def start_beside_shot(self, hit: TimeHit, seg: Segment) -> bool:
        """Whether `hit` is the pass's start written alone and another time of its
        paragraph may be the photo's: then it is the pass's, not the photo's."""
        return id(hit) in self.starts and seg.para in self.shots


def pass_marks(
    text: str, segs: list[Segment], times: list[TimeHit], spans: list[tuple[TimeHit, TimeHit]]
) -> PassMarks:
    """The pass's start written alone (a start word and a word for the pass before the time
    in its clause; no end paired with it) and its culmination, among `times`."""
    paired = {id(t) for pair in spans for t in pair}
    starts: set[int] = set()
    marked: list[tuple[Segment, TimeHit]] = []
    shots: set[int] = set()
    for index, hit in enumerate(times):
        seg = segment_at(segs, hit.start)
        after_prev = times[index - 1].end if index else 0
        before = text[max(seg.start, after_prev, hit.start - _REACH) : hit.start]
        start = id(hit) not in paired and _start_words(before)
        if start:
            starts.add(id(hit))
        elif not seg.other:
            shots.add(seg.para)
        if hit.zone and (start or culmination_before(text, seg.start, hit.start)):
            marked.append((seg, hit))
    return PassMarks(frozenset(starts), tuple(marked), frozenset(shots))


def _start_words(before: str) -> bool:
    """Whether the words before a time say the pass started then ("Il passaggio è iniziato
    alle", "the pass began at", "ISS rose at")."""
    from ipom_mail.pipeline.fields.pass_rows import anothers_rise

    start = label_pattern("pass_start").search(before)
    return (
        start is not None
        and label_pattern("pass_named").search(before) is not None
        and not anothers_rise(before[: start.start()])  # "The Moon rose at 21:20"
    )

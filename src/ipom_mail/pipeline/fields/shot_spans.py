"""A shot among spans of time: a series' or long exposure's end, the pass's window that
holds a zoneless shot, a shot after midnight inside a window that crosses it.

Split from taken_at.py: the candidate times the photo's may be, and the spans around them.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from ipom_mail.pipeline.fields.clock_spans import names_first_shot, unread_gap
from ipom_mail.pipeline.fields.dates import TimeHit
from ipom_mail.pipeline.fields.dating import Dates
from ipom_mail.pipeline.fields.exposure_lines import (
    exposure_edge,
    names_exposure,
    series_time_line,
    under_exposure_label,
)
from ipom_mail.pipeline.fields.in_force import convert
from ipom_mail.pipeline.fields.labels import label_pattern, label_words_in
from ipom_mail.pipeline.fields.segments import Segment, segment_at, sentence_around
from ipom_mail.pipeline.fields.shutter import names_shutter
from ipom_mail.pipeline.fields.time_day import day_for, end_date, own_day
from ipom_mail.pipeline.fields.zones import Zone
from ipom_mail.pipeline.values import Question


@dataclass(frozen=True, slots=True)
class Candidate:
    """A time that may be the photo's: its rank, local day, zone, UT time and notes."""

    rank: int
    hit: TimeHit
    day: date | None
    zone: Zone | None
    ut: datetime | None
    notes: tuple[str, ...]
    relative: bool = False  # dated by "tonight", "yesterday", "last night"
    question: Question | None = None  # a zone abbreviation out of season
    until: datetime | None = None  # UT end of a series or long exposure that starts here


MOMENT = 10  # seconds: a transit, a burst or a stack of frames is one moment


def seconds_apart(first: TimeHit, last: TimeHit) -> float:
    """The seconds from the first clock to the last, over midnight too."""
    day = date(2000, 1, 1)
    gap = datetime.combine(day, last.clock) - datetime.combine(day, first.clock)
    return gap.total_seconds() % 86400


@dataclass(frozen=True, slots=True)
class SpanRoles:
    """What each from–to span of a text is: a series or long exposure with its own end, a
    brief moment (a transit, a stack of seconds: its start is the shot) or a window."""

    series: dict[int, TimeHit]  # id of a series' start → its end
    in_span: set[int]  # ids of times that are no shot of their own: a window's, an end
    partner_zone: dict[int, str | None]  # id of a series' or moment's start → its end's zone
    all_windows: list[tuple[Segment, TimeHit, TimeHit]]  # the spans neither series nor brief

    @property
    def windows(self) -> list[tuple[Segment, TimeHit, TimeHit]]:
        """The windows with a zone written beside one of their times."""
        return [(s, a, b) for s, a, b in self.all_windows if a.zone or b.zone]

    def notes(self) -> list[str]:
        """A note per window in the photo's own text: which time is the photo's?"""
        return [
            f"the time is given as a span {a.text}–{b.text}; when was the photo taken?"
            for s, a, b in self.all_windows
            if not s.other
        ]


def span_roles(text: str, segs: list[Segment], spans: list[tuple[TimeHit, TimeHit]]) -> SpanRoles:
    """Each span's role (see SpanRoles)."""
    # a transit or a stack of a few seconds is one moment: take its start; a series of
    # 46 s ("連続撮影 19時41分12秒〜19時41分58秒") has its own end
    lengths: dict[int, list[float]] = {}  # by segment, as memo
    memo: dict[int, bool] = {}  # by segment: a text of many spans in one sentence costs no square
    series = {
        id(a): b
        for a, b in spans
        if seconds_apart(a, b) > MOMENT
        and (_series_once(text, segs, a, memo) or timed_exposure(text, segs, a, b, lengths))
    }
    brief = {id(a) for a, b in spans if id(a) not in series and seconds_apart(a, b) <= 60}
    in_span = {
        id(t)
        for pair in spans
        for t in pair
        if (id(pair[0]) not in brief and id(pair[0]) not in series) or t is pair[1]
    }
    partner_zone = {id(a): b.zone for a, b in spans if id(a) in brief or id(a) in series}
    windows = [
        (segment_at(segs, a.start), a, b)
        for a, b in spans
        if id(a) not in brief and id(a) not in series
    ]
    return SpanRoles(series, in_span, partner_zone, windows)


def unread_ends(
    text: str, segs: list[Segment], times: list[TimeHit], spans: list[tuple[TimeHit, TimeHit]]
) -> dict[int, TimeHit]:
    """Zoned times that may end a span whose words are not known (clock_spans.unread_gap),
    by id, each with the zoneless time before it in its sentence: never the photo's time,
    which may be the span's start. A wrong UT time is worse than none."""
    paired = {(id(a), id(b)) for a, b in spans}
    ends: dict[int, TimeHit] = {}
    for first, second in itertools.pairwise(times):
        if (id(first), id(second)) in paired or not unread_gap(text, first, second):
            continue
        start, end = sentence_around(text, segs, first.start)
        if start <= second.start < end:
            ends[id(second)] = first
    return ends


_LONGEST_PASS = timedelta(minutes=30)  # longer than any visible ISS pass


def window_of(
    hit: TimeHit, seg: Segment, windows: list[tuple[Segment, TimeHit, TimeHit]]
) -> tuple[TimeHit, TimeHit] | None:
    """The pass window written in the same paragraph whose from–to holds this time ("de
    18:31 à 18:38 (heure de Paris) … prise à 18:34:50"): the shot inside the window is on
    the window's clock. Else None."""
    day = date(2000, 1, 1)
    for wseg, first, last in windows:
        if wseg.para != seg.para or wseg.other:
            continue
        start = datetime.combine(day, first.clock)
        end = datetime.combine(day, last.clock)
        if end < start:
            end += timedelta(days=1)
        if end - start > _LONGEST_PASS:
            continue  # no pass's window: "18:34 … 18:31" is no span of 23 h 57 min
        moment = datetime.combine(day, hit.clock)
        if any(start <= moment + shift <= end for shift in (timedelta(0), timedelta(days=1))):
            return first, last
    return None


def after_midnight(
    hit: TimeHit,
    seg: Segment,
    day: date | None,
    window: tuple[TimeHit, TimeHit] | None,
    reading: tuple[list[Segment], Dates, date | None],
) -> date | None:
    """The day of a time after midnight inside a window that crosses it ("rose at 11:56 PM
    … set at 12:03 AM; the frame at 12:00:41 AM"), dated only by the window's date: the
    day after the window's start. A time with a date of its own sentence, or beside it,
    keeps it; a window whose end carries its own date ("terminó a las 0:04 del domingo 21")
    puts a time after midnight on that date, one before it on the day before."""
    if window is None or hit is window[0]:
        return day
    first, last = window
    segs, dates, known = reading
    first_seg = segment_at(segs, first.start)
    crosses, after = last.clock < first.clock, hit.clock < first.clock
    if crosses and not own_day(hit, seg, dates)[0]:
        last_seg = segment_at(segs, last.start)
        same = {id(h): d for h, s, d in dates.found if s is last_seg}
        hits = [h for h, s, _ in dates.found if s is last_seg]
        dated = end_date(dates.text, hits, first, last)
        if dated is not None:
            end_day = same[id(dated)]
            return end_day - timedelta(days=0 if after else 1) if end_day else None
    if day is None:  # its sentence dates it two ways: the window's dated start settles it
        start_day, _ = day_for(first, first_seg, dates, known)
        shift = timedelta(days=1 if crosses and after else 0)
        return start_day + shift if start_day is not None else None
    own = seg is not first_seg and any(s is seg for _, s, _ in dates.found)
    if not (crosses and after) or own:
        return day
    start_day, _ = day_for(first, first_seg, dates, known)
    return day + timedelta(days=1) if start_day == day else day


def _series_once(text: str, segs: list[Segment], first: TimeHit, memo: dict[int, bool]) -> bool:
    """in_series, read once per segment."""
    key = segment_at(segs, first.start).start
    if key not in memo:
        memo[key] = in_series(text, segs, first)
    # "Inizio posa  22:31:40" over "Fine posa  22:33:10": the time's own label says so, as
    # does a line labelled as the shooting ("撮影日時：20時05分10秒から20時08分40秒まで")
    return (
        memo[key]
        or exposure_edge(text, first.start) == "start"
        or under_exposure_label(text, first.start)
    )


def in_series(text: str, segs: list[Segment], first: TimeHit) -> bool:
    """A from–to span in a sentence about a series, a long exposure (the shutter's opening
    and closing) or a video, or about several photos ("48 fotos … desde las 20:14:05 hasta las 20:17:40") that names no pass."""
    start, end = sentence_around(text, segs, first.start)  # a wrapped sentence whole
    said = text[start:end]
    if label_pattern("series").search(said) or names_shutter(said) or names_first_shot(said):
        return True
    if series_time_line(text, segs, first.start):  # "เวลา: ๑๘.๕๒.๑๐ – ๑๘.๕๕.๔๐ น."
        return True
    return bool(label_pattern("photos").search(said)) and not label_pattern("pass_named").search(
        said
    )


def with_until(cand: Candidate, end: TimeHit, text: str) -> Candidate:
    """A series' start with its end in UT (the next day when it crosses midnight)."""
    if cand.ut is None or cand.day is None or cand.zone is None:
        return cand
    until = convert(datetime.combine(cand.day, end.clock), cand.zone, end.text, text).ut
    if until is None:
        return cand
    if until < cand.ut:
        until += timedelta(days=1)
    return replace(cand, until=until)


# An exposure's length in seconds ("30 s", "15 sek", "20 с"); "ms" is no exposure's span
_LENGTH = re.compile(
    rf"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:{label_words_in('settings', 'seconds')})(?!\w)", re.I
)


def timed_exposure(
    text: str, segs: list[Segment], first: TimeHit, last: TimeHit, memo: dict[int, list[float]]
) -> bool:
    """Whether a span's sentence names an exposure exactly as long as the span, and no pass
    ("naświetlanie 30 s od 22:49:05 do 22:49:35", "exposure 30 s from …"): the shutter's own
    opening and closing, never the pass window (read once per segment)."""
    key = segment_at(segs, first.start).start
    if key not in memo:
        start, end = sentence_around(text, segs, first.start)
        said = text[start:end]
        named = names_exposure(said) and not label_pattern("pass_named").search(said)
        memo[key] = [
            float(m[1].replace(",", "."))
            for m in _LENGTH.finditer(said)
            if named and not m[0].rstrip().lower().endswith("ms")
        ]
    span = seconds_apart(first, last)
    return any(abs(length - span) < 1 for length in memo[key])

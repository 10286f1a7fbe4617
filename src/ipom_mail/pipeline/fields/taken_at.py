"""When the photo was taken, in UT: from the sender's words first, then the camera.

A time is UT only when its zone is certain (docs/design.md invariant 6); a time that
belongs to another event (a launch, a berthing, sunset) is never the photo's;
when candidates disagree, or text and camera disagree, nothing is kept and the
notes say why (invariant 7).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from ipom_mail.pipeline.fields.camera_time import TakenAt as TakenAt
from ipom_mail.pipeline.fields.camera_time import TextReading, with_camera
from ipom_mail.pipeline.fields.dates import TimeHit, find_times, pair_ranges, relative_day
from ipom_mail.pipeline.fields.dating import Dates, day_for, read_dates
from ipom_mail.pipeline.fields.in_force import convert
from ipom_mail.pipeline.fields.labels import label_pattern
from ipom_mail.pipeline.fields.quotes import clean_text as clean_text
from ipom_mail.pipeline.fields.segments import CULMINATION, Segment
from ipom_mail.pipeline.fields.segments import segment_at as segment_at
from ipom_mail.pipeline.fields.segments import segments as segments
from ipom_mail.pipeline.fields.zones import TWELVE_HOUR_NAMED, TWELVE_HOUR_ZONES, Zone, parse_zone
from ipom_mail.pipeline.values import DateStyle, Media, Question


@dataclass(frozen=True, slots=True)
class _Candidate:
    rank: int
    hit: TimeHit
    day: date | None
    zone: Zone | None
    ut: datetime | None
    notes: tuple[str, ...]
    relative: bool = False  # dated by "tonight", "yesterday", "last night"
    question: Question | None = None  # a zone abbreviation out of season
    until: datetime | None = None  # UT end of a series or long exposure that starts here


def _short(clock: time) -> str:
    return f"{clock:%H:%M:%S}" if clock.second else f"{clock:%H:%M}"


def _candidate(
    rank: int, hit: TimeHit, day: date | None, zone: Zone | None, dates: Dates, context: str
) -> _Candidate:
    if zone is None:
        note = f"the time {_short(hit.clock)} has no zone"
        return _Candidate(rank, hit, day, None, None, (note,))
    notes: tuple[str, ...] = (zone.problem,) if zone.problem else ()
    if not hit.hour_certain and zone.label in TWELVE_HOUR_ZONES | TWELVE_HOUR_NAMED:
        note = f"the time {hit.text} may be am or pm"
        return _Candidate(rank, hit, day, None, None, (*notes, note))
    if day is None:
        if not dates.notes:  # else the date's own note says what is wrong
            notes = (*notes, f"the time {hit.text} has no date of its own")
        return _Candidate(rank, hit, None, zone, None, notes)
    done = convert(datetime.combine(day, hit.clock), zone, hit.text, context)
    notes = tuple(dict.fromkeys(notes + done.notes))
    return _Candidate(rank, hit, day, zone, done.ut, notes, question=done.question)


def _relative_checked(cand: _Candidate, dates: Dates, known: date | None) -> _Candidate:
    """Drop a UT time dated by "yesterday"/"tonight" unless it falls on that day by the
    sender's own clock: "19:40 UT yesterday" sent at 08:05 +10:00 may be either UT date."""
    header = dates.header
    if cand.ut is None or not cand.relative or header is None:
        return cand
    if cand.ut.astimezone(header.tzinfo).date() == cand.day:
        return cand
    note = f"the time {cand.hit.text} is dated by a relative day; which UT date is it?"
    return replace(cand, day=None, ut=None, notes=(*cand.notes, note))


def _seconds_apart(first: TimeHit, last: TimeHit) -> float:
    day = date(2000, 1, 1)
    gap = datetime.combine(day, last.clock) - datetime.combine(day, first.clock)
    return gap.total_seconds() % 86400


def _culmination_before(text: str, seg: Segment, pos: int) -> bool:
    """Whether the words just before `pos` in its segment name the pass's culmination.

    A window of 160 characters holds any real such phrase; the whole segment
    before every time made a text of many times cost the square of its length.
    """
    return bool(CULMINATION.search(text, max(seg.start, pos - 160), pos))


def _candidates(
    text: str, segs: list[Segment], dates: Dates, known: date | None, header: datetime | None
) -> tuple[list[_Candidate], list[str]]:
    """Every time that may be the photo's, and notes on spans of time (flyby from-to)."""
    times = find_times(text)
    spans = pair_ranges(text, times)
    brief = [(a, b) for a, b in spans if _seconds_apart(a, b) <= 60]  # a transit: take its start
    series = {id(a): b for a, b in spans if (a, b) not in brief and _series(text, segs, a)}
    in_span = {
        id(t)
        for pair in spans
        for t in pair
        if (pair not in brief and id(pair[0]) not in series) or t is pair[1]
    }
    partner_zone = {id(a): b.zone for a, b in spans if (a, b) in brief or id(a) in series}
    out: list[_Candidate] = []
    for hit in times:
        seg = segment_at(segs, hit.start)
        if seg.other or id(hit) in in_span or _culmination_before(text, seg, hit.start):
            continue
        token = hit.zone or partner_zone.get(id(hit)) or seg.zone
        zone = parse_zone(token, text, header) if token else None
        day, relative = day_for(hit, seg, dates, known)
        cand = replace(_candidate(seg.rank, hit, day, zone, dates, text), relative=relative)
        cand = _relative_checked(cand, dates, known)
        end = series.get(id(hit))
        out.append(_with_until(cand, end, text) if end is not None else cand)
    span_notes = [
        f"the time is given as a span {a.text}–{b.text}; when was the photo taken?"
        for a, b in spans
        if not segment_at(segs, a.start).other and (a, b) not in brief and id(a) not in series
    ]
    return out, span_notes


def _series(text: str, segs: list[Segment], first: TimeHit) -> bool:
    """A from–to span in a sentence about a series, a long exposure or a video."""
    seg = segment_at(segs, first.start)
    return label_pattern("series").search(text[seg.start : seg.end]) is not None


def _with_until(cand: _Candidate, end: TimeHit, text: str) -> _Candidate:
    """A series' start with its end in UT (the next day when it crosses midnight)."""
    if cand.ut is None or cand.day is None or cand.zone is None:
        return cand
    until = convert(datetime.combine(cand.day, end.clock), cand.zone, end.text, text).ut
    if until is None:
        return cand
    if until < cand.ut:
        until += timedelta(days=1)
    return replace(cand, until=until)


def _choose(cands: list[_Candidate]) -> tuple[_Candidate | None, tuple[str, ...]]:
    """The best-placed UT time, unless the best-placed ones disagree."""
    timed = [c for c in cands if c.ut is not None]
    if not timed:
        return None, ()
    best = min(c.rank for c in timed)
    top = [c for c in timed if c.rank == best]
    first = top[0].ut
    assert first is not None
    if any(c.ut is not None and abs(c.ut - first) > timedelta(minutes=1) for c in top):
        listed = ", ".join(dict.fromkeys(f"{c.ut:%Y-%m-%d %H:%M} UT" for c in top))
        return None, (f"several times are given ({listed}); which is the photo's?",)
    precise = next((c for c in top if c.hit.clock.second or c.hit.clock.microsecond), top[0])
    return precise, precise.notes


def _read_text(
    text: str, header: datetime | None, known: date | None, sender: tuple[DateStyle, ...] = ()
) -> TextReading:
    clean = clean_text(text)
    segs = segments(clean)
    dates = read_dates(clean, segs, header, sender)
    cands, span_notes = _candidates(clean, segs, dates, known, header)
    chosen, notes = _choose(cands)
    if chosen is not None and chosen.ut is not None:
        own = (chosen.question,) if chosen.question else ()
        said = (*dates.habits, *notes)
        return TextReading(TakenAt(chosen.ut, "body", None, said, own, chosen.until))
    best = min((c.rank for c in cands if c.day is not None), default=None)
    dated = [c for c in cands if c.day is not None and c.rank == best]
    days = {c.day for c in dated}
    zoned = any(c.zone is not None for c in cands)  # a UT time its relative day cannot place
    relative = None if dates.found or zoned else relative_day(dates.photo_text, None, header)
    day = days.pop() if len(days) == 1 else None if days else dates.context or known or relative
    zoneless = [(c.day, c.hit.clock) for c in dated if c.zone is None and c.day is not None]
    local = datetime.combine(*zoneless[0]) if len(zoneless) == 1 else None
    all_notes = (*dates.habits, *dates.notes, *notes, *(n for c in cands for n in c.notes))
    all_notes = (*all_notes, *span_notes)
    iso = day.isoformat() if day is not None else None
    asked = (*dates.questions, *(c.question for c in cands if c.question is not None))
    result = TakenAt(None, None, iso, tuple(dict.fromkeys(all_notes)), tuple(dict.fromkeys(asked)))
    return TextReading(result, local)


def find_taken_at(
    text: str, media: Media, message_date: datetime | None, sender: tuple[DateStyle, ...] = ()
) -> TakenAt:
    """The photo's UT time from the text, else from the first usable photo's camera.

    `message_date` (the Date header) only dates a date written without a year
    and settles which way round 05/12/2024 is; its offset is never the photo's.
    `sender` (how the sender wrote dates before) settles it too, with a note.
    """
    return with_camera(_read_text(text, message_date, None, sender), media)


def parse_time_answer(text: str, known_date: date | None, message_date: datetime | None) -> TakenAt:
    """Read a follow-up ("the time was 21:34 UT") that completes a date already known."""
    result = _read_text(text, message_date, known_date).result
    if result.taken_at is None and result.taken_date is None and known_date is not None:
        return replace(result, taken_date=known_date.isoformat())
    return result

"""When the photo was taken, in UT: from the sender's words first, then the camera.

A time is UT only when its zone is certain (DESIGN invariant 6); a time that
belongs to another event (a launch, a berthing, sunset) is never the photo's;
when candidates disagree, or text and camera disagree, nothing is kept and the
notes say why (invariant 7).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

from ipom_mail.fields.dates import (
    DateHit,
    TimeHit,
    find_dates,
    find_times,
    pair_ranges,
    relative_day,
    settle,
    when_label,
)
from ipom_mail.fields.quotes import clean_text as clean_text
from ipom_mail.fields.story import FORWARD_MARK
from ipom_mail.fields.zones import TWELVE_HOUR_NAMED, TWELVE_HOUR_ZONES, Zone, parse_zone, to_ut
from ipom_mail.values import Media, MediaItem

AGREE = timedelta(minutes=5)  # text and camera closer than this agree
_GRID = timedelta(minutes=30)  # zone offsets are whole or half hours (a few quarter-hour ones)

_OTHER_EVENT = re.compile(
    r"launch|lift-?off|berthing|docking|undock|canadarm|robotic arm|spacewalk|splashdown"
    r"|re-?entry|sunrise|sunset|moonrise|moonset|\bsun (?:was|is|at|altitude|elevation)"
    r"|solar (?:altitude|elevation)|sonnenaufgang|sonnenuntergang|andock|lancement|lancé"
    r"|amarrage|lever du soleil|coucher du soleil|lanzamiento|lanzad|acoplamiento|amanecer"
    r"|puesta de sol|salida del sol|lancio|lanciat|attracco|tramonto|lançamento|lançad"
    r"|nascer do sol|pôr do sol|lancering|gelanceerd|zonsopkomst|zonsondergang|wschód słońca"
    r"|zachód słońca|východ slunce|západ slunce|napkelte|napnyugta|fellövés|dokkol"
    r"|transit duration|^\W*(?:sent|gesendet|envoyé|enviado|inviato|verzonden|wysłano|odesláno)"
    r"\s?:",
    re.I,
)
# "max. elevation 81° at 21:34:35 UT": the pass's culmination, a flyby detail, not the photo's
_CULMINATION = re.compile(
    r"(?:max\w*\.?\s*(?:elev\w*|alt\w*|height|höhe|hauteur|elevación|altura|altezza|hoogte)"
    r"|culminat\w*|highest point)[^,;\n]{0,20}?\b(?:at|um|à|a las|alle|om)\s*$",
    re.I,
)
_FLYBY_LABEL = re.compile(
    r"^[\s|*•·\-]*(?:start|end|begin(?:ning)?|rise|set|beginn|ende|anfang|début|fin|inicio"
    r"|final|inizio|fine|início|fim|eind|początek|koniec|začátek|konec|kezdet|vége)\b",
    re.I,
)
_PHOTO_WORD = re.compile(
    r"taken|took|captur|shot|imag|photograph|record|pass|transit|fly-?by|flyover|exposure"
    r"|\bgot\b|caught|spotted|snapp|observ"
    r"|aufgenommen|aufnahme|überflug|fotografiert|\bpris|photographié|passage|tomad|tomé"
    r"|fotografi|paso|tránsito|scattat|ripres|passaggio|transito|tirad|passagem|gemaakt"
    r"|genomen|overkomst|wykonan|zrobion|przelot|pořízen|přelet|készült|felvétel|áthalad",
    re.I,
)


@dataclass(frozen=True, slots=True)
class TakenAt:
    """The photo's time in UT with its source, or the date alone, and why not more."""

    taken_at: datetime | None  # UT, tz-aware UTC
    source: Literal["body", "exif", "gps"] | None
    taken_date: str | None  # ISO date, only when the date is known but no UT time is
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence or labelled line, with what it says about the photo's time."""

    start: int
    end: int
    rank: int  # 0 a "Date/Time:" line, 1 near "taken/captured/pass…", 2 plain
    zone: str | None  # a zone named in the line's label, "Time (UT):"
    other: bool  # about another event: a launch, a berthing, sunset…


@dataclass(frozen=True, slots=True)
class _Candidate:
    rank: int
    hit: TimeHit
    day: date | None
    zone: Zone | None
    ut: datetime | None
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the text says: the result, plus what the camera must agree with."""

    result: TakenAt
    local: datetime | None = None  # a zone-less local date-time, to compare with the camera


# A match starts only at the first mark of a run and takes the run whole: linear on "....".
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[\"”’)]?\s+(?=[\"“(]?[A-ZÀ-ÖØ-ÞČŘŠŽŁŚŹŻ])")
_ABBREV = re.compile(
    r"(?:\d|\b(?:max|min|ca|approx|dr|st|mt|no|nr|godz|ok|vs|etc|e\.g|i\.e))$", re.I
)


def segments(text: str) -> list[Segment]:
    """The text as sentences and lines, each ranked and marked as another event or not."""
    found: list[Segment] = []
    pos = 0
    for line in text.split("\n"):
        labelled, zone = when_label(line)
        flyby = bool(_FLYBY_LABEL.match(line))
        cut = pos
        for start, end in _sentences(line):
            body = line[start:end]
            other = flyby or bool(_OTHER_EVENT.search(body))
            rank = 0 if labelled else 1 if _PHOTO_WORD.search(body) else 2
            found.append(Segment(cut + start, cut + end, rank, zone, other))
        pos += len(line) + 1
    return found


def _sentences(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(line):
        if _ABBREV.search(line, max(start, m.start() - 12), m.start()):  # the end's word only
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(line)))
    return spans


def segment_at(segs: list[Segment], pos: int) -> Segment:
    """The sentence or line that holds position `pos` (the first, where two touch it).

    Found by bisection, not a scan: it is asked once per time in the text. The
    segments are disjoint and in order, so only the few ending at or after `pos`
    among those starting at or before it can hold it.
    """
    index = bisect.bisect_right(segs, pos, key=lambda seg: seg.start) - 1
    found = None
    while index >= 0 and segs[index].end >= pos:
        seg = segs[index]
        if seg.start <= pos < seg.end or (pos == seg.end and seg.start < seg.end):
            found = seg
        index -= 1
    return found if found is not None else segs[-1]


def _short(clock: time) -> str:
    return f"{clock:%H:%M:%S}" if clock.second else f"{clock:%H:%M}"


def _date_notes(hit: DateHit, day: date | None, base: date | None) -> tuple[str, ...]:
    if hit.last is not None:
        return (f"the date {hit.text} is a range of days; which day and time (UT)?",)
    if day is None and len(hit.readings) > 1:
        a, b = hit.readings[:2]
        return (f"the date {hit.text} reads as {a.day} {a:%B} or {b.day} {b:%B}; which is it?",)
    if day is None and base is not None and hit.readings:
        return (f"the date {hit.text} is after the message was sent",)
    return ()


@dataclass(frozen=True, slots=True)
class _Dates:
    """The dates the text gives outside other events: (hit, segment, settled day or None)."""

    found: tuple[tuple[DateHit, Segment, date | None], ...]
    context: date | None  # the one date the text gives for the photo, when there is one
    notes: tuple[str, ...]
    photo_text: str = ""  # the sentences about the photo, for "tonight", "last night"
    header: datetime | None = None


def _read_dates(text: str, segs: list[Segment], header: datetime | None) -> _Dates:
    base = header.date() if header is not None else None
    found: list[tuple[DateHit, Segment, date | None]] = []
    notes: list[str] = []
    for hit in find_dates(text, base):
        seg = segment_at(segs, hit.start)
        if seg.other:
            continue
        day = None if hit.last is not None else settle(hit, base)
        notes.extend(_date_notes(hit, day, base))
        found.append((hit, seg, day))
    context = None
    if found:
        best = min(seg.rank for _, seg, _ in found)
        days = {day for _, seg, day in found if seg.rank == best}
        context = days.pop() if len(days) == 1 else None
    # "tonight" in a forwarded message is the forwarder's night, not this message's
    mark = next((m for m in (FORWARD_MARK.search(x) for x in text.split("\n")) if m), None)
    own = text.find(mark.group(0)) if mark else len(text)
    photo = " ".join(
        text[s.start : s.end] for s in segs if s.rank < 2 and not s.other and s.end <= own
    )
    return _Dates(tuple(found), context, tuple(notes), photo, header)


def _day_for(hit: TimeHit, seg: Segment, dates: _Dates, known: date | None) -> date | None:
    """The date a time belongs to: one in its own sentence, else the text's one date."""
    same = [(h, day) for h, s, day in dates.found if s is seg]
    if same:
        before = [pair for pair in same if pair[0].start < hit.start]
        return (before[-1] if before else same[0])[1]
    if dates.found:
        return dates.context
    return known or relative_day(dates.photo_text, hit.clock, dates.header)


def _candidate(
    rank: int, hit: TimeHit, day: date | None, zone: Zone | None, dates: _Dates
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
    ut, more = to_ut(datetime.combine(day, hit.clock), zone)
    return _Candidate(rank, hit, day, zone, ut, tuple(dict.fromkeys(notes + more)))


def _relative_checked(cand: _Candidate, dates: _Dates, known: date | None) -> _Candidate:
    """Drop a UT time dated by "yesterday"/"tonight" unless it falls on that day by the
    sender's own clock: "19:40 UT yesterday" sent at 08:05 +10:00 may be either UT date."""
    header = dates.header
    if cand.ut is None or dates.found or known is not None or header is None:
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
    return bool(_CULMINATION.search(text, max(seg.start, pos - 160), pos))


def _candidates(
    text: str, segs: list[Segment], dates: _Dates, known: date | None, header: datetime | None
) -> tuple[list[_Candidate], list[str]]:
    """Every time that may be the photo's, and notes on spans of time (flyby from-to)."""
    times = find_times(text)
    spans = pair_ranges(text, times)
    brief = [(a, b) for a, b in spans if _seconds_apart(a, b) <= 60]  # a transit: take its start
    in_span = {id(t) for pair in spans for t in pair if pair not in brief or t is pair[1]}
    partner_zone = {id(a): b.zone for a, b in brief}
    out: list[_Candidate] = []
    for hit in times:
        seg = segment_at(segs, hit.start)
        if seg.other or id(hit) in in_span or _culmination_before(text, seg, hit.start):
            continue
        token = hit.zone or partner_zone.get(id(hit)) or seg.zone
        zone = parse_zone(token, text, header) if token else None
        day = _day_for(hit, seg, dates, known)
        out.append(_relative_checked(_candidate(seg.rank, hit, day, zone, dates), dates, known))
    span_notes = [
        f"the time is given as a span {a.text}–{b.text}; when was the photo taken?"
        for a, b in spans
        if not segment_at(segs, a.start).other and (a, b) not in brief
    ]
    return out, span_notes


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


def _read_text(text: str, header: datetime | None, known: date | None) -> _Reading:
    clean = clean_text(text)
    segs = segments(clean)
    dates = _read_dates(clean, segs, header)
    cands, span_notes = _candidates(clean, segs, dates, known, header)
    chosen, notes = _choose(cands)
    if chosen is not None and chosen.ut is not None:
        return _Reading(TakenAt(chosen.ut, "body", None, notes))
    best = min((c.rank for c in cands if c.day is not None), default=None)
    dated = [c for c in cands if c.day is not None and c.rank == best]
    days = {c.day for c in dated}
    zoned = any(c.zone is not None for c in cands)  # a UT time its relative day cannot place
    relative = None if dates.found or zoned else relative_day(dates.photo_text, None, header)
    day = days.pop() if len(days) == 1 else None if days else dates.context or known or relative
    zoneless = [(c.day, c.hit.clock) for c in dated if c.zone is None and c.day is not None]
    local = datetime.combine(*zoneless[0]) if len(zoneless) == 1 else None
    all_notes = (*dates.notes, *notes, *(n for c in cands for n in c.notes), *span_notes)
    iso = day.isoformat() if day is not None else None
    return _Reading(TakenAt(None, None, iso, tuple(dict.fromkeys(all_notes))), local)


def _camera_item(media: Media) -> MediaItem | None:
    return next((i for i in media.usable if i.taken_at is not None), None)


def _zoneless_camera_note(media: Media) -> tuple[str, ...]:
    for item in media.usable:
        exif = item.exif
        if exif is not None and exif.datetime_original and not exif.offset:
            return (f"the camera time {exif.datetime_original} has no zone",)
    return ()


def _camera_conflict(reading: _Reading, camera: datetime) -> str | None:
    """Why the camera's UT cannot be the time the text gives, or None when it can."""
    stamp = f"{camera:%Y-%m-%d %H:%M:%S} UT"
    if reading.local is not None:
        offset = reading.local - camera.replace(tzinfo=None)
        off_grid = offset % _GRID
        on_grid = min(off_grid, _GRID - off_grid) <= AGREE
        if not (timedelta(hours=-12) <= offset <= timedelta(hours=14) and on_grid):
            return f"the text says {reading.local:%Y-%m-%d %H:%M} but the camera says {stamp}"
        return None
    if reading.result.taken_date is not None:
        written = date.fromisoformat(reading.result.taken_date)
        if abs(written - camera.date()) > timedelta(days=1):
            return f"the text says {written} but the camera says {stamp}"
    return None


def _cameras_disagree(media: Media) -> TakenAt | None:
    """Several photos whose camera UT times differ: none is *the* photo's time."""
    stamps = [i.taken_at.astimezone(UTC) for i in media.usable if i.taken_at is not None]
    if all(abs(t - stamps[0]) <= AGREE for t in stamps):
        return None
    listed = ", ".join(dict.fromkeys(f"{t:%Y-%m-%d %H:%M:%S} UT" for t in stamps))
    days = {t.date() for t in stamps}
    day = days.pop().isoformat() if len(days) == 1 else None
    return TakenAt(
        None, None, day, (f"the photos' cameras give different times ({listed}); which?",)
    )


def _with_camera(reading: _Reading, media: Media) -> TakenAt:
    """Check the text's time against the camera's, or take the camera's when the text has none."""
    result = reading.result
    item = _camera_item(media)
    if item is None or item.taken_at is None:
        if result.taken_at is None:
            return replace(result, notes=result.notes + _zoneless_camera_note(media))
        return result
    several = _cameras_disagree(media)
    if several is not None and result.taken_at is None and result.taken_date is None:
        return several
    if several is not None and result.taken_at is not None:
        stamps = [i.taken_at for i in media.usable if i.taken_at is not None]
        if any(abs(result.taken_at - t) <= AGREE for t in stamps):
            return result  # the text's time is one of the photos'
    camera = item.taken_at.astimezone(UTC)
    source: Literal["exif", "gps"] = "gps" if item.taken_at_source == "gps" else "exif"
    if result.taken_at is not None:
        if abs(result.taken_at - camera) <= AGREE:
            return result
        same_day = result.taken_at.date() == camera.date()
        note = (
            f"the text says {result.taken_at:%Y-%m-%d %H:%M:%S} UT but the camera says "
            f"{camera:%Y-%m-%d %H:%M:%S} UT; which is right?"
        )
        return TakenAt(None, None, camera.date().isoformat() if same_day else None, (note,))
    conflict = _camera_conflict(reading, camera)
    if conflict is not None:
        return TakenAt(None, None, result.taken_date, (*result.notes, conflict))
    how = "GPS" if source == "gps" else "EXIF with its offset"
    return TakenAt(camera, source, None, (f"the time is the camera's ({how})",))


def find_taken_at(text: str, media: Media, message_date: datetime | None) -> TakenAt:
    """The photo's UT time from the text, else from the first usable photo's camera.

    `message_date` (the Date header) only dates a date written without a year
    and settles which way round 05/12/2024 is; its offset is never the photo's.
    """
    return _with_camera(_read_text(text, message_date, None), media)


def parse_time_answer(text: str, known_date: date | None, message_date: datetime | None) -> TakenAt:
    """Read a follow-up ("the time was 21:34 UT") that completes a date already known."""
    result = _read_text(text, message_date, known_date).result
    if result.taken_at is None and result.taken_date is None and known_date is not None:
        return replace(result, taken_date=known_date.isoformat())
    return result

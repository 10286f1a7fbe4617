"""When the photo was taken, in UT: from the sender's words first, then the camera.

A time is UT only when its zone is certain (docs/design.md invariant 6); a time that
belongs to another event (a launch, a berthing, sunset) is never the photo's;
when candidates disagree, or text and camera disagree, nothing is kept and the
notes say why (invariant 7).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from ipom_mail.pipeline.fields.camera_time import TakenAt as TakenAt
from ipom_mail.pipeline.fields.camera_time import TextReading, with_camera
from ipom_mail.pipeline.fields.clock_spans import unread_start
from ipom_mail.pipeline.fields.dates import TimeHit, find_times, pair_ranges
from ipom_mail.pipeline.fields.dating import Dates, read_dates
from ipom_mail.pipeline.fields.doubt import doubted
from ipom_mail.pipeline.fields.in_force import convert
from ipom_mail.pipeline.fields.later_clause import later_day
from ipom_mail.pipeline.fields.part_of_day import said_half
from ipom_mail.pipeline.fields.pass_marks import pass_marks
from ipom_mail.pipeline.fields.pass_tables import without_tables
from ipom_mail.pipeline.fields.predicted import predicted
from ipom_mail.pipeline.fields.quotes import clean_text as clean_text
from ipom_mail.pipeline.fields.relative_days import half_beside, relative_day, zone_clock
from ipom_mail.pipeline.fields.restated import one_moment, to_the_second, without_restatements
from ipom_mail.pipeline.fields.segments import Segment, culmination_before, photo_date_before_event
from ipom_mail.pipeline.fields.segments import segment_at as segment_at
from ipom_mail.pipeline.fields.segments import segments as segments
from ipom_mail.pipeline.fields.shot_spans import (
    Candidate,
    SpanRoles,
    after_midnight,
    span_roles,
    unread_ends,
    window_of,
    with_until,
)
from ipom_mail.pipeline.fields.shutter import shutter_closed_at, until_before
from ipom_mail.pipeline.fields.time_day import day_for, in_later_clause, photo_date, series_day
from ipom_mail.pipeline.fields.zones import Zone, parse_zone, twelve_hour
from ipom_mail.pipeline.values import DateStyle, Media


def _short(clock: time) -> str:
    return f"{clock:%H:%M:%S}" if clock.second else f"{clock:%H:%M}"


def _candidate(
    rank: int, hit: TimeHit, day: date | None, zone: Zone | None, dates: Dates, context: str
) -> Candidate:
    if zone is None:
        note = f"the time {_short(hit.clock)} has no zone"
        return Candidate(rank, hit, day, None, None, (note,))
    notes: tuple[str, ...] = (zone.problem,) if zone.problem else ()
    if not hit.hour_certain and (hit.period or twelve_hour(zone, hit.text)):
        half = None if hit.period else said_half(hit.clock, day, context, dates.header)
        if half is None:
            note = f"the time {hit.text} may be am or pm"
            return Candidate(rank, hit, day, None, None, (*notes, note))
        hit = replace(hit, clock=half, hour_certain=True)  # "this morning … 10:14:37 AEDT"
    if day is None:
        if not dates.notes:  # else the date's own note says what is wrong
            notes = (*notes, f"the time {hit.text} has no date of its own")
        return Candidate(rank, hit, None, zone, None, notes)
    done = convert(datetime.combine(day, hit.clock), zone, hit.text, context, dates.header)
    notes = tuple(dict.fromkeys(notes + done.notes))
    return Candidate(rank, hit, day, zone, done.ut, notes, question=done.question)


def _relative_checked(cand: Candidate, dates: Dates, known: date | None) -> Candidate:
    """Drop a UT time dated by "yesterday"/"tonight" unless it falls on that day by the
    clock that counted it (the time's zone, else the sender's header): "19:40 UT
    yesterday" sent at 08:05 +10:00 may be either UT date."""
    header = dates.header
    if cand.ut is None or not cand.relative or header is None:
        return cand
    local = cand.ut.astimezone(zone_clock(cand.zone) or header.tzinfo)
    half = half_beside(dates.text[max(0, cand.hit.start - 30) : cand.hit.start], cand.hit.clock)
    in_half = {"this_morning": local.hour < 12, "this_evening": local.hour >= 12}.get(half or "")
    if local.date() == cand.day and in_half is not False and (half is None or cand.ut <= header):
        return cand  # "this morning at 05:48 UTC" from +13:00 at 22:00 is not this morning
    note = f"the time {cand.hit.text} is dated by a relative day; which UT date is it?"
    return replace(cand, day=None, ut=None, notes=(*cand.notes, note))


FUTURE_NOTE = "is after the mail was sent"
# A sender's clock or its zone may be set wrong by hours; "tomorrow's pass" is a day on.
_CLOCK_SLACK = timedelta(hours=12)


def _future_checked(cand: Candidate, header: datetime | None) -> Candidate:
    """Drop a UT time well after the mail was sent: a pass still to come is no photo's
    time. A Date header at UTC+0 may be a converted one, and says nothing."""
    if cand.ut is None or header is None or not header.utcoffset():
        return cand
    if cand.ut <= header + _CLOCK_SLACK:
        return cand
    note = f"the time {cand.hit.text} {FUTURE_NOTE}"
    return replace(cand, ut=None, notes=(*cand.notes, note))


def _culmination_before(text: str, seg: Segment, pos: int) -> bool:
    """Whether the words just before `pos` in its segment name the pass's culmination.

    A window of 160 characters holds any real such phrase; the whole segment
    before every time made a text of many times cost the square of its length.
    """
    return culmination_before(text, seg.start, pos)


@dataclass(frozen=True, slots=True)
class _Placed:
    """A time that may be the photo's, placed in its sentence, before its UT time is read."""

    hit: TimeHit
    seg: Segment
    zone: Zone | None
    day: date | None
    relative: bool
    window: tuple[TimeHit, TimeHit] | None


def _candidates(
    text: str, segs: list[Segment], dates: Dates, known: date | None, header: datetime | None
) -> tuple[list[Candidate], list[str]]:
    """Every time that may be the photo's, and notes on spans of time (flyby from-to)."""
    times = find_times(text)
    spans = pair_ranges(text, times)
    roles = span_roles(text, segs, spans)
    marks = pass_marks(text, segs, times, spans)
    unread = unread_ends(text, segs, times, spans)
    found: list[_Placed | Candidate] = []
    for before, hit in zip([None, *times], times, strict=False):
        seg = segment_at(segs, hit.start)
        later = later_day(text, seg, hit, header) if seg.other else None  # "hours later"
        # "Prise le … à 6 h 02, … avant le lever du soleil": the photo's, the event after it
        own_time = seg.other and photo_date_before_event(text, segs, hit.start)
        if id(hit) in roles.in_span or (seg.other and later is None and not own_time):
            continue
        if _culmination_before(text, seg, hit.start) or until_before(text, hit.start):
            continue
        if shutter_closed_at(text, hit):  # "… y lo cerré a las 20:19": an exposure's end
            continue
        if marks.start_beside_shot(hit, seg):
            continue  # "Il passaggio è iniziato alle 20:51 …; lo scatto è delle 20:53:10"
        if predicted(text, hit.start, before.end if before else 0):
            found.append(_predicted(seg.rank, hit))  # "transit-finder predicted … 23:31:07"
            continue
        if id(hit) in unread:  # "από τις 21:04:10 ??? 21:09:30 ώρα Ελλάδος": maybe its end
            found.append(_unread_end(seg.rank, unread[id(hit)].text, hit))
            continue
        start = unread_start(text, hit)
        if start is not None:  # "๑๘.๕๒.๑๐ – ๑๘.๕๕.๔๐ น.", its start not read: a span's end
            found.append(_unread_end(seg.rank, start, hit))
            continue
        # the window holding the shot gives it its zone, else (zoneless) its day at least
        window = window_of(hit, seg, roles.windows) or window_of(hit, seg, roles.all_windows)
        zone_of_window = (window[0].zone or window[1].zone) if window else None
        token = hit.zone or roles.partner_zone.get(id(hit)) or seg.zone or zone_of_window
        token = token or marks.zone_for(hit, seg)
        zone = parse_zone(token, text, header) if token else None
        day, relative = (later, False) if later else day_for(hit, seg, dates, known, zone)
        if day is None and id(hit) in roles.series:  # "18 poses … entre 18h52 et 18h55"
            day = series_day(text, seg, dates)
        found.append(_Placed(hit, seg, zone, day, relative, window))
    # the mail's one date for its one time without one; in a mail with a pass window the
    # window dates it ("von 23:52 bis 00:03 MESZ" … "um 00:01:10 MESZ": after midnight)
    lone = [p for p in found if isinstance(p, _Placed) and p.day is None and p.zone is not None]
    if one_moment(text, [(p.hit, p.seg) for p in lone]) and not roles.all_windows:
        for placed in lone:  # "11:41:07 TU (12:41:07 hora peninsular)": one time, restated
            day = photo_date(placed.hit, placed.seg, dates, placed.zone)
            found[found.index(placed)] = replace(placed, day=day)
    out = [
        p if isinstance(p, Candidate) else _read(p, roles, (text, segs, dates, known, header))
        for p in found
    ]
    return without_restatements(text, out), roles.notes()


def _read(
    placed: _Placed,
    roles: SpanRoles,
    reading: tuple[str, list[Segment], Dates, date | None, datetime | None],
) -> Candidate:
    """A placed time's candidate: its day after midnight in a window, its UT time, checked
    against its relative day, the Date header and the sender's doubt; a series' end."""
    text, segs, dates, known, header = reading
    hit, seg = placed.hit, placed.seg
    day = after_midnight(hit, seg, placed.day, placed.window, (segs, dates, known))
    cand = _candidate(seg.rank, hit, day, placed.zone, dates, text)
    cand = replace(cand, relative=placed.relative)
    cand = _future_checked(_relative_checked(cand, dates, known), header)
    if cand.ut is not None and doubted(text, hit.start, hit.end):  # "21:34 UT, I think"
        note = f"the time {hit.text} is given with doubt; when was the photo taken?"
        cand = replace(cand, ut=None, notes=(*cand.notes, note))
    end = roles.series.get(id(hit))
    return with_until(cand, end, text) if end is not None else cand


def _predicted(rank: int, hit: TimeHit) -> Candidate:
    """A time a prediction site gave: no UT time, and a note for a mail with no other."""
    note = f"the time {hit.text} is a prediction's; when was the photo taken?"
    return Candidate(rank, hit, None, None, None, (note,))


def _unread_end(rank: int, first: str, hit: TimeHit) -> Candidate:
    """A time that may end a span from `first` (as written): no UT time."""
    end = " ".join(hit.text.split())  # a zone wrapped onto the next line
    note = f"the times {first} and {end} may be a span; when was the photo taken?"
    return Candidate(rank, hit, None, None, None, (note,))


# a bracket opening, with at most three words before the time ("(that's 8:14:30 PM EDT",
# "(i.e. 21:14 CET", "(dus 22:14 CEST")


def _choose(cands: list[Candidate]) -> tuple[Candidate | None, tuple[str, ...]]:
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
    rival = _finer_nearby(precise, cands)
    if rival is not None:
        note = f"the times {precise.hit.text} and {rival.hit.text} are both given; which is the photo's?"
        return None, (note,)
    precise = to_the_second(precise, cands)
    return precise, precise.notes


_NEARBY = timedelta(minutes=30)  # a pass lasts minutes: a time this close is of the same pass


def _finer_nearby(chosen: Candidate, cands: list[Candidate]) -> Candidate | None:
    """Another time to the second, minutes from a whole-minute chosen one ("17:55 CET …
    17:51:36"): the chosen may be a window's edge or a rounded time, the other the shot."""
    if chosen.hit.clock.second or chosen.hit.clock.microsecond:
        return None
    day = date(2000, 1, 1)
    at = datetime.combine(day, chosen.hit.clock)
    for cand in cands:
        if cand is chosen or not cand.hit.clock.second:
            continue
        if (
            cand.ut is not None
            and chosen.ut is not None
            and abs(cand.ut - chosen.ut) <= timedelta(minutes=1)
        ):
            continue
        gap = abs(datetime.combine(day, cand.hit.clock) - at)
        if timedelta(minutes=1) < min(gap, timedelta(days=1) - gap) <= _NEARBY:
            return cand
    return None


def _read_text(
    text: str, header: datetime | None, known: date | None, sender: tuple[DateStyle, ...] = ()
) -> TextReading:
    """_read_once, its cache told the header's offset: 09:40 +03:00 and 06:40 +00:00 are
    equal datetimes, but not the same sender's day."""
    offset = header.utcoffset() if header is not None else None
    return _read_once(text, header, offset, known, sender)


@lru_cache(maxsize=4)  # pure: read ahead while the decoders work (fields.read_ahead)
def _read_once(
    text: str,
    header: datetime | None,
    _offset: timedelta | None,
    known: date | None,
    sender: tuple[DateStyle, ...],
) -> TextReading:
    clean = clean_text(text)
    segs = segments(clean)
    dates = read_dates(clean, segs, header, sender, original=text)
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
    # "last night" dates the photo only as each of its times reads it ("at 00:40": which day?)
    photo, morning = dates.photo_text, dates.untimed_text
    clocks = {relative_day(photo, c.hit.clock, header, morning=morning) for c in cands} or {
        relative_day(photo, None, header, morning=morning)
    }
    relative = None if dates.found or zoned or len(clocks) != 1 else clocks.pop()
    context = None if dates.context in _event_days(clean, segs, dates, cands) else dates.context
    day = days.pop() if len(days) == 1 else None if days else context or known or relative
    zoneless = [(c.day, c.hit.clock) for c in dated if c.zone is None and c.day is not None]
    local = datetime.combine(*zoneless[0]) if len(zoneless) == 1 else None
    all_notes = (*dates.habits, *dates.notes, *notes, *(n for c in cands for n in c.notes))
    all_notes = (*all_notes, *span_notes)
    iso = day.isoformat() if day is not None else None
    asked = (*dates.questions, *(c.question for c in cands if c.question is not None))
    result = TakenAt(None, None, iso, tuple(dict.fromkeys(all_notes)), tuple(dict.fromkeys(asked)))
    return TextReading(result, local)


def _event_days(text: str, segs: list[Segment], dates: Dates, cands: list[Candidate]) -> set[date]:
    """The days written in a relative clause after a time ("…, which was launched on 13
    July"): another event's, never the photo's date, even as the mail's only date."""
    days: set[date] = set()
    for cand in cands:
        own = next((s for s in segs if s.start <= cand.hit.start < s.end), None)
        days |= {
            day
            for hit, seg, day in dates.found
            if own is not None
            and day is not None
            and in_later_clause(text, cand.hit, hit, seg, own)
        }
    return days


def find_taken_at(
    text: str,
    media: Media,
    message_date: datetime | None,
    sender: tuple[DateStyle, ...] = (),
    known: date | None = None,
) -> TakenAt:
    """The photo's UT time from the text, else from the first usable photo's camera.

    `message_date` (the Date header) only dates a date written without a year
    and settles which way round 05/12/2024 is; its offset is never the photo's.
    `sender` (how the sender wrote dates before) settles it too, with a note.
    `known` is the photo's date said outside the text (the Subject's): it dates a time
    that has no date of its own.
    """
    base = message_date.date() if message_date is not None else None
    text = without_tables(text, base)  # a pass table's times are the passes'
    return with_camera(_read_text(text, message_date, known, sender), media)


def parse_time_answer(text: str, known_date: date | None, message_date: datetime | None) -> TakenAt:
    """Read a follow-up ("the time was 21:34 UT") that completes a date already known."""
    result = _read_text(text, message_date, known_date).result
    if result.taken_at is None and result.taken_date is None and known_date is not None:
        return replace(result, taken_date=known_date.isoformat())
    return result


def in_window(
    text: str, header: datetime | None, window: tuple[datetime, datetime]
) -> datetime | None:
    """The photo's UT time when its time has no date of its own but falls inside the pass's
    dated window ("rose 11:52 PM EDT Friday June 21, set 12:03 AM EDT … the frame at
    11:58:40 PM EDT"): the one local date that puts it there, else None."""
    found = series_in_window(text, header, window)
    return found[0] if found is not None else None


def series_in_window(
    text: str, header: datetime | None, window: tuple[datetime, datetime]
) -> tuple[datetime, datetime | None] | None:
    """As in_window, with the UT end of the series or long exposure that starts at that
    time ("Exposure sequence: 05:31:10 to 05:34:50" inside "rose 05:30, set 05:36"), if any."""
    clean = clean_text(text)
    segs = segments(clean)
    dates = read_dates(clean, segs, header)
    cands, _ = _candidates(clean, segs, dates, None, header)
    ends = {a.start: b for a, b in pair_ranges(clean, find_times(clean))}
    start, end = window
    slack = timedelta(minutes=1)
    fits: set[tuple[datetime, datetime | None]] = set()
    top = min((c.rank for c in cands), default=0)  # a better-placed time elsewhere: none
    for cand in cands:
        if cand.day is not None or cand.zone is None or not cand.zone.usable or cand.rank > top:
            continue
        for shift in (-1, 0, 1, 2):
            day = start.date() + timedelta(days=shift)
            ut = convert(
                datetime.combine(day, cand.hit.clock), cand.zone, cand.hit.text, clean, header
            ).ut
            if ut is not None and start - slack <= ut <= end + slack:
                last = ends.get(cand.hit.start)
                dated = replace(cand, day=day, ut=ut)
                fits.add((ut, with_until(dated, last, clean).until if last else None))
    return fits.pop() if len(fits) == 1 else None

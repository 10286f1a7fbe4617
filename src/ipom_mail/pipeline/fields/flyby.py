"""Flyby details: the pass's from–to times in UT, with its max elevation and brightness
(read in flyby_numbers.py).

A window is a pass only when it is as long as a visible pass; its zone is the
one written with it, or the photo's when only that reading holds the photo.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from ipom_mail.pipeline.fields.clause_zone import clause_zone
from ipom_mail.pipeline.fields.clock_spans import half_written, names_first_shot
from ipom_mail.pipeline.fields.dates import (
    DateHit,
    TimeHit,
    find_dates,
    find_times,
    pair_ranges,
    settle,
)
from ipom_mail.pipeline.fields.exposure_lines import (
    exposure_edge,
    series_time_line,
    under_exposure_label,
)
from ipom_mail.pipeline.fields.flyby_numbers import find_magnitude, find_max_elevation
from ipom_mail.pipeline.fields.in_force import convert
from ipom_mail.pipeline.fields.labels import label_pattern
from ipom_mail.pipeline.fields.pass_choice import table_pass
from ipom_mail.pipeline.fields.pass_marks import pass_marks
from ipom_mail.pipeline.fields.predicted import predicted
from ipom_mail.pipeline.fields.segments import Segment, another_pass, other_event, sentence_around
from ipom_mail.pipeline.fields.taken_at import TakenAt, clean_text, segment_at, segments
from ipom_mail.pipeline.fields.time_day import end_date
from ipom_mail.pipeline.fields.zones import is_zone_word, parse_zone
from ipom_mail.pipeline.values import Flyby

_MAX_SPAN = timedelta(minutes=30)  # longer than any visible ISS pass: not a flyby
_MIN_SPAN = timedelta(minutes=1)  # shorter than any visible pass: a stack or a transit
# "a stack of 250 frames from … to …", "timelapse from … to …": the recording, not the pass


def _local_days(taken: TakenAt, span_day: date | None) -> list[date]:
    """The local dates the span may fall on: its own, the photo's, or around the photo's UT."""
    if span_day is not None:
        return [span_day]
    if taken.taken_at is not None:
        day = taken.taken_at.date()
        return [day - timedelta(days=1), day, day + timedelta(days=1)]
    if taken.taken_date is not None:
        return [date.fromisoformat(taken.taken_date)]
    return []


def _written_zone(pair: tuple[TimeHit, TimeHit], text: str, lead: str) -> str | None:
    """The zone written beside the span's times, in the heading above it, or in its
    clause's own words before it (`lead`)."""
    first, last = pair
    return first.zone or last.zone or _heading_zone(text, first.start) or clause_zone(lead)


def _span_ut(
    pair: tuple[TimeHit, TimeHit], day: date, text: str, header: datetime | None, token: str | None
) -> tuple[datetime, datetime] | None:
    """The span's UT start and end on the local `day`, its times read in the zone `token`."""
    first, last = pair
    zone = parse_zone(token, text, header) if token else None
    if zone is None or not zone.usable:
        return None
    fits: list[tuple[datetime, datetime]] = []
    for begin, finish in _clocks(first, last):
        start = convert(datetime.combine(day, begin), zone, first.text, text, header).ut
        end = convert(datetime.combine(day, finish), zone, last.text, text, header).ut
        if start is None or end is None:
            continue
        until = end + timedelta(days=1) if end < start else end
        if _MIN_SPAN <= until - start <= _MAX_SPAN:
            fits.append((start, until))
    return fits[0] if len(fits) == 1 else None


def _clocks(first: TimeHit, last: TimeHit) -> list[tuple[time, time]]:
    """The span's clocks, with the other half of a 12-hour day for the one whose half only
    the other says ("from 7:45 to 7:51 pm", "晚上9點10分從西方升起，9點16分在東方落下"):
    whichever makes a pass's span, if one alone does."""
    if not first.hour_certain and last.hour_certain:
        return [(clock, last.clock) for clock in _halves(first.clock)]
    if not last.hour_certain and half_written(first):  # not a 24-hour "19:00 to 7:06"
        return [(first.clock, clock) for clock in _halves(last.clock)]
    return [(first.clock, last.clock)]


def _halves(clock: time) -> tuple[time, ...]:
    """A clock read on a 12-hour dial, and the same in the other half of the day."""
    if clock.hour == 0:
        return (clock,)
    return (clock, clock.replace(hour=(clock.hour + 12) % 24))


_HEADING = re.compile(r"\((?P<inner>[^()\n]{1,60})\)\s*:\s*$")


def _heading_zone(text: str, pos: int) -> str | None:
    """The zone the heading line just above names in its brackets, beside a date at most
    ("Údaje o přeletu (středa 4. listopadu 2026, SEČ):" over "začátek 17:15:20, … konec
    17:21:40"): the clock of the lines under it."""
    line_start = text.rfind("\n", 0, pos)
    if line_start < 0:
        return None
    above = text[text.rfind("\n", 0, line_start) + 1 : line_start]
    m = _HEADING.search(above)
    if m is None:
        return None
    zones = [p.strip() for p in m["inner"].split(",") if is_zone_word(p.strip())]
    return zones[0] if len(zones) == 1 else None


def _closest(
    spans: list[tuple[datetime, datetime]], taken: TakenAt
) -> tuple[datetime, datetime] | None:
    """The one span that fits the photo's UT time (within an hour), or the only one."""
    if taken.taken_at is None:
        return spans[0] if len(spans) == 1 else None
    moment = taken.taken_at.astimezone(UTC)

    def gap(span: tuple[datetime, datetime]) -> timedelta:
        start, end = span
        return max(start - moment, moment - end, timedelta(0))

    fitting = [s for s in spans if gap(s) <= timedelta(hours=1)]
    return min(fitting, key=gap) if fitting else None


def _zones_by_paragraph(segs: list[Segment], times: list[TimeHit]) -> dict[int, set[str]]:
    """The zones written beside the times of each paragraph, read once for all spans."""
    found: dict[int, set[str]] = {}
    for hit in times:
        if hit.zone:
            found.setdefault(segment_at(segs, hit.start).para, set()).add(hit.zone)
    return found


def _in_photo_zone(
    pair: tuple[TimeHit, TimeHit],
    days: list[date],
    text: str,
    tokens: set[str],
    header: datetime | None,
    taken: TakenAt,
) -> tuple[datetime, datetime] | None:
    """A span written with no zone of its own, read in the zone of a time beside it in
    its paragraph, else in the mail (`tokens`: "prise … à 22h17 (heure de Paris) … le
    passage a duré de 22h13 à 22h20"): only when, so read, it holds the photo's UT time,
    in one way only."""
    if taken.taken_at is None or taken.source != "body" or len(tokens) > _FEW_ZONES:
        return None
    moment = taken.taken_at.astimezone(UTC)
    fits = {
        span
        for token in tokens
        for day in days
        if (span := _span_ut(pair, day, text, header, token)) is not None
        and span[0] <= moment <= span[1]
    }
    return fits.pop() if len(fits) == 1 else None


_FEW_ZONES = 4  # more zones in one paragraph than a mail's clocks: a list, not a clock


def _mail_zones(para_zones: dict[int, set[str]], said: str) -> set[str]:
    """The zones of the mail's other paragraphs, for a window in a paragraph that names none
    ("u 21h34 (UTC+2)." ¶ "Prelet: … vidljiv od 21h31 do 21h37."): none when the window's
    sentence names a day of its own ("Morgen geht sie von 18:39 bis 18:45"), which may be
    another pass's."""
    from ipom_mail.pipeline.fields.relative_days import relative_kinds
    from ipom_mail.pipeline.fields.weekday_words import names_a_weekday
    from ipom_mail.pipeline.fields.words import relative_day_pattern

    if names_a_weekday(said) or relative_kinds(said):
        return set()
    if any(relative_day_pattern(kind).search(said) for kind in ("tomorrow", "today")):
        return set()
    return set().union(*para_zones.values())


_DATE_BESIDE = re.compile(r"[^\d\n]{0,12}")  # "2026년 6월 15일 밤 오후 11시 58분": the start's


def _span_day(
    text: str, hits: list[DateHit], offset: int, pair: tuple[TimeHit, TimeHit], base: date | None
) -> date | None:
    """The local date of a span: the one date of its sentence (at `offset`); else the date
    written just before its start ("6월 15일 밤 오후 11시 58분에 떠서 6월 16일 오전 12시 4분에
    졌고"), or between its two times ("from 11:58:40 PM EDT on Wednesday August 14 to …")."""
    end_day = _end_day(text, hits, offset, pair, base)
    if end_day is not None:
        return end_day
    own = [settle(h, base) for h in hits]
    if len(own) == 1:
        return own[0]
    start, end = pair[0].start, pair[1].start
    beside = [
        settle(h, base)
        for h in hits
        if offset + h.end <= start and _DATE_BESIDE.fullmatch(text, offset + h.end, start)
    ]
    if len(beside) == 1:
        return beside[0]
    between = [settle(h, base) for h in hits if pair[0].end <= offset + h.start < end]
    return between[0] if len(between) == 1 else None


def _end_day(
    text: str, hits: list[DateHit], offset: int, pair: tuple[TimeHit, TimeHit], base: date | None
) -> date | None:
    """The start's local date of a span across midnight whose end carries its own date
    (dating.end_date: "terminó a las 0:04 del domingo 21 de marzo"): the day before it."""
    first, last = pair
    if last.clock >= first.clock:
        return None
    placed = [replace(h, start=h.start + offset, end=h.end + offset) for h in hits]
    dated = end_date(text, placed, first, last)
    day = settle(dated, base) if dated is not None else None
    return day - timedelta(days=1) if day is not None else None


def _segment_reading(
    text: str, segs: list[Segment], seg: Segment, pos: int, base: date | None
) -> tuple[bool, int, list[DateHit]]:
    """What the segment of a span starting at `pos` says, read once for all its spans:
    whether its sentence is about the photos or another event, not the pass; where that
    sentence starts; its dates."""
    first, last = sentence_around(text, segs, pos)  # a wrapped sentence whole
    said = text[first:last]
    not_pass = bool(
        other_event(said)  # a line labelled as the pass's ("začátek 17:15:20, …") is read
        or another_pass(said)  # "the next pass tomorrow from 20:10 to 20:16"
        or label_pattern("series").search(said)
        or label_pattern("photos").search(said)
        or names_first_shot(said)  # "First frame 11:02:30 PM EDT …, last frame …"
        or exposure_edge(text, pos) == "start"  # "Inizio posa  22:31:40"
        or under_exposure_label(text, pos)  # "撮影日時：20時05分10秒から20時08分40秒まで"
        or series_time_line(text, segs, pos)  # "เวลา: ๑๘.๕๒.๑๐ – …" in a stack's mail
        or predicted(text, pos)  # "Пролёт по прогнозу с 01:12 до 01:18": not the pass seen
    )
    return not_pass, first, find_dates(text[seg.start : seg.end], base)


def find_span(
    text: str, taken: TakenAt, message_date: datetime | None
) -> tuple[datetime | None, datetime | None]:
    """The pass's from–to times in UT on the photo's date; (None, None) without a zone or date."""
    clean = clean_text(text)
    segs = segments(clean)
    base = message_date.date() if message_date is not None else None
    found: set[tuple[datetime, datetime]] = set()
    times = find_times(clean)
    pairs = pair_ranges(clean, times)
    para_zones = _zones_by_paragraph(segs, times)
    memo: dict[int, tuple[bool, int, list[DateHit]]] = {}  # by segment: read once each
    order = {id(t): i for i, t in enumerate(times)}
    for pair in pairs:
        seg = segment_at(segs, pair[0].start)
        if seg.start not in memo:
            memo[seg.start] = _segment_reading(clean, segs, seg, pair[0].start, base)
        not_pass, first, hits = memo[seg.start]
        if not_pass:
            continue  # the photos' own from–to, or one that may be either: never the pass
        span_day = _span_day(clean, hits, seg.start, pair, base)
        if hits and span_day is None:
            continue  # several dates, none of them the span's own
        index = order[id(pair[0])]  # the time before the span's: its clause starts after it
        before = times[index - 1].end if index and times[index - 1].end <= pair[0].start else 0
        lead = clean[max(first, before) : pair[0].start]
        days = _local_days(taken, span_day)
        token = _written_zone(pair, clean, lead)
        if token is None:
            tokens = para_zones.get(seg.para) or _mail_zones(para_zones, clean[seg.start : seg.end])
            best = _in_photo_zone(pair, days, clean, tokens, message_date, taken)
        else:
            spans = [_span_ut(pair, d, clean, message_date, token) for d in days]
            best = _closest([s for s in spans if s is not None], taken)
        if best is not None:
            found.add(best)
    if not found and not pairs:
        return _start_alone(clean, segs, times, taken, message_date), None
    return next(iter(found)) if len(found) == 1 else (None, None)


def _start_alone(
    text: str, segs: list[Segment], times: list[TimeHit], taken: TakenAt, header: datetime | None
) -> datetime | None:
    """The pass's start in UT when the text gives it alone, with its zone ("Il passaggio è
    iniziato alle 20:51 ora italiana ed è durato circa cinque minuti"): on the photo's
    date, only when the photo's UT time falls in the half hour after it."""
    if taken.taken_at is None or taken.source != "body":
        return None
    marks = pass_marks(text, segs, times, [])
    starts = [t for t in times if id(t) in marks.starts and t.zone]
    zone = parse_zone(starts[0].zone, text, header) if len(starts) == 1 and starts[0].zone else None
    if zone is None or not zone.usable:
        return None
    moment = taken.taken_at.astimezone(UTC)
    fits = set()
    for day in _local_days(taken, None):
        local = datetime.combine(day, starts[0].clock)
        ut = convert(local, zone, starts[0].text, text, header).ut
        if ut is not None and ut <= moment <= ut + _MAX_SPAN:
            fits.add(ut)
    return fits.pop() if len(fits) == 1 else None


def find_flyby(
    text: str, taken: TakenAt, message_date: datetime | None, subject: str = ""
) -> Flyby:
    """Max elevation, from–to (UT) and magnitude of the pass, each None when not certain;
    the elevation and brightness the text does not settle are read with the `subject` too
    ("ISS 12 Nov 2026 18:21:05 UTC - Galway - max el 64° mag -3.4"): the Subject adds a
    value, and a value it contradicts is none. A pass table copied into the mail gives the
    photo's pass's row (pass_choice.py); the other readers read the text around it."""
    clean = clean_text(text)
    table = table_pass(clean, taken, message_date)
    clean = _without(clean, table.spans)  # the prose around the tables
    start, end = find_span(clean, taken, message_date)
    both = f"{clean}\n\n{subject}" if subject else clean
    elevation = find_max_elevation(clean)
    magnitude = find_magnitude(clean)
    return Flyby(
        max_elevation_deg=_agreed(
            table.height, elevation if elevation is not None else find_max_elevation(both)
        ),
        start=_agreed(table.start, start),
        end=_agreed(table.end, end),
        magnitude=_agreed(
            table.magnitude, magnitude if magnitude is not None else find_magnitude(both)
        ),
    )


_T = TypeVar("_T", float, datetime)


def _without(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The text with the tables' lines blanked (their line breaks kept)."""
    for first, last in spans:
        text = text[:first] + re.sub(r"[^\n]", " ", text[first:last]) + text[last:]
    return text


def _agreed(table: _T | None, prose: _T | None) -> _T | None:
    """The value the table and the prose give; none when they give two different ones."""
    if table is None or prose is None:
        return table if prose is None else prose
    return table if table == prose else None

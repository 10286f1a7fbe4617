"""Flyby details: the pass's max elevation, its from–to times in UT, its brightness.

Each value needs its own words next to it ("max. elevation 72°", "-3.6 mag"):
a Sun altitude, an angular size or a moon phase is never taken for one. When
the text gives two different values for the same detail, none is kept.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

from ipom_mail.pipeline.fields.clause_zone import clause_zone
from ipom_mail.pipeline.fields.dates import (
    DateHit,
    TimeHit,
    find_dates,
    find_times,
    pair_ranges,
    settle,
)
from ipom_mail.pipeline.fields.doubt import doubted
from ipom_mail.pipeline.fields.in_force import convert
from ipom_mail.pipeline.fields.labels import label_pattern, label_words_raw
from ipom_mail.pipeline.fields.pass_marks import pass_marks
from ipom_mail.pipeline.fields.segments import Segment, other_event, sentence_around
from ipom_mail.pipeline.fields.taken_at import TakenAt, clean_text, segment_at, segments
from ipom_mail.pipeline.fields.zones import is_zone_word, parse_zone
from ipom_mail.pipeline.values import Flyby

# A word saying the number is the highest point of the pass, in the languages we read.
_HIGHEST = re.compile(
    r"\bma(?:x|ks)|highest|höchst|culmin|kulmin|delel|peak|reach|legnagyobb|legmagasabb"
    r"|najwyższ|nejvyšší|hoogste|más alto|mais alto|plus haut|più alto|massim|máxim|pass\b|"
    + label_words_raw("highest")
    + "|"
    + label_words_raw("climbed"),
    re.I,
)
_OVERHEAD = re.compile(rf"(?:{label_words_raw('overhead')})[^\d\n;]{{0,14}}$", re.I)
# "passing right over the pavilion, about 80 degrees up": "up" after the degrees, with the
# pass going overhead earlier in the sentence ("20° up through the trees" is no height)
_OVERHEAD_ANYWHERE = re.compile(rf"(?:{label_words_raw('overhead')})[^\d\n;]*$", re.I)
_UP = re.compile(r"\s*up\b(?! to)", re.I)
_FIELD_OF_VIEW = re.compile(
    r"\s*(?:field of view|fov\b|bildwinkel|sichtfeld|champ de vision)", re.I
)
_NOT_ELEVATION = re.compile(
    r"azimut|\baz\b|below|unter dem|sous l|bajo el|field of view|\bfov\b|latitud|longitud"
    r"|angle of view|bildwinkel|diagonal",
    re.I,
)
_DEGREES = re.compile(
    r"(?<![\d.,+\-−])(?P<v>\d{1,2}(?:[.,]\d+)?)\s*(?:°|º|deg(?:rees?)?\b|grad\w*|graus|graden"
    r"|fok\w*|stopni|stupň\w*|" + label_words_raw("degrees") + ")",
    re.I,
)
_DEGREES_FIRST = re.compile(rf"\s*(?:{label_words_raw('highest_after')})", re.I)
_SENTENCE_END = re.compile(r"\n(?P<wrap>[ \t]*[^\W\d_])?|[.!?]\s+(?P<next>.?)", re.I)
_WINDOW = 45  # characters before the number where its words must be
_BODY = re.compile(
    r"\b(?:sun|solar|sonne|soleil|sol|nap|moon|mond|lune|luna|hold|księżyc|měsíc|slunce"
    r"|venus|vénus|venere|wenus|венера|jupiter|júpiter|giove|jowisz|юпитер|mars|марс"
    r"|saturn\w*|saturno|сатурн|sirius|сириус|planet\w*|star|stern|étoile|estrella)\b",
    re.I,
)
_BRIGHTNESS_WORD = re.compile(
    r"(?<![^\W\d_])(?:mag(?:nitude|nitud|nitudine|nitudo|nitúdó)?\.?|brightness|brilliance"
    r"|helligkeit|luminosité|éclat|brillo|brillance|luminosità|brilho|fényesség\w*|jasność"
    r"|jasnost|helderheid|(?:" + label_words_raw("brightness") + r")\w*)(?![^\W\d_])",
    re.I,
)
# a colon ends the value ("magnitud -3,9: pasó…") unless a clock's minutes follow it
_NUMBER = r"(?P<v>[+\-−–]?\s?\d{1,2}(?:[.,]\d{1,2})?)(?![\d°º%]|:\d|[.,]\d|\s*(?:°|%|km|mm|x\b))"
_AFTER_WORD = re.compile(rf"[^\d\n+\-−–]{{0,20}}?{_NUMBER}")
_BRIGHT_WORD = re.compile(r"(?<![^\W\d_])(?:" + label_words_raw("bright") + ")", re.I)
_AFTER_BRIGHT = re.compile(  # a signed number only: "a bright pass on 4 August" is a date
    # a hyphen inside a word may stand between ("heaps bright, heavens-above said -3.5")
    r"(?:[^\d\n+\-−–]|(?<=[^\W\d_])-(?=[^\W\d_])){0,24}?"
    r"(?P<v>[+\-−–]\s?\d{1,2}(?:[.,]\d{1,2})?)(?![\d°º%:]|[.,]\d)"
)
# "Max 79°, -3.3", "max el 82° / -3.9": a signed number right after the pass's height
_AFTER_HEIGHT = re.compile(
    r"\s*[,/;]\s*(?P<v>[+\-−–]\s?\d(?:[.,]\d{1,2})?)(?![\d°º%:]|[.,]\d|\s*(?:°|%|km|mm|x\b))"
)
_BEFORE_MAG = re.compile(
    r"(?<![\d.,])(?P<v>[+\-−–]\s?\d{1,2}(?:[.,]\d{1,2})?|\d{1,2}[.,]\d{1,2})\s*"
    r"(?:mag\b|magnitude)"
    # "-2.8等", "-3.4등급": a CJK magnitude after a signed number ("2等星" is a star's class)
    r"|(?<![\d.,])(?P<cjk>[+\-−–]\s?\d{1,2}(?:[.,]\d{1,2})?)\s*(?:等級?|등급)(?!星)",
    re.I,
)
_MAX_SPAN = timedelta(minutes=30)  # longer than any visible ISS pass: not a flyby
_MIN_SPAN = timedelta(minutes=1)  # shorter than any visible pass: a stack or a transit
# "a stack of 250 frames from … to …", "timelapse from … to …": the recording, not the pass


def _number(raw: str) -> float:
    return float(re.sub(r"\s", "", raw).replace("−", "-").replace("–", "-").replace(",", "."))


def _one(values: list[float]) -> float | None:
    """The value when every mention agrees, else None (two different values: unsure)."""
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


def _near_body(text: str, pos: int) -> bool:
    """True when the Sun or Moon is named just before `pos` (its altitude is not the ISS's)."""
    return _BODY.search(text, max(0, pos - 20), pos) is not None


def _sentence_before(text: str, pos: int) -> str:
    """Up to _WINDOW characters before `pos`, cut at the start of its sentence or line."""
    window = text[max(0, pos - _WINDOW) : pos]
    ends = [m.start("next") if m["next"] is not None else m.start() + 1 for m in _ends(window)]
    return window[ends[-1] :] if ends else window


_ABBREVIATION = re.compile(r"(?<![^\W\d_])[^\W\d_][^\W\d_A-ZА-ЯЁ]{0,3}$")  # "Max", "ca", "макс"


def _ends(window: str) -> list[re.Match[str]]:
    """Where sentences end in `window`: a line break (not a line wrapped before a lower-case
    word: "culmination\nà 78°"), or a full stop before a capital.

    A stop before a lower-case word or a number ends an abbreviation in any script
    ("макс. висота 49°", "Elevación máx. 58º"), as does a stop after a short lower-case
    word ("max. Höhe 72°", "ca. 40°"), not a sentence.
    """
    return [m for m in _SENTENCE_END.finditer(window) if _is_end(m, window)]


def _is_end(m: re.Match[str], window: str) -> bool:
    """Whether a line break or full stop found by _SENTENCE_END ends a sentence (see _ends)."""
    if m["next"] is None:
        return not (m["wrap"] and m["wrap"][-1].islower())
    return not (
        m["next"].islower() or m["next"].isdigit() or _ABBREVIATION.search(window, 0, m.start())
    )


def _heights(text: str) -> list[re.Match[str]]:
    """The numbers of degrees that words call the pass's highest point."""
    found: list[re.Match[str]] = []
    for m in _DEGREES.finditer(text):
        before = _sentence_before(text, m.start())
        highest = (
            _HIGHEST.search(before)
            or _OVERHEAD.search(before)
            or _DEGREES_FIRST.match(text, m.end())
            or (_UP.match(text, m.end()) and _OVERHEAD_ANYWHERE.search(before))
        )
        if (
            highest
            and not _BODY.search(before)
            and not _NOT_ELEVATION.search(before)
            and not _FIELD_OF_VIEW.match(text, m.end())
        ):
            found.append(m)
    return found


def find_max_elevation(text: str) -> float | None:
    """The pass's max elevation in degrees (0–90), from words like "max. elevation 72°"."""
    found = _heights(text)
    if any(doubted(text, m.start(), m.end()) for m in found):
        return None  # a guess of the sender's: none, whatever else is written
    return _one([v for v in (_number(m["v"]) for m in found) if 0 < v <= 90])


def find_magnitude(text: str) -> float | None:
    """The pass's brightness in magnitudes (-8 to +6): "-3.6 mag", "Helligkeit -2,9"."""
    found: list[re.Match[str]] = []
    for word in _BRIGHTNESS_WORD.finditer(text):
        m = _AFTER_WORD.match(text, word.end())
        if m and not _near_body(text, word.start()):
            found.append(m)
    for word in _BRIGHT_WORD.finditer(text):
        m = _AFTER_BRIGHT.match(text, word.end())
        if m and not _near_body(text, word.start()):
            found.append(m)
    found += [m for m in _BEFORE_MAG.finditer(text) if not _near_body(text, m.start())]
    found += [m for h in _heights(text) if (m := _AFTER_HEIGHT.match(text, h.end()))]
    if any(doubted(text, m.start(), m.end()) for m in found):
        return None  # a guess of the sender's
    values = [_number(m["v"] or m.groupdict().get("cjk") or "") for m in found]
    return _one([v for v in values if -8 <= v <= 6])


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
    end = convert(datetime.combine(day, last.clock), zone, last.text, text, header).ut
    fits: list[tuple[datetime, datetime]] = []
    for clock in _start_clocks(first, last):
        start = convert(datetime.combine(day, clock), zone, first.text, text, header).ut
        if start is None or end is None:
            continue
        until = end + timedelta(days=1) if end < start else end
        if _MIN_SPAN <= until - start <= _MAX_SPAN:
            fits.append((start, until))
    return fits[0] if len(fits) == 1 else None


def _start_clocks(first: TimeHit, last: TimeHit) -> tuple[time, ...]:
    """The start's clock, and the other half of a 12-hour day when only the end says which
    half ("from 7:45 to 7:51 pm"): whichever makes a pass's span, if one alone does."""
    if first.hour_certain or not last.hour_certain or first.clock.hour == 0:
        return (first.clock,)
    return (first.clock, first.clock.replace(hour=(first.clock.hour + 12) % 24))


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
    its paragraph (`tokens`: "prise … à 22h17 (heure de Paris) … le passage a duré de
    22h13 à 22h20"): only when, so read, it holds the photo's UT time, in one way only."""
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


_DATE_BESIDE = re.compile(r"[^\d\n]{0,12}")  # "2026년 6월 15일 밤 오후 11시 58분": the start's


def _span_day(
    text: str, hits: list[DateHit], offset: int, pair: tuple[TimeHit, TimeHit], base: date | None
) -> date | None:
    """The local date of a span: the one date of its sentence (at `offset`); else the date
    written just before its start ("6월 15일 밤 오후 11시 58분에 떠서 6월 16일 오전 12시 4분에
    졌고"), or between its two times ("from 11:58:40 PM EDT on Wednesday August 14 to …")."""
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
        or label_pattern("series").search(said)
        or label_pattern("photos").search(said)
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
            tokens = para_zones.get(seg.para, set())
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
    value, and a value it contradicts is none."""
    clean = clean_text(text)
    start, end = find_span(text, taken, message_date)
    both = f"{clean}\n\n{subject}" if subject else clean
    elevation = find_max_elevation(clean)
    magnitude = find_magnitude(clean)
    return Flyby(
        max_elevation_deg=elevation if elevation is not None else find_max_elevation(both),
        start=start,
        end=end,
        magnitude=magnitude if magnitude is not None else find_magnitude(both),
    )

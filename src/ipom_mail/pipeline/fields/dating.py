"""Which date a time belongs to, and which way round an all-numeric date reads.

A time takes its date from its own sentence or line (the date written beside it; when
the sentence gives two different dates and none is beside it, no date: never the first
by default), else from its paragraph when the paragraph gives one date, else from the
labelled date lines when it is on a labelled line itself, else (a follow-up) from the submission it completes,
else (a series or long exposure written in a sentence about the photo) from the one date
the mail gives the photo (series_day),
else from "tonight", "yesterday", "last night" against the Date header; never
from an unrelated date elsewhere in the mail. A date that reads two ways is
settled only by the mail itself, else it becomes a question for the reply. A date
called a night puts a small-hours time on the next day (fields/night_dates.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from ipom_mail.pipeline.fields.dates import (
    DateHit,
    TimeHit,
    find_dates,
    mail_order,
    settle,
    with_weekday,
)
from ipom_mail.pipeline.fields.night_dates import night_day
from ipom_mail.pipeline.fields.photo_day import presented_date
from ipom_mail.pipeline.fields.relative_days import relative_day, relative_kinds, today_beside
from ipom_mail.pipeline.fields.segments import (
    Segment,
    photo_date_before_event,
    segment_at,
    sentence_around,
)
from ipom_mail.pipeline.fields.sending import (
    forward_start,
    forwarded_photo_text,
    forwarded_sent,
    relative_clock,
)
from ipom_mail.pipeline.fields.story import FORWARD_MARK
from ipom_mail.pipeline.fields.submission import has_submission_wording
from ipom_mail.pipeline.fields.zones import Zone
from ipom_mail.pipeline.values import DateStyle, Question


def _possible(hit: DateHit, base: date | None) -> tuple[date, ...]:
    """The readings that are not after the message was sent."""
    if base is None:
        return hit.readings
    return tuple(r for r in hit.readings if r <= base + timedelta(days=1))


def _date_notes(hit: DateHit, day: date | None, base: date | None) -> tuple[str, ...]:
    if hit.last is not None:
        return (f"the date {hit.text} is a range of days; which day and time (UT)?",)
    if hit.weekday is not None and not hit.readings:
        named = date(2024, 1, 1 + hit.weekday)  # 1 January 2024 was a Monday
        said = f"the date {hit.text} is not a {named:%A}, the day written beside it"
        return (f"{said}; which is it?",)
    possible = _possible(hit, base)
    if day is None and len(possible) > 1:
        a, b = possible[:2]
        return (
            f"the date {hit.text} reads as {a.day} {a:%B %Y} or {b.day} {b:%B %Y}; which is it?",
        )
    if day is None and base is not None and hit.readings:
        return (f"the date {hit.text} is after the message was sent",)
    return ()


@dataclass(frozen=True, slots=True)
class Dates:
    """The dates the text gives outside other events: (hit, segment, settled day or None)."""

    found: tuple[tuple[DateHit, Segment, date | None], ...]
    context: date | None  # the one date the text gives for the photo, when there is one
    notes: tuple[str, ...]
    questions: tuple[Question, ...] = ()  # dates that read two ways
    photo_text: str = ""  # the sentences about the photo, for "tonight", "last night"
    header: datetime | None = None
    text: str = ""  # the whole clean text (a time's own sentence is read from it)
    habits: tuple[str, ...] = ()  # dates settled by the sender's earlier submissions, and how
    forwarded: tuple[int, datetime] | None = None  # where a forwarded message starts, sent when
    untimed_text: str = ""  # those of photo_text with no time: "this morning" there dates one
    forwarded_text: str = ""  # the forwarded original's sentences about the photo
    segs: tuple[Segment, ...] = ()  # the text's sentences and lines, for a wrapped sentence


def _time_starts(text: str) -> set[int]:
    """Where times start that a dotted date would read too: every dotted time with its
    seconds that its neighbours make a time (clock.py): one of a from–to span ("klo
    18.02.15–18.04.50"), one with its zone or unit after it ("pukul 19.07.35 WITA"), one
    after a word for "at" ("ob 22.12.40 po poletnem času", "um 21.10.05", "kl. 20.11.30").
    "22.12.40" there is 22:12:40, never 22 December 2040: such a date neither dates a time
    nor says that the photo's date is after the mail."""
    from ipom_mail.pipeline.fields.dates import find_times

    return {t.start for t in find_times(text)}


def read_dates(
    text: str,
    segs: list[Segment],
    header: datetime | None,
    sender: tuple[DateStyle, ...] = (),
    original: str = "",
) -> Dates:
    """Every date of the text about the photo, each settled by the mail alone or not at all.

    `sender` is how the sender wrote dates in their earlier submissions (looked up in
    the store by the intake); it settles a style this mail does not settle itself, and
    a note says so.
    """
    base = header.date() if header is not None else None
    spanned = _time_starts(text)
    hits = [with_weekday(text, h) for h in find_dates(text, base) if h.start not in spanned]
    hits = _with_named_days(hits, segs)
    own = mail_order(hits)
    habits = {s.style: s for s in sender}
    orders = mail_order(hits, {style: s.order for style, s in habits.items()})
    found: list[tuple[DateHit, Segment, date | None]] = []
    notes: list[str] = []
    habit_notes: list[str] = []
    questions: list[Question] = []
    for hit in hits:
        seg = segment_at(segs, hit.start)
        if seg.other and not photo_date_before_event(text, segs, hit.start):
            continue
        order = orders.get(hit.style) if hit.style else None
        day = None if hit.last is not None else settle(hit, base, order)
        habit = habits.get(hit.style or "") if hit.style not in own else None
        if day is not None and habit is not None and settle(hit, base, None) is None:
            habit_notes.append(_habit_note(hit, day, habit))  # settled by the sender's habit
        notes.extend(_date_notes(hit, day, base))
        possible = _possible(hit, base)
        if day is None and hit.last is None and len(possible) > 1:
            questions.append(Question("date_order", hit.text, possible[:2]))
        found.append((hit, seg, day))
    best = min((seg.rank for _, seg, _ in found), default=None)
    photo = [day for _, seg, day in found if seg.rank == best]
    context = photo[0] if photo and len(set(photo)) == 1 else None
    forwarded = forwarded_sent(original, text, header)
    return Dates(
        tuple(found),
        context,
        tuple(notes),
        tuple(dict.fromkeys(questions)),
        _photo_text(text, segs),
        header,
        text,
        tuple(habit_notes),
        forwarded,
        _photo_text(text, segs, untimed=True),
        forwarded_photo_text(text, segs, forwarded[0]) if forwarded else "",
        tuple(segs),
    )


def _with_named_days(hits: list[DateHit], segs: list[Segment]) -> list[DateHit]:
    """Keep the one reading of a numeric date that reads two ways (07/11/2026) which the
    mail also writes in a form that reads one way ("sábado, 7 de novembro", 2026-11-07),
    outside another event: the mail itself settles which way round it is."""
    named = {
        h.readings[0]
        for h in hits
        if h.style is None and len(h.readings) == 1 and not segment_at(segs, h.start).other
    }
    settled = []
    for hit in hits:
        fitting = tuple(r for r in hit.readings if r in named)
        two = hit.style is not None and len(hit.readings) == 2
        settled.append(replace(hit, readings=fitting) if two and len(fitting) == 1 else hit)
    return settled


def _habit_note(hit: DateHit, day: date, habit: DateStyle) -> str:
    """Why a date that reads two ways was read one way: the sender's earlier submission."""
    first = "day" if habit.order == "dmy" else "month"
    where = f" in {habit.reference}" if habit.reference else " in an earlier submission"
    return (
        f"the date {hit.text} is read as {day.day} {day:%B %Y} ({first} first): "
        f"this sender wrote {habit.example}{where}"
    )


@lru_cache(maxsize=4)  # pure: read ahead while the decoders work (fields.read_ahead)
def written_styles(text: str) -> tuple[DateStyle, ...]:
    """How the sender's own part of `text` writes numeric dates, per style it settles
    (25/12/2023 → "/" day first): kept with the submission for their next mail."""
    mark = next((m for m in (FORWARD_MARK.search(x) for x in text.split("\n")) if m), None)
    own = text[: text.find(mark.group(0))] if mark else text
    hits = find_dates(own)
    orders = mail_order(hits)
    return tuple(
        DateStyle(style, order, next(h.text for h in hits if h.style == style and h.order))
        for style, order in orders.items()
    )


def _photo_text(text: str, segs: list[Segment], untimed: bool = False) -> str:
    """The sentences about the photo in the sender's own part (for "tonight", "last night"),
    and those that present it or the station ("Voici l'ISS hier soir", "les mando la foto
    de anoche"): "tonight" in a forwarded message is the forwarder's night, not this one's.
    `untimed`: only those with no time of their own ("今朝、…撮影したISSの写真をお送りします。")."""
    from ipom_mail.pipeline.fields.dates import find_times

    mark = next((m for m in (FORWARD_MARK.search(x) for x in text.split("\n")) if m), None)
    own = text.find(mark.group(0)) if mark else len(text)
    timed = {segment_at(segs, t.start).start for t in find_times(text)} if untimed else set()
    about = _about_photo(text, segs)
    return " ".join(
        text[s.start : s.end]
        for s in segs
        if not s.other
        and s.end <= own
        and s.start not in timed
        and (s.rank < 2 or s.start in about or has_submission_wording(text[s.start : s.end]))
    )


def _about_photo(text: str, segs: list[Segment]) -> set[int]:
    """The starts of the lines of a wrapped sentence whose other line is about the photo or
    presents it ("vi mando la mia foto …, scattata\nstasera dalla piazza di Crissolo"): the
    line that says "stasera" belongs to the sentence that says "scattata"."""
    about: set[int] = set()
    for seg in segs:
        said = text[seg.start : seg.end]
        if not seg.other and (seg.rank < 2 or has_submission_wording(said)):
            first, last = sentence_around(text, segs, seg.start)
            about |= {s.start for s in segs if first <= s.start < last}
    return about


def _one(days: list[date | None]) -> tuple[bool, date | None]:
    """(whether there are dates at all, the one date they give or None)."""
    if not days:
        return False, None
    return True, days[0] if len(set(days)) == 1 else None


_GAP = re.compile(r"[^\d;.!?\n]{0,20}")  # "04/11/2023 at 21:34", "21:34 UT on 12 May"


def _beside(text: str, date_hit: DateHit, time_hit: TimeHit) -> bool:
    """Whether a date is written right beside a time, with a few words and no other
    number or sentence end between ("Shot 04/11/2023 at 21:34 UT", "00:01:05 EDT (so
    Aug 15)"): that date is the time's, whatever else its sentence dates."""
    if date_hit.end <= time_hit.start:
        return _GAP.fullmatch(text, date_hit.end, time_hit.start) is not None
    return _GAP.fullmatch(text, time_hit.end, date_hit.start) is not None


def _night_read(text: str, hit: DateHit, day: date | None, time_hit: TimeHit) -> date | None:
    """The day a time is on by this date: the next one for a small-hours time when the
    sentence calls the date a night ("Friday night, November 20 … 12:04 AM")."""
    return None if day is None else night_day(text, hit.start, hit.end, day, time_hit.clock)


def _beside_pairs(
    hit: TimeHit, same: list[tuple[DateHit, date | None]], dates: Dates
) -> list[tuple[DateHit, date | None]]:
    """The date of its sentence written right beside a time: the last one before it, else
    the first one after it; none when no date is beside it."""
    before = [p for p in same if p[0].end <= hit.start and _beside(dates.text, p[0], hit)]
    after = [p for p in same if p[0].end > hit.start and _beside(dates.text, p[0], hit)]
    return before[-1:] or after[:1]


def own_day(hit: TimeHit, seg: Segment, dates: Dates) -> tuple[bool, date | None]:
    """(whether a date is written right beside this time in its own sentence, its day)."""
    same = [(h, day) for h, s, day in dates.found if s is seg]
    pairs = _beside_pairs(hit, same, dates)
    if not pairs:
        return False, None
    ((date_hit, day),) = pairs
    return True, _night_read(dates.text, date_hit, day, hit)


def end_date(text: str, hits: list[DateHit], first: TimeHit, last: TimeHit) -> DateHit | None:
    """The date a span's end carries of its own: the one right after it ("terminó a las 0:04
    del domingo 21 de marzo"), or the one right before it when the start too has its date
    before it ("6월 15일 … 11시 57분에 떠서 6월 16일 오전 12시 3분에"); a date between the two
    times after a start with none before it is the start's ("from 11:58 PM on August 14 to
    12:04 AM")."""
    after = [h for h in hits if h.start >= last.end and _beside(text, h, last)]
    if after:
        return after[0]
    before = [h for h in hits if first.end <= h.start and h.end <= last.start]
    own = [h for h in before if _beside(text, h, last)]
    starts = [h for h in hits if h.end <= first.start and _beside(text, h, first)]
    return own[-1] if own and starts else None


def day_for(
    hit: TimeHit, seg: Segment, dates: Dates, known: date | None, zone: Zone | None = None
) -> tuple[date | None, bool]:
    """The date a time belongs to (see the module's docstring for the order), and whether
    it came from a relative word ("last night") rather than from a written date; a relative
    word counts on the clock of the time's `zone` (fields/relative_days.py)."""
    same = [(h, day) for h, s, day in dates.found if s is seg]
    if same:  # two different dates in its own sentence, none beside it: None, never a guess
        days = {
            _night_read(dates.text, h, day, hit)
            for h, day in _beside_pairs(hit, same, dates) or same
        }
        return (days.pop() if len(days) == 1 else None), False
    sent = dates.forwarded[1] if dates.forwarded and seg.start >= dates.forwarded[0] else None
    zone = relative_clock(zone, dates.header, dates.text)  # "Durham, at 19:52 GMT"
    said = dates.text[seg.start : seg.end]
    clause = _clause(dates.text, seg, hit)
    own = relative_day(said, hit.clock, sent or dates.header, zone, morning=clause)
    if own is None:  # "saqué hoy a las 21:12"
        own = today_beside(dates.text, hit.start, hit.clock, sent or dates.header, zone)
    if own is not None:  # "Yesterday at 19:05 UTC …", whatever date the paragraph gives
        return own, True
    has, day = _one(
        [_night_read(dates.text, h, d, hit) for h, s, d in dates.found if s.para == seg.para]
    )
    if has:
        return day, False
    if seg.rank == 0:
        has, day = _one(
            [_night_read(dates.text, h, d, hit) for h, s, d in dates.found if s.rank == 0]
        )
        if has:
            return day, False
        if dates.context is not None and len(dates.found) == 1:
            said_day = _said_day(hit, dates, zone)
            if said_day is None or said_day == dates.context:
                return dates.context, False  # "Time of transit: 11:23:07 SAST" under the one date
            _, date_seg, _ = dates.found[0]
            if dates.text[date_seg.start : date_seg.end] in dates.photo_text:
                return None, False  # "Yesterday evening … on 30 September": which one?
    if known is not None:
        return known, False
    if sent is not None:  # "te paso mi tránsito … de esta noche", by the original's Date line
        return relative_day(dates.forwarded_text, hit.clock, sent, zone), True
    start = forward_start(dates.text)
    if start is not None and seg.start >= start:  # the forwarder's "tonight" is not its own
        return None, False
    return relative_day(
        dates.photo_text, hit.clock, dates.header, zone, morning=dates.untimed_text
    ), True


def _said_day(hit: TimeHit, dates: Dates, zone: Zone | None) -> date | None:
    """The day the sentences about the photo name in words ("Dün akşam … fotoğrafladım"):
    a labelled time under it is on that day, not on the mail's one written date when that
    date is another day's news ("30 Eylül'de … kenetlenmesini izledik")."""
    return relative_day(dates.photo_text, hit.clock, dates.header, zone, morning=dates.untimed_text)


def _clause(text: str, seg: Segment, hit: TimeHit) -> str:
    """The clause of its sentence a time is written in, between semicolons: "This morning I
    sent the photo; the pass was at 05:48" does not say the pass was this morning."""
    start = text.rfind(";", seg.start, hit.start) + 1 or seg.start
    end = text.find(";", hit.end, seg.end)
    return text[start : end if end >= 0 else seg.end]


def photo_date(hit: TimeHit, seg: Segment, dates: Dates, zone: Zone | None) -> date | None:
    """The date the mail gives its photo (photo_day.presented_date), for the mail's one
    time with no date of its own ("my lunar transit of the ISS from Friday night, 16 April
    2027" ¶ "the station enters the disc at 23:31:08 Irish time"); a small-hours time after
    a date called a night is on the next day. None when the mail gives no such one date,
    when the time's own sentence names a day ("Last night", "tomorrow", "on Sunday"), or
    when the mail's "last night" or "yesterday" reads another day."""
    from ipom_mail.pipeline.fields.words import names_a_weekday, relative_day_pattern

    presented = presented_date(dates)  # photo_day.py: the one the sender gives the photo
    if presented is None:
        return None
    date_hit, _, day = presented
    said = dates.text[seg.start : seg.end]
    if relative_kinds(said) or relative_day_pattern("tomorrow").search(said):
        return None
    if names_a_weekday(said) or relative_day_pattern("today").search(said):
        return None
    one = _night_read(dates.text, date_hit, day, hit)
    relative = relative_day(
        dates.photo_text, hit.clock, dates.header, zone, morning=dates.untimed_text
    )
    return one if relative in (None, one) else None


def series_day(text: str, seg: Segment, dates: Dates) -> date | None:
    """The one date the mail gives its photo, for a series or long exposure written in a
    sentence of its own ("18 poses … entre 18h52 et 18h55 (heure de Paris)" a paragraph
    after "ma photo … prise le samedi 7 novembre 2026"): the series is the photo. None when
    the mail gives no such one date (photo_day.presented_date), or the series' sentence
    names a day of its own ("On Sunday I also shot a series …", "demain")."""
    from ipom_mail.pipeline.fields.words import names_a_weekday, relative_day_pattern

    presented = presented_date(dates)  # photo_day.py: the one the sender gives the photo
    if seg.rank > 1 or seg.other or presented is None:
        return None
    said = text[seg.start : seg.end]
    if names_a_weekday(said):
        return None
    return None if relative_day_pattern("tomorrow").search(said) else presented[2]

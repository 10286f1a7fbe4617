"""The mail's dates about the photo, and which way round an all-numeric date reads.

Each date outside another event's sentence is read with its sentence (`Dates`); a date
that reads two ways is settled only by the mail itself (or, with a note, by the sender's
earlier date styles given as an input), else it becomes a question for the reply.
`written_styles` keeps how this mail writes dates, for the sender's next one. Which of
these dates a time is on is time_day.py's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from ipom_mail.pipeline.fields.dates import (
    DateHit,
    find_dates,
    mail_order,
    settle,
    with_weekday,
)
from ipom_mail.pipeline.fields.night_dates import in_two_day_night
from ipom_mail.pipeline.fields.relative_days import relative_kinds
from ipom_mail.pipeline.fields.segments import (
    Segment,
    done_afterwards,
    photo_date_before_event,
    segment_at,
    sentence_around,
)
from ipom_mail.pipeline.fields.sending import (
    forwarded_photo_text,
    forwarded_sent,
)
from ipom_mail.pipeline.fields.story import FORWARD_MARK
from ipom_mail.pipeline.fields.submission import has_submission_wording
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
    hits = [with_weekday(text, h) for h in find_dates(text, base)]
    hits = _with_named_days(hits, segs)
    if any(h.style is not None and len(h.readings) == 2 for h in hits):
        hits = _with_relative_day(hits, _presenting(text, segs), base)
        hits = _with_photo_weekday(hits, _presenting(text, segs), segs)
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
    # a night written as two days names no one day without a time ("в ночь со второго на третье")
    photo = [
        None if in_two_day_night(text, hit.start, hit.end) else day
        for hit, seg, day in found
        if seg.rank == best
    ]
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
    return _settled_by(hits, named)


def _settled_by(hits: list[DateHit], days: set[date]) -> list[DateHit]:
    """Each numeric date that reads two ways kept in its one reading among `days`, the days
    the mail names otherwise; one with neither or both readings there stays as it is."""
    settled = []
    for hit in hits:
        fitting = tuple(r for r in hit.readings if r in days)
        two = hit.style is not None and len(hit.readings) == 2
        settled.append(replace(hit, readings=fitting) if two and len(fitting) == 1 else hit)
    return settled


# the days a relative word in the photo's sentences may mean, counted back from the day of
# sending: "yesterday" or "last night" on any clock; readings of one numeric date that reads
# two ways lie four weeks or more apart (5.6. and 6.5.), so at most one falls in these days
_RELATIVE_DAYS = {"yesterday": (1, 2), "last_night": (0, 1, 2), "tonight": (0, 1)}


def _presenting(text: str, segs: list[Segment]) -> str:
    """The sender's own sentences that present the photo ("posielam fotku ISS zo včerajšieho
    večera"): a relative day there is the photo's, not a lens bought "yesterday"."""
    spans = {sentence_around(text, segs, s.start) for s in segs if not s.other}
    said = (" ".join(text[a:b].split()) for a, b in sorted(spans))
    return " ".join(s for s in said if has_submission_wording(s))


def _with_relative_day(hits: list[DateHit], photo: str, base: date | None) -> list[DateHit]:
    """Keep the one reading of a numeric date that reads two ways which the photo's own
    sentences name by a relative word ("posielam fotku ISS zo včerajšieho večera" sent on
    6 June, then "5. 6. 2027": 5 June, not 6 May). The mail says which day; nearness to the
    day of sending alone never settles a date."""
    kinds = [k for k in relative_kinds(photo) if k in _RELATIVE_DAYS] if base else []
    if base is None or len(kinds) != 1:
        return hits
    return _settled_by(hits, {base - timedelta(days=back) for back in _RELATIVE_DAYS[kinds[0]]})


def _with_photo_weekday(hits: list[DateHit], photo: str, segs: list[Segment]) -> list[DateHit]:
    """Keep the one reading of the mail's one date, numeric and read two ways, that falls on
    the weekday the photo's own sentences give it without a date ("prise mardi soir" ¶
    "Date : 04/08/2026": 4 August 2026 is a Tuesday, 8 April is not). Two weekdays, another
    date in the mail, or both readings on that weekday settle nothing."""
    from ipom_mail.pipeline.fields.weekday_words import undated_weekdays_in

    days = undated_weekdays_in(photo)
    own = [h for h in hits if not segment_at(segs, h.start).other]
    if len(days) != 1 or len(own) != 1 or own[0].style is None or len(own[0].readings) != 2:
        return hits
    fitting = tuple(r for r in own[0].readings if r.weekday() in days)
    if len(fitting) != 1:
        return hits
    return [replace(h, readings=fitting) if h is own[0] else h for h in hits]


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
        and not _afterwards(text, segs, s)
    )


def _afterwards(text: str, segs: list[Segment], seg: Segment) -> bool:
    """Whether a segment's sentence tells what the sender did with the photo afterwards
    (data/labels.toml [afterwards]: "I finally stacked the frames yesterday evening", "I går
    kveld viste jeg bildet på medlemsmøtet"): its "yesterday" is not the photo's day."""
    # inside the segment: at its start, segment_at gives the one before when they touch
    first, last = sentence_around(text, segs, max(seg.start, seg.end - 1))
    return done_afterwards(text[first:last])


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

"""Which date a time belongs to, and which way round an all-numeric date reads.

A time takes its date from its own sentence or line, else from its paragraph
when the paragraph gives one date, else from the labelled date lines when it is
on a labelled line itself, else (a follow-up) from the submission it completes,
else from "tonight", "yesterday", "last night" against the Date header; never
from an unrelated date elsewhere in the mail. A date that reads two ways is
settled only by the mail itself, else it becomes a question for the reply.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ipom_mail.pipeline.fields.dates import (
    DateHit,
    TimeHit,
    find_dates,
    mail_order,
    relative_day,
    settle,
    with_weekday,
)
from ipom_mail.pipeline.fields.segments import Segment, segment_at
from ipom_mail.pipeline.fields.story import FORWARD_MARK
from ipom_mail.pipeline.values import DateStyle, Question


def _possible(hit: DateHit, base: date | None) -> tuple[date, ...]:
    """The readings that are not after the message was sent."""
    if base is None:
        return hit.readings
    return tuple(r for r in hit.readings if r <= base + timedelta(days=1))


def _date_notes(hit: DateHit, day: date | None, base: date | None) -> tuple[str, ...]:
    if hit.last is not None:
        return (f"the date {hit.text} is a range of days; which day and time (UT)?",)
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


def read_dates(
    text: str,
    segs: list[Segment],
    header: datetime | None,
    sender: tuple[DateStyle, ...] = (),
) -> Dates:
    """Every date of the text about the photo, each settled by the mail alone or not at all.

    `sender` is how the sender wrote dates in their earlier submissions (looked up in
    the store by the intake); it settles a style this mail does not settle itself, and
    a note says so.
    """
    base = header.date() if header is not None else None
    hits = [with_weekday(text, h) for h in find_dates(text, base)]
    own = mail_order(hits)
    habits = {s.style: s for s in sender}
    orders = mail_order(hits, {style: s.order for style, s in habits.items()})
    found: list[tuple[DateHit, Segment, date | None]] = []
    notes: list[str] = []
    habit_notes: list[str] = []
    questions: list[Question] = []
    for hit in hits:
        seg = segment_at(segs, hit.start)
        if seg.other:
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
    return Dates(
        tuple(found),
        context,
        tuple(notes),
        tuple(dict.fromkeys(questions)),
        _photo_text(text, segs),
        header,
        text,
        tuple(habit_notes),
    )


def _habit_note(hit: DateHit, day: date, habit: DateStyle) -> str:
    """Why a date that reads two ways was read one way: the sender's earlier submission."""
    first = "day" if habit.order == "dmy" else "month"
    where = f" in {habit.reference}" if habit.reference else " in an earlier submission"
    return (
        f"the date {hit.text} is read as {day.day} {day:%B %Y} ({first} first): "
        f"this sender wrote {habit.example}{where}"
    )


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


def _photo_text(text: str, segs: list[Segment]) -> str:
    """The sentences about the photo in the sender's own part (for "tonight", "last night"):
    "tonight" in a forwarded message is the forwarder's night, not this message's."""
    mark = next((m for m in (FORWARD_MARK.search(x) for x in text.split("\n")) if m), None)
    own = text.find(mark.group(0)) if mark else len(text)
    return " ".join(
        text[s.start : s.end] for s in segs if s.rank < 2 and not s.other and s.end <= own
    )


def _one(days: list[date | None]) -> tuple[bool, date | None]:
    """(whether there are dates at all, the one date they give or None)."""
    if not days:
        return False, None
    return True, days[0] if len(set(days)) == 1 else None


def day_for(
    hit: TimeHit, seg: Segment, dates: Dates, known: date | None
) -> tuple[date | None, bool]:
    """The date a time belongs to (see the module's docstring for the order), and whether
    it came from a relative word ("last night") rather than from a written date."""
    same = [(h, day) for h, s, day in dates.found if s is seg]
    if same:
        before = [pair for pair in same if pair[0].start < hit.start]
        return (before[-1] if before else same[0])[1], False
    own = relative_day(dates.text[seg.start : seg.end], hit.clock, dates.header)
    if own is not None:  # "Yesterday at 19:05 UTC …", whatever date the paragraph gives
        return own, True
    has, day = _one([d for _, s, d in dates.found if s.para == seg.para])
    if has:
        return day, False
    if seg.rank == 0:
        has, day = _one([d for _, s, d in dates.found if s.rank == 0])
        if has:
            return day, False
    if known is not None:
        return known, False
    return relative_day(dates.photo_text, hit.clock, dates.header), True

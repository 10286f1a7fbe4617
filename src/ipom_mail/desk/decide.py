"""The curator's decisions and edits: accept, decline, shortlist, pick, note, edit, undo.

Each is recorded with who and when and can be undone. Values the curator
types are checked here (a month is YYYY-MM, a time must say its zone) so a
wrong value never reaches the store: a rejection is a `Refused`, not a crash.
"""

from __future__ import annotations

import getpass
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ipom_mail.desk.queue import Named, named
from ipom_mail.store import Store
from ipom_mail.store import curator as cur
from ipom_mail.store.rows import iso_z

if TYPE_CHECKING:
    from ipom_mail.pipeline.fields.taken_at import TakenAt

_MONTH = re.compile(r"((?:19|2\d)\d\d)-(0[1-9]|1[0-2])", re.ASCII)  # 1900-01 … 2999-12
EDITABLE = (
    "taken_at",
    "taken_date",
    "taken_until",
    "flyby",
    "equipment",
    "story",
    "location",
    "photographer",
)


@dataclass(frozen=True, slots=True)
class Refused:
    """Why a decision or edit was not recorded, in words for the curator (a line per problem)."""

    reason: str


@dataclass(frozen=True, slots=True)
class Done:
    """A decision or edit that was recorded (or undone), as its confirmation names it."""

    reference: str
    photographer: str
    state: str  # e.g. 'shortlisted', 'picked 2024-05', 'edited story; complete'

    def line(self) -> str:
        """E.g. 'IPOM-2026-0009 Sanne de Vries: shortlisted'."""
        return f"{self.reference} {self.photographer}: {self.state}"


def _done(store: Store, ref: str, state: Callable[[Named], str]) -> Done:
    """The confirmation for `ref` as it stands now."""
    now = named(store, ref)
    return Done(now.reference, now.photographer, state(now))


def _refused(exc: cur.NotFound, refs: Sequence[str]) -> Refused:
    """A refusal naming each reference that failed; with several, that none was recorded."""
    lines = list(exc.lines)
    if len(refs) > 1:
        lines.append(f"nothing recorded: all {len(refs)} references must name one submission")
    return Refused("\n".join(lines))


def curator_name(given: str | None) -> str:
    """--curator, else the login name: who made the decision."""
    if given and given.strip():
        return given.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def parse_month(text: str) -> str | None:
    """'2024-05' when `text` is a valid YYYY-MM month (years 1900-2999), else None."""
    match = _MONTH.fullmatch(text.strip())
    return match.group(0) if match else None


def typed_time(option: str, text: str) -> str | Refused:
    """A date and time the curator typed, in any form the fields stage reads, as ISO UT "…Z".

    What the stage would not take from a sender (no zone, a date that reads two ways,
    a zone out of season, am or pm unsaid) is refused with how to write it instead.
    """
    from ipom_mail.pipeline.fields.typed import read_typed

    reading = read_typed(text)
    if reading.taken_at is None:
        return Refused(_unreadable(option, text, reading))
    if reading.taken_at > datetime.now(UTC) + timedelta(days=1):
        return Refused(f"{option} {text!r} is {iso_z(reading.taken_at)}, in the future")
    return str(iso_z(reading.taken_at))


def typed_date(option: str, text: str) -> str | Refused:
    """A date alone the curator typed ("2002-06-14", "14 June 2002") as an ISO date."""
    from ipom_mail.pipeline.fields.typed import read_typed

    reading = read_typed(text)
    if reading.taken_at is not None or (reading.taken_date and reading.notes):
        return Refused(
            f"{option} {text!r} has a time: {option} takes the date alone; "
            "give a time with its zone as --taken-at"
        )
    if reading.taken_date is None:
        return Refused(_unreadable(option, text, reading, date_only=True))
    if date.fromisoformat(reading.taken_date) > datetime.now(UTC).date() + timedelta(days=1):
        return Refused(f"{option} {text!r} is in the future")
    return reading.taken_date


_EXAMPLES = "2024-05-12 21:34 UTC, 2024-05-12 23:34+02:00 or 12 May 2024 23:34 CEST"


def _unreadable(option: str, text: str, reading: TakenAt, date_only: bool = False) -> str:
    """Why a typed value gives no certain value, and how to write it so it does (one line)."""
    question = reading.questions[0] if reading.questions else None
    if question is not None and question.kind == "date_order":
        a, b = question.dates[:2]
        return (
            f"{option} {text!r}: the date {question.written} reads as {a.day} {a:%B %Y} or "
            f"{b.day} {b:%B %Y}; write it as {a.isoformat()} or {b.isoformat()} (year-month-day)"
        )
    if question is not None and question.zone:
        return (
            f"{option} {text!r}: {question.written} is out of season, the clocks there showed "
            f"{question.zone} on {question.dates[0].isoformat()}; write {question.zone}, "
            "an offset (+HH:MM) or the time in UT"
        )
    why = f" ({reading.notes[0]})" if reading.notes else ""
    if date_only:
        return f"{option} {text!r} is not a date{why}: write it with its year, e.g. 2002-06-14"
    if reading.taken_date is None:
        return f"{option} {text!r} is not a date and time{why}: write e.g. {_EXAMPLES}"
    problem = reading.notes[0] if reading.notes else "it has no time"
    return (
        f"{option} {text!r}: {problem}; UT is never guessed: write the time with a zone "
        f"that reads one way, on a 24-hour clock or with am/pm, e.g. {_EXAMPLES}"
    )


def decide(
    store: Store,
    refs: Sequence[str],
    kind: str,
    curator: str,
    *,
    reason: str | None = None,
    month: str | None = None,
    text: str | None = None,
) -> list[Done] | Refused:
    """Record accept, decline (with a reason), shortlist, pick (with a month) or note (with text)
    on each submission `refs` name: all of them, or none when one does not exist."""
    value: Any = None
    if kind == "decline" and not (reason and reason.strip()):
        return Refused("say why: --reason TEXT (the curator's word, kept with the decision)")
    if kind == "pick":
        value = parse_month(month or "")
        if value is None:
            return Refused(f"--month {month!r} is not a month: write it as YYYY-MM, e.g. 2024-05")
    if kind == "note":
        if not (text and text.strip()):
            return Refused("the note is empty")
        value = text.strip()
    try:
        cur.add_decisions(store, refs, kind, curator, value=value, reason=reason)
    except cur.NotFound as exc:
        return _refused(exc, refs)

    def state(now: Named) -> str:
        if kind == "note":
            return "note added"
        return f"{now.decision} ({reason})" if kind == "decline" else str(now.decision)

    return list(dict.fromkeys(_done(store, ref, state) for ref in refs))


def undo(store: Store, ref: str, kind: str | None, curator: str) -> Done | Refused:
    """Undo the latest decision (of `kind`, when given); the history keeps both."""
    try:
        row = cur.revert_decision(store, ref, kind, curator)
    except cur.NotFound as exc:
        return _refused(exc, [ref])
    if row is None:
        now = named(store, ref)
        return Refused(f"{now.reference} {now.photographer} has no {kind or 'decision'} to undo")
    if row.kind == "edit":
        field = (row.value or {}).get("field")
        return _done(store, ref, lambda now: f"edit of {field} undone; {now.status}")
    return _done(store, ref, lambda now: f"{row.kind} undone; {now.decision or 'no decision'}")


def edit_values(
    *,
    taken_at: str | None = None,
    taken_date: str | None = None,
    taken_until: str | None = None,
    max_elevation: str | None = None,
    magnitude: str | None = None,
    flyby_start: str | None = None,
    flyby_end: str | None = None,
    equipment: str | None = None,
    story: str | None = None,
    location: str | None = None,
    name: str | None = None,
    link: str | None = None,
) -> dict[str, Any] | Refused:
    """The curator's typed values as stored field values; the first value that is not certain
    is refused with how to write it. `flyby` holds only the parts given (merged on writing)."""
    values: dict[str, Any] = {}
    times = {"taken_at": taken_at, "taken_until": taken_until}
    times |= {"flyby.start": flyby_start, "flyby.end": flyby_end}
    for key, typed in times.items():
        if typed is not None:
            ut = typed_time(_OPTIONS[key], typed)
            if isinstance(ut, Refused):
                return ut
            values[key] = ut
    for first, last in (("taken_at", "taken_until"), ("flyby.start", "flyby.end")):
        if first in values and last in values and values[last] < values[first]:
            return Refused(
                f"{_OPTIONS[last]} {values[last]} is before {_OPTIONS[first]} {values[first]}"
            )
    if taken_date is not None:
        day = typed_date("--taken-date", taken_date)
        if isinstance(day, Refused):
            return day
        if taken_at is not None:
            return Refused("give either --taken-at (a time with its zone) or --taken-date")
        values["taken_date"], values["taken_at"] = day, None  # the date is all that is known
    for key, typed, low, high, example in (
        ("flyby.max_elevation_deg", max_elevation, 0.0, 90.0, "72"),
        ("flyby.magnitude", magnitude, -8.0, 8.0, "-3.6"),
    ):
        if typed is not None:
            number = _typed_number(_OPTIONS[key], typed, (low, high), example)
            if isinstance(number, Refused):
                return number
            values[key] = number
    flyby = {k.split(".", 1)[1]: values.pop(k) for k in list(values) if k.startswith("flyby.")}
    if flyby:
        values["flyby"] = flyby
    values |= _text_values(equipment, story, location, name, link)
    if not values:
        return Refused(
            "nothing to edit: give --taken-at, --taken-date, --taken-until, --max-elevation, "
            "--magnitude, --flyby-start, --flyby-end, --equipment, --story, --location or --name"
        )
    return values


_OPTIONS = {  # a stored value's key → the option the curator typed it with
    "taken_at": "--taken-at",
    "taken_until": "--taken-until",
    "flyby.start": "--flyby-start",
    "flyby.end": "--flyby-end",
    "flyby.max_elevation_deg": "--max-elevation",
    "flyby.magnitude": "--magnitude",
}


def _typed_number(
    option: str, text: str, bounds: tuple[float, float], example: str
) -> float | Refused:
    """A number the curator typed ("72", "72°", "−3.6") within `bounds`."""
    low, high = bounds
    cleaned = text.strip().replace("\u2212", "-").replace(",", ".").rstrip("°º").strip()
    cleaned = re.sub(r"\s*(?:deg|degrees|mag)$", "", cleaned, flags=re.I)
    try:
        number = float(cleaned)
    except ValueError:
        return Refused(f"{option} {text!r} is not a number: write e.g. {option} {example}")
    if not low <= number <= high:
        return Refused(f"{option} {text!r} is out of range: it runs from {low:g} to {high:g}")
    return number


def _text_values(
    equipment: str | None,
    story: str | None,
    location: str | None,
    name: str | None,
    link: str | None,
) -> dict[str, Any]:
    """The free-text values as stored: equipment split at commas and semicolons."""
    values: dict[str, Any] = {}
    if equipment is not None:
        values["equipment"] = [e.strip() for e in re.split(r"[;,]", equipment) if e.strip()]
    if story is not None:
        values["story"] = story.strip()
    if location is not None:
        values["location"] = location.strip()
    if name is not None or link is not None:
        values["photographer"] = {"name": name, "links": [link] if link else []}
    return values


def edit(store: Store, ref: str, values: dict[str, Any], curator: str) -> Done | Refused:
    """Write each value as the curator's; it wins over extraction and survives reprocess."""
    try:
        for name, value in values.items():
            cur.edit_field(store, ref, name, value, curator, merge=name == "flyby")
    except cur.NotFound as exc:
        return _refused(exc, [ref])
    return _done(store, ref, lambda now: f"edited {', '.join(values)}; {now.status}")


def adopt_suggestion(store: Store, ref: str, number: int, curator: str) -> Done | Refused:
    """Take the culmination of the pass check's suggestion `number` (from 1) as REF's UT time.

    The decision records which suggestion it was and its figures, so the
    history says where the value came from; `ipom undo REF --kind edit` takes it back.
    """
    from ipom_mail.desk.queue import show

    try:
        suggestions = show(store, ref).pass_check.suggestions
    except cur.NotFound as exc:
        return _refused(exc, [ref])
    if not 1 <= number <= len(suggestions):
        have = f"1 to {len(suggestions)}" if suggestions else "none"
        return Refused(
            f"{ref} has no pass-check suggestion {number} (it has {have}): see `ipom show {ref}`"
        )
    chosen = suggestions[number - 1]
    reason = (
        f"pass-check suggestion {number}: culmination {chosen['culmination']}, "
        f"{chosen['max_elevation_deg']}°, Sun {chosen['sun_altitude_deg']}°"
    )
    cur.edit_field(store, ref, "taken_at", chosen["culmination"], curator, reason=reason)
    return _done(
        store, ref, lambda now: f"taken_at {chosen['culmination']} ({reason}); {now.status}"
    )

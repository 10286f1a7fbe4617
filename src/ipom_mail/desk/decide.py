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
from datetime import UTC, datetime
from typing import Any

from ipom_mail.desk.queue import Named, named
from ipom_mail.store import Store
from ipom_mail.store import curator as cur

_MONTH = re.compile(r"((?:19|2\d)\d\d)-(0[1-9]|1[0-2])", re.ASCII)  # 1900-01 … 2999-12
EDITABLE = ("taken_at", "equipment", "story", "location", "photographer")


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


def parse_ut(text: str) -> str | None:
    """An ISO time with a zone (Z, UTC or an offset) as ISO UT "…Z"; None without a zone."""
    cleaned = re.sub(r"\s*(UTC|UT|GMT)$", "Z", text.strip(), flags=re.I).replace(" ", "T", 1)
    try:
        value = datetime.fromisoformat(cleaned)
    except ValueError:
        return None
    if value.tzinfo is None or not 1900 <= value.year <= 2999:  # no zone, or an absurd year
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _local_time(text: str) -> bool:
    """Whether `text` is a valid ISO date and time that only lacks its zone."""
    try:
        return datetime.fromisoformat(text.strip().replace(" ", "T", 1)).tzinfo is None
    except ValueError:
        return False


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
    equipment: str | None = None,
    story: str | None = None,
    location: str | None = None,
    name: str | None = None,
    link: str | None = None,
) -> dict[str, Any] | Refused:
    """The curator's typed values as stored field values; a time without a zone is refused."""
    values: dict[str, Any] = {}
    if taken_at is not None:
        ut = parse_ut(taken_at)
        if ut is None:
            problem = "has no zone" if _local_time(taken_at) else "is not a date and time"
            return Refused(
                f"--taken-at {taken_at!r} {problem}: UT is never guessed; "
                "write e.g. 2024-05-12T21:34:10Z or 2024-05-12 23:34:10+02:00"
            )
        values["taken_at"] = ut
    if equipment is not None:
        items = [e.strip() for e in re.split(r"[;,]", equipment) if e.strip()]
        values["equipment"] = items
    if story is not None:
        values["story"] = story.strip()
    if location is not None:
        values["location"] = location.strip()
    if name is not None or link is not None:
        values["photographer"] = {"name": name, "links": [link] if link else []}
    if not values:
        return Refused(
            "nothing to edit: give --taken-at, --equipment, --story, --location or --name"
        )
    return values


def edit(store: Store, ref: str, values: dict[str, Any], curator: str) -> Done | Refused:
    """Write each value as the curator's; it wins over extraction and survives reprocess."""
    try:
        for name, value in values.items():
            cur.edit_field(store, ref, name, value, curator)
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
        suggestions = show(store, ref)["pass_check"].get("suggestions") or []
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

"""The curator's decisions and edits: accept, decline, shortlist, pick, note, edit, undo.

Each is recorded with who and when and can be undone. Values the curator
types are checked here (a month is YYYY-MM, a time must say its zone) so a
wrong value never reaches the store: a rejection is a `Refused`, not a crash.
"""

from __future__ import annotations

import getpass
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .store import Store
from .store import curator as cur

_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
EDITABLE = ("taken_at", "equipment", "story", "location", "photographer")


@dataclass(frozen=True, slots=True)
class Refused:
    """Why a decision or edit was not recorded, in words for the curator."""

    reason: str


@dataclass(frozen=True, slots=True)
class Done:
    """A decision or edit that was recorded (or undone)."""

    kind: str
    reference: str
    detail: str


def curator_name(given: str | None) -> str:
    """--curator, else the login name: who made the decision."""
    if given and given.strip():
        return given.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def parse_month(text: str) -> str | None:
    """'2024-05' when `text` is a valid YYYY-MM month, else None."""
    match = _MONTH.fullmatch(text.strip())
    return match.group(0) if match else None


def parse_ut(text: str) -> str | None:
    """An ISO time with a zone (Z, UTC or an offset) as ISO UT "…Z"; None without a zone."""
    cleaned = re.sub(r"\s*(UTC|UT|GMT)$", "Z", text.strip(), flags=re.I).replace(" ", "T", 1)
    try:
        value = datetime.fromisoformat(cleaned)
    except ValueError:
        return None
    if value.tzinfo is None:
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
    ref: str,
    kind: str,
    curator: str,
    *,
    reason: str | None = None,
    month: str | None = None,
    text: str | None = None,
) -> Done | Refused:
    """Record accept, decline (with a reason), shortlist, pick (with a month) or note (with text)."""
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
        cur.add_decision(store, ref, kind, curator, value=value, reason=reason)
    except cur.NotFound as exc:
        return Refused(str(exc))
    return Done(kind, ref, value or reason or "")


def undo(store: Store, ref: str, kind: str | None, curator: str) -> Done | Refused:
    """Undo the latest decision (of `kind`, when given); the history keeps both."""
    try:
        row = cur.revert_decision(store, ref, kind, curator)
    except cur.NotFound as exc:
        return Refused(str(exc))
    if row is None:
        return Refused(f"{ref} has no {kind or 'decision'} to undo")
    return Done(f"undo {row.kind}", ref, str(row.value or row.reason or ""))


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


def edit(store: Store, ref: str, values: dict[str, Any], curator: str) -> list[Done] | Refused:
    """Write each value as the curator's; it wins over extraction and survives reprocess."""
    done: list[Done] = []
    try:
        for name, value in values.items():
            cur.edit_field(store, ref, name, value, curator)
            done.append(Done("edit", ref, name))
    except cur.NotFound as exc:
        return Refused(str(exc))
    return done


def adopt_suggestion(store: Store, ref: str, number: int, curator: str) -> Done | Refused:
    """Take the culmination of the pass check's suggestion `number` (from 1) as REF's UT time.

    The decision records which suggestion it was and its figures, so the
    history says where the value came from; `ipom undo REF --kind edit` takes it back.
    """
    from .desk import show

    try:
        suggestions = show(store, ref)["pass_check"].get("suggestions") or []
    except cur.NotFound as exc:
        return Refused(str(exc))
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
    return Done("edit", ref, f"taken_at = {chosen['culmination']} ({reason})")

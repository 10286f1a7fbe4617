"""A submission's decisions read as typed lines, and the current decision in words.

Shared by the queue, `ipom show`, `ipom export` and the month's picks, so
"the decision" (the latest verdict not undone) is worked out in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipom_mail.store.models import Decision

VERDICTS = ("accept", "decline", "shortlist", "pick")  # kinds that set "the decision"
WORDS = {"accept": "accepted", "decline": "declined", "shortlist": "shortlisted", "pick": "picked"}


@dataclass(frozen=True, slots=True)
class DecisionLine:
    """One decision or edit as recorded: kind, its value (a JSON value), who and when."""

    kind: str
    value: Any  # as stored: a month, a note's text, an edit's {"field", "value", "previous"}
    reason: str | None
    curator: str | None
    at: datetime
    reverted_at: datetime | None  # when it was undone; None while in force


def decision_word(kind: str | None, value: Any) -> str | None:
    """A verdict in words, e.g. 'shortlisted' or 'picked 2024-05'; None for no decision."""
    if kind is None:
        return None
    word = WORDS.get(kind, kind)
    return f"{word} {value}" if kind == "pick" and value else word


def current_decision(lines: list[DecisionLine]) -> str | None:
    """The latest active verdict decision in words, e.g. 'picked 2024-05'."""
    active = [d for d in lines if d.kind in VERDICTS and d.reverted_at is None]
    return decision_word(active[-1].kind, active[-1].value) if active else None


def decision_lines(session: Session, submission_id: int) -> list[DecisionLine]:
    """Every decision on the submission, oldest first."""
    found = session.scalars(
        select(Decision).where(Decision.submission_id == submission_id).order_by(Decision.id)
    )
    return [line_of(d) for d in found]


def line_of(row: Decision) -> DecisionLine:
    """A decision row as its typed line (the row never leaves the store)."""
    return DecisionLine(
        row.kind, row.value, row.reason, row.curator, row.created_at, row.reverted_at
    )

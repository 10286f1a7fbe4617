"""The curator's queue read from the database: filters, sort and pages, as typed rows.

One query for the page of submissions (filters and the current decision in
SQL, on indexed columns) plus one each for the page's fields, media counts
and look-alikes, so a page costs the same whatever the size of the queue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, String, cast, func, or_, select
from sqlalchemy.orm import Session

from ipom_mail.store.api import Store
from ipom_mail.store.decisions import VERDICTS, WORDS, decision_word
from ipom_mail.store.models import Decision, FieldValue, Lookalike, MediaRow, Submission
from ipom_mail.store.month import month_bounds

PAGE = 50
SORTS = ("received", "taken", "sender", "status", "reference")
DECISIONS = ("accepted", "declined", "shortlisted", "picked", "none")


@dataclass(frozen=True, slots=True)
class QueueRow:
    """One submission as a line of the queue."""

    id: int
    reference: str | None
    received_at: datetime
    sender: str | None
    status: str
    missing: tuple[str, ...]
    taken_at: str | None
    equipment: tuple[str, ...]  # every item, in the sender's order
    media: int  # photos and animations
    decision: str | None  # accepted | declined | shortlisted | picked 2024-05
    sender_name: str | None = None
    subject: str | None = None
    check: str = ""  # what the curator should look at: see check_flag()


@dataclass(frozen=True, slots=True)
class QueueQuery:
    """What the curator asked the queue for."""

    month: str | None = None  # YYYY-MM, the month received
    status: str | None = None
    decision: str | None = None
    search: str | None = None
    sort: str = "received"
    reverse: bool = False  # newest first is the default; reverse gives oldest first
    page: int = 1
    per_page: int | None = PAGE  # None: every row


def check_flag(pass_check: Any, twins: list[bool]) -> str:
    """A short flag for the queue: another sender's look-alike photo first (loud), then a
    re-send by the same sender, then a pass that disagrees with the orbit or agrees with it."""
    if any(not same for same in twins):
        return "REUSED?"
    if twins:
        return "re-sent"
    verdict = pass_check.get("verdict") if isinstance(pass_check, dict) else None
    return {"disagrees": "pass?", "agrees": "pass ok"}.get(verdict or "", "")


def _current_decision() -> Any:
    """Subquery: the id of each submission's latest active verdict decision."""
    return (
        select(Decision.submission_id, func.max(Decision.id).label("did"))
        .where(Decision.kind.in_(VERDICTS), Decision.reverted_at.is_(None))
        .group_by(Decision.submission_id)
        .subquery()
    )


def _filtered(q: QueueQuery) -> Select[Any]:
    current = _current_decision()
    query = (
        select(Submission, Decision.kind, Decision.value)
        .outerjoin(current, current.c.submission_id == Submission.id)
        .outerjoin(Decision, Decision.id == current.c.did)
    )
    if q.month:
        start, end = month_bounds(q.month)
        query = query.where(Submission.received_at >= start, Submission.received_at < end)
    if q.status:
        query = query.where(Submission.status == q.status)
    if q.decision == "none":
        query = query.where(Decision.id.is_(None))
    elif q.decision:
        kind = {v: k for k, v in WORDS.items()}[q.decision]
        query = query.where(Decision.kind == kind)
    if q.search:
        like = f"%{q.search.lower()}%"
        columns = (
            Submission.reference,
            Submission.sender,
            Submission.sender_name,
            Submission.subject,
        )
        query = query.where(or_(*(func.lower(c).like(like) for c in columns)))
    return _sorted(query, q)


def _sorted(query: Select[Any], q: QueueQuery) -> Select[Any]:
    if q.sort == "taken":
        taken = (
            select(cast(FieldValue.value, String))
            .where(FieldValue.submission_id == Submission.id, FieldValue.name == "taken_at")
            .scalar_subquery()
        )
        key: Any = taken
    else:
        key = {
            "received": Submission.received_at,
            "sender": Submission.sender,
            "status": Submission.status,
            "reference": Submission.reference,
        }[q.sort]
    newest_first = q.sort in ("received", "taken")
    descending = newest_first != q.reverse
    order = key.desc() if descending else key.asc()
    tie = Submission.id.desc() if descending else Submission.id.asc()
    return query.order_by(order.nulls_last(), tie)


def list_queue(store: Store, q: QueueQuery | None = None) -> tuple[list[QueueRow], int]:
    """One page of the queue and the number of rows that match the filters."""
    q = q or QueueQuery()
    query = _filtered(q)
    with store.session(write=False) as session:
        total = int(
            session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
        )
        skip = 0 if q.per_page is None else max(q.page - 1, 0) * q.per_page
        if q.per_page is not None:  # a page past the last (however large) is simply empty
            query = query.limit(q.per_page).offset(min(skip, total))
        found = session.execute(query).all() if skip <= total else []
        ids = [s.id for s, _, _ in found]
        fields, counts = _extras(session, ids)
        alike: dict[int, list[bool]] = {}
        for sid, same in session.execute(
            select(Lookalike.submission_id, Lookalike.same_sender).where(
                Lookalike.submission_id.in_(ids)
            )
        ):
            alike.setdefault(sid, []).append(bool(same))
        rows = [
            _row(s, fields, counts.get(s.id, 0), decision_word(k, v), alike.get(s.id, []))
            for s, k, v in found
        ]
    return rows, total


def _extras(session: Session, ids: list[int]) -> tuple[dict[tuple[int, str], Any], dict[int, int]]:
    values = session.execute(
        select(FieldValue.submission_id, FieldValue.name, FieldValue.value).where(
            FieldValue.submission_id.in_(ids), FieldValue.name.in_(("taken_at", "equipment"))
        )
    ).all()
    counts = session.execute(
        select(MediaRow.submission_id, func.count())
        .where(MediaRow.submission_id.in_(ids), MediaRow.kind != "other")
        .group_by(MediaRow.submission_id)
    ).all()
    return {(sid, n): v for sid, n, v in values}, {sid: int(c) for sid, c in counts}


def _row(
    sub: Submission,
    fields: dict[tuple[int, str], Any],
    media: int,
    decision: str | None,
    twins: list[bool],
) -> QueueRow:
    equipment = fields.get((sub.id, "equipment"))
    taken = fields.get((sub.id, "taken_at"))
    return QueueRow(
        id=sub.id,
        reference=sub.reference,
        received_at=sub.received_at,
        sender=sub.sender,
        status=sub.status,
        missing=tuple(sub.missing or ()),
        taken_at=taken if isinstance(taken, str) else None,
        equipment=tuple(e for e in equipment if isinstance(e, str))
        if isinstance(equipment, list)
        else (),
        media=media,
        decision=decision,
        sender_name=sub.sender_name,
        subject=sub.subject,
        check=check_flag(sub.pass_check, twins),
    )

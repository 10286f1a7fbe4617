"""The curator's desk, read side: the queue of submissions as plain rows.

One query for the page of submissions and one each for their fields and
media counts, so a page costs the same whatever the size of the queue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from .store import Store
from .store.models import FieldValue, MediaRow, Submission


@dataclass(frozen=True, slots=True)
class QueueRow:
    reference: str | None
    received_at: datetime
    sender: str | None
    status: str
    missing: tuple[str, ...]
    taken_at: str | None
    equipment: str | None  # the first item
    media: int  # photos and animations


def list_queue(store: Store, status: str | None = None, limit: int = 50) -> list[QueueRow]:
    """The newest submissions first, optionally of one status."""
    query = select(Submission).order_by(Submission.received_at.desc(), Submission.id.desc()).limit(limit)
    if status:
        query = query.where(Submission.status == status)
    with store.session(write=False) as session:
        subs = list(session.scalars(query))
        ids = [s.id for s in subs]
        values = session.execute(
            select(FieldValue.submission_id, FieldValue.name, FieldValue.value).where(
                FieldValue.submission_id.in_(ids), FieldValue.name.in_(("taken_at", "equipment"))
            )
        ).all()
        counts = dict(
            session.execute(
                select(MediaRow.submission_id, func.count())
                .where(MediaRow.submission_id.in_(ids), MediaRow.kind != "other")
                .group_by(MediaRow.submission_id)
            ).all()
        )
    fields: dict[tuple[int, str], object] = {(sid, name): value for sid, name, value in values}
    return [_row(s, fields, counts.get(s.id, 0)) for s in subs]


def _row(sub: Submission, fields: dict[tuple[int, str], object], media: int) -> QueueRow:
    equipment = fields.get((sub.id, "equipment"))
    taken = fields.get((sub.id, "taken_at"))
    return QueueRow(
        reference=sub.reference,
        received_at=sub.received_at,
        sender=sub.sender,
        status=sub.status,
        missing=tuple(sub.missing or ()),
        taken_at=taken if isinstance(taken, str) else None,
        equipment=equipment[0] if isinstance(equipment, list) and equipment else None,
        media=media,
    )

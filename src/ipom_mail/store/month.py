"""A month's submissions read whole, as typed records: for `ipom export`, the post and the gallery.

The month is the month received (UT), as `month_bounds` draws it; a pick's
feature month is the month given with `ipom pick`, whatever the month received.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipom_mail.store.api import Store
from ipom_mail.store.decisions import DecisionLine, current_decision, decision_lines
from ipom_mail.store.models import Decision, FieldValue, Link, MediaRow, Note, Submission


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """The UT start of `month` (YYYY-MM) and of the month after it."""
    year, mon = (int(p) for p in month.split("-"))
    start = datetime(year, mon, 1, tzinfo=UTC)
    end = datetime(year + mon // 12, mon % 12 + 1, 1, tzinfo=UTC)
    return start, end


@dataclass(frozen=True, slots=True)
class StoredMedia:
    """One photo or video of a submission as stored (its bytes are in the archive by sha256)."""

    filename: str | None
    sha256: str
    kind: str
    mime: str | None
    camera: str | None
    width: int | None
    height: int | None
    archived: bool  # whether the archive holds the file


@dataclass(frozen=True, slots=True)
class SubmissionRecord:
    """One submission with every stored value: fields, media, links, notes and decisions."""

    id: int
    reference: str | None
    received_at: datetime
    sender: str | None
    sender_name: str | None
    subject: str | None
    status: str
    missing: tuple[str, ...]
    fields: Mapping[str, Any]  # field name → stored JSON value (a curator's edit replaced it)
    media: tuple[StoredMedia, ...]  # photos and videos in the sender's order, no other files
    links: tuple[str, ...]
    notes: tuple[str, ...]  # the stages' notes, each once
    decisions: tuple[DecisionLine, ...]  # oldest first, undone ones included
    decision: str | None  # the current decision in words, e.g. 'picked 2024-05'


def month_records(
    store: Store, month: str | None, *, newest_first: bool = False, skip_ignored: bool = False
) -> list[SubmissionRecord]:
    """The submissions received in `month` (every one when None), oldest first unless asked."""
    query = select(Submission.id)
    if skip_ignored:
        query = query.where(Submission.status != "ignored")
    if month:
        start, end = month_bounds(month)
        query = query.where(Submission.received_at >= start, Submission.received_at < end)
    keys = (Submission.received_at, Submission.id)
    order = [k.desc() for k in keys] if newest_first else list(keys)
    with store.session(write=False) as session:
        ids = session.scalars(query.order_by(*order)).all()
        return [_record(session, sid) for sid in ids]


def picked_records(store: Store, month: str) -> list[SubmissionRecord]:
    """The submissions picked for the feature month `month`, in the order they were picked."""
    with store.session(write=False) as session:
        found = session.scalars(
            select(Decision.submission_id)
            .where(Decision.kind == "pick", Decision.reverted_at.is_(None))
            .order_by(Decision.id)
        ).all()
        records = [_record(session, sid) for sid in dict.fromkeys(found)]
    return [r for r in records if r.decision == f"picked {month}"]


def _record(session: Session, sid: int) -> SubmissionRecord:
    """Every stored value of submission `sid`."""

    def rows(model: Any, order: Any) -> list[Any]:
        return list(
            session.scalars(select(model).where(model.submission_id == sid).order_by(order))
        )

    sub = session.get_one(Submission, sid)
    decisions = decision_lines(session, sid)
    return SubmissionRecord(
        id=sid,
        reference=sub.reference,
        received_at=sub.received_at,
        sender=sub.sender,
        sender_name=sub.sender_name,
        subject=sub.subject,
        status=sub.status,
        missing=tuple(sub.missing or ()),
        fields={f.name: f.value for f in rows(FieldValue, FieldValue.name)},
        media=tuple(
            StoredMedia(
                m.filename, m.sha256, m.kind, m.mime, m.camera, m.width, m.height, m.archived
            )
            for m in rows(MediaRow, MediaRow.position)
            if m.kind != "other"
        ),
        links=tuple(link.url for link in rows(Link, Link.position)),
        notes=tuple(dict.fromkeys(n.text for n in rows(Note, Note.id))),
        decisions=tuple(decisions),
        decision=current_decision(decisions),
    )

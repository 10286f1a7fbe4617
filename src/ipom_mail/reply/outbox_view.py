"""The outbox as plain values for `ipom replies --json` and `ipom replies show ID`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ipom_mail.store import Store
from ipom_mail.store.models import Reply, Submission
from ipom_mail.store.rows import iso_z


def reply_values(row: Reply, reference: str | None, *, body: bool) -> dict[str, Any]:
    """One reply's values (with its text when `body`), for JSON or for printing."""
    data: dict[str, Any] = {
        "id": row.id,
        "reference": reference,
        "state": row.state,
        "to": row.to_addr,
        "subject": row.subject,
        "attempts": row.attempts,
        "last_error": row.last_error,
        "created_at": iso_z(row.created_at),
        "sent_at": iso_z(row.sent_at),
        "message_id": row.message_id,
    }
    if body:
        data["body_text"] = row.body_text
    return data


def replies_values(store: Store, states: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Every reply (of these states), newest first, without the bodies."""
    query = (
        select(Reply, Submission.reference)
        .outerjoin(Submission, Submission.id == Reply.submission_id)
        .order_by(Reply.id.desc())
    )
    if states:
        query = query.where(Reply.state.in_(list(states)))
    with store.session(write=False) as session:
        return [reply_values(r, ref, body=False) for r, ref in session.execute(query).all()]


def one_reply(store: Store, reply_id: int) -> dict[str, Any] | None:
    """One reply with its text, or None when there is no reply with that id."""
    query = (
        select(Reply, Submission.reference)
        .outerjoin(Submission, Submission.id == Reply.submission_id)
        .where(Reply.id == reply_id)
    )
    with store.session(write=False) as session:
        found = session.execute(query).first()
        return reply_values(found[0], found[1], body=True) if found else None

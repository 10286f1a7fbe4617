"""The outbox as plain values for `ipom replies --json` and `ipom replies show ID`."""

from __future__ import annotations

from typing import Any

from ipom_mail.store import Store, outbox
from ipom_mail.store.outbox import OutboxRow
from ipom_mail.store.rows import iso_z


def reply_values(row: OutboxRow, *, body: bool) -> dict[str, Any]:
    """One reply's values (with its text when `body`), for JSON or for printing."""
    data: dict[str, Any] = {
        "id": row.id,
        "reference": row.reference,
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
    return [reply_values(row, body=False) for row in outbox.replies(store, states)]


def one_reply(store: Store, reply_id: int) -> dict[str, Any] | None:
    """One reply with its text, or None when there is no reply with that id."""
    found = outbox.one(store, reply_id)
    return reply_values(found, body=True) if found else None

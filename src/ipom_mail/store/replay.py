"""What `ipom reprocess` reads: failed messages, a submission's thread, its values before and after.

Reads only, as typed values; the writes are `Store.mark_reprocessed*` and
`store/curator.refresh_submission`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ipom_mail.store.models import FieldValue, RawMessage, Submission
from ipom_mail.store.references import NotFound, find_submission
from ipom_mail.store.rows import DATE_STYLES

if TYPE_CHECKING:
    from ipom_mail.store.api import Store


@dataclass(frozen=True, slots=True)
class Archived:
    """A stored message as reprocessing reads it; `archived` False: never downloaded."""

    id: int
    message_id: str | None
    sha256: str
    archived: bool
    size: int
    reason: str | None  # why it failed, for a failed message
    received_at: datetime
    submission_id: int | None


def archived(row: RawMessage) -> Archived:
    """The read model of one raw-message row."""
    return Archived(
        row.id,
        row.message_id,
        row.sha256,
        row.archived,
        row.size,
        row.reason,
        row.received_at,
        row.submission_id,
    )


def failed_messages(store: Store) -> list[Archived]:
    """The messages still failed, oldest first (for `ipom reprocess --failed`)."""
    query = select(RawMessage).where(RawMessage.status == "failed").order_by(RawMessage.id)
    with store.session(write=False) as session:
        return [archived(row) for row in session.scalars(query)]


def thread_messages(store: Store, submission_id: int) -> list[Archived]:
    """The submission's messages in the order received: the original first."""
    query = (
        select(RawMessage)
        .where(RawMessage.submission_id == submission_id)
        .order_by(RawMessage.received_at, RawMessage.id)
    )
    with store.session(write=False) as session:
        return [archived(row) for row in session.scalars(query)]


def submission_ids(store: Store, refs: Iterable[str], every: bool) -> tuple[list[int], list[str]]:
    """The ids to reprocess (all, or these references), and the references not found."""
    with store.session(write=False) as session:
        if every:
            return list(session.scalars(select(Submission.id).order_by(Submission.id))), []
        ids: list[int] = []
        unknown: list[str] = []
        for ref in refs:
            try:
                ids.append(find_submission(session, ref).id)
            except NotFound as exc:
                unknown.extend(exc.lines)
        return ids, unknown


def named(store: Store, ref: str) -> tuple[int, str]:
    """The id and reference of the submission `ref` names; NotFound when none or several."""
    with store.session(write=False) as session:
        sub = find_submission(session, ref)
        return sub.id, sub.reference or ref


def snapshot(store: Store, sid: int) -> tuple[str, dict[str, Any]]:
    """The reference and the values a curator sees, to compare before and after."""
    with store.session(write=False) as session:
        sub = session.get(Submission, sid)
        assert sub is not None
        fields = session.execute(
            select(FieldValue.name, FieldValue.value).where(FieldValue.submission_id == sid)
        ).all()
        view: dict[str, Any] = {"status": sub.status, "missing": list(sub.missing or [])}
        view.update({name: value for name, value in fields if name != DATE_STYLES})
        return sub.reference or f"mail {sub.message_id or ''} (no reference)", view

"""The outbox's rows: the replies due, what was sent lately, and each try's record.

Each write is its own committed transaction: a try is recorded before the SMTP
conversation and `sent` right after the server accepts, which is what keeps a
reply to at most one duplicate after a crash (`reply/outbox`). The backoff
policy is the caller's, passed in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, or_, select

from ipom_mail.store.api import Store
from ipom_mail.store.models import RawMessage, Reply, Submission

Backoff = Callable[[int], timedelta]  # the wait after the n-th failed try


@dataclass(frozen=True, slots=True)
class OutboxRow:
    """One reply as stored; `reference` is its submission's, `answers` the Message-ID it answers."""

    id: int
    message_id: str
    to_addr: str
    subject: str
    body_text: str
    body_html: str | None
    state: str  # pending | sent | failed | withheld
    attempts: int
    last_error: str | None
    created_at: datetime | None
    sent_at: datetime | None
    reference: str | None = None
    answers: str | None = None


def _row(reply: Reply, reference: str | None = None, answers: str | None = None) -> OutboxRow:
    return OutboxRow(
        reply.id,
        reply.message_id,
        reply.to_addr,
        reply.subject,
        reply.body_text,
        reply.body_html,
        reply.state,
        reply.attempts,
        reply.last_error,
        reply.created_at,
        reply.sent_at,
        reference,
        answers,
    )


def due(store: Store, now: datetime) -> list[OutboxRow]:
    """The pending replies whose next try is due, oldest first, with the Message-ID each answers."""
    query = (
        select(Reply, RawMessage.message_id)
        .outerjoin(RawMessage, RawMessage.id == Reply.raw_id)
        .where(Reply.state == "pending")
        .where(or_(Reply.next_attempt_at.is_(None), Reply.next_attempt_at <= now))
        .order_by(Reply.id)
    )
    with store.session(write=False) as session:
        return [_row(reply, answers=answers) for reply, answers in session.execute(query)]


def sent_since(store: Store, since: datetime) -> list[tuple[str, datetime]]:
    """(to_addr, sent_at) of every reply sent since `since` (at most a day of them)."""
    query = select(Reply.to_addr, Reply.sent_at).where(Reply.state == "sent")
    query = query.where(Reply.sent_at >= since)
    with store.session(write=False) as session:
        return [(to, at) for to, at in session.execute(query) if at is not None]


def record_attempt(store: Store, reply_id: int, now: datetime, backoff: Backoff) -> None:
    """Commit the try before talking to the server, with the time of the next one."""
    with store.session() as session:
        row = session.get(Reply, reply_id)
        if row is not None:
            row.attempts += 1
            row.next_attempt_at = now + backoff(row.attempts)


def note_error(store: Store, reply_id: int, error: str) -> None:
    """Keep the last error of a try that will be made again."""
    with store.session() as session:
        row = session.get(Reply, reply_id)
        if row is not None:
            row.last_error = error


def defer(
    store: Store,
    ids: Sequence[int],
    now: datetime,
    error: str,
    *,
    count_attempt: bool,
    backoff: Backoff,
) -> None:
    """Put replies off to their next backoff time (the server was down or went away)."""
    with store.session() as session:
        for reply_id in ids:
            row = session.get(Reply, reply_id)
            if row is None:
                continue
            if count_attempt:
                row.attempts += 1
            row.next_attempt_at = now + backoff(max(1, row.attempts))
            row.last_error = error


def set_state(store: Store, reply_id: int, state: str, now: datetime, error: str | None) -> None:
    """Mark a reply sent (now), failed or withheld, with the error when there is one."""
    with store.session() as session:
        row = session.get(Reply, reply_id)
        if row is None:
            return
        row.state = state
        if state == "sent":
            row.sent_at = now
            row.next_attempt_at = None
        if error is not None:
            row.last_error = error


def retry(store: Store, ids: Sequence[int] = ()) -> int:
    """Make failed (and waiting) replies due now again; return how many."""
    query = select(Reply).where(Reply.state.in_(["failed", "pending"]))
    if ids:
        query = query.where(Reply.id.in_(list(ids)))
    count = 0
    with store.session() as session:
        for row in session.scalars(query):
            row.state, row.next_attempt_at = "pending", None
            count += 1
    return count


def _with_reference() -> Select[Reply, str | None]:
    return select(Reply, Submission.reference).outerjoin(
        Submission, Submission.id == Reply.submission_id
    )


def replies(store: Store, states: Sequence[str] = ()) -> list[OutboxRow]:
    """Every reply (of these states), newest first, with its submission's reference."""
    query = _with_reference().order_by(Reply.id.desc())
    if states:
        query = query.where(Reply.state.in_(list(states)))
    with store.session(write=False) as session:
        return [_row(reply, reference) for reply, reference in session.execute(query)]


def one(store: Store, reply_id: int) -> OutboxRow | None:
    """One reply with its submission's reference, or None when there is no reply with that id."""
    query = _with_reference().where(Reply.id == reply_id)
    with store.session(write=False) as session:
        found = session.execute(query).first()
        return _row(found[0], found[1]) if found else None

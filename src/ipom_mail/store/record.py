"""Persist one pipeline result, idempotently, in one transaction.

Files first (raw message and media, durable), then one database transaction;
a message seen again — same archive hash, same mailbox+UIDVALIDITY+UID, or
same Message-ID from the same sender — returns the existing record and
writes nothing new (invariant 2).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, and_, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ipom_mail.pipeline.contract import pass_check_json
from ipom_mail.pipeline.values import CheckResult
from ipom_mail.pipeline.values import OutboxReply as OutboxReply  # named here by api, followup
from ipom_mail.store import rows
from ipom_mail.store.archive import Archive, sha256_hex
from ipom_mail.store.faults import fault
from ipom_mail.store.lookalikes import link_lookalikes
from ipom_mail.store.models import (
    Base,
    Event,
    RawMessage,
    Reply,
    Submission,
)
from ipom_mail.store.numbering import allocate_reference

SessionFactory = Callable[[], AbstractContextManager[Session]]  # a sessionmaker, or a batch's
# The reply, given the new reference and the sender's earlier submissions of the same photo.
Composer = Callable[[str | None, tuple[str, ...]], "OutboxReply | None"]


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a message came from: an IMAP folder (with UIDVALIDITY and UID) or a file."""

    mailbox: str | None
    uidvalidity: int | None
    uid: int | None
    source: str  # "imap" | "file" | "mbox" | "maildir"


@dataclass(frozen=True, slots=True)
class Recorded:
    """What the store did with a message; duplicate=True means it was already there."""

    raw_id: int
    submission_id: int | None
    reference: str | None
    duplicate: bool
    status: str  # the submission's status, or "failed"


@dataclass(frozen=True, slots=True)
class Writer:
    """What the record functions need: write sessions, the archive, the armed faults."""

    sessions: SessionFactory
    archive: Archive
    faults: frozenset[str]
    grouped: bool = False  # inside a batch (store/batch.py): savepoints, one commit per batch


def find_duplicate(
    session: Session,
    sha256: str,
    mailbox: str | None,
    uidvalidity: int | None,
    uid: int | None,
    message_id: str | None,
    sender: str | None,
) -> RawMessage | None:
    """The raw message already stored with this hash, this UID, or this Message-ID+sender."""
    conditions = [RawMessage.sha256 == sha256]
    if mailbox is not None and uidvalidity is not None and uid is not None:
        conditions.append(
            and_(
                RawMessage.mailbox == mailbox,
                RawMessage.uidvalidity == uidvalidity,
                RawMessage.uid == uid,
            )
        )
    if message_id and sender:
        conditions.append(and_(RawMessage.message_id == message_id, RawMessage.sender == sender))
    query = select(RawMessage).where(or_(*conditions)).order_by(RawMessage.id).limit(1)
    return session.scalars(query).first()


def recorded_from(session: Session, raw: RawMessage, duplicate: bool) -> Recorded:
    """The Recorded for an existing raw message row."""
    submission = session.get(Submission, raw.submission_id) if raw.submission_id else None
    return Recorded(
        raw_id=raw.id,
        submission_id=submission.id if submission else None,
        reference=submission.reference if submission else None,
        duplicate=duplicate,
        status=submission.status if submission and raw.status != "failed" else raw.status,
    )


def store_media(archive: Archive, result: CheckResult) -> set[str]:
    """Write the usable media's bytes to the archive; return the hashes stored.

    The media stage made one item per part, in order, with the part's hash:
    the payloads are matched by position, never hashed again.
    """
    parts, items = result.parsed.parts, result.media.items
    if len(parts) == len(items):
        payloads = {i.sha256: p.payload for p, i in zip(parts, items, strict=True)}
    else:  # a result built by hand, not by the pipeline
        payloads = {sha256_hex(p.payload): p.payload for p in parts}
    stored: set[str] = set()
    for item in result.media.usable:
        data = payloads.get(item.sha256)
        if data is not None:
            archive.put_media(data, item.mime, item.sha256)
            stored.add(item.sha256)
    return stored


def _add_submission(
    session: Session,
    raw: RawMessage,
    result: CheckResult,
    stored: set[str],
    reply: OutboxReply | None,
    compose: Composer | None = None,
    received: str | None = None,
) -> Submission:
    """Insert the submission and its fields, media, links, notes and reply for `raw`.

    A new `raw` (not added yet) is inserted after the submission, with its id, and its
    `received` event (when given) with the others: one statement per table and message."""
    verdict, parsed = result.verdict, result.parsed
    year, seq, reference = None, None, None
    if verdict.status != "ignored":  # mail that is no submission gets no reference
        year = raw.received_at.year
        seq, reference = allocate_reference(session, year)
    submission = Submission(
        reference=reference,
        year=year,
        seq=seq,
        status=verdict.status,
        missing=list(verdict.missing),
        sender=parsed.sender,
        sender_name=parsed.sender_name,
        subject=parsed.subject,
        message_id=parsed.message_id,
        reply_send=verdict.reply.send,
        reply_reason=verdict.reply.reason,
        received_at=raw.received_at,
        pass_check=pass_check_json(result.pass_check),
    )
    new = raw.id is None
    session.add(submission)
    session.flush()
    sid = submission.id
    raw.submission_id = sid
    session.add(raw)
    session.flush()
    media = [rows.media_row(item, i, sid, raw.id) for i, item in enumerate(result.media.items)]
    for row in media:
        row.archived = row.sha256 in stored
    insert_all(
        session,
        [
            *rows.field_rows(result, sid, raw.id),
            *media,
            *rows.link_rows(result, sid, raw.id),
            *rows.note_rows(result, sid, raw.id),
        ],
    )
    prints = [i.fingerprint for i in result.media.items if i.fingerprint]
    linked = link_lookalikes(session, sid, prints if new else None)
    if reply is None and compose is not None:
        resent = tuple(t.reference for t in linked if t.same_sender and t.reference)
        reply = compose(reference, resent)
    last: list[Base] = [reply_row(reply, sid, raw.id)] if reply is not None else []
    if received is not None:
        last.append(Event(raw_id=raw.id, submission_id=None, kind="received", detail=received))
    last.append(Event(raw_id=raw.id, submission_id=sid, kind="processed", detail=verdict.status))
    insert_all(session, last)
    return submission


def insert_all(session: Session, objects: list[Base]) -> None:
    """New rows whose ids nobody reads back, one executemany per table and set of columns
    (the ORM would read each row's id back: on SQLite, a statement per row). The models'
    attributes are named as their columns."""
    groups: dict[tuple[type[Base], tuple[str, ...]], list[dict[str, Any]]] = {}
    for obj in objects:
        values = {k: v for k, v in vars(obj).items() if not k.startswith("_")}
        groups.setdefault((type(obj), tuple(sorted(values))), []).append(values)
    for (model, _columns), values_list in groups.items():  # the table's own INSERT: a None
        session.execute(insert(cast(Table, model.__table__)), values_list)  # stays NULL


def reply_row(reply: OutboxReply, submission_id: int, raw_id: int) -> Reply:
    """The outbox row for a composed reply."""
    return Reply(
        submission_id=submission_id,
        raw_id=raw_id,
        message_id=reply.message_id,
        to_addr=reply.to_addr,
        subject=reply.subject,
        body_text=reply.body_text,
        body_html=reply.body_html,
        state=reply.state,
        attempts=0,
    )


def describe(origin: Origin) -> str:
    """A one-line description of where a message came from, for the event log."""
    if origin.mailbox is None:
        return origin.source
    return f"{origin.source} {origin.mailbox} uidvalidity={origin.uidvalidity} uid={origin.uid}"


def existing(
    writer: Writer, sha: str, origin: Origin, result: CheckResult | None
) -> Recorded | None:
    """The Recorded of an already stored copy of this message, or None."""
    message_id = result.parsed.message_id if result else None
    sender = result.parsed.sender if result else None
    with writer.sessions() as session:
        found = find_duplicate(
            session, sha, origin.mailbox, origin.uidvalidity, origin.uid, message_id, sender
        )
        return recorded_from(session, found, duplicate=True) if found else None


def commit(writer: Writer, session: Session) -> None:
    """Commit with the crash-test points either side (in a batch: the savepoint, flushed)."""
    if writer.grouped:  # the batch commits once for all its messages (store/batch.py)
        session.flush()
        return
    fault("before_commit", writer.faults)
    session.commit()
    fault("after_commit", writer.faults)


def record(
    writer: Writer,
    raw: bytes,
    result: CheckResult,
    origin: Origin,
    reply: OutboxReply | None = None,
    compose: Composer | None = None,
    looked_up: bool = False,
) -> Recorded:
    """Archive the message and its media, then store every row in one transaction.

    `compose`, when given, makes the reply inside the transaction from the
    reference just allocated, so the reply row commits with the submission.
    `looked_up`: a batch's caller found no copy of it in this transaction just before.
    """
    if writer.grouped:  # a poll's batch: the worker hashed these bytes; one lookup, below
        sha = result.parsed.sha256
    else:
        sha = sha256_hex(raw)
        known = existing(writer, sha, origin, result)
        if known is not None:
            return known
    writer.archive.put_raw(raw, sha)
    stored = store_media(writer.archive, result)
    fault("after_archive_fsync", writer.faults)
    try:
        with writer.sessions() as session:
            again = None if looked_up else _existing_in(session, sha, origin, result)
            if again is not None:
                return recorded_from(session, again, duplicate=True)
            raw_row = new_raw_row(sha, len(raw), origin, result, status="processed", archived=True)
            received = describe(origin)
            submission = _add_submission(session, raw_row, result, stored, reply, compose, received)
            commit(writer, session)
            return Recorded(
                raw_row.id, submission.id, submission.reference, False, submission.status
            )
    except IntegrityError:  # another writer stored the same message at the same moment
        known = existing(writer, sha, origin, result)
        if known is None:
            raise
        return known


def _existing_in(
    session: Session, sha: str, origin: Origin, result: CheckResult | None
) -> RawMessage | None:
    """find_duplicate inside an open transaction."""
    message_id = result.parsed.message_id if result else None
    sender = result.parsed.sender if result else None
    return find_duplicate(
        session, sha, origin.mailbox, origin.uidvalidity, origin.uid, message_id, sender
    )


def new_raw_row(
    sha: str, size: int, origin: Origin, result: CheckResult | None, status: str, archived: bool
) -> RawMessage:
    """A new raw message row, received now."""
    return RawMessage(
        sha256=sha,
        size=size,
        source=origin.source,
        mailbox=origin.mailbox,
        uidvalidity=origin.uidvalidity,
        uid=origin.uid,
        message_id=result.parsed.message_id if result else None,
        sender=result.parsed.sender if result else None,
        received_at=datetime.now(UTC),
        status=status,
        archived=archived,
    )


def record_failure(
    writer: Writer, raw: bytes | None, sha256: str, size: int, origin: Origin, reason: str
) -> Recorded:
    """Store a message that could not be processed, with its reason (raw archived when given).

    When `raw` is given its own hash is used; `sha256` identifies a message
    that was never downloaded (e.g. over the size limit).
    """
    sha = sha256_hex(raw) if raw is not None else sha256
    known = existing(writer, sha, origin, None)
    if known is not None:
        return known
    if raw is not None:
        writer.archive.put_raw(raw)
        fault("after_archive_fsync", writer.faults)
    try:
        with writer.sessions() as session:
            again = _existing_in(session, sha, origin, None)
            if again is not None:
                return recorded_from(session, again, duplicate=True)
            row = new_raw_row(sha, size, origin, None, status="failed", archived=raw is not None)
            row.reason = reason
            session.add(row)
            session.flush()
            session.add(Event(raw_id=row.id, kind="received", detail=describe(origin)))
            session.add(Event(raw_id=row.id, kind="failed", detail=reason))
            commit(writer, session)
            return Recorded(row.id, None, None, False, "failed")
    except IntegrityError:
        known = existing(writer, sha, origin, None)
        if known is None:
            raise
        return known


def record_reprocessed(
    writer: Writer, raw_id: int, result: CheckResult, reply: OutboxReply | None = None
) -> Recorded:
    """Turn a failed message into a processed one, from a new run of the pipeline.

    A message that is no longer failed (already reprocessed) is returned as a
    duplicate and nothing is written.
    """
    stored = store_media(writer.archive, result)
    fault("after_archive_fsync", writer.faults)
    with writer.sessions() as session:
        raw_row = reopen_failed(session, raw_id, result)
        if isinstance(raw_row, Recorded):
            return raw_row
        submission = _add_submission(session, raw_row, result, stored, reply)
        commit(writer, session)
        return Recorded(raw_id, submission.id, submission.reference, False, submission.status)


def reopen_failed(session: Session, raw_id: int, result: CheckResult) -> RawMessage | Recorded:
    """The failed message `raw_id`, now processed as `result` says (the caller files it);
    the Recorded of a message that is no longer failed, which is left alone."""
    raw_row = session.get(RawMessage, raw_id)
    if raw_row is None:
        raise LookupError(f"no raw message with id {raw_id}")
    if raw_row.status != "failed":
        return recorded_from(session, raw_row, duplicate=True)
    raw_row.status = "processed"
    raw_row.message_id = result.parsed.message_id
    raw_row.sender = result.parsed.sender
    session.add(Event(raw_id=raw_id, kind="reprocessed", detail=raw_row.reason))
    raw_row.reason = None
    return raw_row

"""Follow-ups: a later message that completes an earlier submission.

Stored as part of that submission in one transaction: fields still missing
are filled, new media and links added, and the submission re-judged. Seen
again, it changes nothing (the same duplicate keys as `record`).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipom_mail.pipeline.contract import pass_check_json
from ipom_mail.pipeline.values import CheckResult
from ipom_mail.store import rows
from ipom_mail.store.archive import sha256_hex
from ipom_mail.store.faults import fault
from ipom_mail.store.lookalikes import link_lookalikes
from ipom_mail.store.models import Event, FieldValue, Link, MediaRow, RawMessage, Submission
from ipom_mail.store.record import (
    Origin,
    OutboxReply,
    Recorded,
    Writer,
    commit,
    describe,
    existing,
    new_raw_row,
    reopen_failed,
    reply_row,
    store_media,
)


def _merge_rows(
    session: Session, sub: Submission, raw_id: int, result: CheckResult, merged: CheckResult
) -> None:
    """Add the fields still missing, the new media, links and notes of a follow-up."""
    sid = sub.id
    have = {
        f.name: f
        for f in session.scalars(select(FieldValue).where(FieldValue.submission_id == sid))
    }
    for name, value, source in rows.field_values(merged):
        if name not in have:
            session.add(
                FieldValue(submission_id=sid, raw_id=raw_id, name=name, value=value, source=source)
            )
    if "taken_at" not in have and "taken_date" in have and merged.fields.taken_at is not None:
        session.delete(have["taken_date"])  # the date is now part of a UT time
    known = set(session.scalars(select(MediaRow.sha256).where(MediaRow.submission_id == sid)))
    position = len(known)
    for item in result.media.items:
        if item.sha256 not in known:
            row = rows.media_row(item, position, sid, raw_id)
            row.archived = item.kind != "other"
            session.add(row)
            known.add(item.sha256)
            position += 1
    urls = list(session.scalars(select(Link.url).where(Link.submission_id == sid)))
    for url in dict.fromkeys(result.fields.links):
        if url not in urls:
            session.add(Link(submission_id=sid, raw_id=raw_id, position=len(urls), url=url))
            urls.append(url)
    session.add_all(rows.note_rows(result, sid, raw_id))


def record_followup(
    writer: Writer,
    raw: bytes,
    result: CheckResult,
    merged: CheckResult,
    origin: Origin,
    submission_id: int,
    reply: OutboxReply | None = None,
) -> Recorded:
    """Store a follow-up as part of an earlier submission: fields filled, media added, re-judged.

    `result` is the follow-up's own pipeline result, `merged` the submission
    with it (judged again). Idempotent like `record`: a follow-up seen again
    changes nothing.
    """
    sha = sha256_hex(raw)
    known = existing(writer, sha, origin, result)
    if known is not None:
        return known
    writer.archive.put_raw(raw)
    store_media(writer.archive, result)
    fault("after_archive_fsync", writer.faults)
    with writer.sessions() as session:
        raw_row = new_raw_row(sha, len(raw), origin, result, status="processed", archived=True)
        session.add(raw_row)
        session.flush()
        session.add(Event(raw_id=raw_row.id, kind="received", detail=describe(origin)))
        sub = _attach(session, raw_row, result, merged, submission_id, reply)
        commit(writer, session)
        return Recorded(raw_row.id, sub.id, sub.reference, False, sub.status)


def _attach(
    session: Session,
    raw_row: RawMessage,
    result: CheckResult,
    merged: CheckResult,
    submission_id: int,
    reply: OutboxReply | None,
) -> Submission:
    """Make `raw_row` part of the submission: its rows merged in, the whole re-judged."""
    sub = session.get(Submission, submission_id)
    if sub is None:
        raise LookupError(f"no submission with id {submission_id}")
    raw_row.submission_id = sub.id
    _merge_rows(session, sub, raw_row.id, result, merged)
    before, verdict = sub.status, merged.verdict
    sub.status, sub.missing = verdict.status, list(verdict.missing)
    sub.reply_send, sub.reply_reason = verdict.reply.send, verdict.reply.reason
    sub.pass_check = pass_check_json(merged.pass_check)
    link_lookalikes(session, sub.id)  # a photo the follow-up brought
    sub.updated_at = datetime.now(UTC)
    if reply is not None:
        session.add(reply_row(reply, sub.id, raw_row.id))
    detail = f"follow-up: {before} -> {verdict.status}"
    session.add(Event(raw_id=raw_row.id, submission_id=sub.id, kind="followup", detail=detail))
    return sub


def record_reprocessed_followup(
    writer: Writer, raw_id: int, result: CheckResult, merged: CheckResult, submission_id: int
) -> Recorded:
    """Turn a failed message into a follow-up of its submission, from a new run of the pipeline.

    A message that is no longer failed (already reprocessed) changes nothing.
    """
    store_media(writer.archive, result)
    fault("after_archive_fsync", writer.faults)
    with writer.sessions() as session:
        raw_row = reopen_failed(session, raw_id, result)
        if isinstance(raw_row, Recorded):
            return raw_row
        sub = _attach(session, raw_row, result, merged, submission_id, None)
        commit(writer, session)
        return Recorded(raw_id, sub.id, sub.reference, False, sub.status)

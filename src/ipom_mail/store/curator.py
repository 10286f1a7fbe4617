"""The store-side writes of the curator's desk: decisions, edits, forget, reprocess refresh.

A decision or edit is a row in `decisions` with who and when; undoing one
sets its `reverted_at`, so the history stays. An edit also writes the field
with source `curator`, which wins over extraction and is kept by reprocess.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import make_msgid
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from ipom_mail.pipeline.contract import pass_check_json
from ipom_mail.pipeline.values import CheckResult
from ipom_mail.store import rows
from ipom_mail.store.addresses import normal, spellings
from ipom_mail.store.api import Store
from ipom_mail.store.archive import sha256_hex
from ipom_mail.store.decisions import VERDICTS, DecisionLine, line_of
from ipom_mail.store.lookalikes import link_lookalikes
from ipom_mail.store.models import (
    Decision,
    Event,
    FieldValue,
    Link,
    Lookalike,
    MediaRow,
    Note,
    RawMessage,
    Reply,
    Submission,
)
from ipom_mail.store.numbering import allocate_reference
from ipom_mail.store.references import NotFound as NotFound  # the desk's errors, re-exported
from ipom_mail.store.references import find_submission as find_submission
from ipom_mail.store.references import find_submissions

# edit → the missing item it fills (a date alone is the curator's word that it is all there is)
COMPLETABLE = {"taken_at": "taken_at", "taken_date": "taken_at", "equipment": "equipment"}


def add_decisions(
    store: Store,
    refs: Sequence[str],
    kind: str,
    curator: str,
    value: Any = None,
    reason: str | None = None,
) -> list[DecisionLine]:
    """Record one decision on each submission `refs` name, all or none (NotFound names misses)."""
    with store.session() as session:
        added = []
        for sub in find_submissions(session, refs):
            row = Decision(
                submission_id=sub.id, kind=kind, value=value, reason=reason, curator=curator
            )
            session.add(row)
            session.add(Event(submission_id=sub.id, kind=f"decision:{kind}", detail=curator))
            added.append(row)
        session.flush()
        return [line_of(row) for row in added]


def revert_decision(store: Store, ref: str, kind: str | None, curator: str) -> DecisionLine | None:
    """Undo the latest active decision of `kind` (any verdict kind when None); None if none."""
    with store.session() as session:
        sub = find_submission(session, ref)
        kinds = (kind,) if kind else VERDICTS
        query = (
            select(Decision)
            .where(
                Decision.submission_id == sub.id,
                Decision.kind.in_(kinds),
                Decision.reverted_at.is_(None),
            )
            .order_by(Decision.id.desc())
        )
        row = session.scalars(query).first()
        if row is None:
            return None
        row.reverted_at = datetime.now(UTC)
        if row.kind == "edit":
            _restore(session, sub, row)
        session.add(Event(submission_id=sub.id, kind=f"undo:{row.kind}", detail=curator))
        return line_of(row)


def edit_field(
    store: Store,
    ref: str,
    name: str,
    value: Any,
    curator: str,
    reason: str | None = None,
    merge: bool = False,
) -> DecisionLine:
    """Set a field as the curator's (it wins over extraction); the old value is kept for undo.

    `reason` records where the value came from when the curator did not type it
    (e.g. a pass-check suggestion); with `merge`, a dict `value` replaces only its own
    keys of the stored one (the flyby's elevation, leaving its times)."""
    with store.session() as session:
        sub = find_submission(session, ref)
        row = session.scalars(
            select(FieldValue).where(FieldValue.submission_id == sub.id, FieldValue.name == name)
        ).first()
        previous = None if row is None else {"value": row.value, "source": row.source}
        if merge and row is not None and isinstance(row.value, dict):
            value = {**row.value, **value}
        if row is None:
            row = FieldValue(submission_id=sub.id, name=name, value=value, source="curator")
            session.add(row)
        row.value, row.source, row.updated_at = value, "curator", datetime.now(UTC)
        decision = Decision(
            submission_id=sub.id,
            kind="edit",
            value={"field": name, "value": value, "previous": previous},
            reason=reason,
            curator=curator,
        )
        session.add(decision)
        _complete(sub, name)
        session.add(
            Event(submission_id=sub.id, kind="decision:edit", detail=f"{name} by {curator}")
        )
        session.flush()
        return line_of(decision)


def _complete(sub: Submission, name: str) -> None:
    """A curator's value fills the missing item it stands for."""
    item = COMPLETABLE.get(name)
    missing = [m for m in (sub.missing or []) if m != item]
    if missing != list(sub.missing or []):
        sub.missing = missing
        if not missing and sub.status == "incomplete":
            sub.status = "complete"
    sub.updated_at = datetime.now(UTC)


def _restore(session: Session, sub: Submission, decision: Decision) -> None:
    """Put back the value an edit replaced (or remove the field when there was none)."""
    data = decision.value or {}
    name, previous = data.get("field"), data.get("previous")
    row = session.scalars(
        select(FieldValue).where(FieldValue.submission_id == sub.id, FieldValue.name == name)
    ).first()
    if row is None:
        return
    if previous is None:
        session.delete(row)
    else:
        row.value, row.source = previous["value"], previous["source"]


def queue_congratulation(store: Store, ref: str, month: str, sender_from: str) -> int | None:
    """Put a congratulation for a pick in the outbox (sent by the poller's outbox run)."""
    with store.session() as session:
        sub = find_submission(session, ref)
        if not sub.sender:
            return None
        domain = sender_from.rsplit("@", 1)[-1].strip(" >") or "localhost"
        name = sub.sender_name or "there"
        body = (
            f"Hello {name},\n\nyour photo ({sub.reference}) is the ISS Photo of the Month "
            f"for {month}. Congratulations, and thank you for sending it!\n"
        )
        reply = Reply(
            submission_id=sub.id,
            message_id=make_msgid(domain=domain),
            to_addr=sub.sender,
            subject=f"Your ISS photo is the Photo of the Month ({sub.reference})",
            body_text=body,
            state="pending",
            attempts=0,
        )
        session.add(reply)
        session.flush()
        return reply.id


@dataclass(frozen=True, slots=True)
class Forgotten:
    """What `forget` removed."""

    submissions: int
    messages: int
    files: int


def forget_sender(store: Store, sender: str, curator: str) -> Forgotten:
    """Delete a sender's submissions, messages, replies and files; log that it was done.

    The log keeps only a hash of the address, so the record proves the
    request was honoured without keeping the address itself.
    """
    address = normal(sender)
    with store.session() as session:
        named = spellings(session, sender)
        sub_ids = list(session.scalars(select(Submission.id).where(Submission.sender.in_(named))))
        raws = list(
            session.scalars(
                select(RawMessage).where(
                    or_(RawMessage.sender.in_(named), RawMessage.submission_id.in_(sub_ids))
                )
            )
        )
        raw_ids = [r.id for r in raws]
        media = list(session.scalars(select(MediaRow).where(MediaRow.submission_id.in_(sub_ids))))
        _delete_rows(session, sub_ids, raw_ids, named)
        shared = set(
            session.scalars(
                select(MediaRow.sha256).where(MediaRow.sha256.in_([m.sha256 for m in media]))
            )
        )
        detail = (
            f"sender sha256:{sha256_hex(address.encode())} by {curator}: "
            f"{len(sub_ids)} submission(s), {len(raws)} message(s)"
        )
        session.add(Event(kind="forgotten", detail=detail))
    files = _delete_files(store, [r.sha256 for r in raws if r.archived], media, shared)
    return Forgotten(len(sub_ids), len(raws), files)


def _delete_rows(
    session: Session, sub_ids: list[int], raw_ids: list[int], addresses: list[str]
) -> None:
    """Every row that names the sender (in any spelling) or belongs to one of their submissions."""
    session.execute(
        delete(Reply).where(
            or_(
                Reply.submission_id.in_(sub_ids),
                Reply.raw_id.in_(raw_ids),
                Reply.to_addr.in_(addresses),
            )
        )
    )
    session.execute(
        delete(Event).where(or_(Event.submission_id.in_(sub_ids), Event.raw_id.in_(raw_ids)))
    )
    session.execute(
        delete(Lookalike).where(
            or_(Lookalike.submission_id.in_(sub_ids), Lookalike.other_id.in_(sub_ids))
        )
    )
    for model in (FieldValue, MediaRow, Link, Note, Decision):
        session.execute(delete(model).where(model.submission_id.in_(sub_ids)))
    session.execute(delete(RawMessage).where(RawMessage.id.in_(raw_ids)))
    session.execute(delete(Submission).where(Submission.id.in_(sub_ids)))


def _delete_files(
    store: Store, raw_shas: list[str], media: list[MediaRow], shared: set[str]
) -> int:
    """Remove the archived messages and media files no one else still uses."""
    paths = [store.archive.raw_path(s) for s in raw_shas]
    paths += [store.archive.media_path(m.sha256, m.mime) for m in media if m.sha256 not in shared]
    removed = 0
    for path in paths:
        if path.is_file():
            path.unlink()
            removed += 1
    return removed


@dataclass(frozen=True, slots=True)
class Thread:
    """A submission's messages replayed: the merged result and where each part came from.

    `messages` holds (raw id, that message's own result) in the order received,
    the original first; `brought` maps "field:NAME", "media:SHA256" and
    "link:URL" to the message that first brought it.
    """

    result: CheckResult
    messages: tuple[tuple[int, CheckResult], ...]
    brought: Mapping[str, int]
    payloads: Mapping[str, bytes]


def curator_time(store: Store, submission_id: int) -> datetime | None:
    """The UT time a curator set on the submission (it wins over what was read), or None."""
    with store.session(write=False) as session:
        value = session.scalar(
            select(FieldValue.value).where(
                FieldValue.submission_id == submission_id,
                FieldValue.name == "taken_at",
                FieldValue.source == "curator",
            )
        )
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) else None


def curator_value(store: Store, submission_id: int, name: str) -> tuple[bool, Any]:
    """(whether the curator set field `name` on the submission, the value they set): a
    `taken_at` set to None is the curator's word that only the date is known."""
    with store.session(write=False) as session:
        row = session.scalars(
            select(FieldValue).where(
                FieldValue.submission_id == submission_id,
                FieldValue.name == name,
                FieldValue.source == "curator",
            )
        ).first()
        return (False, None) if row is None else (True, row.value)


def set_pass_check(store: Store, submission_id: int, value: dict[str, Any]) -> None:
    """Store a pass check computed again (after the curator set the time)."""
    with store.session() as session:
        sub = session.get(Submission, submission_id)
        if sub is None:
            raise NotFound(f"submission {submission_id} is gone")
        sub.pass_check = value


def refresh_submission(store: Store, submission_id: int, thread: Thread) -> None:
    """Replace a submission's extracted fields, media, links, notes and verdict with `thread`'s.

    Curator fields (source `curator`) and decisions are kept.
    """
    result = thread.result
    for item in result.media.usable:
        data = thread.payloads.get(item.sha256)
        if data is not None:
            store.archive.put_media(data, item.mime)
    first = thread.messages[0][0]
    with store.session() as session:
        sub = session.get(Submission, submission_id)
        if sub is None:
            raise NotFound(f"submission {submission_id} is gone")
        kept = {
            f.name
            for f in session.scalars(
                select(FieldValue).where(
                    FieldValue.submission_id == submission_id, FieldValue.source == "curator"
                )
            )
        }
        _replace_rows(session, submission_id, thread, kept)
        if sub.reference is None and result.verdict.status != "ignored":  # now a submission
            sub.seq, sub.reference = allocate_reference(session, sub.received_at.year)
            sub.year = sub.received_at.year
        sub.status, sub.missing = result.verdict.status, list(result.verdict.missing)
        sub.reply_reason = result.verdict.reply.reason
        sub.pass_check = pass_check_json(result.pass_check)
        link_lookalikes(session, submission_id)
        for name in kept:
            _complete(sub, name)
        sub.updated_at = datetime.now(UTC)
        session.add(Event(submission_id=submission_id, raw_id=first, kind="reprocessed"))


def _replace_rows(session: Session, sid: int, thread: Thread, kept: set[str]) -> None:
    """Delete and re-add the extracted rows, each from the message that brought it.

    Curator fields are left alone.
    """
    session.execute(
        delete(FieldValue).where(FieldValue.submission_id == sid, FieldValue.source != "curator")
    )
    session.execute(
        delete(FieldValue).where(FieldValue.submission_id == sid, FieldValue.source.is_(None))
    )
    for model in (Link, Note):
        session.execute(delete(model).where(model.submission_id == sid))
    # a photo the curator attached (`ipom attach`, no raw message) is theirs, like their edits
    session.execute(
        delete(MediaRow).where(MediaRow.submission_id == sid, MediaRow.raw_id.is_not(None))
    )
    session.flush()
    result, first = thread.result, thread.messages[0][0]

    def origin(key: str) -> int:
        return thread.brought.get(key, first)

    for name, value, source in rows.field_values(result):
        if name not in kept:
            raw_id = origin(f"field:{name}")
            session.add(
                FieldValue(submission_id=sid, raw_id=raw_id, name=name, value=value, source=source)
            )
    for position, item in enumerate(result.media.items):
        row = rows.media_row(item, position, sid, origin(f"media:{item.sha256}"))
        row.archived = item.sha256 in thread.payloads and item.kind != "other"
        session.add(row)
    for position, url in enumerate(dict.fromkeys(result.fields.links)):
        session.add(
            Link(submission_id=sid, raw_id=origin(f"link:{url}"), position=position, url=url)
        )
    for raw_id, own in thread.messages:
        session.add_all(rows.note_rows(own, sid, raw_id))

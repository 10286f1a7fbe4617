"""One submission in full, read as a typed `SubmissionDetail`: what `ipom show` prints.

The extracted part comes back as the pipeline's own values (`Fields`,
`MediaItem`, `PassCheck`), so a reader gets attributes, not string keys; the
desk's own part (sources, decisions, events, replies) as small frozen lines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select

from ipom_mail.pipeline.values import Fields, MediaItem, PassCheck
from ipom_mail.store.api import Store
from ipom_mail.store.decisions import DecisionLine, current_decision, decision_lines
from ipom_mail.store.lookalikes import Twin, twins
from ipom_mail.store.models import (
    Event,
    FieldValue,
    Link,
    MediaRow,
    Note,
    RawMessage,
    Reply,
    Submission,
)
from ipom_mail.store.references import find_submission, find_submissions
from ipom_mail.store.rows import DATE_STYLES, fields_from_values, media_item

# A submission stored before the pass check existed, or not yet reprocessed.
PASS_CHECK_NOT_RUN = PassCheck(
    "unknown", "not checked yet: run `ipom reprocess REF` to check this pass"
)


@dataclass(frozen=True, slots=True)
class NoteLine:
    """A stage's note on the submission: which stage wrote it, and its words."""

    stage: str
    text: str


@dataclass(frozen=True, slots=True)
class EventLine:
    """One entry of the event log about the submission or one of its messages."""

    kind: str
    detail: str | None
    at: datetime


@dataclass(frozen=True, slots=True)
class ReplyLine:
    """One reply written for the submission, sent or not."""

    to: str
    subject: str
    state: str
    created_at: datetime
    sent_at: datetime | None


@dataclass(frozen=True, slots=True)
class SubmissionDetail:
    """Everything stored about one submission; `desk/detail_json` writes it as `ipom show --json`."""

    message_id: str | None
    sender: str | None
    subject: str | None
    status: str
    missing: tuple[str, ...]
    fields: Fields  # the stored values (a curator's edit replaced the extracted one)
    media: tuple[MediaItem, ...]  # every part, in the message's order ("other" included)
    links: tuple[str, ...]
    notes: tuple[NoteLine, ...]  # every stored note, in the order written
    pass_check: PassCheck  # PASS_CHECK_NOT_RUN when none is stored
    stored_pass_check: Mapping[str, Any] | None  # the stored JSON object, printed as it is
    duplicates: tuple[Twin, ...]  # look-alike photos, closest first
    reference: str | None
    sender_name: str | None
    received_at: datetime
    decision: str | None  # the current decision in words, e.g. 'picked 2024-05'
    sources: Mapping[str, str | None]  # field name → who gave the value, by name
    decisions: tuple[DecisionLine, ...]
    events: tuple[EventLine, ...]
    replies: tuple[ReplyLine, ...]


def _pass_check(stored: Any) -> PassCheck:
    """The stored contract object as the pipeline's PassCheck (not run when absent)."""
    if not isinstance(stored, dict) or not stored:
        return PASS_CHECK_NOT_RUN
    return PassCheck(
        stored.get("verdict", "unknown"),
        str(stored.get("reason") or ""),
        stored.get("computed"),
        stored.get("elements_age_days"),
        tuple(stored.get("suggestions") or ()),
    )


def submission_detail(store: Store, ref: str) -> SubmissionDetail:
    """The submission `ref` names, in full (NotFound when it names none, or several)."""
    with store.session(write=False) as session:
        sub = find_submission(session, ref)
        sid = sub.id

        def rows_of(model: Any, order: Any) -> list[Any]:
            return list(
                session.scalars(select(model).where(model.submission_id == sid).order_by(order))
            )

        fields = rows_of(FieldValue, FieldValue.name)
        links = tuple(link.url for link in rows_of(Link, Link.position))
        raw_ids = select(RawMessage.id).where(RawMessage.submission_id == sid)
        events = session.scalars(
            select(Event)
            .where(or_(Event.submission_id == sid, Event.raw_id.in_(raw_ids)))
            .order_by(Event.id)
        )
        decisions = decision_lines(session, sid)
        return SubmissionDetail(
            message_id=sub.message_id,
            sender=sub.sender,
            subject=sub.subject,
            status=sub.status,
            missing=tuple(sub.missing or ()),
            fields=_stored_fields(fields, links),
            media=tuple(media_item(m) for m in rows_of(MediaRow, MediaRow.position)),
            links=links,
            notes=tuple(NoteLine(n.stage, n.text) for n in rows_of(Note, Note.id)),
            pass_check=_pass_check(sub.pass_check),
            stored_pass_check=sub.pass_check or None,
            duplicates=tuple(twins(session, sid)),
            reference=sub.reference,
            sender_name=sub.sender_name,
            received_at=sub.received_at,
            decision=current_decision(decisions),
            sources={f.name: f.source for f in fields if f.name != DATE_STYLES},
            decisions=tuple(decisions),
            events=tuple(EventLine(e.kind, e.detail, e.at) for e in events),
            replies=tuple(
                ReplyLine(r.to_addr, r.subject, r.state, r.created_at, r.sent_at)
                for r in rows_of(Reply, Reply.id)
            ),
        )


def _stored_fields(rows: list[FieldValue], links: tuple[str, ...]) -> Fields:
    """The stored field rows as the Fields extraction makes (taken_at keeps its source)."""
    values: dict[str, Any] = {row.name: row.value for row in rows}
    values["taken_at_source"] = next((r.source for r in rows if r.name == "taken_at"), None)
    return fields_from_values(values, links)


@dataclass(frozen=True, slots=True)
class Named:
    """A submission as a confirmation names it: reference, photographer, state now."""

    reference: str
    photographer: str
    status: str
    decision: str | None  # e.g. 'shortlisted', 'picked 2024-05'; None when undecided


def named(store: Store, ref: str) -> Named:
    """The submission `ref` names, as the curator's confirmation line shows it."""
    with store.session(write=False) as session:
        sub = find_submission(session, ref)
        credit = session.scalars(
            select(FieldValue.value).where(
                FieldValue.submission_id == sub.id, FieldValue.name == "photographer"
            )
        ).first()
        decision = current_decision(decision_lines(session, sub.id))
        name = credit.get("name") if isinstance(credit, dict) else None
        who = name or sub.sender_name or sub.sender or "unknown sender"
        return Named(str(sub.reference), str(who), sub.status, decision)


def references(store: Store, refs: Sequence[str]) -> set[str]:
    """The references of the submissions `refs` name (NotFound names any that names none)."""
    with store.session(write=False) as session:
        return {str(s.reference) for s in find_submissions(session, refs)}


@dataclass(frozen=True, slots=True)
class LookalikeGroup:
    """Submissions whose photos look alike: their references, and their senders folded."""

    references: tuple[str, ...]  # oldest first
    senders: tuple[str, ...]  # each sender once, case folded, sorted


def lookalike_groups(store: Store) -> list[LookalikeGroup]:
    """Every group of submissions linked by look-alike photos, oldest first."""
    from ipom_mail.store.lookalikes import groups

    with store.session(write=False) as session:
        found = []
        for ids in groups(session):
            subs = session.scalars(
                select(Submission).where(Submission.id.in_(ids)).order_by(Submission.id)
            )
            rows = [(s.reference, s.sender) for s in subs]
            senders = sorted({(sender or "").casefold() for _, sender in rows})
            found.append(LookalikeGroup(tuple(r or "" for r, _ in rows), tuple(senders)))
    return found

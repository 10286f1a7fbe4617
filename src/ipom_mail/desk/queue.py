"""The curator's desk, read side: the queue (filters, sort, pages) and one submission in full.

The queue is one query for the page of submissions (filters and the current
decision in SQL, on indexed columns) plus one each for the page's fields and
media counts, so a page costs the same whatever the size of the queue.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, String, cast, func, or_, select
from sqlalchemy.orm import Session

from ipom_mail.pipeline.values import Fields, PassCheck
from ipom_mail.store import Store
from ipom_mail.store.curator import VERDICTS, find_submission
from ipom_mail.store.lookalikes import twins
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
from ipom_mail.store.rows import DATE_STYLES, fields_from_values, iso_z, media_item

# A submission stored before the pass check existed, or not yet reprocessed.
PASS_CHECK_NOT_RUN = PassCheck(
    "unknown", "not checked yet: run `ipom reprocess REF` to check this pass"
)

PAGE = 50
SORTS = ("received", "taken", "sender", "status", "reference")
DECISIONS = ("accepted", "declined", "shortlisted", "picked", "none")
_WORD = {"accept": "accepted", "decline": "declined", "shortlist": "shortlisted", "pick": "picked"}


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: int
    reference: str | None
    received_at: datetime
    sender: str | None
    status: str
    missing: tuple[str, ...]
    taken_at: str | None
    equipment: tuple[str, ...]  # every item, in the sender's order
    media: int  # photos and animations
    decision: str | None  # accepted | declined | shortlisted | picked 2024-05
    sender_name: str | None = None
    subject: str | None = None
    check: str = ""  # what the curator should look at: see check_flag()


def check_flag(pass_check: Any, twins: list[bool]) -> str:
    """A short flag for the queue: another sender's look-alike photo first (loud), then a
    re-send by the same sender, then a pass that disagrees with the orbit or agrees with it."""
    if any(not same for same in twins):
        return "REUSED?"
    if twins:
        return "re-sent"
    verdict = pass_check.get("verdict") if isinstance(pass_check, dict) else None
    return {"disagrees": "pass?", "agrees": "pass ok"}.get(verdict or "", "")


@dataclass(frozen=True, slots=True)
class QueueQuery:
    """What the curator asked the queue for."""

    month: str | None = None  # YYYY-MM, the month received
    status: str | None = None
    decision: str | None = None
    search: str | None = None
    sort: str = "received"
    reverse: bool = False  # newest first is the default; reverse gives oldest first
    page: int = 1
    per_page: int | None = PAGE  # None: every row


def _current_decision() -> Any:
    """Subquery: the id of each submission's latest active verdict decision."""
    return (
        select(Decision.submission_id, func.max(Decision.id).label("did"))
        .where(Decision.kind.in_(VERDICTS), Decision.reverted_at.is_(None))
        .group_by(Decision.submission_id)
        .subquery()
    )


def _month_bounds(month: str) -> tuple[datetime, datetime]:
    year, mon = (int(p) for p in month.split("-"))
    start = datetime(year, mon, 1, tzinfo=UTC)
    end = datetime(year + mon // 12, mon % 12 + 1, 1, tzinfo=UTC)
    return start, end


def _filtered(q: QueueQuery) -> Select[Any]:
    current = _current_decision()
    query = (
        select(Submission, Decision.kind, Decision.value)
        .outerjoin(current, current.c.submission_id == Submission.id)
        .outerjoin(Decision, Decision.id == current.c.did)
    )
    if q.month:
        start, end = _month_bounds(q.month)
        query = query.where(Submission.received_at >= start, Submission.received_at < end)
    if q.status:
        query = query.where(Submission.status == q.status)
    if q.decision == "none":
        query = query.where(Decision.id.is_(None))
    elif q.decision:
        kind = {v: k for k, v in _WORD.items()}[q.decision]
        query = query.where(Decision.kind == kind)
    if q.search:
        like = f"%{q.search.lower()}%"
        columns = (
            Submission.reference,
            Submission.sender,
            Submission.sender_name,
            Submission.subject,
        )
        query = query.where(or_(*(func.lower(c).like(like) for c in columns)))
    return _sorted(query, q)


def _sorted(query: Select[Any], q: QueueQuery) -> Select[Any]:
    if q.sort == "taken":
        taken = (
            select(cast(FieldValue.value, String))
            .where(FieldValue.submission_id == Submission.id, FieldValue.name == "taken_at")
            .scalar_subquery()
        )
        key: Any = taken
    else:
        key = {
            "received": Submission.received_at,
            "sender": Submission.sender,
            "status": Submission.status,
            "reference": Submission.reference,
        }[q.sort]
    newest_first = q.sort in ("received", "taken")
    descending = newest_first != q.reverse
    order = key.desc() if descending else key.asc()
    tie = Submission.id.desc() if descending else Submission.id.asc()
    return query.order_by(order.nulls_last(), tie)


def list_queue(store: Store, q: QueueQuery | None = None) -> tuple[list[QueueRow], int]:
    """One page of the queue and the number of rows that match the filters."""
    q = q or QueueQuery()
    query = _filtered(q)
    with store.session(write=False) as session:
        total = int(
            session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
        )
        skip = 0 if q.per_page is None else max(q.page - 1, 0) * q.per_page
        if q.per_page is not None:  # a page past the last (however large) is simply empty
            query = query.limit(q.per_page).offset(min(skip, total))
        found = session.execute(query).all() if skip <= total else []
        ids = [s.id for s, _, _ in found]
        fields, counts = _extras(session, ids)
        alike: dict[int, list[bool]] = {}
        for sid, same in session.execute(
            select(Lookalike.submission_id, Lookalike.same_sender).where(
                Lookalike.submission_id.in_(ids)
            )
        ):
            alike.setdefault(sid, []).append(bool(same))
    rows = [
        replace(
            _row(s, fields, counts.get(s.id, 0), _word(k, v)),
            check=check_flag(s.pass_check, alike.get(s.id, [])),
        )
        for s, k, v in found
    ]
    return rows, total


def _extras(session: Session, ids: list[int]) -> tuple[dict[tuple[int, str], Any], dict[int, int]]:
    values = session.execute(
        select(FieldValue.submission_id, FieldValue.name, FieldValue.value).where(
            FieldValue.submission_id.in_(ids), FieldValue.name.in_(("taken_at", "equipment"))
        )
    ).all()
    counts = session.execute(
        select(MediaRow.submission_id, func.count())
        .where(MediaRow.submission_id.in_(ids), MediaRow.kind != "other")
        .group_by(MediaRow.submission_id)
    ).all()
    return {(sid, n): v for sid, n, v in values}, {sid: int(c) for sid, c in counts}


def _word(kind: str | None, value: Any) -> str | None:
    if kind is None:
        return None
    word = _WORD.get(kind, kind)
    return f"{word} {value}" if kind == "pick" and value else word


def _row(
    sub: Submission, fields: dict[tuple[int, str], Any], media: int, decision: str | None
) -> QueueRow:
    equipment = fields.get((sub.id, "equipment"))
    taken = fields.get((sub.id, "taken_at"))
    return QueueRow(
        id=sub.id,
        reference=sub.reference,
        received_at=sub.received_at,
        sender=sub.sender,
        status=sub.status,
        missing=tuple(sub.missing or ()),
        taken_at=taken if isinstance(taken, str) else None,
        equipment=tuple(e for e in equipment if isinstance(e, str))
        if isinstance(equipment, list)
        else (),
        media=media,
        decision=decision,
        sender_name=sub.sender_name,
        subject=sub.subject,
    )


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
        decisions = list(
            session.scalars(
                select(Decision).where(Decision.submission_id == sub.id).order_by(Decision.id)
            )
        )
    name = credit.get("name") if isinstance(credit, dict) else None
    who = name or sub.sender_name or sub.sender or "unknown sender"
    return Named(str(sub.reference), str(who), sub.status, current_decision(decisions))


def show(store: Store, ref: str) -> dict[str, Any]:
    """One submission: the extracted part in the `ipom check --json` contract's shape
    (message_id … notes), plus the desk's own keys: each field's source, decisions,
    events and replies."""
    from ipom_mail.pipeline.contract import (  # the stages' imports: only when shown
        fields_json,
        media_json,
        pass_check_json,
    )

    with store.session(write=False) as session:
        sub = find_submission(session, ref)
        sid = sub.id

        def rows_of(model: Any, order: Any) -> list[Any]:
            return list(
                session.scalars(select(model).where(model.submission_id == sid).order_by(order))
            )

        fields = rows_of(FieldValue, FieldValue.name)
        media = rows_of(MediaRow, MediaRow.position)
        links = [link.url for link in rows_of(Link, Link.position)]
        notes = rows_of(Note, Note.id)
        decisions = rows_of(Decision, Decision.id)
        raw_ids = select(RawMessage.id).where(RawMessage.submission_id == sid)
        events = list(
            session.scalars(
                select(Event)
                .where(or_(Event.submission_id == sid, Event.raw_id.in_(raw_ids)))
                .order_by(Event.id)
            )
        )
        replies = rows_of(Reply, Reply.id)
        media_items = [media_json(media_item(m)) for m in media]
        duplicates = [
            {"reference": t.reference, "same_sender": t.same_sender, "distance": t.distance}
            for t in twins(session, sid)
        ]
    return {
        "message_id": sub.message_id,
        "sender": sub.sender,
        "subject": sub.subject,
        "status": sub.status,
        "missing": list(sub.missing or []),
        "fields": fields_json(_stored_fields(fields, links)),
        "media": media_items,
        "links": links,
        "notes": list(dict.fromkeys(n.text for n in notes)),
        "pass_check": sub.pass_check or pass_check_json(PASS_CHECK_NOT_RUN),
        "duplicates": duplicates,
        "reference": sub.reference,
        "sender_name": sub.sender_name,
        "received_at": iso_z(sub.received_at),
        "decision": current_decision(decisions),
        "sources": {f.name: f.source for f in fields if f.name != DATE_STYLES},
        "note_stages": [{"stage": n.stage, "text": n.text} for n in notes],
        "decisions": [_decision(d) for d in decisions],
        "events": [{"kind": e.kind, "detail": e.detail, "at": iso_z(e.at)} for e in events],
        "replies": [_reply(r) for r in replies],
    }


def _stored_fields(rows: list[FieldValue], links: list[str]) -> Fields:
    """The stored field rows as the Fields extraction makes (taken_at keeps its source)."""
    values: dict[str, Any] = {row.name: row.value for row in rows}
    values["taken_at_source"] = next((r.source for r in rows if r.name == "taken_at"), None)
    return fields_from_values(values, tuple(links))


def current_decision(decisions: list[Decision]) -> str | None:
    """The latest active verdict decision in words, e.g. 'picked 2024-05'."""
    active = [d for d in decisions if d.kind in VERDICTS and d.reverted_at is None]
    return _word(active[-1].kind, active[-1].value) if active else None


def _decision(d: Decision) -> dict[str, Any]:
    return {
        "kind": d.kind,
        "value": d.value,
        "reason": d.reason,
        "curator": d.curator,
        "at": iso_z(d.created_at),
        "reverted_at": iso_z(d.reverted_at),
    }


def _reply(r: Reply) -> dict[str, Any]:
    return {
        "to": r.to_addr,
        "subject": r.subject,
        "state": r.state,
        "created_at": iso_z(r.created_at),
        "sent_at": iso_z(r.sent_at),
    }


def lookalike_groups(store: Store) -> list[dict[str, Any]]:
    """Submissions whose photos look alike, as groups: their references and senders (oldest first)."""
    from ipom_mail.store.lookalikes import groups

    with store.session(write=False) as session:
        found = []
        for ids in groups(session):
            subs = session.scalars(
                select(Submission).where(Submission.id.in_(ids)).order_by(Submission.id)
            )
            rows = [(s.reference, s.sender) for s in subs]
            senders = sorted({(sender or "").casefold() for _, sender in rows})
            found.append({"references": [r or "" for r, _ in rows], "senders": senders})
    return found

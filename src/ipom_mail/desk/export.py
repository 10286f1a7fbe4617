"""`ipom export`: every submission of a month with every field, its notes and its decisions.

The month is the month received (`by="received"`) or the month the photo
was taken (`by="taken"`: a backlog imported in December from October mail).
JSON keeps the values' shapes; CSV has one flat row per submission.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipom_mail.desk.queue import _month_bounds, current_decision
from ipom_mail.store import Store
from ipom_mail.store.models import Decision, FieldValue, Link, MediaRow, Note, Submission
from ipom_mail.store.rows import iso_z

FIELDS = ("taken_at", "taken_date", "equipment", "flyby", "location", "photographer", "story")


def _in_month(values: dict[str, Any], month: str) -> bool:
    """Whether the photo was taken in `month` (by its UT time, else its date)."""
    taken = values.get("taken_at") or values.get("taken_date")
    return isinstance(taken, str) and taken.startswith(month)


def _record(session: Session, sub: Submission) -> dict[str, Any]:
    def rows(model: Any, order: Any) -> list[Any]:
        return list(
            session.scalars(select(model).where(model.submission_id == sub.id).order_by(order))
        )

    values = {f.name: f.value for f in rows(FieldValue, FieldValue.name)}
    decisions: list[Decision] = rows(Decision, Decision.id)
    media = [m for m in rows(MediaRow, MediaRow.position) if m.kind != "other"]
    return {
        "reference": sub.reference,
        "received_at": iso_z(sub.received_at),
        "sender": sub.sender,
        "sender_name": sub.sender_name,
        "subject": sub.subject,
        "status": sub.status,
        "missing": list(sub.missing or []),
        "decision": current_decision(decisions),
        "fields": {name: values.get(name) for name in FIELDS},
        "media": [m.filename for m in media],
        "links": [link.url for link in rows(Link, Link.position)],
        "notes": list(dict.fromkeys(n.text for n in rows(Note, Note.id))),
        "curator_notes": [
            d.value for d in decisions if d.kind == "note" and d.reverted_at is None and d.value
        ],
        "decisions": [
            {
                "kind": d.kind,
                "value": d.value,
                "reason": d.reason,
                "curator": d.curator,
                "at": iso_z(d.created_at),
                "undone_at": iso_z(d.reverted_at),
            }
            for d in decisions
        ],
    }


def export_month(store: Store, month: str, by: str = "received") -> list[dict[str, Any]]:
    """Every submission of `month`, oldest first, as nested values."""
    query = select(Submission)
    if by == "received":
        start, end = _month_bounds(month)
        query = query.where(Submission.received_at >= start, Submission.received_at < end)
    with store.session(write=False) as session:
        found = session.scalars(query.order_by(Submission.received_at, Submission.id)).all()
        records = [_record(session, sub) for sub in found]
    if by == "taken":
        records = [r for r in records if _in_month(r["fields"], month)]
    return records


def flat(record: dict[str, Any]) -> dict[str, Any]:
    """One record as a flat CSV row: each field its own column, lists joined by the CSV writer."""
    fields = record["fields"]
    flyby = fields["flyby"] if isinstance(fields["flyby"], dict) else {}
    person = fields["photographer"] if isinstance(fields["photographer"], dict) else {}
    row = {k: v for k, v in record.items() if k not in ("fields", "decisions")}
    row |= {
        "taken_at": fields["taken_at"],
        "taken_date": fields["taken_date"],
        "equipment": fields["equipment"] or [],
        "flyby_max_elevation_deg": flyby.get("max_elevation_deg"),
        "flyby_start": flyby.get("start"),
        "flyby_end": flyby.get("end"),
        "flyby_magnitude": flyby.get("magnitude"),
        "location": fields["location"],
        "photographer_name": person.get("name"),
        "photographer_links": person.get("links") or [],
        "story": fields["story"],
        "decisions": [
            " ".join(
                str(p)
                for p in (d["kind"], d["value"] or d["reason"] or "", "by", d["curator"], d["at"])
                if p
            )
            + (f" (undone {d['undone_at']})" if d["undone_at"] else "")
            for d in record["decisions"]
        ],
    }
    return row

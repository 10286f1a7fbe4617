"""`ipom export`: every submission of a month with every field, its notes and its decisions.

The month is the month received (`by="received"`) or the month the photo
was taken (`by="taken"`: a backlog imported in December from October mail).
JSON keeps the values' shapes; CSV has one flat row per submission.
"""

from __future__ import annotations

from typing import Any

from ipom_mail.desk.detail_json import decision_json
from ipom_mail.pipeline.contract import iso_utc
from ipom_mail.store import Store
from ipom_mail.store.month import SubmissionRecord, month_records

FIELDS = ("taken_at", "taken_date", "equipment", "flyby", "location", "photographer", "story")


def _in_month(values: dict[str, Any], month: str) -> bool:
    """Whether the photo was taken in `month` (by its UT time, else its date)."""
    taken = values.get("taken_at") or values.get("taken_date")
    return isinstance(taken, str) and taken.startswith(month)


def _record(sub: SubmissionRecord) -> dict[str, Any]:
    """One submission as the export's nested values."""
    decisions = sub.decisions
    return {
        "reference": sub.reference,
        "received_at": iso_utc(sub.received_at),
        "sender": sub.sender,
        "sender_name": sub.sender_name,
        "subject": sub.subject,
        "status": sub.status,
        "missing": list(sub.missing),
        "decision": sub.decision,
        "fields": {name: sub.fields.get(name) for name in FIELDS},
        "media": [m.filename for m in sub.media],
        "links": list(sub.links),
        "notes": list(sub.notes),
        "curator_notes": [
            d.value for d in decisions if d.kind == "note" and d.reverted_at is None and d.value
        ],
        "decisions": [decision_json(d, undone="undone_at") for d in decisions],
    }


def export_month(store: Store, month: str, by: str = "received") -> list[dict[str, Any]]:
    """Every submission of `month`, oldest first, as nested values."""
    found = month_records(store, month if by == "received" else None)
    records = [_record(sub) for sub in found]
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

"""`ipom show --json`: a `SubmissionDetail` as the JSON object scripts read, written in this one place.

The extracted part (message_id … notes) has the `ipom check --json`
contract's shape; the desk's own keys follow: each field's source, decisions,
events and replies. Times are ISO UT with a Z.
"""

from __future__ import annotations

from typing import Any

from ipom_mail.pipeline.contract import fields_json, iso_utc, media_json, pass_check_json
from ipom_mail.store.decisions import DecisionLine
from ipom_mail.store.detail import SubmissionDetail


def decision_json(d: DecisionLine, undone: str = "reverted_at") -> dict[str, Any]:
    """One decision as JSON; `undone` names the key of the time it was undone (export: undone_at)."""
    return {
        "kind": d.kind,
        "value": d.value,
        "reason": d.reason,
        "curator": d.curator,
        "at": iso_utc(d.at),
        undone: iso_utc(d.reverted_at),
    }


def detail_json(detail: SubmissionDetail) -> dict[str, Any]:
    """The submission as `ipom show --json` prints it (the stored pass check as it was stored)."""
    stored = detail.stored_pass_check
    return {
        "message_id": detail.message_id,
        "sender": detail.sender,
        "subject": detail.subject,
        "status": detail.status,
        "missing": list(detail.missing),
        "fields": fields_json(detail.fields),
        "media": [media_json(m) for m in detail.media],
        "links": list(detail.links),
        "notes": list(dict.fromkeys(n.text for n in detail.notes)),
        "pass_check": dict(stored) if stored else pass_check_json(detail.pass_check),
        "duplicates": [
            {"reference": t.reference, "same_sender": t.same_sender, "distance": t.distance}
            for t in detail.duplicates
        ],
        "reference": detail.reference,
        "sender_name": detail.sender_name,
        "received_at": iso_utc(detail.received_at),
        "decision": detail.decision,
        "sources": dict(detail.sources),
        "note_stages": [{"stage": n.stage, "text": n.text} for n in detail.notes],
        "decisions": [decision_json(d) for d in detail.decisions],
        "events": [
            {"kind": e.kind, "detail": e.detail, "at": iso_utc(e.at)} for e in detail.events
        ],
        "replies": [
            {
                "to": r.to,
                "subject": r.subject,
                "state": r.state,
                "created_at": iso_utc(r.created_at),
                "sent_at": iso_utc(r.sent_at),
            }
            for r in detail.replies
        ],
    }

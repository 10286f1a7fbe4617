"""The JSON contract of `ipom check --json`, serialised in this one module.

docs/contract.md describes every key; `show --json`, `export` and the store's
copy of each result use the same functions, so the contract has one writer.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ipom_mail.pipeline.values import (
    CheckResult,
    Fields,
    Media,
    MediaItem,
    ParsedMessage,
    PassCheck,
)


def iso_utc(value: datetime | None) -> str | None:
    """An aware datetime as ISO 8601 UTC with a Z, or None."""
    if value is None:
        return None
    text = value.astimezone(UTC).isoformat()
    return text.replace("+00:00", "Z")


def _number(value: float | None) -> float | None:
    return None if value is None else float(value)


def fields_json(fields: Fields) -> dict[str, Any]:
    """The `fields` object of the contract."""
    flyby = fields.flyby
    return {
        "taken_at": iso_utc(fields.taken_at),
        "taken_at_source": fields.taken_at_source,
        "taken_date": fields.taken_date,
        "taken_until": iso_utc(fields.taken_until),
        "photographer": {
            "name": fields.photographer.name,
            "links": list(fields.photographer.links),
        },
        "equipment": list(fields.equipment),
        "flyby": {
            "max_elevation_deg": _number(flyby.max_elevation_deg),
            "start": iso_utc(flyby.start),
            "end": iso_utc(flyby.end),
            "magnitude": _number(flyby.magnitude),
        },
        "story": fields.story,
        "location": fields.location,
        "gps": (
            {"lat": fields.gps_lat, "lon": fields.gps_lon}
            if fields.gps_lat is not None and fields.gps_lon is not None
            else None
        ),
    }


def media_json(item: MediaItem) -> dict[str, Any]:
    """One entry of the contract's `media` list."""
    return {
        "filename": item.filename,
        "sha256": item.sha256,
        "size": item.size,
        "kind": item.kind,
        "mime": item.mime,
        "width": item.width,
        "height": item.height,
        "frames": item.frames,
        "duration_s": item.duration_s,
        "camera": item.camera,
        "lens": item.lens,
        "taken_at": iso_utc(item.taken_at),
        "problem": item.problem,
    }


def _notes(parsed: ParsedMessage, media: Media, result: CheckResult) -> list[str]:
    ordered = [
        *parsed.notes,
        *media.notes,
        *result.fields.notes,
        *result.verdict.notes,
        *result.pass_check.notes,
    ]
    return list(dict.fromkeys(ordered))


def to_json(result: CheckResult) -> dict[str, Any]:
    """The JSON contract of `ipom check --json` (docs/design.md)."""
    parsed, verdict = result.parsed, result.verdict
    return {
        "message_id": parsed.message_id,
        "sender": parsed.sender,
        "subject": parsed.subject,
        "status": verdict.status,
        "missing": list(verdict.missing),
        "fields": fields_json(result.fields),
        "media": [media_json(i) for i in result.media.items],
        "links": list(result.fields.links),
        "reply": {"send": verdict.reply.send, "reason": verdict.reply.reason},
        "notes": _notes(parsed, result.media, result),
        "pass_check": pass_check_json(result.pass_check),
    }


def pass_check_json(check: PassCheck) -> dict[str, Any]:
    """The contract's `pass_check` object."""
    return {
        "verdict": check.verdict,
        "reason": check.reason,
        "computed": check.computed,
        "elements_age_days": check.elements_age_days,
        "suggestions": list(check.suggestions),
    }

"""The pure pipeline: raw bytes → parse → media → fields → rules (with the reply policy).

`ipom check`, the poller and `ipom ingest` all call `check_message`, so a dry
run on a file takes exactly the path a polled message takes. `to_json` gives
the JSON contract of docs/design.md.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from .config import Config
from .rules import judge
from .values import (
    CheckResult,
    Fields,
    Media,
    MediaItem,
    ParsedMessage,
    PassCheck,
    ReplyDecision,
    Verdict,
)


def check_message(raw: bytes, config: Config) -> CheckResult:
    """Run every pure stage on one raw message."""
    # The stages are imported here: a reader of the JSON contract (the store) needs none of them.
    from .fields import extract_fields
    from .media import extract_media
    from .parse import parse_message
    from .verify.stage import check_result_pass

    parsed = parse_message(raw)
    if not parsed.headers:
        return _not_a_message(raw, parsed, config)
    media = extract_media(parsed.parts, config.limits)
    fields = extract_fields(parsed, media, config)
    verdict = judge(parsed, media, fields, config)
    result = CheckResult(parsed=parsed, media=media, fields=fields, verdict=verdict)
    return replace(result, pass_check=check_result_pass(result, config))


def _not_a_message(raw: bytes, parsed: ParsedMessage, config: Config) -> CheckResult:
    """Bytes with no mail header at all (empty, an image, a document): ignored, nothing read.

    Reading such bytes as a message body would turn binary noise into a story
    or a time (a wrong value); its hash is kept so the store still knows it.
    """
    from .fields import extract_fields
    from .media import extract_media
    from .media.sniff import sniff

    if not raw.strip():
        what = "it is empty"
    else:
        sniffed = sniff(raw[:4096])
        what = f"it is {sniffed.description}" if sniffed.mime else "it has no mail headers"
    blank = replace(parsed, text="", html=None, parts=(), notes=())
    media = extract_media((), config.limits)
    fields = extract_fields(blank, media, config)
    note = f"not a submission: not an email message ({what})"
    verdict = Verdict("ignored", (), ReplyDecision(False, "not an email message"), (note,))
    return CheckResult(parsed=blank, media=media, fields=fields, verdict=verdict)


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

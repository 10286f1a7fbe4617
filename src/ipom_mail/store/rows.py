"""The CheckResult → rows mapping: pure functions, no session, no I/O.

Values are serialised as in the JSON contract (datetimes as ISO UTC "…Z");
unknown values are left out, never invented. Each field keeps its source.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any, get_args

from ipom_mail.pipeline.contract import iso_utc
from ipom_mail.pipeline.values import (
    CheckResult,
    Exif,
    Fields,
    Flyby,
    MediaItem,
    Photographer,
    Source,
)
from ipom_mail.store.models import FieldValue, Link, MediaRow, Note

SOURCES = frozenset(get_args(Source))
DATE_STYLES = "date_styles"  # the row that keeps how a submission wrote numeric dates


def iso_z(value: datetime | None) -> str | None:
    """An aware datetime as ISO UTC with a Z; None for unknown (or naive: zone unknown)."""
    return None if value is None or value.tzinfo is None else iso_utc(value)


def aware(value: datetime | None) -> datetime | None:
    """The datetime when it is timezone-aware; a naive one is unknown UT, so None."""
    return value if value is not None and value.tzinfo is not None else None


def no_nul(text: str) -> str:
    """Text without NUL characters, which PostgreSQL text and JSONB cannot hold."""
    return text.replace("\x00", "")


def _jsonable(value: Any) -> Any:
    """Datetimes become "…Z" strings, tuples lists, NULs are dropped; the rest is left as is."""
    if isinstance(value, str):
        return no_nul(value)
    if isinstance(value, datetime):
        return iso_z(value)
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def exif_json(exif: Exif | None) -> dict[str, Any] | None:
    """The camera facts as a JSON object, or None."""
    return None if exif is None else _jsonable(asdict(exif))


def _camera_values(result: CheckResult) -> set[str]:
    """The camera and lens names EXIF gave for the usable media."""
    found: set[str] = set()
    for item in result.media.usable:
        found.update(v for v in (item.camera, item.lens) if v)
    return found


def _exif_dates(result: CheckResult) -> set[str]:
    """The ISO dates the cameras recorded (local time, zone unknown)."""
    dates: set[str] = set()
    for item in result.media.usable:
        raw = item.exif.datetime_original if item.exif else None
        if raw and len(raw) >= 10:
            dates.add(raw[:10].replace(":", "-"))
    return dates


def _gps_from_exif(fields: Fields, result: CheckResult) -> bool:
    """Whether the GPS position is the one a camera recorded."""
    return any(
        i.exif is not None and (i.exif.gps_lat, i.exif.gps_lon) == (fields.gps_lat, fields.gps_lon)
        for i in result.media.usable
    )


def field_values(result: CheckResult) -> list[tuple[str, Any, str | None]]:
    """(name, JSON value, source) for each known field; unknown fields are left out."""
    f = result.fields
    out: list[tuple[str, Any, str | None]] = []
    if aware(f.taken_at) is not None:
        out.append(("taken_at", iso_z(f.taken_at), f.taken_at_source))
    if f.taken_date:
        out.append(("taken_date", f.taken_date, _date_source(f.taken_date, result)))
    if aware(f.taken_until) is not None and aware(f.taken_at) is not None:
        out.append(("taken_until", iso_z(f.taken_until), f.taken_at_source))
    if f.photographer.name or f.photographer.links:
        value = {"name": f.photographer.name, "links": list(f.photographer.links)}
        out.append(("photographer", value, "body"))
    if f.equipment:
        from_camera = set(f.equipment) <= _camera_values(result)
        out.append(("equipment", list(f.equipment), "exif" if from_camera else "body"))
    flyby = _jsonable(asdict(f.flyby))
    if any(v is not None for v in flyby.values()):
        out.append(("flyby", flyby, "body"))
    if f.story:
        out.append(("story", no_nul(f.story), "body"))
    if f.location:
        out.append(("location", no_nul(f.location), "body"))
    if f.gps_lat is not None and f.gps_lon is not None:
        source = "gps" if _gps_from_exif(f, result) else "body"
        out.append(("gps", {"lat": f.gps_lat, "lon": f.gps_lon}, source))
    if f.date_styles:  # for the sender's next mail, not a field the curator sees
        styles = [{"style": d.style, "order": d.order, "example": d.example} for d in f.date_styles]
        out.append((DATE_STYLES, styles, "body"))
    return out


def _date_source(date: str, result: CheckResult) -> str:
    """'exif' when a camera recorded this date, else 'body'."""
    return "exif" if date in _exif_dates(result) else "body"


def field_rows(result: CheckResult, submission_id: int, raw_id: int) -> list[FieldValue]:
    """One FieldValue row per known field."""
    return [
        FieldValue(submission_id=submission_id, raw_id=raw_id, name=n, value=v, source=s)
        for n, v, s in field_values(result)
    ]


def media_row(item: MediaItem, position: int, submission_id: int, raw_id: int) -> MediaRow:
    """The row for one media item (archived is set by the caller once the bytes are stored)."""
    return MediaRow(
        submission_id=submission_id,
        raw_id=raw_id,
        position=position,
        sha256=item.sha256,
        filename=item.filename,
        size=item.size,
        kind=item.kind,
        mime=item.mime,
        width=item.width,
        height=item.height,
        frames=item.frames,
        duration_s=item.duration_s,
        camera=item.camera,
        lens=item.lens,
        taken_at=aware(item.taken_at),
        taken_at_source=item.taken_at_source if aware(item.taken_at) else None,
        exif=exif_json(item.exif),
        problem=item.problem,
        note=item.note,
        archived=False,
        fingerprint=item.fingerprint,
    )


def link_rows(result: CheckResult, submission_id: int, raw_id: int) -> list[Link]:
    """The links to the shared photo or video, in order, without repeats."""
    unique = list(dict.fromkeys(result.fields.links))
    return [
        Link(submission_id=submission_id, raw_id=raw_id, position=i, url=u)
        for i, u in enumerate(unique)
    ]


def note_rows(result: CheckResult, submission_id: int, raw_id: int) -> list[Note]:
    """Every stage's human-readable notes, tagged with the stage."""
    stages = (
        ("parse", result.parsed.notes),
        ("media", result.media.notes),
        ("fields", result.fields.notes),
        ("rules", result.verdict.notes),
        ("verify", result.pass_check.notes),
    )
    return [
        Note(submission_id=submission_id, raw_id=raw_id, stage=stage, text=no_nul(text))
        for stage, notes in stages
        for text in notes
    ]


def _when(value: Any) -> datetime | None:
    """A stored "…Z" string back to an aware datetime; anything else is unknown."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _texts(value: Any) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def fields_from_values(values: dict[str, Any], links: tuple[str, ...]) -> Fields:
    """The Fields a submission's stored field rows say; unknown (or malformed) is None.

    `values` maps field name to stored value, plus "taken_at_source" (the source
    of the taken_at row). `taken_date` is kept only while no UT time is known.
    """
    taken_at = _when(values.get("taken_at"))
    source = values.get("taken_at_source")
    person, flyby, gps = (_object(values.get(k)) for k in ("photographer", "flyby", "gps"))
    return Fields(
        taken_at=taken_at,
        taken_at_source=source if taken_at and source in SOURCES else None,
        taken_date=None if taken_at else _text(values.get("taken_date")),
        taken_until=_when(values.get("taken_until")) if taken_at else None,
        photographer=Photographer(_text(person.get("name")), _texts(person.get("links"))),
        equipment=_texts(values.get("equipment")),
        flyby=Flyby(
            max_elevation_deg=_number(flyby.get("max_elevation_deg")),
            start=_when(flyby.get("start")),
            end=_when(flyby.get("end")),
            magnitude=_number(flyby.get("magnitude")),
        ),
        story=_text(values.get("story")),
        location=_text(values.get("location")),
        gps_lat=_number(gps.get("lat")),
        gps_lon=_number(gps.get("lon")),
        links=links,
    )


def media_item(row: MediaRow) -> MediaItem:
    """A stored media row back as the MediaItem media made of it."""
    return MediaItem(
        filename=row.filename,
        sha256=row.sha256,
        size=row.size,
        kind=row.kind,  # type: ignore[arg-type]  # stored from a MediaKind
        mime=row.mime,
        width=row.width,
        height=row.height,
        frames=row.frames,
        duration_s=row.duration_s,
        camera=row.camera,
        lens=row.lens,
        taken_at=row.taken_at,
        taken_at_source=row.taken_at_source,  # type: ignore[arg-type]
        problem=row.problem,  # type: ignore[arg-type]
        note=row.note,
    )

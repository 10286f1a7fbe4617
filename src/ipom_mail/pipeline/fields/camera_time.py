"""The camera's side of the photo's time: take it when the text has none, check it when it has.

A camera's time is UT only with its offset (EXIF OffsetTimeOriginal) or from GPS;
when text and camera, or several cameras, disagree, nothing is kept and a note
says why (docs/design.md invariant 7).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Literal

from ipom_mail.pipeline.values import Media, MediaItem, Question

AGREE = timedelta(minutes=5)  # text and camera closer than this agree
_GRID = timedelta(minutes=30)  # zone offsets are whole or half hours (a few quarter-hour ones)


@dataclass(frozen=True, slots=True)
class TakenAt:
    """The photo's time in UT with its source, or the date alone, and why not more."""

    taken_at: datetime | None  # UT, tz-aware UTC
    source: Literal["body", "exif", "gps"] | None
    taken_date: str | None  # ISO date, only when the date is known but no UT time is
    notes: tuple[str, ...] = ()
    questions: tuple[Question, ...] = ()  # what the reply asks about the date or zone
    until: datetime | None = None  # UT: the end of a long exposure or series


@dataclass(frozen=True, slots=True)
class TextReading:
    """What the text says: the result, plus what the camera must agree with."""

    result: TakenAt
    local: datetime | None = None  # a zone-less local date-time, to compare with the camera


def _camera_item(media: Media) -> MediaItem | None:
    return next((i for i in media.usable if i.taken_at is not None), None)


def _zoneless_camera_note(media: Media) -> tuple[str, ...]:
    for item in media.usable:
        exif = item.exif
        if exif is not None and exif.datetime_original and not exif.offset:
            return (f"the camera time {exif.datetime_original} has no zone",)
    return ()


def _camera_conflict(reading: TextReading, camera: datetime) -> str | None:
    """Why the camera's UT cannot be the time the text gives, or None when it can."""
    stamp = f"{camera:%Y-%m-%d %H:%M:%S} UT"
    if reading.local is not None:
        offset = reading.local - camera.replace(tzinfo=None)
        off_grid = offset % _GRID
        on_grid = min(off_grid, _GRID - off_grid) <= AGREE
        if not (timedelta(hours=-12) <= offset <= timedelta(hours=14) and on_grid):
            return f"the text says {reading.local:%Y-%m-%d %H:%M} but the camera says {stamp}"
        return None
    if reading.result.taken_date is not None:
        written = date.fromisoformat(reading.result.taken_date)
        if abs(written - camera.date()) > timedelta(days=1):
            return f"the text says {written} but the camera says {stamp}"
    return None


def _cameras_disagree(media: Media) -> TakenAt | None:
    """Several photos whose camera UT times differ: none is *the* photo's time."""
    stamps = [i.taken_at.astimezone(UTC) for i in media.usable if i.taken_at is not None]
    if all(abs(t - stamps[0]) <= AGREE for t in stamps):
        return None
    listed = ", ".join(dict.fromkeys(f"{t:%Y-%m-%d %H:%M:%S} UT" for t in stamps))
    days = {t.date() for t in stamps}
    day = days.pop().isoformat() if len(days) == 1 else None
    return TakenAt(
        None, None, day, (f"the photos' cameras give different times ({listed}); which?",)
    )


def with_camera(reading: TextReading, media: Media) -> TakenAt:
    """Check the text's time against the camera's, or take the camera's when the text has none."""
    result = reading.result
    item = _camera_item(media)
    if item is None or item.taken_at is None:
        if result.taken_at is None:
            return replace(result, notes=result.notes + _zoneless_camera_note(media))
        return result
    several = _cameras_disagree(media)
    if several is not None and result.taken_at is None and result.taken_date is None:
        return several
    if several is not None and result.taken_at is not None:
        stamps = [i.taken_at for i in media.usable if i.taken_at is not None]
        if any(abs(result.taken_at - t) <= AGREE for t in stamps):
            return result  # the text's time is one of the photos'
    camera = item.taken_at.astimezone(UTC)
    source: Literal["exif", "gps"] = "gps" if item.taken_at_source == "gps" else "exif"
    if result.taken_at is not None:
        if abs(result.taken_at - camera) <= AGREE:
            return result
        same_day = result.taken_at.date() == camera.date()
        note = (
            f"the text says {result.taken_at:%Y-%m-%d %H:%M:%S} UT but the camera says "
            f"{camera:%Y-%m-%d %H:%M:%S} UT; which is right?"
        )
        return TakenAt(None, None, camera.date().isoformat() if same_day else None, (note,))
    conflict = _camera_conflict(reading, camera)
    if conflict is not None:
        return TakenAt(None, None, result.taken_date, (*result.notes, conflict))
    how = "GPS" if source == "gps" else "EXIF with its offset"
    return TakenAt(camera, source, None, (f"the time is the camera's ({how})",))

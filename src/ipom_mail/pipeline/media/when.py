"""When a file was taken, in UT, from its own metadata — or None (UT is never guessed).

EXIF DateTimeOriginal is the camera's local clock; it is UT only with
OffsetTimeOriginal. GPS date + time is UTC by definition. A camera time with no
zone and no GPS time gives no UT time, and the note says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ipom_mail.pipeline.values import Exif, Source

DISAGREEMENT = timedelta(minutes=5)
_WIDEST_ZONE_SPREAD = timedelta(hours=14, minutes=5)  # no zone is further than ±14 h from UT


@dataclass(frozen=True, slots=True)
class TakenAt:
    """The file's UT time, where it came from, and remarks for the curator."""

    when: datetime | None = None
    source: Source | None = None
    remarks: tuple[str, ...] = ()


def camera_clock(exif: Exif) -> datetime | None:
    """DateTimeOriginal (+ SubSecTimeOriginal) as a naive local datetime, if it parses."""
    if exif.datetime_original is None:
        return None
    match = re.fullmatch(
        r"(\d{4})[:\-](\d{2})[:\-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})", exif.datetime_original
    )
    if match is None:
        return None
    try:
        year, month, day, hour, minute, second = (int(g) for g in match.groups())
        clock = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    if clock.year < 1970:
        return None
    if exif.subsec:
        clock += timedelta(microseconds=int((exif.subsec + "000000")[:6]))
    return clock


def _with_offset(clock: datetime, offset: str) -> datetime:
    """The local `clock` at UTC `offset` ("+02:00"), converted to UTC."""
    sign = -1 if offset.startswith("-") else 1
    hours, minutes = int(offset[1:3]), int(offset[4:6])
    return (clock - sign * timedelta(hours=hours, minutes=minutes)).replace(tzinfo=UTC)


def _minutes(delta: timedelta) -> str:
    total = abs(delta.total_seconds()) / 60
    return f"{total:.0f} minutes" if total < 120 else f"{total / 60:.1f} hours"


def taken_at(exif: Exif | None) -> TakenAt:
    """The UT time: EXIF time with its offset first, else GPS time, else None (with why)."""
    if exif is None:
        return TakenAt()
    clock = camera_clock(exif)
    gps = exif.gps_datetime
    if clock is not None and exif.offset is not None:
        when = _with_offset(clock, exif.offset)
        if gps is not None and abs(when - gps) > DISAGREEMENT:
            return TakenAt(when, "exif", (_disagree(when, gps),))
        return TakenAt(when, "exif")
    if gps is not None:
        remarks: tuple[str, ...] = ()
        if clock is not None and abs(clock - gps.replace(tzinfo=None)) > _WIDEST_ZONE_SPREAD:
            remarks = (
                f"the camera clock ({exif.datetime_original}) and the GPS time "
                f"({gps:%Y-%m-%d %H:%M:%S} UT) differ by more than any time zone; "
                "the GPS time was used, check it",
            )
        return TakenAt(gps, "gps", remarks)
    if exif.datetime_original is not None and clock is None:
        return TakenAt(remarks=(f"the camera time ({exif.datetime_original}) is not a valid date",))
    if exif.datetime_original is not None:
        return TakenAt(
            remarks=(
                f"camera time has no zone ({exif.datetime_original}, no EXIF offset or GPS "
                "time), so it is not UT",
            )
        )
    return TakenAt()


def _disagree(when: datetime, gps: datetime) -> str:
    return (
        f"the camera time with its offset ({when:%Y-%m-%d %H:%M:%S} UT) and the GPS time "
        f"({gps:%Y-%m-%d %H:%M:%S} UT) disagree by {_minutes(when - gps)}; "
        "the camera time was used, check it"
    )

"""Videos (MP4/MOV and kin) measured with MediaInfo: size, frames, duration, creation time.

QuickTime's creation time is UTC by specification (MediaInfo labels it "UTC"),
but some cameras write their local time there, so the caller says so in a note.
Apple's own `com.apple.quicktime.creationdate` carries a real offset and wins.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from pymediainfo import MediaInfo

from ipom_mail.pipeline.media.decode import Decoded
from ipom_mail.pipeline.values import Exif

_UTC_LABELLED = re.compile(
    r"(?:UTC\s+)?(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?\s*(UTC|Z)"
)
_ZONED = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?([+-])(\d{2}):?(\d{2})"
)


def _number(value: Any) -> float | None:
    """A MediaInfo number (int, float or numeric string) as a float, else None."""
    try:
        number = float(str(value).split()[0])
    except (ValueError, IndexError):
        return None
    return number if number >= 0 else None


def _plausible(moment: datetime) -> datetime | None:
    """None for the zero dates (1904, 1970) that mean "unset"."""
    return moment if moment.year >= 1971 else None


def utc_labelled(text: str | None) -> datetime | None:
    """A MediaInfo date labelled UTC ("2005-08-11 14:03:54 UTC") as a UTC datetime."""
    match = _UTC_LABELLED.search(text or "")
    if match is None:
        return None
    try:
        year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
        moment = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        return None
    return _plausible(moment)


def zoned(text: str | None) -> datetime | None:
    """An ISO time with its own offset ("2021-04-11T15:47:53-0500") converted to UTC."""
    match = _ZONED.search(text or "")
    if match is None:
        return None
    year, month, day, hour, minute, second, sign, oh, om = match.groups()
    offset = timedelta(hours=int(oh), minutes=int(om)) * (-1 if sign == "-" else 1)
    try:
        moment = datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second),
            tzinfo=timezone(offset),
        )
    except ValueError:
        return None
    return _plausible(moment.astimezone(UTC))


def _track(info: MediaInfo, kind: str) -> Any:
    return next((t for t in info.tracks if t.track_type == kind), None)


def _text(track: Any, name: str) -> str | None:
    value = getattr(track, name, None)
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def decode_video(payload: bytes) -> Decoded:
    """Measure a video; no readable video track → problem "unsupported"."""
    try:
        info = MediaInfo.parse(io.BytesIO(payload))
    except Exception as exc:  # libmediainfo missing or failing: not a readable video
        return Decoded("unsupported", f"it could not be read as a video ({type(exc).__name__})")
    general, video = _track(info, "General"), _track(info, "Video")
    if video is None or general is None:
        return Decoded("unsupported", "no video could be read from it")
    width, height = _number(video.width), _number(video.height)
    if not width or not height:
        return Decoded("truncated", "its video track has no picture size (cut short or damaged?)")
    duration_ms = _number(general.duration) or _number(video.duration)
    frames = _number(video.frame_count)
    apple = zoned(_text(general, "comapplequicktimecreationdate"))
    created = apple or utc_labelled(_text(general, "encoded_date") or _text(video, "encoded_date"))
    make = _text(general, "comapplequicktimemake")
    model = _text(general, "comapplequicktimemodel")
    return Decoded(
        format=_text(general, "format"),
        width=int(width),
        height=int(height),
        frames=int(frames) if frames else None,
        duration_s=round(duration_ms / 1000, 3) if duration_ms else None,
        exif=Exif(make=make, model=model) if make or model else None,
        created=created,
        created_zoned=apple is not None,
    )

"""Camera facts from EXIF: exifread first, Pillow's getexif() for what it missed.

Both readers are reduced to one small mapping of tag name → text or numbers, so
one function turns either into an `Exif`. Values that are absent, blank, zero
where zero means "unset" or out of range become None: a wrong camera time or
position is worse than none.
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from fractions import Fraction
from typing import Any

import exifread

from ipom_mail.pipeline.values import Exif

Number = Fraction | None
TagValue = str | tuple[Number, ...]
Tags = dict[str, TagValue]

# exifread's "IFD Name" keys (old and new spellings) → our canonical names.
_EXIFREAD_KEYS = {
    "Image Make": "Make",
    "Image Model": "Model",
    "EXIF LensModel": "LensModel",
    "EXIF DateTimeOriginal": "DateTimeOriginal",
    "EXIF SubSecTimeOriginal": "SubSecTimeOriginal",
    "EXIF OffsetTimeOriginal": "OffsetTimeOriginal",
    "EXIF ExposureTime": "ExposureTime",
    "EXIF ISOSpeedRatings": "ISOSpeedRatings",
    "EXIF PhotographicSensitivity": "ISOSpeedRatings",
    "EXIF FocalLength": "FocalLength",
    "GPS GPSLatitudeRef": "GPSLatitudeRef",
    "GPS GPSLatitude": "GPSLatitude",
    "GPS GPSLongitudeRef": "GPSLongitudeRef",
    "GPS GPSLongitude": "GPSLongitude",
    "GPS GPSTimeStamp": "GPSTimeStamp",
    "GPS GPSDate": "GPSDateStamp",
    "GPS GPSDateStamp": "GPSDateStamp",
}
# Pillow's numeric tag ids, per IFD, → our canonical names.
_PILLOW_IFD0 = {0x010F: "Make", 0x0110: "Model"}
_PILLOW_EXIF_IFD = 0x8769
_PILLOW_EXIF = {
    0x9003: "DateTimeOriginal",
    0x9291: "SubSecTimeOriginal",
    0x9011: "OffsetTimeOriginal",
    0xA434: "LensModel",
    0x829A: "ExposureTime",
    0x8827: "ISOSpeedRatings",
    0x920A: "FocalLength",
}
_PILLOW_GPS_IFD = 0x8825
_PILLOW_GPS = {
    1: "GPSLatitudeRef",
    2: "GPSLatitude",
    3: "GPSLongitudeRef",
    4: "GPSLongitude",
    7: "GPSTimeStamp",
    29: "GPSDateStamp",
}

logging.getLogger("exifread").setLevel(logging.CRITICAL)


def _number(value: Any) -> Number:
    """One EXIF number (int, exifread Ratio, Pillow IFDRational, float) as a Fraction."""
    try:
        if isinstance(value, bool):
            return None
        if isinstance(value, int | Fraction):
            return Fraction(value)
        if isinstance(value, float):
            return Fraction(value).limit_denominator(1_000_000) if math.isfinite(value) else None
        return Fraction(int(value.numerator), int(value.denominator))
    except (ZeroDivisionError, TypeError, ValueError, AttributeError, OverflowError):
        return None


def _normalise(value: Any) -> TagValue | None:
    """A tag value as text or a tuple of numbers; None when it is neither."""
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return tuple(_number(v) for v in value)
    number = _number(value)
    return None if number is None else (number,)


def tags_from_exifread(data: bytes) -> Tags:
    """The tags we use, read by exifread (details=False); {} when it finds none or fails."""
    try:
        found = exifread.process_file(io.BytesIO(data), details=False, extract_thumbnail=False)
    except Exception:  # exifread raises many kinds of errors on hostile data
        return {}
    tags: Tags = {}
    for key, name in _EXIFREAD_KEYS.items():
        tag = found.get(key)
        value = _normalise(getattr(tag, "values", None)) if tag is not None else None
        if value is not None and name not in tags:
            tags[name] = value
    return tags


def tags_from_pillow(exif: Mapping[int, Any], sub_ifds: Mapping[int, Mapping[int, Any]]) -> Tags:
    """The tags we use from Pillow's Exif mapping and its Exif and GPS sub-IFDs."""
    tags: Tags = {}
    tables = (
        (exif, _PILLOW_IFD0),
        (sub_ifds.get(_PILLOW_EXIF_IFD, {}), _PILLOW_EXIF),
        (sub_ifds.get(_PILLOW_GPS_IFD, {}), _PILLOW_GPS),
    )
    for source, names in tables:
        for tag_id, name in names.items():
            value = _normalise(source.get(tag_id))
            if value is not None:
                tags[name] = value
    return tags


def _text(tags: Tags, name: str) -> str | None:
    """A text tag cut at its first NUL, whitespace collapsed; None when blank."""
    value = tags.get(name)
    if not isinstance(value, str):
        return None
    cleaned = " ".join(value.split("\x00", 1)[0].split())
    return cleaned or None


def _numbers(tags: Tags, name: str) -> tuple[Number, ...]:
    value = tags.get(name)
    return value if isinstance(value, tuple) else ()


def _first(tags: Tags, name: str) -> Fraction | None:
    values = _numbers(tags, name)
    return values[0] if values else None


def _datetime_original(tags: Tags) -> str | None:
    """DateTimeOriginal as recorded, unless blank or all zeros (cameras' "unset")."""
    text = _text(tags, "DateTimeOriginal")
    if text is None or not text.strip("0: -"):
        return None
    return text


def _offset(tags: Tags) -> str | None:
    """OffsetTimeOriginal as "+HH:MM" (within ±14:00), else None."""
    text = _text(tags, "OffsetTimeOriginal")
    match = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", text or "")
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    if int(hours) * 60 + int(minutes) > 14 * 60 or int(minutes) >= 60:
        return None
    return f"{sign}{hours}:{minutes}"


def _gps_datetime(tags: Tags) -> datetime | None:
    """GPSDateStamp + GPSTimeStamp as a UTC datetime; None without a date."""
    date = re.fullmatch(r"(\d{4})\D(\d{1,2})\D(\d{1,2})", _text(tags, "GPSDateStamp") or "")
    time = _numbers(tags, "GPSTimeStamp")
    if date is None or len(time) != 3 or any(t is None or t < 0 for t in time):
        return None
    hour, minute, second = (t for t in time if t is not None)
    if hour >= 24 or minute >= 60 or second >= 61:
        return None
    try:
        day = datetime(int(date[1]), int(date[2]), int(date[3]), tzinfo=UTC)
    except ValueError:
        return None
    if day.year < 1990:  # GPS date stamps before GPS was in cameras are "unset"
        return None
    return day + timedelta(seconds=round(float(hour * 3600 + minute * 60 + second), 6))


def _coordinate(tags: Tags, name: str, limit: int) -> float | None:
    """A signed decimal coordinate from degrees/minutes/seconds and its N/S/E/W ref."""
    parts = _numbers(tags, name)
    ref = (_text(tags, name + "Ref") or "").upper()[:1]
    if not parts or len(parts) > 3 or any(p is None or p < 0 for p in parts):
        return None
    if ref not in ("N", "S", "E", "W"):
        return None
    scaled = (p / 60**i for i, p in enumerate(parts) if p is not None)
    value = float(sum(scaled, Fraction(0)))
    if value > limit:
        return None
    return -value if ref in ("S", "W") else value


def _exposure(tags: Tags) -> str | None:
    """ExposureTime as photographers write it: "1/500", "1/33", "2.5"."""
    value = _first(tags, "ExposureTime")
    if value is None or value <= 0:
        return None
    if value.numerator == 1:
        return f"1/{value.denominator}"
    if value < Fraction(1, 4):
        return f"1/{round(1 / value)}"
    return f"{float(value):g}"


def _positive(value: Fraction | None) -> float | None:
    return None if value is None or value <= 0 else round(float(value), 2)


def exif_from_tags(tags: Tags) -> Exif | None:
    """The Exif facts in `tags`; None when there are none at all."""
    lat = _coordinate(tags, "GPSLatitude", 90)
    lon = _coordinate(tags, "GPSLongitude", 180)
    if lat is None or lon is None or (lat == 0 and lon == 0):  # 0,0 is "no fix"
        lat = lon = None
    iso = _first(tags, "ISOSpeedRatings")
    subsec = _text(tags, "SubSecTimeOriginal")
    exif = Exif(
        make=_text(tags, "Make"),
        model=_text(tags, "Model"),
        lens=_text(tags, "LensModel"),
        datetime_original=_datetime_original(tags),
        subsec=subsec if subsec and subsec.isdigit() else None,
        offset=_offset(tags),
        gps_datetime=_gps_datetime(tags),
        gps_lat=lat,
        gps_lon=lon,
        exposure=_exposure(tags),
        iso=int(iso) if iso is not None and iso >= 1 else None,
        focal_length_mm=_positive(_first(tags, "FocalLength")),
    )
    return None if exif == Exif() else exif


def merge(first: Tags, second: Tags) -> Tags:
    """`first`, with the tags it lacks taken from `second`."""
    return {**second, **first}


def camera_name(make: str | None, model: str | None) -> str | None:
    """ "Make Model", without repeating the maker ("Canon" + "Canon EOS 40D" → "Canon EOS 40D")."""
    if not model:
        return make or None
    if not make:
        return model
    maker = make.split()[0].casefold()
    first_word = model.split()[0].casefold() if model.split() else ""
    if first_word == maker or model.casefold().startswith(make.casefold()):
        return model
    return f"{make} {model}"

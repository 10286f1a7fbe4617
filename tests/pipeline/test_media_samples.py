"""Real image files made with Pillow at test time (no committed binaries), and checks of them.

Other media tests import the makers from here; the tests below prove the made
files are what they claim to be, read back by independent readers.
"""

from __future__ import annotations

import io

import exifread
from PIL import Image

from ipom_mail.config import LimitsConfig
from ipom_mail.pipeline.values import Part

LIMITS = LimitsConfig()


def photo(
    width: int = 1920,
    height: int = 1080,
    *,
    make: str | None = None,
    model: str | None = None,
    taken: str | None = None,
    offset: str | None = None,
    subsec: str | None = None,
    lens: str | None = None,
    gps_date: str | None = None,
    gps_time: tuple[float, float, float] | None = None,
    lat: tuple[str, tuple[float, float, float]] | None = None,
    lon: tuple[str, tuple[float, float, float]] | None = None,
    image_format: str = "JPEG",
) -> bytes:
    """A real photo (a gradient, so it is not trivially compressible) with the EXIF asked for."""
    exif = Image.Exif()
    for tag, value in ((0x010F, make), (0x0110, model)):
        if value is not None:
            exif[tag] = value
    sub = {0x9003: taken, 0x9011: offset, 0x9291: subsec, 0xA434: lens}
    if any(v is not None for v in sub.values()):
        ifd = exif.get_ifd(0x8769)
        ifd.update({k: v for k, v in sub.items() if v is not None})
    gps: dict[int, object] = {}
    if gps_date is not None:
        gps[29] = gps_date
    if gps_time is not None:
        gps[7] = gps_time
    for (ref_tag, value_tag), coordinate in (((1, 2), lat), ((3, 4), lon)):
        if coordinate is not None:
            gps[ref_tag], gps[value_tag] = coordinate
    if gps:
        exif.get_ifd(0x8825).update(gps)
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    out = io.BytesIO()
    image.save(out, image_format, exif=exif)
    return out.getvalue()


def png(width: int, height: int, color: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, "PNG")
    return out.getvalue()


def part(name: str | None, payload: bytes, declared: str | None = "image/jpeg") -> Part:
    return Part(filename=name, declared_type=declared, payload=payload, disposition="attachment")


def test_sample_photo_carries_the_exif_it_was_made_with() -> None:
    data = photo(make="Canon", model="Canon EOS 40D", taken="2024:05:12 23:34:10", offset="+02:00")
    tags = exifread.process_file(io.BytesIO(data), details=False)
    assert str(tags["Image Model"]) == "Canon EOS 40D"
    assert str(tags["EXIF OffsetTimeOriginal"]) == "+02:00"
    assert Image.open(io.BytesIO(data)).size == (1920, 1080)


def test_sample_gps_is_written_as_rationals_exifread_can_read() -> None:
    data = photo(gps_date="2024:05:12", gps_time=(21, 34, 10.5), lat=("S", (33, 51, 36)))
    tags = exifread.process_file(io.BytesIO(data), details=False)
    assert str(tags["GPS GPSTimeStamp"]) == "[21, 34, 21/2]"
    assert str(tags["GPS GPSLatitudeRef"]) == "S"

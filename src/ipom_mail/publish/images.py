"""Web copies of stored media, made with Pillow from any format, with GPS stripped.

HEIC (pillow-heif), TIFF and 16-bit PNG are read; the copy is 8-bit RGB JPEG
(or WebP), turned upright, no larger than asked, named by the source's
sha256. The EXIF is kept without its GPS block: a backyard's coordinates
are a home address.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

GPS_IFD = 0x8825

with contextlib.suppress(ImportError):  # HEIC/HEIF support, when pillow-heif is installed
    from pillow_heif import register_heif_opener

    register_heif_opener()


def _to_rgb(image: Image.Image) -> Image.Image:
    """8-bit RGB from any mode (16-bit grey 'I;16', 'I', 'F', palette, alpha…)."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        grey = image.convert("I") if image.mode != "F" else image
        extrema = grey.getextrema()
        lo, hi = extrema if isinstance(extrema[0], (int, float)) else extrema[0]
        span = float(hi) - float(lo) or 1.0
        image = grey.point(lambda v: (v - float(lo)) * 255.0 / span).convert("L")
    if image.mode in ("RGBA", "LA", "P", "PA"):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, (0, 0, 0))
        background.paste(image, mask=image.getchannel("A"))
        return background
    return image.convert("RGB")


def web_copy(
    source: Path, out_dir: Path, sha256: str, max_side: int, fmt: str = "JPEG"
) -> Path | None:
    """Write `<sha256>-<max_side>.jpg|webp` under out_dir; None when Pillow cannot read it."""
    suffix = "webp" if fmt == "WEBP" else "jpg"
    target = out_dir / f"{sha256}-{max_side}.{suffix}"
    if target.is_file():
        return target
    try:
        with Image.open(source) as opened:
            opened.seek(0)  # an animation: its first frame is the still
            exif = opened.getexif()
            image = ImageOps.exif_transpose(opened) or opened
            image = _to_rgb(image)
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    if GPS_IFD in exif:
        del exif[GPS_IFD]
    exif.pop(0x0112, None)  # orientation: the pixels are upright now
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".part")
    image.save(tmp, fmt, quality=88, exif=exif.tobytes())
    tmp.replace(target)
    return target

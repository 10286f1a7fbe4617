"""Web copies re-encoded inside a decoder process, with an allow-list of metadata.

Runs in the bounded worker (pool.py) so a huge photo costs the curator's
process nothing. The copy is 8-bit RGB JPEG, upright (the orientation is
applied), no larger than asked, with its RGB colour profile; of the EXIF only
the exposure facts below are kept — never GPS, serial numbers, owner,
artist, copyright, descriptions, the MakerNote or XMP. An animation becomes
an animated WebP of every frame (no metadata at all).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms, ImageSequence

from ipom_mail.pipeline.media.decode import Decoded, bomb, claimed_pixels, pixel_limit, why

EXIF_IFD = 0x8769
ORIENTATION = 0x0112
KEPT_MAIN = (0x010F, 0x0110)  # Make, Model
KEPT_EXIF = (
    0x829A,  # ExposureTime
    0x829D,  # FNumber
    0x8827,  # ISOSpeedRatings
    0x9003,  # DateTimeOriginal
    0x9011,  # OffsetTimeOriginal
    0x920A,  # FocalLength
    0xA405,  # FocalLengthIn35mmFilm
    0xA434,  # LensModel
)
_SHRINK_FIRST = frozenset({"RGB", "RGBA", "L", "LA"})  # modes resized before conversion
_DEFAULT_FRAME_MS = 100
ANIMATION_PIXELS = 50_000_000  # all frames of an animated copy together (200 MB as RGBA)
MIN_ANIMATION_SIDE = 160


@dataclass(frozen=True, slots=True)
class CopyTask:
    """Make `target` from `source`: at most `max_side` pixels a side; animated when asked."""

    source: str
    target: str
    max_side: int
    max_pixels: int
    animate: bool = False


def kept_exif(original: Image.Exif) -> Image.Exif:
    """Only the allow-listed tags of `original` (orientation left out: it has been applied)."""
    kept = Image.Exif()
    for tag in KEPT_MAIN:
        if tag in original:
            kept[tag] = original[tag]
    exif_ifd = original.get_ifd(EXIF_IFD)
    for tag in KEPT_EXIF:
        if tag in exif_ifd:
            kept.get_ifd(EXIF_IFD)[tag] = exif_ifd[tag]
    return kept


def rgb_profile(icc: object) -> bytes | None:
    """The ICC profile when it describes RGB (a CMYK or grey one would mislabel the copy)."""
    if not isinstance(icc, bytes) or not icc:
        return None
    try:
        space = ImageCms.ImageCmsProfile(io.BytesIO(icc)).profile.xcolor_space
    except (OSError, ImageCms.PyCMSError, ValueError):
        return None
    return icc if space.strip() == "RGB" else None


def to_rgb(image: Image.Image) -> Image.Image:
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
    return image if image.mode == "RGB" else image.convert("RGB")


def _upright(image: Image.Image, orientation: object) -> Image.Image:
    """The image turned as its EXIF orientation says (no copy when it is already upright)."""
    method = {
        2: Image.Transpose.FLIP_LEFT_RIGHT,
        3: Image.Transpose.ROTATE_180,
        4: Image.Transpose.FLIP_TOP_BOTTOM,
        5: Image.Transpose.TRANSPOSE,
        6: Image.Transpose.ROTATE_270,
        7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_90,
    }.get(orientation if isinstance(orientation, int) else 1)
    return image.transpose(method) if method is not None else image


def _still(opened: Image.Image, task: CopyTask, tmp: Path) -> Decoded:
    """The first frame, upright, with the allow-listed EXIF and an RGB profile."""
    opened.seek(0)
    exif = opened.getexif()
    icc = rgb_profile(opened.info.get("icc_profile"))
    if opened.format == "JPEG":
        opened.draft("RGB", (task.max_side, task.max_side))  # decode at a reduced scale
    image: Image.Image = opened
    if image.mode in _SHRINK_FIRST:
        image.thumbnail((task.max_side, task.max_side), Image.Resampling.LANCZOS)
    image = to_rgb(_upright(image, exif.get(ORIENTATION)))
    image.thumbnail((task.max_side, task.max_side), Image.Resampling.LANCZOS)
    extra = {"icc_profile": icc} if icc else {}
    fmt = "WEBP" if task.target.endswith(".webp") else "JPEG"  # one frame after all
    image.save(tmp, fmt, quality=88, exif=kept_exif(exif).tobytes(), **extra)
    return Decoded(format=fmt, width=image.width, height=image.height, frames=1)


def animation_side(max_side: int, frames: int) -> int:
    """The side for an animation's frames, so that all of them fit ANIMATION_PIXELS together.

    The encoder holds every frame at once; a long animation gets smaller frames
    rather than being dropped for want of memory.
    """
    fits = int(math.sqrt(ANIMATION_PIXELS / max(1, frames)))
    return max(1, min(max_side, max(MIN_ANIMATION_SIDE, fits)))


def _animation(opened: Image.Image, task: CopyTask, tmp: Path) -> Decoded:
    """Every frame, shrunk, as an animated WebP with the same timing and loop (no metadata)."""
    side = animation_side(task.max_side, int(getattr(opened, "n_frames", 1) or 1))
    frames, durations = [], []
    for frame in ImageSequence.Iterator(opened):
        still = frame.convert("RGBA")
        still.thumbnail((side, side), Image.Resampling.LANCZOS)
        frames.append(still)
        durations.append(int(frame.info.get("duration") or _DEFAULT_FRAME_MS))
    loop = opened.info.get("loop", 0)
    frames[0].save(
        tmp,
        "WEBP",
        save_all=True,
        append_images=frames[1:],
        duration=durations,
        loop=loop if isinstance(loop, int) else 0,
        quality=80,
    )
    return Decoded(
        format="WEBP", width=frames[0].width, height=frames[0].height, frames=len(frames)
    )


def _write(task: CopyTask) -> Decoded:
    target = Path(task.target)
    tmp = target.with_name(target.name + ".part")
    with Image.open(task.source) as opened:
        width, height = opened.size
        if width * height > task.max_pixels:
            return bomb(width * height, task.max_pixels, f"{width}×{height} pixels, ")
        animated = task.animate and int(getattr(opened, "n_frames", 1) or 1) > 1
        made = _animation(opened, task, tmp) if animated else _still(opened, task, tmp)
    tmp.replace(target)
    return made


def make_copy(task: CopyTask) -> Decoded:
    """Write the web copy; a problem and its reason when the file cannot be made into one."""
    with pixel_limit(task.max_pixels):
        try:
            return _write(task)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            return bomb(claimed_pixels(exc), task.max_pixels)
        except MemoryError:
            return Decoded("too_large", "it needs more memory than the decoder may use")
        except Exception as exc:  # damaged or unreadable: a reason, never a traceback
            return Decoded("unsupported", why(exc))

"""Opening one payload for real: Pillow for images, MediaInfo for videos.

This runs inside a worker process (see pool.py) because decoders can be slow,
greedy or crash on hostile files. It never raises: every failure becomes a
`Decoded` with a problem code and the reason in words.

Problem codes chosen here:
- Pillow cannot identify or open a file whose magic says it is an image:
  "unsupported" (a variant or damage we cannot read);
- the header opens but decoding any frame fails (cut short, corrupt data,
  missing frame data): "truncated" — the pixels are not all there. Every
  frame is decoded (an MPO's second view, an animation's last frame), so a
  file with a damaged later frame is "truncated" too;
- more pixels than allowed (Pillow's bomb error or warning, or our own check of
  the size): "bomb"; running out of the worker's memory: "too_large".
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal

from PIL import Image

from ipom_mail.pipeline.media.exif import (
    Tags,
    exif_from_tags,
    merge,
    tags_from_exifread,
    tags_from_pillow,
)
from ipom_mail.pipeline.values import Exif, Problem
from ipom_mail.pipeline.verify.lookalike import THUMB_SIDE, fingerprint

_PILLOW_EXIF_IFDS = (0x8769, 0x8825)


@dataclass(frozen=True, slots=True)
class Task:
    """One payload for a worker, with what sniffing found and the pixel limit."""

    payload: bytes
    family: Literal["image", "video"]
    pillow_formats: tuple[str, ...]
    max_pixels: int

    def parcel(self) -> tuple[Task, bytes]:
        """The task without its payload, and the payload: sent apart, as bytes, never pickled."""
        return replace(self, payload=b""), self.payload


@dataclass(frozen=True, slots=True)
class Decoded:
    """What decoding found: measurements, EXIF, or a problem and its reason."""

    problem: Problem | None = None
    reason: str | None = None
    format: str | None = None
    width: int | None = None
    height: int | None = None
    frames: int | None = None
    duration_s: float | None = None
    exif: Exif | None = None
    created: datetime | None = None  # a video's creation time, UTC
    created_zoned: bool = False  # True when it carried its own offset (not just "UTC" by spec)
    fingerprint: str | None = None  # see verify/lookalike.py: finds re-sent and re-used photos


def bomb(pixels: int | None, max_pixels: int, size: str = "") -> Decoded:
    claimed = f"{pixels / 1e6:,.0f} megapixels" if pixels is not None else "too many pixels"
    return Decoded("bomb", f"{size}{claimed}; the limit is {max_pixels / 1e6:g}")


def claimed_pixels(error: Exception) -> int | None:
    """The pixel count in Pillow's bomb message ("Image size (4364696535 pixels) exceeds…")."""
    match = re.search(r"\((\d+) pixels\)", str(error))
    return int(match.group(1)) if match else None


def why(error: Exception) -> str:
    """A decoder's complaint, short enough for a note."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 120 else text[:119] + "…"


def _pillow_tags(image: Image.Image) -> Tags:
    """EXIF tags as Pillow reads them (after a full load, so PNG eXIf chunks are found)."""
    try:
        exif = image.getexif()
        sub_ifds = {ifd: dict(exif.get_ifd(ifd)) for ifd in _PILLOW_EXIF_IFDS}
        return tags_from_pillow(dict(exif), sub_ifds)
    except Exception:  # corrupt EXIF makes Pillow raise many kinds of errors
        return {}


def _load_all_frames(image: Image.Image) -> int:
    """Decode every frame (so damage anywhere is found); the frame count."""
    frames = int(getattr(image, "n_frames", 1) or 1)
    image.load()
    for index in range(1, frames):
        image.seek(index)
        image.load()
    image.seek(0)
    return frames


def _open_and_load(task: Task) -> Decoded:
    """Open with the sniffed format's plugin only, check the size, decode every frame."""
    try:
        image = Image.open(io.BytesIO(task.payload), formats=list(task.pillow_formats))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        return bomb(claimed_pixels(exc), task.max_pixels)
    except MemoryError:
        return Decoded("too_large")
    except Exception:
        return Decoded("unsupported", "its content is not valid for that format")
    with image:
        width, height = image.size
        size = f"{width}×{height} pixels, "
        if width * height > task.max_pixels:
            return bomb(width * height, task.max_pixels, size)
        _reduced(image)
        try:
            frames = _load_all_frames(image)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            return bomb(claimed_pixels(exc), task.max_pixels, size)
        except MemoryError:
            return Decoded("too_large")
        except Exception as exc:
            return Decoded("truncated", why(exc))
        tags = merge(tags_from_exifread(task.payload), _pillow_tags(image))
        return Decoded(
            format=image.format,
            width=width,
            height=height,
            frames=frames,
            exif=exif_from_tags(tags),
            fingerprint=_fingerprint(image),
        )


def _reduced(image: Image.Image) -> None:
    """A JPEG decoded at 1/2 to 1/8 of its size by libjpeg's DCT scaling, still at least
    THUMB_SIDE pixels a side for the fingerprint: every byte is still decoded (damage is
    found as before), but the pixels of a 60-megapixel photo take 3 MB, not 180 MB.
    Width and height are read before."""
    if image.format == "JPEG":
        image.draft(None, (THUMB_SIDE, THUMB_SIDE))


def _fingerprint(image: Image.Image) -> str | None:
    """The photo's fingerprint from the pixels already decoded; None if it cannot be made."""
    try:
        return fingerprint(image)
    except Exception:  # a fingerprint is a help for the curator, never a reason to fail
        return None


@contextmanager
def pixel_limit(max_pixels: int) -> Iterator[None]:
    """Pillow's pixel limit set; its warnings silenced except the bomb's, which is raised."""
    Image.MAX_IMAGE_PIXELS = max_pixels
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        yield


def decode_image(task: Task) -> Decoded:
    """Decode an image under the pixel limit; Pillow's warnings are silenced except the bomb's."""
    with pixel_limit(task.max_pixels):
        try:
            return _open_and_load(task)
        except MemoryError:
            return Decoded("too_large")
        except Exception as exc:  # a last guard: a stage must never raise
            return Decoded("unsupported", why(exc))


def decode(task: Task) -> Decoded:
    """Decode one payload as the image or video that sniffing says it is."""
    if task.family == "video":
        from ipom_mail.pipeline.media.video import decode_video

        return decode_video(task.payload)
    return decode_image(task)

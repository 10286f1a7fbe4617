"""Web copies of stored photos, made in the bounded decoder processes intake uses.

The copy (media/webcopy.py) is re-encoded with an allow-list of metadata:
no GPS, serial numbers, owner, artist, MakerNote or XMP. A 169-megapixel
PNG is decoded in a worker under `[limits] decode_memory_mb` and the time
bound, never in the curator's process; a file that cannot be copied gets its
reason in words. HEIC, AVIF, TIFF and 16-bit PNG are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ipom_mail.config import LimitsConfig
from ipom_mail.pipeline.media.pool import DecoderUnavailable, decode_all
from ipom_mail.pipeline.media.webcopy import CopyTask

COPY_TIME_FACTOR = 3  # a copy decodes, resizes and encodes: more than intake's decoding


@dataclass(frozen=True, slots=True)
class WebCopy:
    """The copy written, or None and why not (a phrase such as "over the 20 seconds allowed")."""

    path: Path | None
    reason: str | None = None


def copy_name(sha256: str, max_side: int, animated: bool) -> str:
    """`<sha256>-<side>.jpg`, or `.webp` for an animation (it stays animated)."""
    return f"{sha256}-{max_side}.{'webp' if animated else 'jpg'}"


def web_copy(
    source: Path,
    out_dir: Path,
    sha256: str,
    max_side: int,
    limits: LimitsConfig | None = None,
    animate: bool = False,
) -> WebCopy:
    """Write the web copy of `source` under out_dir (kept when already there)."""
    limits = limits or LimitsConfig()
    target = out_dir / copy_name(sha256, max_side, animate)
    if target.is_file():
        return WebCopy(target)
    out_dir.mkdir(parents=True, exist_ok=True)
    max_pixels = max(1, int(limits.max_image_megapixels * 1_000_000))
    task = CopyTask(str(source), str(target), max_side, max_pixels, animate)
    timeout = limits.decode_timeout_seconds * COPY_TIME_FACTOR
    try:
        [made] = decode_all([task], limits.decode_memory_mb, timeout)
    except DecoderUnavailable as exc:
        return WebCopy(None, str(exc))
    if made.problem is not None or not target.is_file():
        return WebCopy(None, made.reason or _PROBLEMS.get(made.problem or "", "it failed"))
    return WebCopy(target)


_PROBLEMS = {
    "too_large": "it needs more memory than the decoder may use ([limits] decode_memory_mb)",
    "bomb": "it has more pixels than [limits] max_image_megapixels allows",
    "timeout": "it took longer than the time allowed",
}

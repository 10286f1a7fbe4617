"""The media stage: every attachment sniffed, opened under limits, measured, explained.

`extract_media(parts, limits)` returns one MediaItem per Part, in order. The
type comes from the bytes, never from the name or Content-Type. Cheap verdicts
(empty, over the size limit, not an image) are reached in this process; real
decoding happens in a pool of worker processes with a memory cap and a
per-file time bound, so a hostile file becomes an item of kind "other" with a
problem code and a sentence in `notes` — and the photo beside it still counts.
Media writes no files.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ipom_mail.config import LimitsConfig
from ipom_mail.pipeline.media.decode import Decoded, Task
from ipom_mail.pipeline.media.describe import describe_problem, describe_size, video_time_note
from ipom_mail.pipeline.media.exif import camera_name
from ipom_mail.pipeline.media.names import display_name, label
from ipom_mail.pipeline.media.pool import (
    DecoderUnavailable,
    Decoding,
    shutdown_pool,
    start_decoding,
)
from ipom_mail.pipeline.media.sniff import Sniffed, sniff
from ipom_mail.pipeline.media.when import taken_at
from ipom_mail.pipeline.values import Media, MediaItem, MediaKind, Part, Problem

__all__ = ["DecoderUnavailable", "MediaUnderWay", "extract_media", "shutdown_pool", "start_media"]

_ANIMATED_FORMATS = frozenset({"GIF", "WEBP", "PNG", "AVIF"})
_MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class _Seen:
    """What is known of a part before decoding."""

    name: str | None
    label: str
    sha256: str
    size: int
    sniffed: Sniffed | None


def _look(part: Part, index: int) -> _Seen:
    """What is seen of a part before decoding, but its hash (`_hashed`)."""
    name = display_name(part.filename)
    payload = part.payload
    sniffed = sniff(payload) if payload else None
    return _Seen(name, label(name, index), "", len(payload), sniffed)


def _hashed(seen: _Seen, part: Part) -> _Seen:
    return replace(seen, sha256=hashlib.sha256(part.payload).hexdigest())


def _rejected(seen: _Seen, problem: Problem, note: str) -> MediaItem:
    mime = seen.sniffed.mime if seen.sniffed else None
    return MediaItem(seen.name, seen.sha256, seen.size, "other", mime, problem=problem, note=note)


def _without_decoding(seen: _Seen, limits: LimitsConfig) -> MediaItem | None:
    """The item for parts judged on their bytes alone (empty, too big, not an image), else None."""
    if seen.size == 0:
        return _rejected(
            seen, "empty", f"{seen.label}: the file is empty (0 bytes); it was ignored"
        )
    if seen.size > limits.max_attachment_mb * _MIB:
        note = describe_size(seen.label, seen.size, limits.max_attachment_mb)
        return _rejected(seen, "too_large", note)
    sniffed = seen.sniffed
    assert sniffed is not None
    if sniffed.family == "other":
        text = sniffed.description
        what = text if text.startswith("not ") else f"{text}, not an image"
        return _rejected(seen, "not_image", f"{seen.label}: the file is {what}; it was ignored")
    if sniffed.family == "unsupported":
        note = (
            f"{seen.label}: the file is {sniffed.description}, which cannot be read here; "
            "please send it as JPEG, PNG, TIFF, HEIC or MP4"
        )
        return _rejected(seen, "unsupported", note)
    return None


def _task(seen: _Seen, payload: bytes, limits: LimitsConfig) -> Task:
    sniffed = seen.sniffed
    assert sniffed is not None and sniffed.family in ("image", "video")
    family: Literal["image", "video"] = "video" if sniffed.family == "video" else "image"
    max_pixels = max(1, int(limits.max_image_megapixels * 1_000_000))
    return Task(payload, family, sniffed.pillow_formats, max_pixels)


def _kind(seen: _Seen, decoded: Decoded) -> MediaKind:
    if seen.sniffed is not None and seen.sniffed.family == "video":
        return "animation"
    if (decoded.frames or 1) > 1 and decoded.format in _ANIMATED_FORMATS:
        return "animation"
    return "photo"


def _decoded_item(seen: _Seen, decoded: Decoded, limits: LimitsConfig) -> MediaItem:
    """The item for a decoded part: measurements, camera, UT time and remarks."""
    if decoded.problem is not None:
        assert seen.sniffed is not None
        note = describe_problem(seen.label, seen.sniffed.description, decoded)
        return _rejected(seen, decoded.problem, note)
    kind, exif = _kind(seen, decoded), decoded.exif
    when = taken_at(exif)
    moment, source = when.when, when.source
    notes = [f"{seen.label}: {remark}" for remark in when.remarks]
    if moment is None and decoded.created is not None:
        moment, source = decoded.created, "exif"
        if not decoded.created_zoned:
            notes.append(video_time_note(seen.label, decoded.created))
    width, height = decoded.width or 0, decoded.height or 0
    is_image = seen.sniffed is not None and seen.sniffed.family == "image"
    if is_image and width < limits.min_photo_pixels and height < limits.min_photo_pixels:
        kind = "other"  # its time remarks do not matter: it is not the photo
        notes = [
            f"{seen.label} is {width}×{height} pixels: too small to be the photo (a logo or icon?)"
        ]
    return MediaItem(
        filename=seen.name,
        sha256=seen.sha256,
        size=seen.size,
        kind=kind,
        mime=seen.sniffed.mime if seen.sniffed else None,
        width=decoded.width,
        height=decoded.height,
        frames=decoded.frames,
        duration_s=decoded.duration_s,
        camera=camera_name(exif.make, exif.model) if exif else None,
        lens=exif.lens if exif else None,
        taken_at=moment,
        taken_at_source=source,
        exif=exif,
        note=" ".join(notes) or None,
        fingerprint=decoded.fingerprint if kind != "other" else None,
    )


def _notes(items: Sequence[MediaItem]) -> tuple[str, ...]:
    return tuple(item.note for item in items if item.note)


def extract_media(parts: Sequence[Part], limits: LimitsConfig) -> Media:
    """One MediaItem per part, in order; problems are items of kind "other", never exceptions.

    Raises DecoderUnavailable only when no decoder process can be started at all
    (an environment fault: the message should be retried, not judged).
    """
    return start_media(parts, limits).media()


class MediaUnderWay:
    """The media stage begun: its files decoding in the decoder processes. `media()` must
    be called (it releases the decoders)."""

    def __init__(self, parts: Sequence[Part], limits: LimitsConfig) -> None:
        self.limits = limits
        looked = [_look(part, i) for i, part in enumerate(parts)]
        self.todo = [i for i, seen in enumerate(looked) if _without_decoding(seen, limits) is None]
        tasks = [_task(looked[i], parts[i].payload, limits) for i in self.todo]
        self.decoding: Decoding = start_decoding(
            tasks, limits.decode_memory_mb, limits.decode_timeout_seconds
        )
        # each part hashed once, while the files decode
        self.seen = [_hashed(seen, part) for seen, part in zip(looked, parts, strict=True)]
        self.items: list[MediaItem | None] = [_without_decoding(s, limits) for s in self.seen]

    @property
    def decoding_files(self) -> bool:
        """Whether any file is decoding in the decoder processes (work to overlap with)."""
        return bool(self.todo)

    def media(self) -> Media:
        """Wait for the decoders' answers: the Media."""
        answers = self.decoding.answers()
        items = list(self.items)
        for index, decoded in zip(self.todo, answers, strict=True):
            items[index] = _decoded_item(self.seen[index], decoded, self.limits)
        done = [item for item in items if item is not None]
        return Media(items=tuple(done), notes=_notes(done))


def start_media(parts: Sequence[Part], limits: LimitsConfig) -> MediaUnderWay:
    """Begin the media stage and return while the decoders work (see `MediaUnderWay`)."""
    return MediaUnderWay(parts, limits)

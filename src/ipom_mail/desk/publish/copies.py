"""What the post and the gallery publish of one stored file: a web copy, a video, or a reason.

Photos become re-encoded web copies (animations stay animated); videos are
remuxed without metadata and get a still frame. Nothing is ever copied
as it was sent, so a file that cannot be cleaned is left out with one line
saying why.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from ipom_mail.config import LimitsConfig
from ipom_mail.desk.publish.entries import Photo
from ipom_mail.desk.publish.images import copy_name, web_copy
from ipom_mail.desk.publish.video import remux, still_frame
from ipom_mail.store.archive import extension_for


@dataclass(frozen=True, slots=True)
class Copies:
    """File names under the folder (None: none made) and, when something is missing, why."""

    still: str | None
    video: str | None
    problem: str | None = None


def _label(photo: Photo) -> str:
    what = "video" if (photo.mime or "").startswith("video/") else photo.kind
    return f"{what} {photo.sha256[:12]}"


def _video(photo: Photo, out_dir: Path, max_side: int, limits: LimitsConfig) -> Copies:
    target = out_dir / f"{photo.sha256}.{extension_for(photo.mime)}"
    if not target.is_file():
        out_dir.mkdir(parents=True, exist_ok=True)
        failed = remux(photo.source, target)
        if failed is not None:
            return Copies(None, None, f"{_label(photo)} not published: {failed}")
    made = out_dir / copy_name(photo.sha256, max_side, animated=False)
    if made.is_file():
        return Copies(made.name, target.name)
    with tempfile.TemporaryDirectory(prefix="ipom-still-") as folder:
        frame = Path(folder) / "still.png"
        failed = still_frame(target, frame)
        still = web_copy(frame, out_dir, photo.sha256, max_side, limits) if not failed else None
    if still is None or still.path is None:
        why = failed or (still.reason if still else None)
        return Copies(None, target.name, f"{_label(photo)}: no still frame: {why}")
    return Copies(still.path.name, target.name)


def publish_media(
    photo: Photo, out_dir: Path, max_side: int, limits: LimitsConfig | None = None
) -> Copies:
    """The web copy (or remuxed video and its still) of one photo under out_dir."""
    limits = limits or LimitsConfig()
    if not photo.source.is_file():
        return Copies(None, None, f"{_label(photo)}: its stored file is missing")
    if (photo.mime or "").startswith("video/"):
        return _video(photo, out_dir, max_side, limits)
    animated = photo.kind == "animation"
    copy = web_copy(photo.source, out_dir, photo.sha256, max_side, limits, animate=animated)
    if copy.path is None:
        return Copies(None, None, f"{_label(photo)} not published: {copy.reason}")
    return Copies(copy.path.name, None)

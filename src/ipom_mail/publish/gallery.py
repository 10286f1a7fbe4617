"""`ipom gallery --month M|--all --out DIR`: a static HTML gallery that opens from the disk.

One index page of thumbnails (by sha256, GPS stripped) with each
submission's details; relative links only, no script, no server.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..store import Store
from .entries import submissions
from .render import environment, publish_media

THUMB_SIDE = 480
LARGE_SIDE = 1600


@dataclass(frozen=True, slots=True)
class Gallery:
    """The gallery's index page and how many submissions it shows."""

    index: Path
    entries: int


def write_gallery(store: Store, month: str | None, out: Path) -> Gallery:
    """Write index.html, thumbs/ and images/ under `out` (all submissions when month is None)."""
    entries = submissions(store, month)
    out.mkdir(parents=True, exist_ok=True)
    cards = []
    for entry in entries:
        thumbs = []
        for photo in entry.photos:
            thumb, clip = publish_media(photo, out / "thumbs", THUMB_SIDE)
            large, _ = publish_media(photo, out / "images", LARGE_SIDE) if thumb else (None, None)
            thumbs.append(
                {
                    "thumb": f"thumbs/{thumb}" if thumb else None,
                    "large": f"images/{large}" if large else None,
                    "video": f"thumbs/{clip}" if clip else None,
                    "camera": photo.camera,
                }
            )
        cards.append({"e": entry, "media": thumbs})
    title = (
        f"ISS Photo of the Month submissions — {month}"
        if month
        else "ISS Photo of the Month submissions"
    )
    index = out / "index.html"
    html = environment().get_template("gallery/index.html.j2").render(title=title, cards=cards)
    index.write_text(html, encoding="utf-8")
    return Gallery(index, len(entries))

"""`ipom gallery --month M|--all --out DIR`: a static HTML gallery that opens from the disk.

One index page of thumbnails (by sha256, without where or who) with each
submission's details; relative links only, no script, no server.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path

from ipom_mail.config import LimitsConfig
from ipom_mail.desk.publish.copies import publish_media
from ipom_mail.desk.publish.entries import Entry, submissions
from ipom_mail.desk.publish.ledger import publication, record
from ipom_mail.desk.publish.render import environment
from ipom_mail.store import Store

THUMB_SIDE = 480
LARGE_SIDE = 1600


@dataclass(frozen=True, slots=True)
class Gallery:
    """The gallery's index page and how many submissions it shows."""

    index: Path
    entries: int
    notes: tuple[str, ...] = ()  # one line per file left out or only partly published, and why


def _card(entry: Entry, out: Path, limits: LimitsConfig, notes: list[str]) -> dict[str, object]:
    """One submission's card: a thumbnail, a large copy and the video of each file."""
    thumbs = []
    for photo in entry.photos:
        small = publish_media(photo, out / "thumbs", THUMB_SIDE, limits)
        wanted = small.still and not small.video  # a video's still is its thumbnail only
        large = publish_media(photo, out / "images", LARGE_SIDE, limits) if wanted else None
        for made in (small, large):
            line = f"{entry.reference}: {made.problem}" if made and made.problem else None
            notes += [line] if line and line not in notes else []
        thumbs.append(
            {
                "thumb": f"thumbs/{small.still}" if small.still else None,
                "large": f"images/{large.still}" if large and large.still else None,
                "video": f"thumbs/{small.video}" if small.video else None,
                "camera": photo.camera,
            }
        )
    return {"e": entry, "media": thumbs}


def write_gallery(
    store: Store, month: str | None, out: Path, limits: LimitsConfig | None = None
) -> Gallery:
    """Write index.html, thumbs/ and images/ under `out` (all submissions when month is None)."""
    entries = submissions(store, month)
    out.mkdir(parents=True, exist_ok=True)
    notes: list[str] = []
    cards = [_card(entry, out, limits or LimitsConfig(), notes) for entry in entries]
    title = (
        f"ISS Photo of the Month submissions — {month}"
        if month
        else "ISS Photo of the Month submissions"
    )
    index = out / "index.html"
    html = environment().get_template("gallery/index.html.j2").render(title=title, cards=cards)
    index.write_text(html, encoding="utf-8")
    which = ["--month", month] if month else ["--all"]
    command = shlex.join(["ipom", "gallery", *which, "--out", str(out.absolute())])
    record(
        store,
        publication("gallery", [index], [out / "thumbs", out / "images"], entries, command, month),
    )
    return Gallery(index, len(entries), tuple(notes))

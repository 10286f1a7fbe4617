"""`ipom post --month M`: the month's Photos of the Month as Markdown and HTML.

In the style of the ISS Photo of the Month page: a month heading, the photo,
the photographer (linked to their own site or profile), their story, the
equipment, the time in UT and the flyby details. Web copies of the photos
go in `images/` beside the two files, re-encoded without where or who (copies.py).
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path

from ..config import LimitsConfig
from ..store import Store
from .copies import publish_media
from .entries import Entry, picks
from .ledger import publication, record
from .render import environment

WEB_SIDE = 1600


@dataclass(frozen=True, slots=True)
class Published:
    """The files written and how many entries they show."""

    markdown: Path
    html: Path
    entries: int
    missing_images: tuple[str, ...]  # references whose photo could not be made into a web copy
    notes: tuple[str, ...] = ()  # one line per file left out or only partly published, and why


def _images(
    entries: list[Entry], out: Path, limits: LimitsConfig, notes: list[str]
) -> tuple[list[dict[str, object]], list[str]]:
    shown: list[dict[str, object]] = []
    missing: list[str] = []
    for entry in entries:
        image = video = None
        for photo in entry.photos:
            made = publish_media(photo, out / "images", WEB_SIDE, limits)
            image, video = image or made.still, video or made.video
            notes += [f"{entry.reference}: {made.problem}"] if made.problem else []
        if image is None and video is None:
            missing.append(entry.reference)
        shown.append(
            {
                "e": entry,
                "image": f"images/{image}" if image else None,
                "video": f"images/{video}" if video else None,
            }
        )
    return shown, missing


def write_post(
    store: Store, month: str, out: Path, limits: LimitsConfig | None = None
) -> Published:
    """Write ipom-<month>.md and ipom-<month>.html (and images/) under `out`."""
    entries = picks(store, month)
    out.mkdir(parents=True, exist_ok=True)
    notes: list[str] = []
    shown, missing = _images(entries, out, limits or LimitsConfig(), notes)
    env = environment()
    markdown = out / f"ipom-{month}.md"
    html = out / f"ipom-{month}.html"
    context = {"month": month, "items": shown}
    markdown.write_text(env.get_template("post/post.md.j2").render(context), encoding="utf-8")
    html.write_text(env.get_template("post/post.html.j2").render(context), encoding="utf-8")
    command = shlex.join(["ipom", "post", "--month", month, "--out", str(out.absolute())])
    record(store, publication("post", [markdown, html], [out / "images"], entries, command, month))
    return Published(markdown, html, len(entries), tuple(missing), tuple(notes))

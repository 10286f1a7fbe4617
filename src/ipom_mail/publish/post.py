"""`ipom post --month M`: the month's Photo of the Month, ready to paste into the page.

An HTML fragment in the page's own shape (the month as heading, the photo
with a caption naming the photographer, the story, one details line, "More
of Maria’s work on their Instagram profile"), or with `document` a whole page
with its own style; and the same in Markdown. Web copies of the chosen photo
go in `images/` under readable ASCII names (`2024-06-maria-lopez.jpg`).
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..store import Store
from .credit import details, more_of
from .entries import Entry, picks
from .prose import paragraphs
from .render import environment, publish_media
from .slug import slug, unique_name

WEB_SIDE = 1600


@dataclass(frozen=True, slots=True)
class Published:
    """The files written and how many entries they show."""

    markdown: Path
    html: Path
    entries: int
    missing_images: tuple[str, ...]  # references whose photo could not be made into a web copy


class NoPick(LookupError):
    """The month has no pick: there is nothing to post."""


def image_stem(month: str, entry: Entry) -> str:
    """'2024-06-maria-lopez' (the reference when the name leaves no ASCII letters)."""
    return slug(month, entry.name) if slug(entry.name) else slug(month, entry.reference)


def _publish_photo(entry: Entry, month: str, out: Path, taken: set[str]) -> tuple[str | None, str]:
    """(file name under out/images, 'image'|'video') of the chosen photo; (None, '') when none."""
    photo = entry.photo()
    if photo is None:
        return None, ""
    with tempfile.TemporaryDirectory(dir=out) as work:
        copy, clip = publish_media(photo, Path(work), WEB_SIDE)
        made = copy or clip
        if made is None:
            return None, ""
        name = unique_name(image_stem(month, entry), made.rsplit(".", 1)[-1], taken)
        (out / "images").mkdir(exist_ok=True)
        shutil.move(Path(work) / made, out / "images" / name)
    return name, "image" if copy else "video"


def _items(
    entries: list[Entry], month: str, out: Path, base_url: str | None
) -> tuple[list[dict[str, object]], list[str]]:
    base = (base_url.rstrip("/") + "/") if base_url else "images/"
    taken: set[str] = set()
    items: list[dict[str, object]] = []
    missing: list[str] = []
    for entry in entries:
        name, kind = _publish_photo(entry, month, out, taken)
        if name is None:
            missing.append(entry.reference)
        items.append(
            {
                "e": entry,
                "image": base + name if name and kind == "image" else None,
                "video": base + name if name and kind == "video" else None,
                "link": entry.links[0] if entry.links else None,
                "paragraphs": paragraphs(
                    entry.story,
                    [*entry.links, entry.profile or ""],
                    [*entry.equipment, entry.location or ""],
                ),
                "details": details(entry),
                "more": more_of(entry),
            }
        )
    return items, missing


def write_post(
    store: Store, month: str, out: Path, *, base_url: str | None = None, document: bool = False
) -> Published:
    """Write ipom-<month>.html (a fragment, or a whole page) and ipom-<month>.md under `out`."""
    entries = picks(store, month)
    if not entries:
        raise NoPick(
            f"no photo is picked for {month}: pick one first (ipom pick REF --month {month})"
        )
    out.mkdir(parents=True, exist_ok=True)
    items, missing = _items(entries, month, out, base_url)
    env = environment()
    context = {"month": month, "items": items}
    markdown, html = out / f"ipom-{month}.md", out / f"ipom-{month}.html"
    page = "post/document.html.j2" if document else "post/fragment.html.j2"
    markdown.write_text(env.get_template("post/post.md.j2").render(context), encoding="utf-8")
    html.write_text(env.get_template(page).render(context), encoding="utf-8")
    return Published(markdown, html, len(entries), tuple(missing))

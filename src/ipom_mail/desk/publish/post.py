"""`ipom post --month M`: the month's Photo of the Month, ready to paste into the page.

An HTML fragment in the page's own shape (the month as heading, the photo
with a caption naming the photographer, the story, one details line, "More
of Maria’s work on their Instagram profile"), or with `document` a whole page
with its own style; and the same in Markdown. Web copies of the chosen photo
go in `images/` under readable ASCII names (`2024-06-maria-lopez.jpg`),
re-encoded without where or who (copies.py); the run is recorded for `forget`.
"""

from __future__ import annotations

import shlex
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ipom_mail.config import LimitsConfig
from ipom_mail.desk.publish.copies import publish_media
from ipom_mail.desk.publish.credit import details, more_of
from ipom_mail.desk.publish.entries import Entry, picks
from ipom_mail.desk.publish.ledger import publication, record
from ipom_mail.desk.publish.prose import paragraphs
from ipom_mail.desk.publish.render import environment
from ipom_mail.desk.publish.slug import slug, unique_name
from ipom_mail.store import Store

WEB_SIDE = 1600


@dataclass(frozen=True, slots=True)
class Published:
    """The files written and how many entries they show."""

    markdown: Path
    html: Path
    entries: int
    missing_images: tuple[str, ...]  # references whose photo could not be made into a web copy
    notes: tuple[str, ...] = ()  # one line per file left out or only partly published, and why


class NoPick(LookupError):
    """The month has no pick: there is nothing to post."""


def image_stem(month: str, entry: Entry) -> str:
    """'2024-06-maria-lopez' (the reference when the name leaves no ASCII letters)."""
    return slug(month, entry.name) if slug(entry.name) else slug(month, entry.reference)


@dataclass(frozen=True, slots=True)
class _Shown:
    """The files published for one entry, under images/ (None: not made)."""

    image: str | None = None  # a photo's web copy, or a video's still frame
    video: str | None = None
    sha256: str | None = None


def _publish_photo(
    entry: Entry, month: str, out: Path, taken: set[str], limits: LimitsConfig, notes: list[str]
) -> _Shown:
    """Web copy (or remuxed video and its still) of the chosen photo, under readable names."""
    photo = entry.photo()
    if photo is None:
        return _Shown()
    names: dict[str, str] = {}
    with tempfile.TemporaryDirectory(dir=out) as work:
        made = publish_media(photo, Path(work), WEB_SIDE, limits)
        if made.problem:
            notes.append(f"{entry.reference}: {made.problem}")
        stem = image_stem(month, entry)
        for key, name in (("video", made.video), ("image", made.still)):
            if name is None:
                continue
            own = stem + ("-still" if key == "image" and made.video else "")
            names[key] = unique_name(own, name.rsplit(".", 1)[-1], taken)
            (out / "images").mkdir(exist_ok=True)
            shutil.move(Path(work) / name, out / "images" / names[key])
    return _Shown(names.get("image"), names.get("video"), photo.sha256)


def _items(
    entries: list[Entry], month: str, out: Path, base_url: str | None, limits: LimitsConfig
) -> tuple[list[dict[str, object]], list[str], list[str], list[_Shown]]:
    base = (base_url.rstrip("/") + "/") if base_url else "images/"
    taken: set[str] = set()
    items: list[dict[str, object]] = []
    missing: list[str] = []
    notes: list[str] = []
    shown: list[_Shown] = []
    for entry in entries:
        made = _publish_photo(entry, month, out, taken, limits, notes)
        shown.append(made)
        if made.image is None and made.video is None:
            missing.append(entry.reference)
        items.append(
            {
                "e": entry,
                "image": base + made.image if made.image and not made.video else None,
                "video": base + made.video if made.video else None,
                "poster": base + made.image if made.image and made.video else None,
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
    return items, missing, notes, shown


def write_post(
    store: Store,
    month: str,
    out: Path,
    *,
    base_url: str | None = None,
    document: bool = False,
    limits: LimitsConfig | None = None,
) -> Published:
    """Write ipom-<month>.html (a fragment, or a whole page) and ipom-<month>.md under `out`."""
    entries = picks(store, month)
    if not entries:
        raise NoPick(
            f"no photo is picked for {month}: pick one first (ipom pick REF --month {month})"
        )
    out.mkdir(parents=True, exist_ok=True)
    items, missing, notes, shown = _items(entries, month, out, base_url, limits or LimitsConfig())
    env = environment()
    context = {"month": month, "items": items}
    markdown, html = out / f"ipom-{month}.md", out / f"ipom-{month}.html"
    page = "post/document.html.j2" if document else "post/fragment.html.j2"
    markdown.write_text(env.get_template("post/post.md.j2").render(context), encoding="utf-8")
    html.write_text(env.get_template(page).render(context), encoding="utf-8")
    command = shlex.join(["ipom", "post", "--month", month, "--out", str(out.absolute())])
    named = [
        (s.sha256, out / "images" / name)
        for s in shown
        if s.sha256
        for name in (s.image, s.video)
        if name
    ]
    record(store, publication("post", [markdown, html], [], entries, command, month, named))
    return Published(markdown, html, len(entries), tuple(missing), tuple(notes))

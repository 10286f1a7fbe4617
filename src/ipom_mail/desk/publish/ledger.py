"""Where `post` and `gallery` published what, kept in the event log for `forget`.

Each run records its page, its copy folders and the references and sha256
of the files it showed (event kind "published"). `forget` reads these to
remove a sender's published copies and name the pages that showed them,
then scrubs the sender's references and hashes from the records.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ipom_mail.desk.publish.entries import Entry
from ipom_mail.store import Store
from ipom_mail.store.events import add_event, event_details, rewrite_events

KIND = "published"
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class Publication:
    """One written page: the command that made it, its copy folders, what it showed."""

    what: str  # "post" or "gallery"
    pages: tuple[Path, ...]
    folders: tuple[Path, ...]
    references: tuple[str, ...]
    sha256: tuple[str, ...]
    command: str  # how to write the page again
    month: str | None = None  # the month it showed (None: a gallery of every submission)
    named: tuple[tuple[str, Path], ...] = ()  # (sha256, file) copies under readable names


def record(store: Store, publication: Publication) -> None:
    """Add the publication to the event log."""
    detail = {
        "what": publication.what,
        "pages": [str(p) for p in publication.pages],
        "folders": [str(f) for f in publication.folders],
        "references": list(publication.references),
        "sha256": list(publication.sha256),
        "command": publication.command,
        "month": publication.month,
        "named": [[sha, str(path)] for sha, path in publication.named],
    }
    add_event(store, KIND, json.dumps(detail))


def publication(
    what: str,
    pages: Iterable[Path],
    folders: Iterable[Path],
    entries: Iterable[Entry],
    command: str,
    month: str | None,
    named: Iterable[tuple[str, Path]] = (),
) -> Publication:
    """The record of pages that showed `entries` (paths made absolute)."""
    shown = list(entries)
    return Publication(
        what,
        tuple(p.absolute() for p in pages),
        tuple(f.absolute() for f in folders),
        tuple(e.reference for e in shown),
        tuple(p.sha256 for e in shown for p in e.photos),
        command,
        month,
        tuple((sha, path.absolute()) for sha, path in named),
    )


def _read(detail: str | None) -> Publication | None:
    try:
        data = json.loads(detail or "")
        return Publication(
            str(data["what"]),
            tuple(Path(p) for p in data["pages"]),
            tuple(Path(f) for f in data["folders"]),
            tuple(str(r) for r in data["references"]),
            tuple(str(s) for s in data["sha256"]),
            str(data["command"]),
            data.get("month") if isinstance(data.get("month"), str) else None,
            tuple((str(sha), Path(path)) for sha, path in data.get("named", [])),
        )
    except (ValueError, KeyError, TypeError):
        return None


def showing(store: Store, references: set[str], sha256: set[str]) -> list[Publication]:
    """The latest publication of each page that showed any of these references or files."""
    latest: dict[tuple[Path, ...], Publication] = {}
    for detail in event_details(store, KIND):
        found = _read(detail)
        if found is not None and (references & set(found.references) or sha256 & set(found.sha256)):
            latest[found.pages] = found
    return list(latest.values())


def copies(publications: Iterable[Publication], sha256: set[str]) -> list[Path]:
    """The published files (web copies, stills, videos) of these hashes that are still there."""
    found = {
        path
        for pub in publications
        for folder in pub.folders
        for sha in sorted(sha256)
        if _SHA256.fullmatch(sha)  # never a pattern from elsewhere
        for path in folder.glob(f"{sha}*")
        if path.is_file()
    }
    found |= {
        path for pub in publications for sha, path in pub.named if sha in sha256 and path.is_file()
    }
    return sorted(found)


def scrub(store: Store, references: set[str], sha256: set[str]) -> None:
    """Drop these references and hashes from every publication record."""

    def without(detail: str | None) -> str | None:
        if _read(detail) is None:
            return None
        data = json.loads(detail or "{}")
        refs = [r for r in data["references"] if r not in references]
        shas = [s for s in data["sha256"] if s not in sha256]
        named = [n for n in data.get("named", []) if n[0] not in sha256]
        if (refs, shas, named) == (data["references"], data["sha256"], data.get("named", [])):
            return None
        data.update(references=refs, sha256=shas, named=named)
        return json.dumps(data)

    rewrite_events(store, KIND, without)

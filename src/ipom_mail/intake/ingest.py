"""`ipom ingest`: the same pipeline and store on .eml files, mbox files and Maildirs.

For a backlog or a migration. The standard library's `mailbox` reads mbox and
Maildir; each message is read one at a time, so a large mbox is never held
in memory.
"""

from __future__ import annotations

import mailbox as stdlib_mailbox
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ipom_mail.config import Config
from ipom_mail.intake.take_in import Tally, take_in
from ipom_mail.store import Origin, Store

Advance = Callable[[], None]


@dataclass(frozen=True, slots=True)
class Source:
    """One message to ingest: a label for the summary and how to read its bytes."""

    label: str
    kind: str  # file | mbox | maildir
    read: Callable[[], bytes]


class IngestError(Exception):
    """A path that cannot be ingested at all (missing, unreadable)."""


def _is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def _is_mbox(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(5) == b"From "
    except OSError as exc:
        raise IngestError(f"{path}: cannot read it: {exc.strerror or exc}") from None


def _from_box(
    box: stdlib_mailbox.Mailbox[stdlib_mailbox.Message], label: str, kind: str
) -> Iterator[Source]:
    try:
        for key in box.iterkeys():

            def read(key: str = key) -> bytes:
                return box.get_bytes(key)

            yield Source(f"{label}#{key}", kind, read)
    finally:
        box.close()


def sources(paths: list[Path]) -> Iterator[Source]:
    """Every message under the given paths, in a stable order."""
    for path in paths:
        if not path.exists():
            raise IngestError(f"{path}: no such file or folder")
        if path.is_dir() and _is_maildir(path):
            yield from _from_box(stdlib_mailbox.Maildir(path, create=False), str(path), "maildir")
        elif path.is_dir():
            yield from sources(sorted(p for p in path.iterdir() if not p.name.startswith(".")))
        elif _is_mbox(path):
            yield from _from_box(stdlib_mailbox.mbox(path, create=False), str(path), "mbox")
        else:
            yield Source(str(path), "file", path.read_bytes)


def count(paths: list[Path]) -> int:
    """How many messages `sources` will yield (for the progress bar)."""
    return sum(1 for _ in sources(paths))


def ingest(
    paths: list[Path], config: Config, store: Store, advance: Advance | None = None
) -> Tally:
    """Take in every message under `paths`; one that fails is recorded, the rest go on."""
    tally = Tally()
    for source in sources(paths):
        origin = Origin(mailbox=None, uidvalidity=None, uid=None, source=source.kind)
        try:
            raw = source.read()
        except OSError as exc:
            tally.statuses["failed"] += 1
            tally.failures.append(f"{source.label}: cannot read it: {exc.strerror or exc}")
        else:
            tally.add(take_in(raw, origin, store, config), source.label)
        if advance is not None:
            advance()
    return tally

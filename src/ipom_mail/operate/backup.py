"""`ipom backup DEST`: a consistent copy of the database and the storage folder, safe while serving.

SQLite is copied through its online backup API (a consistent snapshot even
while a poll writes), *then* the storage folder is copied: every file a
committed row names was made durable before that commit, so it is in the copy.
Files added after the snapshot are harmless extras. For PostgreSQL the
database is left to pg_dump (the line is printed and written to RESTORE.txt).

Layout of DEST: `storage/` is a ready-to-use storage folder (with the SQLite
database in it when it lives there); RESTORE.txt says how to put it back.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ipom_mail.config import Config
from ipom_mail.store import StoreError, storage_root
from ipom_mail.store.archive import TEMP_PREFIX
from ipom_mail.store.backup import DatabasePlace, database_place, sqlite_snapshot

SKIP_NAMES = ("poll.lock",)
SKIP_SUFFIXES = ("-wal", "-shm", "-journal")


class BackupError(Exception):
    """The backup cannot be made; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class BackupResult:
    """What was copied where; `pg_dump` is the command still to run for PostgreSQL."""

    dest: Path
    database: Path | None
    files: int
    size: int
    pg_dump: str | None
    restore: str


def backup(config: Config, dest: Path) -> BackupResult:
    """Copy the database (SQLite) and the storage folder into `dest` (new or empty)."""
    root = storage_root(config)
    try:
        place = database_place(config)
    except StoreError as exc:
        raise BackupError(str(exc)) from None
    if not root.is_dir():
        raise BackupError(f"the storage folder {root} does not exist: nothing to back up")
    dest = dest.absolute()
    _prepare(dest)
    target_storage = dest / "storage"
    database, pg_dump = None, None
    if place.backend == "sqlite":
        source = place.sqlite_file or Path()
        inside = source.parent == root
        database = (target_storage if inside else dest) / source.name
        target_storage.mkdir()
        _sqlite_copy(source, database)
    else:
        pg_dump = pg_dump_line(place, dest / "ipom.pgdump")
    files, size = _copy_tree(root, target_storage, skip=_skipper(place))
    restore = restore_text(config, dest, database, place)
    (dest / "RESTORE.txt").write_text(restore, encoding="utf-8")
    return BackupResult(dest, database, files, size, pg_dump, restore)


def _prepare(dest: Path) -> None:
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise BackupError(f"{dest} exists and is not an empty folder — name a new folder")
    try:
        dest.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BackupError(f"cannot create {dest}: {exc.strerror}") from None


def _sqlite_copy(source: Path, target: Path) -> None:
    """A consistent snapshot of a live SQLite database."""
    if not source.is_file():
        raise BackupError(f"there is no database at {source}: run `ipom init` first")
    try:
        sqlite_snapshot(source, target)
    except StoreError as exc:
        raise BackupError(str(exc)) from None


def _skipper(place: DatabasePlace) -> Callable[[Path], bool]:
    """Which files not to copy: the live database (copied above), locks, temp files."""
    live = place.sqlite_file.name if place.sqlite_file is not None else None

    def skipped(path: Path) -> bool:
        name = path.name
        if live is not None and (name == live or name.startswith(live + "-")):
            return True
        return name in SKIP_NAMES or name.startswith(TEMP_PREFIX) or name.endswith(SKIP_SUFFIXES)

    return skipped


def _copy_tree(source: Path, target: Path, skip: Callable[[Path], bool]) -> tuple[int, int]:
    """Copy regular files (with their times and modes); return (count, bytes)."""
    files = size = 0
    for dirpath, dirs, names in os.walk(source):
        here = Path(dirpath)
        out = target / here.relative_to(source)
        out.mkdir(parents=True, exist_ok=True)
        shutil.copystat(here, out)
        dirs.sort()
        for name in sorted(names):
            path = here / name
            if skip(path) or not path.is_file() or path.is_symlink():
                continue
            with contextlib.suppress(FileNotFoundError):  # removed meanwhile
                shutil.copy2(path, out / name)
                files += 1
                size += path.stat().st_size
    return files, size


def pg_dump_line(place: DatabasePlace, out: Path) -> str:
    """The pg_dump command for this database (no password in it: use ~/.pgpass or PGPASSWORD)."""
    url = place.libpq_url or ""
    return shlex.join(["pg_dump", "--format=custom", "--no-owner", f"--file={out}", url])


def restore_text(config: Config, dest: Path, database: Path | None, place: DatabasePlace) -> str:
    """The restore steps for this backup, with this installation's paths."""
    root = storage_root(config)
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    steps = [
        f"# ipom-mail backup made {stamp}",
        "# To restore: stop `ipom serve` (and the cron poll) first, then:",
        f"mv {shlex.quote(str(root))} {shlex.quote(str(root) + '.old')}",
        f"cp -a {shlex.quote(str(dest / 'storage'))} {shlex.quote(str(root))}",
    ]
    if database is not None and database.parent != dest / "storage":
        steps.append(f"cp {shlex.quote(str(database))} {shlex.quote(str(place.sqlite_file or ''))}")
    if place.backend == "postgresql":
        plain = place.libpq_url or ""
        steps.append("# the password comes from PGPASSWORD, ~/.pgpass or PGPASSFILE")
        dump = shlex.quote(str(dest / "ipom.pgdump"))
        steps.append(
            f"pg_restore --clean --if-exists --no-owner --dbname={shlex.quote(plain)} {dump}"
        )
    steps += ["ipom doctor", "# then start the service again", ""]
    return "\n".join(steps)

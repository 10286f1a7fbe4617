"""The database's side of `ipom backup`: where it lives, and a consistent SQLite snapshot.

The folder copy, the pg_dump line and the restore steps are `operate/backup`'s;
this module answers what they need to know about the database.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from ipom_mail.config import Config
from ipom_mail.store.db import StoreError, database_url


@dataclass(frozen=True, slots=True)
class DatabasePlace:
    """The configured database: a SQLite file, or a PostgreSQL URL as libpq takes it."""

    backend: str  # "sqlite" | "postgresql"
    sqlite_file: Path | None  # SQLite: the database file
    libpq_url: str | None  # PostgreSQL: the URL without any password


def database_place(config: Config) -> DatabasePlace:
    """Where the configured database is; StoreError when the URL is not one ipom takes."""
    url = database_url(config)
    backend = url.get_backend_name()
    if backend == "sqlite":
        return DatabasePlace(backend, Path(url.database) if url.database else None, None)
    return DatabasePlace(backend, None, libpq_url(url))


def libpq_url(url: URL) -> str:
    """The database URL as libpq takes it, without any password (not even masked as `***`).

    `URL.set(password=None)` leaves the password as it is, so the URL is built
    again; the password then comes from PGPASSWORD, ~/.pgpass or PGPASSFILE.
    """
    plain = URL.create(
        "postgresql",
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
    return plain.render_as_string(hide_password=False)


def sqlite_snapshot(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database (its online backup API), as one file.

    StoreError when the copy fails; nothing is left at `target` then.
    """
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise StoreError(f"the SQLite backup of {source} failed: {exc}") from None
    finally:
        dst.close()
        src.close()

"""Where the data lives and how to connect: the storage folder and the database engine.

SQLite (the default, in the storage folder) runs with WAL, a busy timeout,
foreign keys on and synchronous=FULL so a commit is durable before the poller
moves a message; PostgreSQL is reached through psycopg 3.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DisconnectionError,
    InterfaceError,
    OperationalError,
    SQLAlchemyError,
)

from ipom_mail.config import Config
from ipom_mail.store.layout import SQLITE_NAME as SQLITE_NAME
from ipom_mail.store.layout import StoreError as StoreError
from ipom_mail.store.layout import storage_root as storage_root

LOGGERS = ("alembic", "sqlalchemy")  # the store's libraries' loggers, for who sets up logging


# What a database that fails mid-way raises (a lost server, a lock held too long):
# callers outside store/ catch it under this name and show `database_reason`.
DatabaseError = SQLAlchemyError


def database_reason(exc: BaseException) -> str:
    """The first line of what the database driver said, without SQLAlchemy's wrapping."""
    return str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]


def storage_problem(root: Path) -> str | None:
    """What keeps ipom from writing in the storage folder, as the line to act on; else None.

    A path that is a file, and a folder this user cannot write (a read-only
    mount, missing permission), found by trying: nothing else tells them apart
    from a database that does not answer. A folder that does not exist is None
    (the callers say to run `ipom init`).
    """
    if root.exists() and not root.is_dir():
        return (
            f"the storage path {root} is a file, not a folder — set [storage] path to a folder "
            "(or move the file away) and run `ipom init`"
        )
    if not root.is_dir():
        return None
    try:
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=root)
    except OSError as exc:
        return (
            f"the storage folder {root} is not writable ({exc.strerror}) — ipom keeps its "
            "database and the archived mail there: make it writable for this user "
            "(or remount it read-write)"
        )
    os.close(fd)
    os.unlink(probe)
    return None


def database_url(config: Config) -> URL:
    """The configured database URL; empty means SQLite in the storage folder."""
    raw = config.storage.database_url.strip()
    if not raw:
        return URL.create("sqlite", database=str(storage_root(config) / SQLITE_NAME))
    try:
        url = make_url(raw)
    except ArgumentError:
        raise StoreError(
            f"[storage] database_url {raw!r} is not a database URL; "
            "leave it empty for SQLite or use postgresql+psycopg://user@host/dbname"
        ) from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def describe(url: URL) -> str:
    """The URL as safe to show (no password)."""
    return url.render_as_string(hide_password=True)


def _sqlite_pragmas(busy_timeout_s: float) -> Callable[[Any, Any], None]:
    """Per connection: our own transaction control, WAL, busy timeout, foreign keys."""

    def connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy's begin event emits BEGIN itself
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_s * 1000)}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=FULL")
        finally:
            cursor.close()

    return connect


def _sqlite_begin(conn: Connection) -> None:
    """BEGIN IMMEDIATE for writers (no lock upgrade deadlock), plain BEGIN for readers."""
    writer = bool(conn.get_execution_options().get("ipom_write"))
    conn.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")


def make_engine(url: URL, busy_timeout_s: float = 30.0) -> Engine:
    """An engine for SQLite or PostgreSQL (psycopg 3); anything else is a StoreError.

    On SQLite, a writer waits `busy_timeout_s` for another program's lock, then fails.
    """
    backend = url.get_backend_name()
    if backend == "sqlite":
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": busy_timeout_s}
        )
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_s))
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if backend == "postgresql":
        return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    raise StoreError(
        f"[storage] database_url: {backend!r} is not supported; "
        "leave it empty for SQLite or use postgresql+psycopg://…"
    )


def message_fault(exc: BaseException) -> bool:
    """Whether storing a message failed for that message's own sake (its rows), not because
    the database or the disk cannot be used (locked, unreachable, read-only, full)."""
    if isinstance(exc, OSError | StoreError):
        return False
    return not isinstance(exc, OperationalError | InterfaceError | DisconnectionError)

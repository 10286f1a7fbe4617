"""Where the data lives and how to connect: the storage folder and the database engine.

SQLite (the default, in the storage folder) runs with WAL, a busy timeout,
foreign keys on and synchronous=FULL so a commit is durable before the poller
moves a message; PostgreSQL is reached through psycopg 3.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError

from ipom_mail.config import Config

SQLITE_NAME = "ipom.sqlite3"


class StoreError(Exception):
    """The store cannot be used; the message says what is wrong and what to do."""


def storage_root(config: Config) -> Path:
    """The storage folder; a relative path is relative to the config file's folder."""
    path = Path(config.storage.path).expanduser()
    if not path.is_absolute() and config.path is not None:
        path = config.path.resolve().parent / path
    return path.absolute()


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

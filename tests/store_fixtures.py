"""Fixtures for tests that need a database: SQLite always, PostgreSQL when it answers.

Load with `pytest_plugins = ["tests.store_fixtures"]`. `database_url` is
parametrised over a throw-away SQLite file and a throw-away PostgreSQL schema
(CREATE DATABASE ipom_test_<random> once per run at 127.0.0.1:5432, user
postgres, trust auth, and a fresh schema in it per test; all dropped
afterwards). PostgreSQL not answering skips those tests, except with CI=true,
where it fails them: CI must run both.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import socket
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from ipom_mail.config import Config, StorageConfig
from ipom_mail.pipeline.values import (
    CheckResult,
    Exif,
    Fields,
    Flyby,
    Header,
    Media,
    MediaItem,
    ParsedMessage,
    Part,
    Photographer,
    ReplyDecision,
    Verdict,
)
from tests.mailkit import email

PG_HOST = "127.0.0.1"
PG_PORT = 5432


def _postgres_answers() -> bool:
    """Whether something listens on PostgreSQL's port."""
    try:
        with socket.create_connection((PG_HOST, PG_PORT), timeout=1.0):
            return True
    except OSError:
        return False


def _require_postgres() -> None:
    """Skip (or, on CI, fail) when PostgreSQL is not there."""
    if _postgres_answers():
        return
    message = (
        f"PostgreSQL is not answering at {PG_HOST}:{PG_PORT}; start it (trust auth, "
        "user postgres, database test) to run the PostgreSQL half of the store tests"
    )
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def _admin(sql: str, database: str = "test") -> None:
    """Run one statement as postgres on `database`, outside a transaction."""
    import psycopg

    dsn = f"postgresql://postgres@{PG_HOST}:{PG_PORT}/{database}"
    with psycopg.connect(dsn, autocommit=True, connect_timeout=5) as conn:
        conn.execute(sql.encode())


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """One throw-away PostgreSQL database for the whole run (tests get a schema each)."""
    _require_postgres()
    name = f"ipom_test_{secrets.token_hex(6)}"
    _admin(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url(postgres_database: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL schema for one test (first on the search_path), dropped after.

    A schema per test is as isolated as a database for ipom (which uses the
    default schema) and far cheaper than CREATE DATABASE.
    """
    schema = f"t_{secrets.token_hex(6)}"
    _admin(f'CREATE SCHEMA "{schema}"', postgres_database)
    try:
        yield (
            f"postgresql+psycopg://postgres@{PG_HOST}:{PG_PORT}/{postgres_database}"
            f"?options=-csearch_path%3D{schema}"
        )
    finally:
        _admin(f"SET lock_timeout = '10s'; DROP SCHEMA \"{schema}\" CASCADE", postgres_database)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL for an empty database: SQLite in tmp_path, or a fresh PostgreSQL one."""
    if request.param == "sqlite":
        (tmp_path / "db").mkdir(exist_ok=True)
        return f"sqlite:///{tmp_path / 'db' / 'ipom.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


# For a test whose behaviour does not depend on the database (a login, a signal, a time
# bound, what the CLI prints): `database_url` is SQLite only, the default every user
# has (a clone without PostgreSQL still runs these). What does depend on the database
# (transactions, savepoints, the poll lock, the crash points) keeps both.
one_database = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def store_config(database_url: str, tmp_path: Path) -> Config:
    """A Config whose storage folder is in tmp_path and whose database is `database_url`."""
    storage = StorageConfig(path=str(tmp_path / "data"), database_url=database_url)
    return Config(storage=storage)


def jpeg_bytes(seed: int = 0, size: tuple[int, int] = (64, 48)) -> bytes:
    """A small real JPEG (Pillow), different for each seed."""
    import io

    from PIL import Image

    image = Image.new("RGB", size, ((seed * 37) % 256, (seed * 91) % 256, 120))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def build_message(
    *,
    message_id: str | None = "<iss-1@example.es>",
    sender: str = "maria@example.es",
    body: str = "ISS pass 2024-05-12 21:34:10 UT, Celestron EdgeHD 8, ZWO ASI462MC.",
    photo: bytes | None = None,
    filename: str = "iss.jpg",
) -> tuple[bytes, CheckResult]:
    """Raw bytes of a real submission email and a CheckResult built for it by hand.

    The pipeline that produces CheckResults is built elsewhere; this one is
    what it would say about a complete submission with one photo.
    """
    photo = jpeg_bytes() if photo is None else photo
    raw = email(
        sender=f"María López <{sender}>",
        subject="ISS photo",
        body=body,
        message_id=message_id,
        attachments=[(filename, photo)],
        boundary="ipom-test-boundary",  # the same bytes on every call
    )
    photo_sha = hashlib.sha256(photo).hexdigest()
    parsed = ParsedMessage(
        sha256=hashlib.sha256(raw).hexdigest(),
        size=len(raw),
        message_id=message_id,
        sender=sender,
        sender_name="María López",
        reply_to=None,
        return_path=sender,
        subject="ISS photo",
        date=datetime(2024, 5, 13, 8, 0, tzinfo=UTC),
        in_reply_to=(),
        references=(),
        content_type="multipart/mixed",
        report_type=None,
        headers=(Header("From", f"María López <{sender}>"),),
        text=body,
        html=None,
        parts=(Part(filename, "image/jpeg", photo, "attachment"),),
    )
    exif = Exif(make="NIKON", model="Z 6_2", datetime_original="2024:05:12 23:34:10")
    item = MediaItem(
        filename=filename,
        sha256=photo_sha,
        size=len(photo),
        kind="photo",
        mime="image/jpeg",
        width=64,
        height=48,
        frames=1,
        camera="NIKON Z 6_2",
        exif=exif,
    )
    fields = Fields(
        taken_at=datetime(2024, 5, 12, 23, 34, 10, tzinfo=timezone(timedelta(hours=2))),
        taken_at_source="body",
        photographer=Photographer("María López", ("https://www.instagram.com/maria",)),
        equipment=("Celestron EdgeHD 8", "ZWO ASI462MC"),
        flyby=Flyby(max_elevation_deg=72.0, magnitude=-3.6),
        story="Clear sky over Madrid.",
        links=("https://www.dropbox.com/s/abc/iss.mp4",),
        notes=("camera time has no zone",),
    )
    verdict = Verdict("complete", (), ReplyDecision(True, "complete submission"))
    return raw, CheckResult(parsed, Media((item,)), fields, verdict)


MessageFactory = Callable[..., tuple[bytes, CheckResult]]


@pytest.fixture
def make_message() -> MessageFactory:
    """build_message, as a fixture (test modules load this file as a plugin, not an import)."""
    return build_message


@pytest.fixture
def make_jpeg() -> Callable[..., bytes]:
    """jpeg_bytes, as a fixture."""
    return jpeg_bytes

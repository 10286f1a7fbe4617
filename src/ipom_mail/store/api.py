"""The store's front door: `migrate` (ipom init) and `open_store` (every other command).

open_store refuses a database it cannot reach or one at the wrong revision
with a StoreError that says what to run; it never creates tables itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ipom_mail.config import Config
from ipom_mail.pipeline.values import CheckResult
from ipom_mail.store import followup, replay, schema
from ipom_mail.store import record as rec
from ipom_mail.store.archive import Archive
from ipom_mail.store.db import (
    StoreError,
    database_reason,
    database_url,
    describe,
    make_engine,
    storage_problem,
    storage_root,
)
from ipom_mail.store.faults import fault
from ipom_mail.store.models import RawMessage


class Store:
    """An open database plus the storage folder's archive."""

    def __init__(self, engine: Engine, archive: Archive, faults: frozenset[str] = frozenset()):
        self.engine = engine
        self.archive = archive
        self.faults = faults
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(
            bind=engine.execution_options(ipom_write=True), expire_on_commit=False
        )
        self._writer = rec.Writer(self._write, archive, faults)

    @contextmanager
    def session(self, write: bool = True) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error.

        write=False is for pure reads (on SQLite it does not take the write lock).
        """
        factory = self._write if write else self._read
        with factory() as session, session.begin():
            yield session

    def fault(self, point: str) -> None:
        """Die here when the caller armed this fault-injection point (crash tests)."""
        fault(point, self.faults)

    def find_duplicate(
        self,
        sha256: str,
        mailbox: str | None,
        uidvalidity: int | None,
        uid: int | None,
        message_id: str | None,
        sender: str | None,
    ) -> RawMessage | None:
        """The stored message matching by hash, by mailbox+UIDVALIDITY+UID, or Message-ID+sender."""
        with self._read() as session:
            return rec.find_duplicate(
                session, sha256, mailbox, uidvalidity, uid, message_id, sender
            )

    def record(
        self,
        raw: bytes,
        result: CheckResult,
        origin: rec.Origin,
        reply: rec.OutboxReply | None = None,
        compose: rec.Composer | None = None,
    ) -> rec.Recorded:
        """Archive and store one processed message in one transaction (idempotent).

        `compose` makes the reply from the reference allocated in that transaction.
        """
        return rec.record(self._writer, raw, result, origin, reply, compose)

    def record_followup(
        self,
        raw: bytes,
        result: CheckResult,
        merged: CheckResult,
        origin: rec.Origin,
        submission_id: int,
        reply: rec.OutboxReply | None = None,
    ) -> rec.Recorded:
        """Store a follow-up into an earlier submission, re-judged, in one transaction."""
        return followup.record_followup(
            self._writer, raw, result, merged, origin, submission_id, reply
        )

    def record_failure(
        self, raw: bytes | None, sha256: str, size: int, origin: rec.Origin, reason: str
    ) -> rec.Recorded:
        """Store a message that could not be processed, with the reason (idempotent)."""
        return rec.record_failure(self._writer, raw, sha256, size, origin, reason)

    def failed_messages(self) -> list[replay.Archived]:
        """The messages still failed, oldest first (for `ipom reprocess --failed`)."""
        return replay.failed_messages(self)

    def read_raw(self, raw: replay.Archived) -> bytes | None:
        """The archived bytes of a stored message, or None when they were never downloaded."""
        return self.archive.read_raw(raw.sha256) if raw.archived else None

    def mark_reprocessed(
        self, raw_id: int, result: CheckResult, reply: rec.OutboxReply | None = None
    ) -> rec.Recorded:
        """Replace a failed message's record with the result of running the pipeline again."""
        return rec.record_reprocessed(self._writer, raw_id, result, reply)

    def mark_reprocessed_followup(
        self, raw_id: int, result: CheckResult, merged: CheckResult, submission_id: int
    ) -> rec.Recorded:
        """Store a failed message, run again, as a follow-up of its submission (`merged`)."""
        return followup.record_reprocessed_followup(
            self._writer, raw_id, result, merged, submission_id
        )

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _engine(url: URL, busy_timeout_s: float) -> Engine:
    """The engine, with driver problems (e.g. psycopg missing) as a StoreError."""
    try:
        return make_engine(url, busy_timeout_s)
    except (ImportError, SQLAlchemyError) as exc:
        raise StoreError(f"cannot use the database {describe(url)}: {exc}") from None


def _unreachable(url: URL, exc: Exception, root: Path) -> StoreError:
    """The error for a database that does not answer, naming the config key.

    SQLite has no server: its file lives in the storage folder, so a folder it
    cannot write is named as such.
    """
    reason = database_reason(exc)
    if url.get_backend_name() == "sqlite":
        return StoreError(
            storage_problem(root)
            or f"cannot open the SQLite database {url.database}: {reason} — check that the file "
            "and its folder are readable and writable by this user"
        )
    return StoreError(
        f"cannot reach the database {describe(url)}: {reason}; "
        "check [storage] database_url and that the database server is running"
    )


def open_store(config: Config, faults: frozenset[str] = frozenset()) -> Store:
    """Open the configured database and storage folder, checking both are set up."""
    root = storage_root(config)
    url = database_url(config)
    if root.exists() and not root.is_dir():
        raise StoreError(storage_problem(root) or f"{root} is not a folder")
    if not root.is_dir():
        raise StoreError(f"the storage folder {root} does not exist: run `ipom init`")
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).is_file():
        raise StoreError(f"there is no database at {url.database}: run `ipom init`")
    engine = _engine(url, config.storage.busy_timeout_seconds)
    try:
        schema.check(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise _unreachable(url, exc, root) from None
    except StoreError:
        engine.dispose()
        raise
    archive = Archive(root)
    archive.sweep_temp()
    return Store(engine, archive, faults)


def migrate(config: Config) -> str:
    """Create the storage folder and bring the database to the head revision; return it."""
    root = storage_root(config)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise StoreError(storage_problem(root) or f"{root} is not a folder") from None
    except OSError as exc:
        raise StoreError(f"cannot create the storage folder {root}: {exc.strerror}") from None
    url = database_url(config)
    engine = _engine(url, config.storage.busy_timeout_seconds)
    try:
        return schema.upgrade(engine)
    except SQLAlchemyError as exc:
        raise _unreachable(url, exc, root) from None
    finally:
        engine.dispose()

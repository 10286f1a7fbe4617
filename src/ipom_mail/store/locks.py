"""One poll at a time: a file lock for SQLite, a PostgreSQL advisory lock otherwise.

Both are released by the operating system or the server when the holder
dies, so a crashed poll never blocks the next one: its lock is simply taken
over.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from ipom_mail.store.api import Store

LOCK_FILE = "poll.lock"  # in the storage folder (SQLite)

_ADVISORY_KEY = 0x1B0A_17A1  # "ipom poll", one key per database


class PollLock:
    """Context manager; `acquired` says whether this process holds the lock.

    `store` None: the default SQLite store, locked before it is opened (an idle
    poll's first look). Entering a lock already held keeps it as it is."""

    def __init__(self, store: Store | None, storage: Path) -> None:
        self.engine: Engine | None = None if store is None else store.engine
        self.path = storage / LOCK_FILE
        self.acquired = False
        self._fd: int | None = None
        self._conn: Connection | None = None

    def __enter__(self) -> PollLock:
        if self.acquired:
            return self
        if self.engine is not None and self.engine.dialect.name == "postgresql":
            from sqlalchemy import text

            self._conn = self.engine.connect()
            got = self._conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _ADVISORY_KEY})
            self.acquired = bool(got.scalar())
            self._conn.commit()
        else:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self.acquired = True
                os.ftruncate(self._fd, 0)
                os.write(self._fd, f"{os.getpid()}\n".encode())
            except BlockingIOError:
                self.acquired = False
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._conn is not None:
            from sqlalchemy import text

            if self.acquired:
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _ADVISORY_KEY})
                self._conn.commit()
            self._conn.close()
        if self._fd is not None:
            os.close(self._fd)  # closing releases the flock
        self._fd, self._conn, self.acquired = None, None, False

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

from sqlalchemy import Connection, text

from ipom_mail.store.api import Store

_ADVISORY_KEY = 0x1B0A_17A1  # "ipom poll", one key per database


class PollLock:
    """Context manager; `acquired` says whether this process holds the lock."""

    def __init__(self, store: Store, storage: Path) -> None:
        self.engine = store.engine
        self.path = storage / "poll.lock"
        self.acquired = False
        self._fd: int | None = None
        self._conn: Connection | None = None

    def __enter__(self) -> PollLock:
        if self.engine.dialect.name == "postgresql":
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
            if self.acquired:
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _ADVISORY_KEY})
                self._conn.commit()
            self._conn.close()
        if self._fd is not None:
            os.close(self._fd)  # closing releases the flock

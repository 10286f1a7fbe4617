"""What an idle poll asks the default SQLite store, with the standard library's sqlite3 alone.

Is the database at the revision this code needs, and is no reply waiting in
the outbox? When both hold and the folder is empty, the poll has nothing to
do and SQLAlchemy (most of an idle poll's start) is never imported. Any doubt
(a file it cannot read, another revision) answers False: the poll then opens
the store as usual, which says what is wrong.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from ipom_mail.store.layout import head_from_files


def nothing_waiting(database: Path, replies: bool) -> bool:
    """True when `database` is current and (with `replies` on) holds no pending reply."""
    head = head_from_files()
    if head is None or not database.is_file():
        return False
    try:
        with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as conn:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            if revision != [(head,)]:
                return False
            if not replies:
                return True
            waiting = conn.execute("SELECT 1 FROM replies WHERE state = 'pending' LIMIT 1")
            return waiting.fetchone() is None
    except sqlite3.Error:
        return False

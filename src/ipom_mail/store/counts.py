"""The figures `ipom status` shows from the database: the queue, the failures, the outbox, the size."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exists, func, select, text

from ipom_mail.config import Config
from ipom_mail.store.api import Store
from ipom_mail.store.db import database_url
from ipom_mail.store.models import Decision, RawMessage, Reply, Submission


@dataclass(frozen=True, slots=True)
class Counts:
    """How many submissions await a decision, messages failed and replies are pending."""

    waiting: int
    failed: int
    pending_replies: int


def counts(store: Store) -> Counts:
    """The three counts, each from one query."""
    decided = exists().where(
        Decision.submission_id == Submission.id, Decision.reverted_at.is_(None)
    )
    waiting = (
        select(func.count())
        .select_from(Submission)
        .where(Submission.status.in_(("complete", "incomplete")), ~decided)
    )
    failed = select(func.count()).select_from(RawMessage).where(RawMessage.status == "failed")
    pending = select(func.count()).select_from(Reply).where(Reply.state == "pending")
    with store.engine.connect() as conn:
        found = [int(conn.execute(q).scalar() or 0) for q in (waiting, failed, pending)]
    return Counts(*found)


def database_bytes(store: Store, config: Config) -> int | None:
    """The database's size on disk: the SQLite file and its WAL, or pg_database_size."""
    if store.engine.dialect.name == "postgresql":
        with store.engine.connect() as conn:
            size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar()
        return int(size) if size is not None else None
    name = database_url(config).database
    if not name:
        return None
    files = [Path(name), Path(name + "-wal")]
    return sum(f.stat().st_size for f in files if f.is_file())

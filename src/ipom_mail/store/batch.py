"""Group commit: a batch of messages stored in one transaction, one savepoint per message.

The poller stores a batch of messages (`[imap] batch_size`) at a time: each
message's raw file and media are written and fsynced as it comes (named by
sha256, as always), its rows go into a savepoint of the batch's one
transaction, and `commit()` then fsyncs each folder written once, commits
once, and only after that may the caller move the batch on the server. A
message whose rows fail rolls back its own savepoint only: the others of the
batch stay. The crash points keep their order: `after_archive_fsync` (every
file and folder of the batch durable, nothing committed), `before_commit`,
`after_commit` (committed, nothing moved yet).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from ipom_mail.pipeline.values import CheckResult
from ipom_mail.store import record as rec
from ipom_mail.store.api import Store
from ipom_mail.store.archive import Archive
from ipom_mail.store.faults import STORE_POINTS, fault
from ipom_mail.store.lookalikes import INDEX_KEY, PrintIndex
from ipom_mail.store.models import RawMessage


class Batch(Store):
    """A Store whose writes wait in one open transaction for `commit()`; reads see them."""

    def __init__(self, store: Store) -> None:
        super().__init__(store.engine, Archive(store.archive.root, grouped=True), store.faults)
        self._session: Session = self._write()
        self._prints = PrintIndex()  # fingerprints read once per pass
        self._session.info[INDEX_KEY] = self._prints
        self._depth = 0  # savepoints open (a read inside a message's unit nests one)
        self._absent: tuple[object, ...] | None = None  # the last lookup that found nothing
        self._writer = rec.Writer(self._unit, self.archive, store.faults - STORE_POINTS, True)

    @contextmanager
    def _unit(self) -> Iterator[Session]:
        """One message's savepoint: released on success, rolled back alone on an error.

        The photos' fingerprints it added join the batch's index only when its
        outermost savepoint is released."""
        self._depth += 1
        mark = len(self._prints.pending)
        try:
            with self._session.begin_nested():
                yield self._session
        except BaseException:
            self._prints.drop(mark)
            raise
        else:
            if self._depth == 1:
                self._prints.keep()
        finally:
            self._depth -= 1

    @contextmanager
    def session(self, write: bool = True) -> Iterator[Session]:
        """The batch's own session (in a savepoint), so a read sees the batch's rows."""
        with self._unit() as session:
            yield session

    def find_duplicate(
        self,
        sha256: str,
        mailbox: str | None,
        uidvalidity: int | None,
        uid: int | None,
        message_id: str | None,
        sender: str | None,
    ) -> RawMessage | None:
        """As Store.find_duplicate, seeing the messages of this batch too (a read: no savepoint).

        A message found in none is remembered, so that `record` does not look again."""
        key = (sha256, mailbox, uidvalidity, uid, message_id, sender)
        found = rec.find_duplicate(self._session, *key)
        self._absent = key if found is None else None
        return found

    def record(
        self,
        raw: bytes,
        result: CheckResult,
        origin: rec.Origin,
        reply: rec.OutboxReply | None = None,
        compose: rec.Composer | None = None,
    ) -> rec.Recorded:
        """As Store.record; the duplicate lookup the intake just made is not made again."""
        parsed = result.parsed
        key = (parsed.sha256, origin.mailbox, origin.uidvalidity, origin.uid)
        looked_up = self._absent == (*key, parsed.message_id, parsed.sender)
        self._absent = None
        return rec.record(self._writer, raw, result, origin, reply, compose, looked_up)

    def commit(self) -> None:
        """Make the batch durable: each folder fsynced once, then one commit."""
        self.archive.sync_folders()
        fault("after_archive_fsync", self.faults)
        fault("before_commit", self.faults)
        self._session.commit()
        fault("after_commit", self.faults)

    def close(self) -> None:
        """Roll back what was not committed and release the connection (the engine stays)."""
        self.archive.close()
        self._session.rollback()
        self._session.close()

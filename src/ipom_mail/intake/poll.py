"""One pass over the mailbox, losing nothing and never doubling (runner.py wraps it).

For each message: fetch (BODY.PEEK[], so nothing is marked read), take it in
(archive + one committed transaction), and only then move it to the
Processed or Failed folder. A crash anywhere means the next poll sees the
message again, and the store recognises it. A dropped connection is
reconnected and the pass resumes with what is still in the folder. Sending
the replies committed with the messages is the runner's next step.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator

from ipom_mail.config import Config
from ipom_mail.intake.mailbox import Fetched, Mailbox, MailboxError
from ipom_mail.intake.take_in import (
    Started,
    Tally,
    begin,
    collect,
    finish,
    oversize_reason,
    take_in_oversized,
)
from ipom_mail.pipeline.bounded import answer_ready, shutdown_runner, start_runner
from ipom_mail.store import Origin, Store, fault
from ipom_mail.store.batch import Batch

log = logging.getLogger(__name__)
MAX_RECONNECTS = 3
FETCH_BYTES = 2 * 1024 * 1024  # one FETCH asks for about this much (or one bigger message)
SLOW_S = 0.25  # the worker still on a message this long after we wait for it: commit meanwhile
AHEAD_JOIN_S = 5.0  # how long a stopped pass waits for a FETCH under way
Progress = Callable[[str], None]


class StopPoll(Exception):
    """Raised by a progress callback to end the pass after the message just stored."""


def poll_mailbox(
    config: Config,
    store: Store,
    box: Mailbox,
    progress: Progress | None = None,
    tally: Tally | None = None,
    selected: bool = False,
) -> Tally:
    """Process every message in the folder once; raises MailboxError when it cannot go on.

    `tally` (when given) is filled as the pass goes, so a caller interrupted
    midway still knows what was stored and moved. `selected`: `box` is logged in
    with the folder selected already (by the poll's first look, `intake/look`).
    """
    tally = Tally() if tally is None else tally
    if not selected:
        box.connect()
        box.ensure_folders()
        box.select()
    attempts = 0
    while True:
        try:
            _one_pass(config, store, box, tally, progress)
            return tally
        except MailboxError as exc:
            if exc.kind not in ("connect", "protocol") or attempts >= MAX_RECONNECTS:
                raise
            attempts += 1
            log.warning("%s; reconnecting (attempt %d of %d)", exc, attempts, MAX_RECONNECTS)
            time.sleep(0.2 * 2**attempts)
            _reconnect(box)


def start_worker(config: Config) -> None:
    """Start the pipeline worker without waiting (it warms up while the first messages are
    fetched); a failure shows on the first message. An empty folder never starts it."""
    try:
        start_runner(config)
    except Exception as exc:  # no interpreter to start: each message will say so when begun
        log.warning("the pipeline process could not be started: %s", exc)


def _reconnect(box: Mailbox) -> None:
    try:
        box.reconnect()
    except MailboxError as exc:
        if exc.kind != "protocol":
            raise
        # UIDVALIDITY changed: the store matches the messages by hash and Message-ID.
        log.warning("%s; matching messages by content", exc)


class _Mover:
    """Stores a batch of messages in one transaction, then moves them: committed before moved.

    The caller gives each message's outcome as it is recorded into the open
    batch (a savepoint each); when the batch is full, `flush` commits it once
    and only then moves its UIDs to Processed or Failed.
    """

    def __init__(self, config: Config, store: Store, box: Mailbox, tally: Tally) -> None:
        self.config, self.box, self.tally = config, box, tally
        self.faults = store.faults
        self.batch = Batch(store)
        self.processed: list[int] = []
        self.failed: list[int] = []
        self.uncommitted = 0  # messages stored in the open transaction

    def add(self, uid: int, failed: bool) -> None:
        (self.failed if failed else self.processed).append(uid)
        self.uncommitted += 1
        if len(self.processed) + len(self.failed) >= max(1, self.config.imap.batch_size):
            self.flush()

    def commit(self) -> None:
        """Commit the messages stored since the last commit (they are moved at the next flush)."""
        if self.uncommitted:
            self.batch.commit()
            self.uncommitted = 0

    def flush(self) -> None:
        """Commit the batch, then move its messages (after_move: the crash point after)."""
        self.commit()
        imap = self.config.imap
        for uids, folder in (
            (self.processed, imap.processed_folder),
            (self.failed, imap.failed_folder),
        ):
            if uids:
                self.box.move(uids, folder)
                self.tally.moved += len(uids)
                uids.clear()
        fault("after_move", self.faults)

    def close(self) -> None:
        """Drop what was not committed (those messages stay in the folder for the next poll)."""
        self.batch.close()


def _one_pass(
    config: Config, store: Store, box: Mailbox, tally: Tally, progress: Progress | None
) -> None:
    listed = box.new_uids()
    if not listed:
        return
    start_worker(config)
    mover = _Mover(config, store, box, tally)
    try:
        _take_all(config, box, listed, mover, progress)
    except (MailboxError, KeyboardInterrupt):
        _keep_what_is_stored(mover)
        raise
    finally:
        mover.close()


def _keep_what_is_stored(mover: _Mover) -> None:
    """Commit the messages stored before a dropped connection or Ctrl-C (the next pass
    recognises them); if even that fails, they are simply taken in again."""
    try:
        mover.commit()
    except Exception as exc:
        log.warning(
            "the messages stored last were not committed (%s); the next poll takes them in again",
            exc,
        )


def _take_all(
    config: Config,
    box: Mailbox,
    listed: list[tuple[int, int]],
    mover: _Mover,
    progress: Progress | None,
) -> None:
    """Each message begun in the worker before the one before it is collected and stored, so
    the worker never waits for the poller; stored in order."""
    batch, tally = mover.batch, mover.tally
    small: list[tuple[int, int]] = []
    for uid, size in listed:
        if oversize_reason(size, config) is None:
            small.append((uid, size))
            continue
        outcome = take_in_oversized(size, _origin(config, box, uid), batch, config)
        tally.add(outcome, f"UID {uid}")
        mover.add(uid, failed=True)
    flight: deque[Started] = deque()  # begun in the worker, not collected yet: two at most
    fetching = _fetch(box, small)
    try:
        for fetched in fetching:
            fault("after_fetch", batch.faults)
            flight.append(begin(fetched.raw, _origin(config, box, fetched.uid), batch, config))
            if len(flight) > 1:  # the worker goes on with this one while the one before is stored
                _collect_and_store(config, mover, flight.popleft(), progress)
        while flight:
            _collect_and_store(config, mover, flight.popleft(), progress)
    finally:
        fetching.close()  # the helper thread ends before the connection is used again
        if flight:  # stopped with messages in the worker: their answers are dropped
            shutdown_runner()
    mover.flush()


def _collect_and_store(
    config: Config, mover: _Mover, started: Started, progress: Progress | None
) -> None:
    """The worker's answer to a begun message, then the message recorded into the batch."""
    if _still_running(started):
        mover.commit()  # a slow message: what is stored is committed while it runs
    _store(config, mover, collect(started, mover.batch, config), progress)


def _still_running(started: Started) -> bool:
    """Whether the worker is still on the message after SLOW_S (a `slow` fault's message is).

    A commit costs the disk a journal commit or two: one per batch, not one per message,
    unless a message keeps the worker busy, when the batch so far is committed meanwhile."""
    if started.ticket is None:
        return started.slow
    return started.slow or not answer_ready(started.ticket, SLOW_S)


def _fetch(box: Mailbox, listed: list[tuple[int, int]]) -> Generator[Fetched, None, None]:
    """The messages in order, a few megabytes at a time, the next chunk fetched by a
    helper thread while this one is processed (the wire never waits; memory stays flat)."""
    ahead = _Ahead(box, _chunks(listed))
    try:
        yield from ahead
    finally:
        ahead.close()


def _chunks(listed: list[tuple[int, int]]) -> Iterator[list[int]]:
    """The UIDs in order, grouped about FETCH_BYTES at a time (or one bigger message)."""
    chunk: list[int] = []
    size = 0
    for uid, length in listed:
        if chunk and size + length > FETCH_BYTES:
            yield chunk
            chunk, size = [], 0
        chunk.append(uid)
        size += length
    if chunk:
        yield chunk


class _Ahead:
    """A helper thread fetching one chunk ahead of the caller; its error is raised in order.

    The Mailbox takes one command at a time, so the mover's MOVE waits for a FETCH
    under way (and the other way round).
    """

    def __init__(self, box: Mailbox, chunks: Iterator[list[int]]) -> None:
        self.queue: queue.Queue[list[Fetched] | BaseException | None] = queue.Queue(maxsize=1)
        self.stopped = threading.Event()
        self.thread = threading.Thread(
            target=self._run, args=(box, chunks), name="ipom-fetch", daemon=True
        )
        self.thread.start()

    def _run(self, box: Mailbox, chunks: Iterator[list[int]]) -> None:
        try:
            for chunk in chunks:
                if not self._put(list(box.fetch(chunk))):
                    return
        except BaseException as exc:  # a MailboxError (or worse): the caller raises it
            self._put(exc)
            return
        self._put(None)

    def _put(self, item: list[Fetched] | BaseException | None) -> bool:
        """Hand over the next item; False when the caller stopped reading."""
        while not self.stopped.is_set():
            with contextlib.suppress(queue.Full):
                self.queue.put(item, timeout=0.05)
                return True
        return False

    def __iter__(self) -> Iterator[Fetched]:
        while (item := self.queue.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield from item

    def close(self) -> None:
        """Stop fetching; wait for a FETCH under way, so the connection is free again."""
        self.stopped.set()
        self.thread.join(timeout=AHEAD_JOIN_S)


def _store(config: Config, mover: _Mover, started: Started, progress: Progress | None) -> None:
    """Record one collected message into the batch; the progress callback may stop the pass."""
    uid = started.origin.uid
    assert uid is not None, "a polled message has its UID"
    outcome = finish(started, mover.batch, config)
    mover.tally.add(outcome, f"UID {uid}")
    mover.add(uid, failed=outcome.failed)
    if progress is not None:
        try:
            progress(
                f"UID {uid}: {outcome.status}" + (" (already stored)" if outcome.duplicate else "")
            )
        except StopPoll:  # a clean point: commit and move what is stored, then stop
            mover.flush()
            raise


def _origin(config: Config, box: Mailbox, uid: int) -> Origin:
    return Origin(mailbox=config.imap.folder, uidvalidity=box.uidvalidity, uid=uid, source="imap")

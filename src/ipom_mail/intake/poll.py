"""One pass over the mailbox, losing nothing and never doubling (runner.py wraps it).

For each message: fetch (BODY.PEEK[], so nothing is marked read), take it in
(archive + one committed transaction), and only then move it to the
Processed or Failed folder. A crash anywhere means the next poll sees the
message again, and the store recognises it. A dropped connection is
reconnected and the pass resumes with what is still in the folder. Sending
the replies committed with the messages is the runner's next step.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from ipom_mail.config import Config
from ipom_mail.intake.mailbox import Mailbox, MailboxError
from ipom_mail.intake.take_in import Tally, oversize_reason, take_in, take_in_oversized
from ipom_mail.store import Origin, Store, fault

log = logging.getLogger(__name__)
MAX_RECONNECTS = 3
Progress = Callable[[str], None]


class StopPoll(Exception):
    """Raised by a progress callback to end the pass after the message just stored."""


def poll_mailbox(
    config: Config,
    store: Store,
    box: Mailbox,
    progress: Progress | None = None,
    tally: Tally | None = None,
) -> Tally:
    """Process every message in the folder once; raises MailboxError when it cannot go on.

    `tally` (when given) is filled as the pass goes, so a caller interrupted
    midway still knows what was stored and moved.
    """
    tally = Tally() if tally is None else tally
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


def _reconnect(box: Mailbox) -> None:
    try:
        box.reconnect()
    except MailboxError as exc:
        if exc.kind != "protocol":
            raise
        # UIDVALIDITY changed: the store matches the messages by hash and Message-ID.
        log.warning("%s; matching messages by content", exc)


class _Mover:
    """Collects UIDs whose outcome is committed and moves them a batch at a time."""

    def __init__(self, config: Config, store: Store, box: Mailbox, tally: Tally) -> None:
        self.config, self.store, self.box, self.tally = config, store, box, tally
        self.processed: list[int] = []
        self.failed: list[int] = []

    def add(self, uid: int, failed: bool) -> None:
        (self.failed if failed else self.processed).append(uid)
        if len(self.processed) + len(self.failed) >= max(1, self.config.imap.batch_size):
            self.flush()

    def flush(self) -> None:
        imap = self.config.imap
        for uids, folder in (
            (self.processed, imap.processed_folder),
            (self.failed, imap.failed_folder),
        ):
            if uids:
                self.box.move(uids, folder)
                self.tally.moved += len(uids)
                uids.clear()
        fault("after_move", self.store.faults)


def _one_pass(
    config: Config, store: Store, box: Mailbox, tally: Tally, progress: Progress | None
) -> None:
    listed = box.new_uids()
    mover = _Mover(config, store, box, tally)
    small: list[int] = []
    for uid, size in listed:
        if oversize_reason(size, config) is None:
            small.append(uid)
            continue
        outcome = take_in_oversized(size, _origin(config, box, uid), store, config)
        tally.add(outcome, f"UID {uid}")
        mover.add(uid, failed=True)
    for fetched in box.fetch(small):
        fault("after_fetch", store.faults)
        outcome = take_in(fetched.raw, _origin(config, box, fetched.uid), store, config)
        tally.add(outcome, f"UID {fetched.uid}")
        mover.add(fetched.uid, failed=outcome.failed)
        if progress is not None:
            try:
                progress(
                    f"UID {fetched.uid}: {outcome.status}"
                    + (" (already stored)" if outcome.duplicate else "")
                )
            except StopPoll:  # a clean point: move what is stored, then stop
                mover.flush()
                raise
    mover.flush()


def _origin(config: Config, box: Mailbox, uid: int) -> Origin:
    return Origin(mailbox=config.imap.folder, uidvalidity=box.uidvalidity, uid=uid, source="imap")

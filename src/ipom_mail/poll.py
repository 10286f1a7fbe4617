"""`ipom poll`: one pass over the mailbox, losing nothing and never doubling.

For each message: fetch (BODY.PEEK[], so nothing is marked read), take it in
(archive + one committed transaction), and only then move it to the
Processed or Failed folder. A crash anywhere means the next poll sees the
message again, and the store recognises it. A dropped connection is
reconnected and the pass resumes with what is still in the folder. After the
pass, the replies committed with the messages are sent (reply.outbox).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from .config import Config
from .intake import Tally, oversize_reason, take_in, take_in_oversized
from .mailbox import Mailbox, MailboxError
from .store import Origin, Store, fault

log = logging.getLogger(__name__)
MAX_RECONNECTS = 3
Progress = Callable[[str], None]


def poll_mailbox(
    config: Config, store: Store, box: Mailbox, progress: Progress | None = None
) -> Tally:
    """Process every message in the folder once; raises MailboxError when it cannot go on."""
    tally = Tally()
    box.connect()
    box.ensure_folders()
    box.select()
    attempts = 0
    while True:
        try:
            _one_pass(config, store, box, tally, progress)
            tally.replies = send_replies(config, store)
            return tally
        except MailboxError as exc:
            if exc.kind not in ("connect", "protocol") or attempts >= MAX_RECONNECTS:
                raise
            attempts += 1
            log.warning("%s; reconnecting (attempt %d of %d)", exc, attempts, MAX_RECONNECTS)
            time.sleep(0.2 * 2**attempts)
            _reconnect(box)


def send_replies(config: Config, store: Store) -> str | None:
    """Send the outbox after the pass (the rows are committed); its summary line, if any."""
    from .reply.outbox import send_pending

    try:
        sent = send_pending(config, store)
    except Exception as exc:  # the outbox keeps every reply: the next poll tries again
        log.error("sending the replies failed: %s: %s", type(exc).__name__, exc)
        return f"replies: not sent ({type(exc).__name__}: {exc})"
    if sent.sent or sent.failed or sent.deferred or sent.withheld:
        return sent.line()
    return None


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

    def __init__(self, config: Config, store: Store, box: Mailbox) -> None:
        self.config, self.store, self.box = config, store, box
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
                uids.clear()
        fault("after_move", self.store.faults)


def _one_pass(
    config: Config, store: Store, box: Mailbox, tally: Tally, progress: Progress | None
) -> None:
    listed = box.new_uids()
    mover = _Mover(config, store, box)
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
        if progress is not None:
            progress(
                f"UID {fetched.uid}: {outcome.status}"
                + (" (already stored)" if outcome.duplicate else "")
            )
        mover.add(fetched.uid, failed=outcome.failed)
    mover.flush()


def _origin(config: Config, box: Mailbox, uid: int) -> Origin:
    return Origin(mailbox=config.imap.folder, uidvalidity=box.uidvalidity, uid=uid, source="imap")

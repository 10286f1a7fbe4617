"""A poll's first look, before the store's libraries load: is there mail, or a reply waiting?

`ipom poll` on the default SQLite store takes the poll lock, logs in and lists
the folder first. An empty folder with nothing waiting in the outbox ends the
poll there, however much mail Processed holds, without importing SQLAlchemy or
the pipeline. A folder with mail starts the pipeline worker at once, so it warms
up while the poller opens the store; the logged-in mailbox and the lock are
handed on to `runner.run_poll`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ipom_mail.config import Config
from ipom_mail.intake.mailbox import Mailbox, MailboxError
from ipom_mail.intake.poll_record import record_poll
from ipom_mail.secrets import SecretError, imap_credentials
from ipom_mail.store.layout import SQLITE_NAME, storage_root
from ipom_mail.store.locks import PollLock
from ipom_mail.store.peek import nothing_waiting

log = logging.getLogger(__name__)
IDLE_LINE = "0 new"  # Tally().line() of a pass that found nothing


@dataclass(frozen=True, slots=True)
class Look:
    """What the first look found: the lock it holds, the mailbox it logged in to (selected),
    or the error the poll reports as it would have met it; `idle`: nothing to do, done."""

    lock: PollLock
    box: Mailbox | None = None
    error: MailboxError | SecretError | None = None
    idle: bool = False


def first_look(config: Config, environ: Mapping[str, str]) -> Look | None:
    """Look at the folder under the poll lock; None when the poll must start the usual way
    (another database than the default SQLite, no store yet, another poll holding the lock)."""
    root = storage_root(config)
    if config.storage.database_url.strip() or not (root / SQLITE_NAME).is_file():
        return None
    try:
        lock = PollLock(None, root).__enter__()
    except OSError:  # a storage folder it cannot write: the usual path says what to fix
        return None
    if not lock.acquired:
        lock.__exit__(None, None, None)
        return None
    box: Mailbox | None = None
    try:
        password, token = imap_credentials(config.imap, environ)
        box = Mailbox(config.imap, password, token)
        box.connect()
        box.ensure_folders()
        box.select()
        listed = box.new_uids()
    except (MailboxError, SecretError) as exc:
        if box is not None:
            box.close()
        return Look(lock, error=exc)
    except BaseException:
        if box is not None:
            box.close()
        lock.__exit__(None, None, None)
        raise
    if listed:
        _start_worker(config)
    elif nothing_waiting(root / SQLITE_NAME, config.reply.enabled):
        return _idle(root, box, lock)
    return Look(lock, box)


def _idle(root: Path, box: Mailbox, lock: PollLock) -> Look:
    """Nothing to do: the poll is recorded as the full pass would record it, and ends."""
    box.close()
    try:
        record_poll(root, True, IDLE_LINE)
    except OSError:  # the poll's usual path says what is wrong with the storage folder
        return Look(lock)
    lock.__exit__(None, None, None)
    return Look(lock, idle=True)


def _start_worker(config: Config) -> None:
    """The pipeline worker started now: it warms up while the store is opened."""
    from ipom_mail.pipeline.bounded import start_runner

    try:
        start_runner(config)
    except Exception as exc:  # each message will say so when begun
        log.warning("the pipeline process could not be started: %s", exc)

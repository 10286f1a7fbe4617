"""One poll, the same for `ipom poll` and `ipom serve`: lock, credentials, pass, replies, record.

The environment (for the password sources) is passed in by the caller. Every
way a poll can fail becomes a PollFault with the one line to act on, marked
`permanent` when trying again with the same config and secret cannot help (a
refused login); the outcome is recorded for `ipom status` either way. The
replies are sent once, after the pass, with that same environment.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from ipom_mail.config import Config
from ipom_mail.intake.look import Look
from ipom_mail.intake.mailbox import Mailbox, MailboxError
from ipom_mail.intake.poll import Progress, StopPoll, poll_mailbox
from ipom_mail.intake.poll_record import record_poll, record_poll_start
from ipom_mail.intake.take_in import Tally
from ipom_mail.secrets import SecretError, imap_credentials
from ipom_mail.store import Store, StoreError, storage_root
from ipom_mail.store.db import DatabaseError, database_reason, storage_problem
from ipom_mail.store.locks import PollLock

log = logging.getLogger(__name__)


class PollFault(Exception):
    """The poll could not run or could not finish; the message says what to fix."""

    def __init__(self, message: str, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent  # True: retrying with the same config and secret cannot help


class PollInterrupted(Exception):
    """Ctrl-C during a poll; `tally` holds what was stored and moved before it stopped."""

    def __init__(self, tally: Tally, folder: str) -> None:
        self.tally = tally
        stored = tally.new + tally.duplicates
        waiting = max(0, stored - tally.moved)
        text = (
            f"interrupted: {tally.new} message(s) stored and {tally.moved} moved before it "
            f"stopped; the rest stay in {folder} for the next poll"
        )
        if waiting:
            text += f", which recognises the {waiting} stored but not yet moved"
        super().__init__(text)


def run_poll(
    config: Config,
    store: Store,
    environ: Mapping[str, str],
    progress: Progress | None = None,
    look: Look | None = None,
) -> Tally | None:
    """Poll once under the poll lock and send the replies; None when another poll runs.

    Raises PollFault (recorded) when it cannot run, PollInterrupted on Ctrl-C.
    A progress callback may raise StopPoll: the pass ends after the message just
    stored, the replies wait for the next poll, and the partial tally is returned.
    `look`: the first look's lock and logged-in mailbox (`intake/look`), taken over.
    """
    root = storage_root(config)
    with _recorded(root), _faults(config):
        if look is not None and look.error is not None:
            look.lock.__exit__(None, None, None)
            raise look.error
        box = look.box if look is not None else None
        if box is None:
            password, token = imap_credentials(config.imap, environ)
            box = Mailbox(config.imap, password, token)
        with look.lock if look is not None else PollLock(store, root) as lock:
            if not lock.acquired:
                box.close()
                log.info("another poll is running; this one did nothing")
                return None
            record_poll_start(root)
            tally = Tally()
            try:
                selected = look is not None and look.box is box
                if _pass(config, store, box, tally, progress, selected):
                    tally.replies = send_replies(config, store, environ)
            except KeyboardInterrupt:
                raise PollInterrupted(tally, config.imap.folder) from None
            record_poll(root, True, tally.line())
            return tally


def _pass(
    config: Config,
    store: Store,
    box: Mailbox,
    tally: Tally,
    progress: Progress | None,
    selected: bool,
) -> bool:
    """The pass over the folder; False when a StopPoll ended it early."""
    try:
        poll_mailbox(config, store, box, progress, tally, selected)
    except StopPoll:
        log.info("poll stopped between two messages; the rest waits for the next poll")
        return False
    finally:
        box.close()
    return True


def send_replies(config: Config, store: Store, environ: Mapping[str, str]) -> str | None:
    """Send the outbox after the pass (the rows are committed); its summary line, if any."""
    from ipom_mail.reply.outbox import send_pending

    try:
        sent = send_pending(config, store, environ=environ)
    except Exception as exc:  # the outbox keeps every reply: the next poll tries again
        log.error("sending the replies failed: %s: %s", type(exc).__name__, exc)
        return f"replies: not sent ({type(exc).__name__}: {exc})"
    if sent.sent or sent.failed or sent.deferred or sent.withheld:
        line: str = sent.line()
        return line
    return None


@contextmanager
def _recorded(root: Path) -> Iterator[None]:
    """Record a fault or an interruption for `ipom status` as it passes through."""
    try:
        yield
    except PollFault as fault:
        record_failure(root, str(fault), fault.permanent)
        raise
    except PollInterrupted as stop:
        record_failure(root, str(stop), False)
        raise


def record_failure(root: Path, reason: str, permanent: bool) -> None:
    try:
        record_poll(root, False, reason, permanent=permanent)
    except OSError as exc:
        log.error("cannot record the poll state in %s: %s", root, exc.strerror)


@contextmanager
def _faults(config: Config) -> Iterator[None]:
    """Each way a poll fails, as a PollFault saying what to fix and what happened to the mail."""
    folder = config.imap.folder
    try:
        yield
    except SecretError as exc:
        raise PollFault(str(exc), permanent=True) from None
    except MailboxError as exc:
        stays = f"; messages not yet processed stay in {folder}"
        raise PollFault(f"{exc}{stays}", permanent=exc.kind == "login") from None
    except StoreError as exc:
        raise PollFault(str(exc)) from None
    except DatabaseError as exc:
        problem = storage_problem(storage_root(config))  # SQLite: its folder may be read-only
        if problem is not None and not config.storage.database_url.strip():
            raise PollFault(problem) from None
        reason = database_reason(exc)
        raise PollFault(
            f"database error: {reason}; messages not yet stored stay in {folder} "
            "— check [storage] database_url, or whether another program holds the database"
        ) from None
    except OSError as exc:
        if exc.filename is None:
            raise
        raise PollFault(file_error(exc)) from None


def file_error(exc: OSError) -> str:
    """A refusal of the file system (read-only, full, no permission) as the line to act on."""
    where = f"{exc.filename} → {exc.filename2}" if exc.filename2 else str(exc.filename)
    return (
        f"{where}: {exc.strerror or type(exc).__name__} — check that the storage folder "
        "is writable by this user and has free space; messages not yet stored stay in the mailbox"
    )

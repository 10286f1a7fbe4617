"""`ipom serve`: poll on a timer (APScheduler 3) and at once when IMAP IDLE reports new mail.

One job, `poll`, runs on [poll] interval_seconds with max_instances=1 and
coalescing; an IDLE watcher on a second connection wakes it within seconds of
new mail. Each poll is runner.run_poll, the same as `ipom poll` (replies sent
once, after the pass). A failed poll (server down, database gone) is retried
with growing delays up to the interval; a refused login is not retried until
the config file or the password changes (refusal.py). SIGTERM or SIGINT stops
it between two messages, or within STOP_GRACE_S in the middle of one: a
message is either committed (and, if not yet moved, recognised and moved by
the next poll) or untouched.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import sys
import threading
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from types import FrameType
from typing import Any, NoReturn, TextIO

from apscheduler.schedulers.background import BackgroundScheduler

from ipom_mail.config import Config, ConfigError, LogConfig, load
from ipom_mail.intake.mailbox import Mailbox, MailboxError
from ipom_mail.intake.poll import StopPoll, start_worker
from ipom_mail.intake.refusal import Refusal, fingerprint
from ipom_mail.intake.runner import PollFault, record_failure, run_poll
from ipom_mail.secrets import SecretError, imap_credentials
from ipom_mail.store import Store, storage_root
from ipom_mail.store.db import LOGGERS as STORE_LOGGERS

log = logging.getLogger("ipom_mail.intake.serve")

JOB_ID = "poll"
RETRY_FIRST_S = 2.0  # first retry after a failed poll; doubles up to the interval
IDLE_CHUNK_S = 120.0  # re-enter IDLE at least this often (keeps NATs and servers happy)
IDLE_RETRY_MAX_S = 60.0
STOP_GRACE_S = 3.0  # SIGTERM: wait this long for the message in hand, then stop without it
NOISY_LOGGERS = ("imapclient", "apscheduler", *STORE_LOGGERS)


# -- logging -----------------------------------------------------------------------


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message (and the error, if any)."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and record.exc_info[1] is not None:
            entry["error"] = f"{type(record.exc_info[1]).__name__}: {record.exc_info[1]}"
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(cfg: LogConfig, stream: TextIO | None = None) -> None:
    """Log to stderr as [log] says; libraries that could echo protocol lines stay quiet."""
    handler = logging.StreamHandler(stream or sys.stderr)
    if cfg.format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(cfg.level.upper())
    for name in NOISY_LOGGERS:  # imapclient at DEBUG would log protocol traffic
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))


# -- the service -----------------------------------------------------------------------


class Service:
    """The scheduler, the IDLE watcher and the stop signal around one open store."""

    def __init__(self, config: Config, store: Store, environ: Mapping[str, str]) -> None:
        self.config, self.store, self.environ = config, store, environ
        self.root = storage_root(config)
        self.stopping = threading.Event()
        self.again = threading.Event()  # new mail arrived while a poll was running
        self.running = threading.Event()
        self.idle = threading.Event()  # no poll job is running
        self.idle.set()
        self.refreshing = threading.Event()  # the daily element-set download is running
        self.logged_in = threading.Event()  # the last poll logged in: IDLE may connect too
        self.failures = 0
        self.refusal: Refusal | None = None
        self.scheduler = BackgroundScheduler(timezone=UTC)
        self._idle_box: Mailbox | None = None

    # life cycle

    def run(self) -> int:
        """Serve until SIGTERM/SIGINT; return the exit code (0 on a clean stop)."""
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self._on_signal)
        interval = max(1, self.config.poll.interval_seconds)
        self.scheduler.add_job(
            self._job,
            "interval",
            seconds=interval,
            id=JOB_ID,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,
            next_run_time=datetime.now(UTC),
        )
        if self.config.verify.elements_url and self.config.verify.elements_file:
            self.scheduler.add_job(
                self._refresh_elements, "interval", days=1, id="elements", max_instances=1,
                coalesce=True, next_run_time=datetime.now(UTC),
            )  # fmt: skip
        start_worker(self.config)  # a service keeps it warm: new mail never waits for its start
        self.scheduler.start()
        watcher = threading.Thread(target=self._watch, name="idle-watcher", daemon=True)
        watcher.start()
        log.info("serving %s on %s every %d s", self.config.imap.folder, self._where(), interval)
        while not self.stopping.wait(1.0):
            pass
        log.info("stopping: finishing the current message")
        self._abort_idle()
        self.scheduler.shutdown(wait=False)
        if not self.idle.wait(STOP_GRACE_S):
            self._stop_now(
                "in the middle of a message: nothing of it was kept; it stays in "
                f"{self.config.imap.folder} and is processed at the next start"
            )
        if self.refreshing.is_set():  # its file is replaced whole or not at all
            self._stop_now("while fetching the element sets; they are fetched at the next start")
        watcher.join(timeout=1.0)
        log.info("stopped")
        return 0

    def _stop_now(self, why: str) -> NoReturn:
        """End the process now, in the middle of a job: what a crash there would do.

        That loses nothing: a message's transaction was never committed, so it
        stays in the folder and is processed again at the next start.
        """
        log.warning("stopping %s", why)
        log.info("stopped")
        for handler in logging.getLogger().handlers:
            handler.flush()
        os._exit(0)

    def _refresh_elements(self) -> None:
        """Once a day: append the ISS's newest element sets to the history file."""
        from ipom_mail.intake.elements import refresh

        self.refreshing.set()
        try:
            path = self.config.relative_path(self.config.verify.elements_file)
            done = refresh(path, self.config.verify.elements_url)
            (log.warning if done.problem else log.info)("%s", done.line(path))
        finally:
            self.refreshing.clear()

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        log.info("got %s", signal.Signals(signum).name)
        self.stopping.set()

    def _where(self) -> str:
        return f"{self.config.imap.host}:{self.config.imap.port}"

    # the poll job

    def _job(self) -> None:
        """Poll (again while new mail keeps coming); on failure schedule a retry."""
        self.idle.clear()
        self.running.set()
        try:
            while not self.stopping.is_set():
                self.again.clear()
                if not self._poll_once():
                    if self.refusal is None:
                        self._retry_later()
                    return
                self.failures = 0
                if not self.again.is_set():
                    return
        finally:
            self.running.clear()
            self.idle.set()

    def _poll_once(self) -> bool:
        """One poll with its replies; False (logged and recorded) when it could not run."""
        if self.refusal is not None and not self._refusal_lifted(self.refusal):
            return False
        try:
            tally = run_poll(self.config, self.store, self.environ, self._between_messages)
        except PollFault as fault:
            if fault.permanent:
                self._refused(str(fault))
            else:
                log.error("poll failed: %s", fault)
            return False
        except Exception as exc:  # a bug must not end the service: log it, retry later
            log.error("poll failed unexpectedly", exc_info=exc)
            record_failure(self.root, f"unexpected {type(exc).__name__}", False)
            return False
        self.refusal = None
        self.logged_in.set()
        if tally is None:
            log.info("another poll is running (cron?); this one skipped")
            return True
        log.info("poll: %s", tally.line())
        for failure in tally.failures:
            log.warning("failed message: %s", failure)
        return True

    def _between_messages(self, line: str) -> None:
        log.debug("%s", line)
        if self.stopping.is_set():
            raise StopPoll

    def _refused(self, reason: str) -> None:
        """A failure only the operator can fix: said once, not retried with the same secret."""
        self.logged_in.clear()
        if self.refusal is not None and self.refusal.reason == reason:
            return
        log.error(
            "poll failed: %s — not tried again until the config file or the password changes",
            reason,
        )
        self.refusal = Refusal(reason, fingerprint(self.config, self.environ))

    def _refusal_lifted(self, refusal: Refusal) -> bool:
        """Whether to try again: the config or the secret changed (the config is re-read)."""
        if not refusal.lifted(self.config, self.environ):
            if refusal.reminder_due():
                log.error("still not polling: %s", refusal.reason)
            return False
        if self.config.path is not None:
            try:
                self.config = load(self.config.path)
            except ConfigError as exc:
                log.error("the config changed but cannot be used: %s", exc)
                refusal.fingerprint = fingerprint(self.config, self.environ)
                return False
        log.info("the config or the password changed: trying again")
        return True

    def _retry_later(self) -> None:
        """Next attempt after 2, 4, 8… s, never later than the interval."""
        self.failures += 1
        delay = min(RETRY_FIRST_S * 2 ** (self.failures - 1), self.config.poll.interval_seconds)
        log.info("retrying in %g s (attempt %d)", delay, self.failures + 1)
        if not self.stopping.is_set():
            when = datetime.now(UTC) + timedelta(seconds=delay)
            self.scheduler.modify_job(JOB_ID, next_run_time=when)

    # the IDLE watcher

    def _wake(self) -> None:
        """Run the poll now (or once more right after the running one)."""
        self.again.set()
        if not self.running.is_set() and not self.stopping.is_set():
            self.scheduler.modify_job(JOB_ID, next_run_time=datetime.now(UTC))

    def _watch(self) -> None:
        """Hold an IDLE session on the folder; wake the poll when a message arrives.

        It connects only after a poll logged in: a refused login is the poll's to report.
        """
        delay = 1.0
        while not self.stopping.is_set():
            if not self.logged_in.wait(1.0):
                continue
            try:
                if not self._idle_session():
                    return
                delay = 1.0
            except (MailboxError, SecretError) as exc:
                if self.stopping.is_set():
                    return
                quiet = isinstance(exc, SecretError) or exc.kind == "login"
                log.log(
                    logging.DEBUG if quiet else logging.INFO, "IDLE: %s; again in %g s", exc, delay
                )
            finally:
                self._close_idle()
            self.stopping.wait(delay)
            delay = min(delay * 2, IDLE_RETRY_MAX_S)

    def _idle_session(self) -> bool:
        """Connect, select, IDLE until the connection drops; False when the server has no IDLE."""
        password, token = imap_credentials(self.config.imap, self.environ)
        box = Mailbox(self.config.imap, password, token)
        self._idle_box = box
        box.connect()
        if not box.client.has_capability("IDLE"):
            log.info(
                "the server has no IDLE: polling every %d s", self.config.poll.interval_seconds
            )
            return False
        box.select()
        log.info("IDLE on %s: new mail is polled within seconds", self.config.imap.folder)
        while not self.stopping.is_set():
            if box.idle_wait(IDLE_CHUNK_S) and not self.stopping.is_set():
                log.info("IDLE: new mail")
                self._wake()
        return True

    def _abort_idle(self) -> None:
        """Wake the watcher out of IDLE at once by shutting its socket down."""
        box = self._idle_box
        try:
            if box is not None:
                box.client.socket().shutdown(socket.SHUT_RDWR)
        except (MailboxError, OSError):
            pass

    def _close_idle(self) -> None:
        box, self._idle_box = self._idle_box, None
        if box is not None:
            box.close()

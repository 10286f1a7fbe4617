"""`ipom serve`: poll on a timer (APScheduler 3) and at once when IMAP IDLE reports new mail.

One job, `poll`, runs on [poll] interval_seconds with max_instances=1 and
coalescing; an IDLE watcher on a second connection wakes it within seconds of
new mail. A failed poll (server down, database gone) is retried with growing
delays up to the interval. After each poll, pending replies are sent. SIGTERM
or SIGINT stops it between two messages: a message is either committed (and, if
not yet moved, recognised and moved by the next poll) or untouched.
"""

from __future__ import annotations

import importlib
import json
import logging
import signal
import socket
import sys
import threading
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from types import FrameType
from typing import Any, TextIO

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy.exc import SQLAlchemyError

from .config import Config, LogConfig
from .lock import PollLock
from .mailbox import Mailbox, MailboxError
from .poll import poll_mailbox
from .secrets import SecretError, imap_credentials
from .status import record_poll
from .store import Store, StoreError, storage_root

log = logging.getLogger("ipom_mail.serve")

JOB_ID = "poll"
RETRY_FIRST_S = 2.0  # first retry after a failed poll; doubles up to the interval
IDLE_CHUNK_S = 120.0  # re-enter IDLE at least this often (keeps NATs and servers happy)
IDLE_RETRY_MAX_S = 60.0
NOISY_LOGGERS = ("imapclient", "apscheduler", "alembic", "sqlalchemy")


class _Stopping(Exception):
    """Raised between two messages when a stop was asked for."""


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
        self.failures = 0
        self.scheduler = BackgroundScheduler(timezone=UTC)
        self._idle_box: Mailbox | None = None
        self._warned_no_outbox = False

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
        self.scheduler.start()
        watcher = threading.Thread(target=self._watch, name="idle-watcher", daemon=True)
        watcher.start()
        log.info("serving %s on %s every %d s", self.config.imap.folder, self._where(), interval)
        while not self.stopping.wait(1.0):
            pass
        log.info("stopping: finishing the current message")
        self._abort_idle()
        self.scheduler.shutdown(wait=True)
        watcher.join(timeout=2.0)
        log.info("stopped")
        return 0

    def _refresh_elements(self) -> None:
        """Once a day: append the ISS's newest element sets to the history file."""
        from .verify.fetch import refresh

        path = self.config.relative_path(self.config.verify.elements_file)
        done = refresh(path, self.config.verify.elements_url)
        (log.warning if done.problem else log.info)("%s", done.line(path))

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        log.info("got %s", signal.Signals(signum).name)
        self.stopping.set()

    def _where(self) -> str:
        return f"{self.config.imap.host}:{self.config.imap.port}"

    # the poll job

    def _job(self) -> None:
        """Poll (again while new mail keeps coming), send replies; on failure schedule a retry."""
        self.running.set()
        try:
            while not self.stopping.is_set():
                self.again.clear()
                if not self._poll_once():
                    self._retry_later()
                    return
                self.failures = 0
                self._send_replies()
                if not self.again.is_set():
                    return
        finally:
            self.running.clear()

    def _poll_once(self) -> bool:
        """One pass; False (logged and recorded) when it could not run."""
        try:
            summary = self._poll()
        except _Stopping:
            log.info("poll stopped between two messages; the rest waits for the next start")
            return True
        except (MailboxError, SecretError, StoreError) as exc:
            return self._failed(str(exc))
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            return self._failed(f"database error: {reason}")
        except Exception as exc:  # a bug must not end the service: log it, retry later
            if isinstance(exc, OSError) and exc.filename is not None:  # read-only, full, denied
                return self._failed(
                    f"{exc.filename}: {exc.strerror} — check the storage folder's permissions "
                    "and free space"
                )
            log.error("poll failed unexpectedly", exc_info=exc)
            return self._failed(f"unexpected {type(exc).__name__}")
        if summary is not None:
            record_poll(self.root, True, summary)
        return True

    def _poll(self) -> str | None:
        """Poll under the poll lock; the one-line summary, or None when another poll runs."""
        password, token = imap_credentials(self.config.imap, self.environ)
        with PollLock(self.store.engine, self.root) as lock:
            if not lock.acquired:
                log.info("another poll is running (cron?); this one skipped")
                return None
            box = Mailbox(self.config.imap, password, token)
            try:
                tally = poll_mailbox(self.config, self.store, box, self._between_messages)
            finally:
                box.close()
        line = tally.line()
        log.info("poll: %s", line)
        for failure in tally.failures:
            log.warning("failed message: %s", failure)
        return line

    def _between_messages(self, line: str) -> None:
        log.debug("%s", line)
        if self.stopping.is_set():
            raise _Stopping

    def _failed(self, reason: str) -> bool:
        log.error("poll failed: %s", reason)
        try:
            record_poll(self.root, False, reason)
        except OSError as exc:
            log.error("cannot record the poll state in %s: %s", self.root, exc.strerror)
        return False

    def _retry_later(self) -> None:
        """Next attempt after 2, 4, 8… s, never later than the interval."""
        self.failures += 1
        delay = min(RETRY_FIRST_S * 2 ** (self.failures - 1), self.config.poll.interval_seconds)
        log.info("retrying in %g s (attempt %d)", delay, self.failures + 1)
        if not self.stopping.is_set():
            when = datetime.now(UTC) + timedelta(seconds=delay)
            self.scheduler.modify_job(JOB_ID, next_run_time=when)

    def _send_replies(self) -> None:
        """Send the outbox's pending replies (ipom_mail.reply.outbox), when replies are on."""
        if not self.config.reply.enabled or self.stopping.is_set():
            return
        try:
            outbox: Any = importlib.import_module("ipom_mail.reply.outbox")
        except ImportError:
            if not self._warned_no_outbox:
                log.warning("replies: ipom_mail.reply.outbox is not installed; replies not sent")
                self._warned_no_outbox = True
            return
        try:
            sent = outbox.send_pending(self.config, self.store, environ=self.environ)
        except Exception as exc:  # SMTP down: the replies stay pending, retried after the next poll
            log.warning(
                "replies: not sent this time (%s); retried after the next poll", type(exc).__name__
            )
            return
        line = sent.line() if hasattr(sent, "line") else None
        if line and not line.endswith("nothing to send"):
            log.info("%s", line)

    # the IDLE watcher

    def _wake(self) -> None:
        """Run the poll now (or once more right after the running one)."""
        self.again.set()
        if not self.running.is_set() and not self.stopping.is_set():
            self.scheduler.modify_job(JOB_ID, next_run_time=datetime.now(UTC))

    def _watch(self) -> None:
        """Hold an IDLE session on the folder; wake the poll when a message arrives."""
        delay = 1.0
        while not self.stopping.is_set():
            try:
                if not self._idle_session():
                    return
                delay = 1.0
            except (MailboxError, SecretError) as exc:
                if self.stopping.is_set():
                    return
                log.info("IDLE: %s; again in %g s", exc, delay)
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

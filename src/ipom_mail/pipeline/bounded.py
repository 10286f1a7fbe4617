"""The pure pipeline with a time bound per message ([limits] max_seconds_per_message).

Why a worker process: the stages are CPU work in Python and in C (regular
expressions, the stdlib's parsers, lxml). SIGALRM reaches Python code only
between bytecodes, so a C-level regex that runs for minutes would not see it,
and a thread can never be stopped. A process can: at the deadline it is killed
with the decoder processes it started, the message gets its reason (it goes to
Failed) and a fresh worker takes the next message. The worker lives across
messages, warmed up once, so the bound counts the message's own work. Its
address space is capped too ([limits] max_memory_mb_per_message): a message
that needs more gets a MemoryError there, and the same treatment.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections import deque
from dataclasses import replace
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING

from ipom_mail.config import Config
from ipom_mail.pipeline.values import CheckResult, DateStyle

if TYPE_CHECKING:
    from ipom_mail.pipeline.child import _Worker

log = logging.getLogger(__name__)
WORKER_MODULE = "ipom_mail.pipeline.worker"


class PipelineStopped(Exception):
    """The pipeline did not finish one message; str() is the one-line reason."""


class StageFailed(PipelineStopped):
    """A stage raised on the message; the worker itself is fine and stays."""


def over_bound_reason(seconds: float) -> str:
    """The reason recorded for a message that took longer than the bound."""
    return (
        f"the pipeline took longer than the {seconds:g} seconds allowed per message "
        "([limits] max_seconds_per_message); it was stopped"
    )


class Ticket:
    """One message given to the pipeline worker (`start_check`); `finish_check` gets its answer.

    The worker takes the messages in the order given and answers in that order, so a
    caller may give it the next message before it collects this one: the worker then
    goes from one to the next without waiting for the caller. An answer read while
    waiting for a later ticket's is kept on its own ticket.
    """

    def __init__(
        self, raw: bytes, config: Config, sender_dates: tuple[DateStyle, ...], seconds: float
    ) -> None:
        self.raw = raw  # kept until answered: given again if the worker stops before it
        self.config = config
        self.sender_dates = sender_dates
        self.seconds = seconds  # its time bound, counted from when the worker begins it
        self.runner: _Runner | None = None  # the worker that has it, until it answers
        self.outcome: CheckResult | PipelineStopped | None = None


class _Runner:
    """One warm pipeline worker for one config, with the tickets given to it in order.

    It is started without waiting (the warm-up message is sent at once), so the
    caller can connect to the mailbox meanwhile; the first `give` waits for it.
    """

    def __init__(self, config: Config) -> None:
        from ipom_mail.pipeline.child import STARTUP_SECONDS, _Worker  # no Pillow here

        self.config = config
        memory = config.limits.max_memory_mb_per_message
        self.worker: _Worker = _Worker(memory, WORKER_MODULE, group=True, wait=False)
        self.warm = False
        self.stopped = False
        self.pending: deque[Ticket] = deque()  # given and not answered yet, in order
        self.since = time.monotonic()  # when the worker began the oldest pending ticket
        self.warm_up = Ticket(_warm_up_message(), config, (), STARTUP_SECONDS)
        self._send(self.warm_up)

    def _warm_up(self) -> None:
        """Wait for the worker to say READY and answer the warm-up message."""
        from ipom_mail.pipeline.child import DecoderUnavailable

        try:
            if not self.worker.ready():
                raise PipelineStopped(_died(self.worker.exit_code()))
            self.since = time.monotonic()  # its bound counts from READY
            self.read_until(self.warm_up)
            if not isinstance(self.warm_up.outcome, CheckResult):
                raise self.warm_up.outcome or PipelineStopped("it gave no answer")
        except PipelineStopped as exc:
            self.stop()
            raise DecoderUnavailable(f"the pipeline process did not start: {exc}") from None
        self.warm = True

    def fits(self, config: Config) -> bool:
        """Whether this worker can serve `config`: only its memory cap is fixed at its start."""
        limits, mine = config.limits, self.config.limits
        return limits.max_memory_mb_per_message == mine.max_memory_mb_per_message

    def give(self, ticket: Ticket) -> None:
        """Give the worker one message, after those it has; its time bound starts when the
        worker begins it."""
        if not self.warm:
            self._warm_up()
        self._send(ticket)

    def _send(self, ticket: Ticket) -> None:
        if not self.worker.give(0, (ticket.config, ticket.sender_dates), ticket.raw):
            raise PipelineStopped(_died(self.worker.exit_code()))
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append(ticket)
        ticket.runner = self

    def read_until(self, ticket: Ticket) -> None:
        """Read the answers in order until `ticket` has its outcome, or until the worker is
        stopped on an earlier message (over its bound, over memory, or dead), which gives
        back the tickets after that one (their runner is None: they are given again)."""
        while ticket.outcome is None and ticket.runner is self:
            head = self.pending[0]
            try:
                head.outcome = self._answer(head)
            except PipelineStopped as exc:
                head.outcome = exc
                self.stop()
                return
            self.pending.popleft()
            head.runner = None
            self.since = time.monotonic()  # the worker goes on with the next one now

    def _answer(self, head: Ticket) -> CheckResult | StageFailed:
        """The answer to the oldest pending ticket, waited for until its deadline; raises
        PipelineStopped when the worker has to be stopped."""
        deadline = self.since + head.seconds
        while not wait([self.worker.conn], timeout=max(0.0, deadline - time.monotonic())):
            if time.monotonic() >= deadline:
                raise PipelineStopped(over_bound_reason(head.seconds))
        try:
            status, value = receive_answer(self.worker.conn)
        except (EOFError, OSError, ValueError, MemoryError):
            raise PipelineStopped(_died(self.worker.exit_code())) from None
        if status == "memory":
            memory = head.config.limits.max_memory_mb_per_message
            raise PipelineStopped(over_memory_reason(memory))
        if status == "failed":  # the worker itself is fine and stays
            return StageFailed(f"the pipeline failed on it ({value})")
        assert isinstance(value, CheckResult)
        return value

    def answering(self, ticket: Ticket, within: float) -> bool:
        """Whether the answer to `ticket`, the oldest pending one, is there within `within` s."""
        if not self.pending or self.pending[0] is not ticket:
            return False
        try:
            return bool(self.worker.conn.poll(within))
        except (OSError, ValueError):
            return True  # a dead worker: finish_check says so at once

    def stop(self) -> None:
        """Kill the worker; the tickets it had and did not answer are given back."""
        self.stopped = True
        for ticket in self.pending:
            ticket.runner = None
        self.pending.clear()
        self.worker.stop()


def receive_answer(conn: Connection) -> tuple[str, object]:
    """The worker's answer, with its parts' payloads put back (they come apart: worker.send)."""
    status, value, count = conn.recv()
    payloads = [conn.recv_bytes() for _ in range(count)]
    if isinstance(value, CheckResult) and payloads:
        parts = value.parsed.parts
        assert len(parts) == len(payloads), "one payload per part"
        kept = tuple(replace(p, payload=b) for p, b in zip(parts, payloads, strict=True))
        value = replace(value, parsed=replace(value.parsed, parts=kept))
    return status, value


def over_memory_reason(megabytes: int) -> str:
    """The reason recorded for a message that needed more memory than the bound."""
    return (
        f"the pipeline needed more than the {megabytes} MB allowed per message "
        "([limits] max_memory_mb_per_message); it was stopped"
    )


def _died(code: int | None) -> str:
    how = f" (signal {-code})" if code is not None and code < 0 else ""
    return f"the pipeline process died on it{how}"


# A small submission with a tiny (8×8 PNG) photo: it loads every stage and starts the decoders.
# Written out, so that starting the worker costs the poller neither Pillow nor the email package.
_WARM_UP = b"""From: warm-up <warm-up@example.org>
Subject: warm-up
Date: Mon, 01 Dec 2025 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=====warm-up=="

--=====warm-up==
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Taken 1 December 2025 at 21:34 UT with a Canon EOS R6.

--=====warm-up==
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="a.png"

iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAADElEQVR4nGNgGB4AAADIAAGtQHYi
AAAAAElFTkSuQmCC

--=====warm-up==--
"""


def _warm_up_message() -> bytes:
    """The warm-up message (see _WARM_UP)."""
    return _WARM_UP


_lock = threading.Lock()
_runner: _Runner | None = None


def start_runner(config: Config) -> None:
    """Start the pipeline worker for `config` now, without waiting for it to be ready."""
    global _runner
    with _lock:
        if _runner is not None and _runner.fits(config):
            _runner.config = config  # each message carries its config: the warm worker serves it
        else:
            shutdown_runner_locked()
            _runner = _Runner(config)
            _prepare_places(config)  # while the new worker starts


def _prepare_places(config: Config) -> None:
    """The pass check's place index, built here once (outside a message's time bound)."""
    if not config.verify.elements_file:
        return
    from ipom_mail.pipeline.verify.stage import ensure_places_index, places_index_path

    try:
        if ensure_places_index(config):
            log.info("built the pass check's place index: %s", places_index_path(config))
    except (OSError, ValueError) as exc:  # the pass check says so for each message
        log.warning("cannot build the place index at %s: %s", places_index_path(config), exc)


def check_bounded(
    raw: bytes, config: Config, sender_dates: tuple[DateStyle, ...] = ()
) -> CheckResult:
    """check_message in the worker; raises PipelineStopped with the reason when it did not finish.

    `sender_dates`: how the sender wrote dates before (see `check_message`)."""
    return finish_check(start_check(raw, config, sender_dates))


def start_check(raw: bytes, config: Config, sender_dates: tuple[DateStyle, ...] = ()) -> Ticket:
    """Give one message to the worker and return at once; `finish_check` gets its result.

    The caller stores the message before it meanwhile, and may give the next one before
    it finishes this: that is the overlap of a poll.
    """
    ticket = Ticket(raw, config, sender_dates, config.limits.max_seconds_per_message)
    _give(ticket)
    return ticket


def _give(ticket: Ticket) -> None:
    start_runner(ticket.config)
    with _lock:
        assert _runner is not None
        try:
            _runner.give(ticket)
        except BaseException:
            shutdown_runner_locked()
            raise


def answer_ready(ticket: Ticket, within: float = 0.0) -> bool:
    """Whether the worker's answer to `ticket` is there (or comes within `within` seconds);
    False while an earlier message's answer is still awaited."""
    with _lock:
        runner = ticket.runner
        if ticket.outcome is not None or runner is None or runner is not _runner:
            return True  # nothing to wait for
        return runner.answering(ticket, within)


def finish_check(ticket: Ticket) -> CheckResult:
    """The result of the message given to `start_check`; PipelineStopped when it did not finish.

    A message whose worker was stopped on an earlier message is given to a new worker."""
    global _runner
    while True:
        with _lock:
            runner = ticket.runner
            if ticket.outcome is None and runner is not None:
                try:
                    runner.read_until(ticket)
                except BaseException:  # interrupted mid-answer (a signal): the answers would
                    runner.stop()  # come late, so a new worker takes the next message
                    raise
                finally:
                    if runner is _runner and runner.stopped:
                        _runner = None
        outcome, ticket.outcome = ticket.outcome, None
        if isinstance(outcome, CheckResult):
            ticket.raw = b""
            return outcome
        if outcome is not None:
            raise outcome
        _give(ticket)  # given back by a worker stopped before it: a new one takes it


def shutdown_runner_locked() -> None:
    global _runner
    if _runner is not None:
        _runner.stop()
        _runner = None


def shutdown_runner() -> None:
    """Stop the pipeline worker (the next message starts a new one)."""
    with _lock:
        shutdown_runner_locked()


def _close_at_exit() -> None:
    """At exit: an idle, warm worker is asked to finish (its decoders end cleanly), else killed."""
    global _runner
    with _lock:
        if _runner is not None and _runner.warm and not _runner.pending:
            _runner.worker.close()
            _runner = None
        shutdown_runner_locked()


atexit.register(_close_at_exit)

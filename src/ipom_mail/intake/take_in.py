"""One message into the store, with an error boundary (Mailman's runner, in small).

The poller, `ipom ingest` and `ipom reprocess` all hand raw bytes here: the
pure pipeline runs, the result is recorded in one transaction (archive first),
and a message the pipeline fails on is recorded as failed with its reason, so
the caller moves it to the Failed folder and goes on with the next one.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from ipom_mail.config import Config
from ipom_mail.pipeline.bounded import (
    PipelineStopped,
    Ticket,
    check_bounded,
    finish_check,
    start_check,
)
from ipom_mail.pipeline.values import CheckResult
from ipom_mail.store import Origin, OutboxReply, Store, message_fault

if TYPE_CHECKING:
    from ipom_mail.reply.compose import ReplyKind

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one message."""

    status: str  # complete | incomplete | rejected | ignored | failed
    duplicate: bool
    reference: str | None = None
    reason: str | None = None

    @property
    def failed(self) -> bool:
        return self.status == "failed"


@dataclass(slots=True)
class Tally:
    """Counts for the one-line summary of a poll or an ingest."""

    statuses: Counter[str] = field(default_factory=Counter)
    duplicates: int = 0
    failures: list[str] = field(default_factory=list)
    replies: str | None = None  # the outbox's summary line, when replies were sent or tried
    moved: int = 0  # messages moved out of the polled folder (a poll only)

    def add(self, outcome: Outcome, label: str) -> None:
        if outcome.duplicate:
            self.duplicates += 1
        else:
            self.statuses[outcome.status] += 1
        if outcome.failed and outcome.reason:
            self.failures.append(f"{label}: {outcome.reason}")

    @property
    def new(self) -> int:
        return sum(self.statuses.values())

    @property
    def failed(self) -> int:
        return self.statuses["failed"]

    def line(self) -> str:
        """E.g. '12 new: 9 complete, 2 incomplete, 1 failed'."""
        order = ("complete", "incomplete", "ignored", "rejected", "failed")
        parts = [f"{self.statuses[s]} {s}" for s in order if self.statuses[s]]
        text = f"{self.new} new" + (": " + ", ".join(parts) if parts else "")
        if self.duplicates:
            text += f" ({self.duplicates} already stored)"
        if self.replies:
            text += f"; {self.replies}"
        return text

    def as_dict(self) -> dict[str, object]:
        return {
            "new": self.new,
            "by_status": {k: v for k, v in sorted(self.statuses.items())},
            "duplicates": self.duplicates,
            "failures": list(self.failures),
        }


def oversize_reason(size: int, config: Config) -> str | None:
    """The reason a message of `size` bytes is not processed, or None when it may be."""
    limit = config.limits.max_message_mb * 1024 * 1024
    if size <= limit:
        return None
    return (
        f"the message is {size / 1048576:.1f} MB, over the limit of "
        f"{config.limits.max_message_mb:g} MB ([limits] max_message_mb); it was not processed"
    )


_POISON = re.compile(rb"(?im)^X-IPOM-Poison:")  # the fault-injection hook marks a message with it
_POISON_STORE = re.compile(rb"(?im)^X-IPOM-Poison:[ \t]*store\b")  # …one failing in its savepoint
_SLOW = re.compile(rb"(?im)^X-IPOM-Slow:")  # …and one that keeps a stage busy for a minute
SLOW_FAULT_S = 60.0


@dataclass(frozen=True, slots=True)
class Started:
    """A message handed to the pipeline worker, then its result or the reason it failed."""

    raw: bytes
    origin: Origin
    reason: str | None = None  # set: it failed (before or in the pipeline)
    result: CheckResult | None = None  # set: the pipeline's answer, collected
    ticket: Ticket | None = None  # set: given to the pipeline worker, not collected yet
    slow: bool = False  # the fault-injection hook: a stage stuck on it, waited for in `collect`


def take_in(raw: bytes, origin: Origin, store: Store, config: Config) -> Outcome:
    """Process and record one message; never raises for the message's own faults."""
    return finish(collect(begin(raw, origin, store, config), store, config), store, config)


def begin(raw: bytes, origin: Origin, store: Store, config: Config) -> Started:
    """Hand the message to the pipeline worker and return at once (`collect` gets the answer).

    The poller begins the next message before it collects this one, and stores this one
    while the worker runs the next.
    """
    reason = oversize_reason(len(raw), config)
    if reason is not None:
        return Started(raw, origin, reason)
    try:
        poisoned = "poison" in store.faults and _POISON.search(raw[:65536])
        if poisoned and not _POISON_STORE.search(raw[:65536]):
            raise RuntimeError("injected fault: a stage failed on this message")
        slow = "slow" in store.faults and bool(_SLOW.search(raw[:65536]))
        ticket = start_check(raw, config)
    except PipelineStopped as exc:
        return Started(raw, origin, str(exc))
    except Exception as exc:  # a stage that failed on this message: record it and go on
        return Started(raw, origin, _stage_failed(exc))
    return Started(raw, origin, slow=slow, ticket=ticket)


def _stage_failed(exc: Exception) -> str:
    return f"the pipeline failed on it ({type(exc).__name__}: {exc})"


def collect(started: Started, store: Store, config: Config) -> Started:
    """Wait for the worker's answer to a begun message: with its result, or the reason.

    A date left two ways is read again with the sender's earlier styles here, while
    the worker is free (`with_sender_dates`).
    """
    ticket = started.ticket
    if started.reason is not None or started.result is not None or ticket is None:
        return started
    if started.slow:
        _busy(SLOW_FAULT_S)
    try:
        result = with_sender_dates(started.raw, finish_check(ticket), store, config)
        return replace(started, result=result, ticket=None)
    except PipelineStopped as exc:  # over the time or memory bound, or its process died
        return replace(started, reason=str(exc), ticket=None)
    except Exception as exc:  # a stage that failed on this message: record it and go on
        return replace(started, reason=_stage_failed(exc), ticket=None)


def finish(started: Started, store: Store, config: Config) -> Outcome:
    """Record a collected message (or its failure with the reason)."""
    raw, origin, result = started.raw, started.origin, started.result
    if result is None:
        return _failed(store, raw, origin, started.reason or "the pipeline gave no answer")
    try:
        return _record(raw, result, origin, store, config)
    except Exception as exc:  # its rows failed: rolled back alone (a savepoint in a batch)
        if not message_fault(exc):  # the database or the disk, not this message: the poll stops
            raise
        return _failed(store, raw, origin, f"storing it failed ({type(exc).__name__}: {exc})")


def with_sender_dates(
    raw: bytes,
    result: CheckResult,
    store: Store,
    config: Config,
    before: datetime | None = None,
    but: int | None = None,
) -> CheckResult:
    """The result read again with the sender's date styles when it left a date two ways
    (04/11/2023) and their earlier submissions settle it; else `result` as it is.

    The stages stay pure: the styles are looked up here and passed in as an input."""
    from ipom_mail.store.habits import sender_date_styles

    if not any(q.kind == "date_order" for q in result.fields.questions):
        return result
    styles = sender_date_styles(store, result.parsed.sender, before, but)
    return check_bounded(raw, config, styles) if styles else result


def _busy(seconds: float) -> None:
    """Compute for `seconds` in Python, as a stage stuck on a hostile message would."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pass


def _record(
    raw: bytes, result: CheckResult, origin: Origin, store: Store, config: Config
) -> Outcome:
    """Store the message with its reply: as a follow-up of an earlier submission, or as new."""
    from ipom_mail.reply.followup import flagged, merge
    from ipom_mail.reply.matching import followup_of

    parsed = result.parsed
    duplicate = store.find_duplicate(
        parsed.sha256,
        origin.mailbox,
        origin.uidvalidity,
        origin.uid,
        parsed.message_id,
        parsed.sender,
    )
    previous = None
    if duplicate is None:
        previous, flag = followup_of(store, result, config)
        result = flagged(result, flag)  # names a submission it may not change: on its own
    if previous is None:
        if origin.source != "imap":  # ingest of a backlog: stored, never answered
            recorded = store.record(raw, result, origin)
            return Outcome(recorded.status, recorded.duplicate, recorded.reference)
        poisoned = "poison" in store.faults and _POISON_STORE.search(raw[:65536])

        def compose(reference: str | None, resent: tuple[str, ...]) -> OutboxReply | None:
            if poisoned:  # the fault-injection hook: fail inside this message's savepoint
                raise RuntimeError("injected fault: storing this message failed")
            return _compose(result, reference, config, resent=resent)

        recorded = store.record(raw, result, origin, compose=compose)
        return Outcome(recorded.status, recorded.duplicate, recorded.reference)
    merged = merge(previous, result, config)
    kind: ReplyKind = "complete" if merged.verdict.status == "complete" else "ack"
    reply = _compose(merged, previous.reference, config, kind) if origin.source == "imap" else None
    recorded = store.record_followup(raw, result, merged, origin, previous.submission_id, reply)
    return Outcome(recorded.status, recorded.duplicate, recorded.reference)


def _compose(
    result: CheckResult,
    reference: str | None,
    config: Config,
    kind: ReplyKind = "ack",
    resent: tuple[str, ...] = (),
) -> OutboxReply | None:
    """The reply to queue; a template that fails is logged, never stops the message."""
    from ipom_mail.reply.compose import compose_reply

    try:
        return compose_reply(result, reference, config, kind, resent=resent)
    except Exception as exc:  # a broken template override must not stop the queue
        log.error(
            "cannot compose the reply to %s: %s: %s",
            result.parsed.message_id,
            type(exc).__name__,
            exc,
        )
        return None


def take_in_oversized(size: int, origin: Origin, store: Store, config: Config) -> Outcome:
    """Record a message too big to download, known only by where it is."""
    key = f"not-downloaded:{origin.mailbox}:{origin.uidvalidity}:{origin.uid}".encode()
    reason = oversize_reason(size, config) or "over the size limit"
    recorded = store.record_failure(None, hashlib.sha256(key).hexdigest(), size, origin, reason)
    return Outcome("failed", recorded.duplicate, None, reason)


def _failed(store: Store, raw: bytes, origin: Origin, reason: str) -> Outcome:
    recorded = store.record_failure(raw, hashlib.sha256(raw).hexdigest(), len(raw), origin, reason)
    return Outcome("failed", recorded.duplicate, None, reason)

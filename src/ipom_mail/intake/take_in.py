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
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from ipom_mail.config import Config
from ipom_mail.pipeline.bounded import PipelineStopped, check_bounded
from ipom_mail.pipeline.values import CheckResult
from ipom_mail.store import Origin, OutboxReply, Store

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
_SLOW = re.compile(rb"(?im)^X-IPOM-Slow:")  # …and one that keeps a stage busy for a minute
SLOW_FAULT_S = 60.0


def take_in(raw: bytes, origin: Origin, store: Store, config: Config) -> Outcome:
    """Process and record one message; never raises for the message's own faults."""
    reason = oversize_reason(len(raw), config)
    if reason is not None:
        return _failed(store, raw, origin, reason)
    try:
        if "poison" in store.faults and _POISON.search(raw[:65536]):
            raise RuntimeError("injected fault: a stage failed on this message")
        if "slow" in store.faults and _SLOW.search(raw[:65536]):
            _busy(SLOW_FAULT_S)
        result = with_sender_dates(raw, check_bounded(raw, config), store, config)
    except PipelineStopped as exc:  # over the time or memory bound, or its process died
        return _failed(store, raw, origin, str(exc))
    except Exception as exc:  # a stage that failed on this message: record it and go on
        return _failed(
            store, raw, origin, f"the pipeline failed on it ({type(exc).__name__}: {exc})"
        )
    return _record(raw, result, origin, store, config)


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
    from ipom_mail.reply.followup import flagged, followup_of, merge

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
        recorded = store.record(
            raw,
            result,
            origin,
            compose=lambda reference, resent: _compose(result, reference, config, resent=resent),
        )
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

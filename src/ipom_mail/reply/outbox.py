"""Send what the outbox holds: after the commit, with backoff, caps, and a record of each try.

A reply is sent at most once in normal running: the attempt is committed
before the SMTP conversation and `sent` right after the server accepts it.
The one window left is a crash between the server's 250 and that commit: the
next run sends the same message again (same Message-ID), so at most one
duplicate — the documented limit (README, "Automatic replies"). A 4xx or a
server that is down is retried with backoff; a 5xx is `failed` and never
retried by itself (`ipom replies retry` does). The per-sender daily cap (one
sender is a canonical address: case-folded, +tag removed), the per-domain
hourly cap and the global hourly cap bound what any loop or flood can make us
send; each address's first reply goes before anyone's second, so a flood of
`victim+N@` addresses cannot spend the budget of real senders.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

from sqlalchemy import or_, select

from ipom_mail.config import Config, ReplyConfig
from ipom_mail.reply.address import canonical, domain_of
from ipom_mail.reply.send import Outgoing, SendError, SmtpSession, build_mime
from ipom_mail.store import Store, fault
from ipom_mail.store.models import RawMessage, Reply

FIRST_BACKOFF = timedelta(minutes=2)
MAX_BACKOFF = timedelta(hours=6)
MAX_ATTEMPTS = 12  # about two days of tries with the backoff above
DAY = timedelta(hours=24)
HOUR = timedelta(hours=1)


@dataclass(slots=True)
class SendTally:
    """What one run of send_pending did."""

    sent: int = 0
    failed: int = 0
    deferred: int = 0
    withheld: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        """E.g. 'replies: 2 sent, 1 deferred (SMTP smtp.example.org:587: …)'."""
        parts = [
            f"{n} {label}"
            for n, label in (
                (self.sent, "sent"),
                (self.failed, "failed"),
                (self.deferred, "deferred"),
                (self.withheld, "withheld (cap)"),
            )
            if n
        ]
        text = "replies: " + (", ".join(parts) if parts else "nothing to send")
        return text + (f" ({self.errors[-1]})" if self.errors else "")


def backoff(attempts: int) -> timedelta:
    """How long to wait after the `attempts`-th failed try: 2 min, doubling, at most 6 h."""
    wait: timedelta = FIRST_BACKOFF * (2 ** max(0, attempts - 1))
    return min(wait, MAX_BACKOFF)


def send_pending(
    config: Config,
    store: Store,
    now: datetime | None = None,
    environ: Mapping[str, str] | None = None,
) -> SendTally:
    """Send every pending reply that is due; never raises for SMTP trouble."""
    now = now or datetime.now(UTC)
    tally = SendTally()
    if not config.reply.enabled:
        return tally
    due = _due(store, now)
    if not due:
        return tally
    session = SmtpSession(config.smtp, os.environ if environ is None else environ)
    try:
        session.open()
    except SendError as exc:
        _defer(store, [r.id for r in due], now, str(exc), count_attempt=True)
        tally.deferred, tally.errors = len(due), [str(exc)]
        return tally
    try:
        _send_all(config, store, session, due, now, tally)
    finally:
        session.close()
    return tally


@dataclass(slots=True)
class _Budget:
    """What was sent in the cap windows, counted per canonical address and per domain."""

    caps: ReplyConfig
    hour: int
    by_address: Counter[str]  # the last 24 hours
    by_domain: Counter[str]  # the last hour

    @classmethod
    def load(cls, store: Store, now: datetime, caps: ReplyConfig) -> _Budget:
        day = _sent_since(store, now - DAY)
        hour = [to for to, at in day if at >= now - HOUR]
        return cls(
            caps,
            len(hour),
            Counter(canonical(to) for to, _ in day),
            Counter(domain_of(to) for to in hour),
        )

    def withheld(self, to_addr: str) -> str | None:
        """Why a reply to this address is held back for good, or None."""
        if self.by_address[canonical(to_addr)] >= self.caps.max_per_sender_per_day:
            return "the daily cap for this sender is reached"
        if self.by_domain[domain_of(to_addr)] >= self.caps.max_per_domain_per_hour:
            return "the hourly cap for this domain is reached"
        return None

    def spend(self, to_addr: str) -> None:
        self.hour += 1
        self.by_address[canonical(to_addr)] += 1
        self.by_domain[domain_of(to_addr)] += 1


def fair_order(due: Sequence[Reply]) -> list[Reply]:
    """Each address's first reply before anyone's second, each domain's likewise; then by age."""
    seen_address: Counter[str] = Counter()
    seen_domain: Counter[str] = Counter()
    ranked = []
    for reply in due:
        address, domain = canonical(reply.to_addr), domain_of(reply.to_addr)
        ranked.append(((seen_address[address], seen_domain[domain], reply.id), reply))
        seen_address[address] += 1
        seen_domain[domain] += 1
    return [reply for _, reply in sorted(ranked, key=lambda pair: pair[0])]


def _send_all(
    config: Config,
    store: Store,
    session: SmtpSession,
    due: Sequence[Reply],
    now: datetime,
    tally: SendTally,
) -> None:
    """Send each due reply in turn, fairly, within the caps; stop when the server goes away."""
    budget = _Budget.load(store, now, config.reply)
    ordered = fair_order(due)
    for index, reply in enumerate(ordered):
        if budget.hour >= config.reply.max_per_hour:
            tally.deferred += len(ordered) - index
            tally.errors.append(f"the hourly cap of {config.reply.max_per_hour} replies is reached")
            return
        held = budget.withheld(reply.to_addr)
        if held is not None:
            _set_state(store, reply.id, "withheld", now, held)
            tally.withheld += 1
            continue
        _record_attempt(store, reply.id, now)
        try:
            session.send(_mime(config, store, reply, now), _envelope_from(config), reply.to_addr)
        except SendError as exc:
            if not _after_error(store, reply, now, exc, tally):
                rest = ordered[index + 1 :]
                tally.deferred += len(rest)
                _defer(store, [r.id for r in rest], now, str(exc), count_attempt=False)
                return
            continue
        fault("after_smtp_accept", store.faults)
        _set_state(store, reply.id, "sent", now, None)
        budget.spend(reply.to_addr)
        tally.sent += 1


def _after_error(
    store: Store, reply: Reply, now: datetime, exc: SendError, tally: SendTally
) -> bool:
    """Record a failed try; False when the server is gone and the rest must wait too."""
    tally.errors.append(str(exc))
    if exc.kind == "permanent":
        _set_state(store, reply.id, "failed", now, str(exc))
        tally.failed += 1
        return True
    if reply.attempts + 1 >= MAX_ATTEMPTS:
        _set_state(store, reply.id, "failed", now, f"gave up after {MAX_ATTEMPTS} tries: {exc}")
        tally.failed += 1
        return exc.scope != "server"
    _note_error(store, reply.id, str(exc))
    tally.deferred += 1
    return exc.scope != "server"


def _envelope_from(config: Config) -> str:
    """The SMTP MAIL FROM: our own address (bounces of our replies come back to us)."""
    from ipom_mail.reply.compose import our_address

    return our_address(config)


def _mime(config: Config, store: Store, reply: Reply, now: datetime) -> EmailMessage:
    """The message to send for an outbox row (In-Reply-To from the message it answers)."""
    answered = None
    if reply.raw_id is not None:
        with store.session(write=False) as session:
            raw = session.get(RawMessage, reply.raw_id)
            answered = raw.message_id if raw is not None else None
    out = Outgoing(
        reply.message_id, reply.to_addr, reply.subject, reply.body_text, reply.body_html, answered
    )
    return build_mime(out, config.smtp.from_, now)


def _due(store: Store, now: datetime) -> list[Reply]:
    """The pending replies whose next try is due, oldest first."""
    query = (
        select(Reply)
        .where(Reply.state == "pending")
        .where(or_(Reply.next_attempt_at.is_(None), Reply.next_attempt_at <= now))
        .order_by(Reply.id)
    )
    with store.session(write=False) as session:
        return list(session.scalars(query))


def _sent_since(store: Store, since: datetime) -> list[tuple[str, datetime]]:
    """(to_addr, sent_at) of every reply sent since `since` (at most a day of them)."""
    query = select(Reply.to_addr, Reply.sent_at).where(Reply.state == "sent")
    query = query.where(Reply.sent_at >= since)
    with store.session(write=False) as session:
        return [(to, at) for to, at in session.execute(query) if at is not None]


def _record_attempt(store: Store, reply_id: int, now: datetime) -> None:
    """Commit the try before talking to the server, with the time of the next one."""
    with store.session() as session:
        row = session.get(Reply, reply_id)
        if row is not None:
            row.attempts += 1
            row.next_attempt_at = now + backoff(row.attempts)


def _note_error(store: Store, reply_id: int, error: str) -> None:
    with store.session() as session:
        row = session.get(Reply, reply_id)
        if row is not None:
            row.last_error = error


def _defer(
    store: Store, ids: Sequence[int], now: datetime, error: str, count_attempt: bool
) -> None:
    """Put replies off to their next backoff time (the server was down or went away)."""
    with store.session() as session:
        for reply_id in ids:
            row = session.get(Reply, reply_id)
            if row is None:
                continue
            if count_attempt:
                row.attempts += 1
            row.next_attempt_at = now + backoff(max(1, row.attempts))
            row.last_error = error


def _set_state(store: Store, reply_id: int, state: str, now: datetime, error: str | None) -> None:
    with store.session() as session:
        row = session.get(Reply, reply_id)
        if row is None:
            return
        row.state = state
        if state == "sent":
            row.sent_at = now
            row.next_attempt_at = None
        if error is not None:
            row.last_error = error


def list_replies(store: Store, states: Sequence[str] = ()) -> list[Reply]:
    """The outbox, newest first, optionally only some states."""
    query = select(Reply).order_by(Reply.id.desc())
    if states:
        query = query.where(Reply.state.in_(list(states)))
    with store.session(write=False) as session:
        return list(session.scalars(query))


def retry(store: Store, ids: Sequence[int] = ()) -> int:
    """Make failed (and waiting) replies due now again; return how many."""
    query = select(Reply).where(Reply.state.in_(["failed", "pending"]))
    if ids:
        query = query.where(Reply.id.in_(list(ids)))
    count = 0
    with store.session() as session:
        for row in session.scalars(query):
            row.state, row.next_attempt_at = "pending", None
            count += 1
    return count

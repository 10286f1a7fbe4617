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

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from types import MappingProxyType

from ipom_mail.config import Config, ReplyConfig
from ipom_mail.reply.address import canonical, domain_of
from ipom_mail.reply.send import Outgoing, SendError, SmtpSession, build_mime
from ipom_mail.store import Store, fault
from ipom_mail.store import outbox as outbox_rows
from ipom_mail.store.outbox import OutboxRow

FIRST_BACKOFF = timedelta(minutes=2)
MAX_BACKOFF = timedelta(hours=6)
MAX_ATTEMPTS = 12  # about two days of tries with the backoff above
DAY = timedelta(hours=24)
HOUR = timedelta(hours=1)
NO_ENVIRONMENT: Mapping[str, str] = MappingProxyType({})


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
    environ: Mapping[str, str] = NO_ENVIRONMENT,
) -> SendTally:
    """Send every pending reply that is due; never raises for SMTP trouble.

    `environ` is where `[smtp] password_env` is looked up: the caller's (the
    CLI's or the runner's); without it, no password comes from the environment.
    """
    now = now or datetime.now(UTC)
    tally = SendTally()
    if not config.reply.enabled:
        return tally
    due = outbox_rows.due(store, now)
    if not due:
        return tally
    session = SmtpSession(config.smtp, environ)
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
        day = outbox_rows.sent_since(store, now - DAY)
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


def fair_order(due: Sequence[OutboxRow]) -> list[OutboxRow]:
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
    due: Sequence[OutboxRow],
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
            outbox_rows.set_state(store, reply.id, "withheld", now, held)
            tally.withheld += 1
            continue
        outbox_rows.record_attempt(store, reply.id, now, backoff)
        try:
            session.send(_mime(config, reply, now), _envelope_from(config), reply.to_addr)
        except SendError as exc:
            if not _after_error(store, reply, now, exc, tally):
                rest = ordered[index + 1 :]
                tally.deferred += len(rest)
                _defer(store, [r.id for r in rest], now, str(exc), count_attempt=False)
                return
            continue
        fault("after_smtp_accept", store.faults)
        outbox_rows.set_state(store, reply.id, "sent", now, None)
        budget.spend(reply.to_addr)
        tally.sent += 1


def _after_error(
    store: Store, reply: OutboxRow, now: datetime, exc: SendError, tally: SendTally
) -> bool:
    """Record a failed try; False when the server is gone and the rest must wait too."""
    tally.errors.append(str(exc))
    if exc.kind == "permanent":
        outbox_rows.set_state(store, reply.id, "failed", now, str(exc))
        tally.failed += 1
        return True
    if reply.attempts + 1 >= MAX_ATTEMPTS:
        outbox_rows.set_state(
            store, reply.id, "failed", now, f"gave up after {MAX_ATTEMPTS} tries: {exc}"
        )
        tally.failed += 1
        return exc.scope != "server"
    outbox_rows.note_error(store, reply.id, str(exc))
    tally.deferred += 1
    return exc.scope != "server"


def _envelope_from(config: Config) -> str:
    """The SMTP MAIL FROM: our own address (bounces of our replies come back to us)."""
    from ipom_mail.reply.compose import our_address

    return our_address(config)


def _mime(config: Config, reply: OutboxRow, now: datetime) -> EmailMessage:
    """The message to send for an outbox row (In-Reply-To from the message it answers)."""
    out = Outgoing(
        reply.message_id,
        reply.to_addr,
        reply.subject,
        reply.body_text,
        reply.body_html,
        reply.answers,
    )
    return build_mime(out, config.smtp.from_, now)


def _defer(
    store: Store, ids: Sequence[int], now: datetime, error: str, count_attempt: bool
) -> None:
    """Put replies off to their next backoff time (the server was down or went away)."""
    outbox_rows.defer(store, ids, now, error, count_attempt=count_attempt, backoff=backoff)


def retry(store: Store, ids: Sequence[int] = ()) -> int:
    """Make failed (and waiting) replies due now again; return how many."""
    return outbox_rows.retry(store, ids)


def retry_now(
    config: Config, store: Store, ids: Sequence[int], environ: Mapping[str, str]
) -> tuple[int, SendTally | None]:
    """`ipom replies retry`: make them due, then send; (how many were made due, what was sent).

    None instead of a tally when IDs were named and none of them could be retried.
    """
    count = retry(store, ids)
    if ids and not count:
        return 0, None
    return count, send_pending(config, store, environ=environ)

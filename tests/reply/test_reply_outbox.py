"""The outbox: one reply per submission, sent after the commit, retried, capped, never twice."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from ipom_mail.config import Config
from ipom_mail.reply.outbox import send_pending
from ipom_mail.store import Store, migrate, open_store
from ipom_mail.store.models import Reply
from tests.reply_kit import parsed, submission, take, text_of, with_sink
from tests.servers.dovecot import free_port
from tests.servers.smtp import SmtpSink


@pytest.fixture
def store(store_config: Config) -> Iterator[Store]:
    migrate(store_config)
    with open_store(store_config) as opened:
        yield opened


def replies(store: Store) -> list[Reply]:
    with store.session(write=False) as session:
        return list(session.scalars(select(Reply).order_by(Reply.id)))


def test_complete_and_incomplete_submissions_each_get_one_reply_with_rfc3834_headers(
    store: Store, store_config: Config, smtp_sink: SmtpSink
) -> None:
    config = with_sink(store_config, smtp_sink)
    done = take(store, config, submission(msgid="<full@example.es>"))
    half = take(store, config, submission(body="My ISS photo!", msgid="<half@example.es>"))
    assert (done.status, half.status) == ("complete", "incomplete")
    tally = send_pending(config, store)
    assert (tally.sent, tally.failed, tally.deferred) == (2, 0, 0)
    assert send_pending(config, store).sent == 0  # never twice
    first, second = (parsed(m) for m in smtp_sink.messages)
    assert len(smtp_sink.messages) == 2
    for msg, answered, captured in zip(
        (first, second), ("<full@example.es>", "<half@example.es>"), smtp_sink.messages, strict=True
    ):
        assert msg["Auto-Submitted"] == "auto-replied"
        assert msg["X-Auto-Response-Suppress"] == "All"
        assert msg["X-Loop"] == "ipom@example.org"
        assert msg["In-Reply-To"] == answered and answered in msg["References"]
        assert captured.rcpt_tos == ("maria@example.es",)
    assert first["Subject"] == f"Re: ISS transit [{done.reference}]"
    stored = replies(store)
    assert [r.message_id for r in stored] == [first["Message-ID"], second["Message-ID"]]
    assert all(r.state == "sent" for r in stored)
    incomplete = text_of(smtp_sink.messages[1])
    assert "Universal Time" in incomplete  # the one thing missing (the camera named the equipment)
    assert "telescope or lens" not in incomplete and "attach the image" not in incomplete


def test_the_same_message_seen_again_gets_no_second_reply(
    store: Store, store_config: Config, smtp_sink: SmtpSink
) -> None:
    config = with_sink(store_config, smtp_sink)
    raw = submission()
    take(store, config, raw)
    send_pending(config, store)
    again = take(store, config, raw)
    assert again.duplicate
    send_pending(config, store)
    assert len(smtp_sink.messages) == 1 and len(replies(store)) == 1


def test_the_fourth_message_in_a_day_from_one_sender_gets_no_reply(
    store: Store, store_config: Config, smtp_sink: SmtpSink
) -> None:
    config = with_sink(store_config, smtp_sink, max_per_sender_per_day=3)
    for _ in range(4):
        take(store, config, submission())
    tally = send_pending(config, store)
    assert (tally.sent, tally.withheld) == (3, 1)
    assert [r.state for r in replies(store)] == ["sent", "sent", "sent", "withheld"]
    take(store, config, submission(sender="other@example.de"))
    assert send_pending(config, store).sent == 1  # another sender is not held back


def test_the_daily_cap_counts_one_mailbox_whatever_its_case_or_plus_tag(
    store: Store, store_config: Config, smtp_sink: SmtpSink
) -> None:
    config = with_sink(store_config, smtp_sink, max_per_sender_per_day=2)
    for sender in ("maria@example.es", "Maria+iss@Example.ES", "MARIA+2@example.es"):
        take(store, config, submission(sender=sender))
    tally = send_pending(config, store)
    assert (tally.sent, tally.withheld) == (2, 1)
    assert [r.last_error for r in replies(store) if r.state == "withheld"] == [
        "the daily cap for this sender is reached"
    ]


def test_the_domain_cap_holds_back_a_flood_of_addresses_at_one_domain(
    store: Store, store_config: Config, smtp_sink: SmtpSink
) -> None:
    config = with_sink(store_config, smtp_sink, max_per_domain_per_hour=3)
    senders = [f"p{i}@flood.example" for i in range(4)] + ["maria@example.es"]
    for sender in senders:
        take(store, config, submission(sender=sender))
    tally = send_pending(config, store)
    assert (tally.sent, tally.withheld) == (4, 1)
    assert sorted(m.rcpt_tos[0] for m in smtp_sink.messages) == [
        "maria@example.es",
        "p0@flood.example",
        "p1@flood.example",
        "p2@flood.example",
    ]


def test_the_hourly_cap_bounds_what_a_flood_can_make_us_send(
    store: Store, store_config: Config, smtp_sink: SmtpSink
) -> None:
    config = with_sink(store_config, smtp_sink, max_per_hour=2)
    for i in range(3):
        take(store, config, submission(sender=f"p{i}@example.es"))
    now = datetime.now(UTC)
    assert send_pending(config, store, now).deferred == 1
    assert len(smtp_sink.messages) == 2
    assert send_pending(config, store, now + timedelta(minutes=61)).sent == 1


def test_smtp_down_leaves_the_reply_pending_and_it_is_sent_once_when_back(
    store: Store, store_config: Config
) -> None:
    down = with_sink(store_config, None)
    take(store, down, submission())
    tally = send_pending(down, store)
    assert (tally.sent, tally.deferred) == (0, 1)
    (row,) = replies(store)
    assert row.state == "pending" and row.last_error and row.next_attempt_at is not None
    with SmtpSink() as sink:
        up = with_sink(store_config, sink)
        assert send_pending(up, store).sent == 0  # backing off: not due yet
        later = datetime.now(UTC) + timedelta(hours=1)
        assert send_pending(up, store, later).sent == 1
        assert send_pending(up, store, later + timedelta(hours=1)).sent == 0
        assert len(sink.messages) == 1


class _Refuse:
    """An SMTP server that answers DATA with a fixed code."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.seen = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.seen += 1
        await asyncio.sleep(0)
        return self.code


@pytest.mark.parametrize(
    ("code", "state"), [("550 5.1.1 no such user", "failed"), ("451 4.3.0 try later", "pending")]
)
def test_a_5xx_fails_for_good_and_a_4xx_is_retried_later(
    store: Store, store_config: Config, code: str, state: str
) -> None:
    handler = _Refuse(code)
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        config = with_sink(store_config, None)
        config = config.__class__(**{**_fields(config), "smtp": _at(config, controller.port)})
        take(store, config, submission())
        send_pending(config, store)
        send_pending(config, store, datetime.now(UTC) + timedelta(minutes=1))
    finally:
        controller.stop()
    (row,) = replies(store)
    assert row.state == state and code.split()[0] in (row.last_error or "")
    assert handler.seen == 1  # a 5xx is never retried; a 4xx waits for its backoff


def _fields(config: Config) -> dict[str, Any]:
    return {f: getattr(config, f) for f in config.__dataclass_fields__}


def _at(config: Config, port: int) -> Any:
    from dataclasses import replace

    return replace(config.smtp, port=port)

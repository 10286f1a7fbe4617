"""Replies over a real poll: Dovecot in, aiosmtpd out; no reply to machines, lists or forgers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from ipom_mail.config import Config, load
from ipom_mail.intake.runner import run_poll
from ipom_mail.intake.take_in import Tally
from ipom_mail.reply.outbox import send_pending
from ipom_mail.store import Store, migrate, open_store
from tests import corpus
from tests.pollkit import write_config
from tests.reply_kit import parsed, submission, take, with_sink
from tests.servers.dovecot import Dovecot
from tests.servers.smtp import SmtpSink

AUTOMATIC = ("autoreply", "bounce", "report", "list")


@pytest.fixture
def store(store_config: Config) -> Iterator[Store]:
    migrate(store_config)
    with open_store(store_config) as opened:
        yield opened


@pytest.mark.imap
def test_a_poll_replies_once_to_each_submission_and_sends_again_never(
    dovecot: Dovecot, tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    config = _replying(tmp_path, dovecot, smtp_sink)
    migrate(config)
    dovecot.append("INBOX", submission(msgid="<a@example.es>"))
    dovecot.append("INBOX", submission(body="ISS!", msgid="<b@example.es>", photo=False))
    environ = {"IPOM_TEST_IMAP_PASSWORD": dovecot.password}
    with open_store(config) as store:
        for _ in range(2):
            tally = run_poll(config, store, environ)
            assert tally is not None
        assert tally is not None and tally.new == 0  # the second poll: nothing new, nothing sent
    answered = sorted(parsed(m)["In-Reply-To"] for m in smtp_sink.messages)
    assert answered == ["<a@example.es>", "<b@example.es>"]


def _replying(tmp_path: Path, dovecot: Dovecot, sink: SmtpSink, **reply: object) -> Config:
    """A config polling this Dovecot and replying through this SMTP sink."""
    path = write_config(tmp_path, dovecot, "", reply={"enabled": True})
    return with_sink(load(path), sink, **reply)


def _poll(config: Config, store: Store, dovecot: Dovecot) -> Tally:
    """One poll of the Dovecot INBOX and its replies, as `ipom poll` runs it."""
    tally = run_poll(config, store, {"IPOM_TEST_IMAP_PASSWORD": dovecot.password})
    assert tally is not None
    return tally


def test_no_reply_to_any_automatic_mail_of_the_corpus(
    store: Store, store_config: Config, smtp_sink: SmtpSink
) -> None:
    corpus.require()
    config = with_sink(store_config, smtp_sink, max_per_sender_per_day=1000)
    config = replace(config, reply=replace(config.reply, max_per_hour=1000))
    entries = [e for e in corpus.emails() if corpus.email_class(e) in AUTOMATIC]
    assert len(entries) > 20
    for entry in entries:
        take(store, config, entry.path.read_bytes())
    tally = send_pending(config, store)
    assert tally.sent == 0 and smtp_sink.messages == []


def test_no_reply_to_a_sender_failing_dmarc_at_our_trusted_server(
    store: Store, store_config: Config, smtp_sink: SmtpSink
) -> None:
    config = with_sink(store_config, smtp_sink, trusted_authserv_ids=("mx.example.org",))
    forged = submission(
        headers={
            "Authentication-Results": "mx.example.org; spf=fail smtp.mailfrom=example.es; "
            "dkim=none; dmarc=fail header.from=example.es"
        }
    )
    outcome = take(store, config, forged)
    assert outcome.status == "complete"  # judged by its content, but not answered
    assert send_pending(config, store).sent == 0 and smtp_sink.messages == []


def _poll_once(config: Config, dovecot: Dovecot) -> None:
    migrate(config)
    with open_store(config) as opened:
        _poll(config, opened, dovecot)


@pytest.mark.imap
def test_a_flood_to_victim_plus_n_addresses_cannot_spend_a_real_senders_reply(
    dovecot: Dovecot, tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    # An hourly budget smaller than the flood: on its own it would leave nothing for Maria.
    config = _replying(tmp_path, dovecot, smtp_sink, max_per_hour=50)
    for n in range(51):
        flood = submission(sender=f"Victim <victim+{n}@example.net>", body="ISS!", photo=False)
        dovecot.append("INBOX", flood)
    dovecot.append("INBOX", submission(msgid="<real@example.es>"))
    _poll_once(config, dovecot)
    recipients = [to for m in smtp_sink.messages for to in m.rcpt_tos]
    assert recipients.count("maria@example.es") == 1
    to_victim = [to for to in recipients if to.endswith("@example.net")]
    assert len(to_victim) == config.reply.max_per_sender_per_day == 3


@pytest.mark.imap
def test_a_reply_to_a_third_party_is_never_used_and_a_reply_to_in_the_senders_domain_is(
    dovecot: Dovecot, tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    config = _replying(tmp_path, dovecot, smtp_sink)
    aimed = submission(msgid="<aimed@example.es>", headers={"Reply-To": "victim@example.net"})
    own = submission(
        sender="Anna <anna@example.org>",
        msgid="<own@example.org>",
        headers={"Reply-To": "Anna Photos <photos@club.example.org>"},
    )
    dovecot.append("INBOX", aimed)
    dovecot.append("INBOX", own)
    _poll_once(config, dovecot)
    sent = {parsed(m)["In-Reply-To"]: m.rcpt_tos for m in smtp_sink.messages}
    assert sent == {
        "<aimed@example.es>": ("maria@example.es",),
        "<own@example.org>": ("photos@club.example.org",),
    }


def test_a_fresh_install_sends_no_backscatter_to_a_sender_stated_to_fail_dmarc(
    store: Store, store_config: Config, smtp_sink: SmtpSink
) -> None:
    config = with_sink(store_config, smtp_sink)  # no trusted_authserv_ids set yet
    forged = submission(
        headers={"Authentication-Results": "mx.example.org; dmarc=fail header.from=example.es"}
    )
    assert take(store, config, forged).status == "complete"  # judged, kept for the curator
    assert send_pending(config, store).sent == 0 and smtp_sink.messages == []


@pytest.mark.imap
def test_a_resent_photo_is_named_in_the_reply_and_another_senders_never_is(
    dovecot: Dovecot, tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    config = _replying(tmp_path, dovecot, smtp_sink)
    migrate(config)
    dovecot.append("INBOX", submission(msgid="<first@example.es>"))
    with open_store(config) as store:
        _poll(config, store, dovecot)
        dovecot.append("INBOX", submission(msgid="<again@example.es>", subject="ISS again"))
        dovecot.append(
            "INBOX", submission(sender="Rex Other <rex@example.net>", msgid="<rex@example.net>")
        )
        _poll(config, store, dovecot)
    replies = {parsed(m)["In-Reply-To"]: parsed(m) for m in smtp_sink.messages}
    first_ref = replies["<first@example.es>"]["Subject"].split("[")[1].split("]")[0]
    again = replies["<again@example.es>"].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert f"We already have this photo as {first_ref}" in again
    rex = replies["<rex@example.net>"].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert first_ref not in rex and "already have this photo" not in rex

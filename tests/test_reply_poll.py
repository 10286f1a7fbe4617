"""Replies over a real poll: Dovecot in, aiosmtpd out; no reply to machines, lists or forgers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from ipom_mail.config import Config, load
from ipom_mail.reply.outbox import send_pending
from ipom_mail.runner import run_poll
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
    path = write_config(tmp_path, dovecot, "", reply={"enabled": True})
    config = with_sink(load(path), smtp_sink)
    migrate(config)
    dovecot.append("INBOX", submission(msgid="<a@example.es>"))
    dovecot.append("INBOX", submission(body="ISS!", msgid="<b@example.es>", photo=False))
    environ = {"IPOM_TEST_IMAP_PASSWORD": dovecot.password}
    with open_store(config) as store:
        for _ in range(2):
            tally = run_poll(config, store, environ)
            assert tally is not None
        assert tally.new == 0  # the second poll: nothing new, nothing sent
    answered = sorted(parsed(m)["In-Reply-To"] for m in smtp_sink.messages)
    assert answered == ["<a@example.es>", "<b@example.es>"]


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

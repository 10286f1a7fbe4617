"""The one known window: killed after the SMTP server accepted a reply, before recording it.

README documents the limit: at most one duplicate, with the same Message-ID.
This test kills a real `ipom poll` there (SIGKILL) and counts what the server got.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ipom_mail.config import load
from ipom_mail.reply.outbox import backoff, send_pending
from ipom_mail.store import open_store
from tests.pollkit import Setup, write_config
from tests.reply_kit import parsed, submission
from tests.servers.dovecot import Dovecot
from tests.servers.smtp import SmtpSink

pytestmark = pytest.mark.imap


def test_a_crash_right_after_smtp_accepts_costs_at_most_one_duplicate(
    dovecot: Dovecot, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    smtp = {"host": "127.0.0.1", "port": smtp_sink.port, "security": "none", "username": ""}
    config = write_config(tmp_path, dovecot, "", smtp=smtp, reply={"enabled": True})
    setup = Setup(dovecot, config, tmp_path / "data", "")
    setup.init()
    dovecot.append("INBOX", submission().replace(b"\n", b"\r\n"))

    crashed = setup.ipom("poll", IPOM_FAULT="after_smtp_accept")
    assert crashed.returncode == -9
    assert len(smtp_sink.messages) == 1

    done = setup.ipom("poll")
    assert done.returncode == 0, done.stderr
    assert len(smtp_sink.messages) == 1  # the unrecorded try waits for its backoff

    later = datetime.now(UTC) + backoff(1) + timedelta(seconds=1)
    config_value = load(config)
    with open_store(config_value) as store:
        for _ in range(2):
            send_pending(config_value, store, now=later)
    ids = [parsed(m)["Message-ID"] for m in smtp_sink.messages]
    assert len(ids) == 2 and ids[0] == ids[1]  # one duplicate, the same reply, and no more
    assert setup.query("SELECT state FROM replies") == [("sent",)]


def test_replies_lists_the_outbox_and_retry_sends_a_waiting_reply_now(
    dovecot: Dovecot, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    smtp = {"host": "127.0.0.1", "port": 9, "security": "none", "username": ""}  # nothing listens
    config = write_config(tmp_path, dovecot, "", smtp=smtp, reply={"enabled": True})
    setup = Setup(dovecot, config, tmp_path / "data", "")
    setup.init()
    dovecot.append("INBOX", submission().replace(b"\n", b"\r\n"))
    assert setup.ipom("poll").returncode == 0  # the SMTP port is wrong: the reply waits
    listed = setup.ipom("replies", "--state", "pending")
    assert listed.returncode == 0, listed.stderr
    assert "maria@example.es" in listed.stdout and "pending" in listed.stdout

    config.write_text(config.read_text().replace("port = 9\n", f"port = {smtp_sink.port}\n"))
    retried = setup.ipom("replies", "retry")
    assert retried.returncode == 0, retried.stderr
    assert len(smtp_sink.messages) == 1
    assert "sent" in setup.ipom("replies").stdout

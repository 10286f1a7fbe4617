"""An idle `ipom poll` (an empty folder, no reply waiting) ends at its first look, fast.

However much mail Processed holds, it lists only the polled folder and loads
neither SQLAlchemy nor the pipeline; a reply still waiting in the outbox, or a
database that needs `ipom init`, takes the usual path, which sends or says so.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.pollkit import Setup, poll_loading, write_config
from tests.reply_kit import parsed, submission
from tests.servers.dovecot import Dovecot
from tests.servers.smtp import SmtpSink

pytestmark = pytest.mark.imap

HEAVY = ("sqlalchemy", "ipom_mail.pipeline.bounded", "ipom_mail.pipeline.fields")


def _poll(setup: Setup, *args: str) -> tuple[str, str]:
    """One `ipom poll`: its output and the line naming the heavy packages it loaded."""
    return poll_loading(setup, HEAVY, *args)


def _setup(dovecot: Dovecot, tmp_path: Path, **sections: dict[str, object]) -> Setup:
    config = write_config(tmp_path, dovecot, "", **sections)
    s = Setup(dovecot, config, tmp_path / "data", "")
    s.init()
    return s


def test_an_idle_poll_with_much_mail_in_processed_loads_neither_the_store_nor_the_pipeline(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    setup = _setup(dovecot, tmp_path)
    dovecot.append("INBOX", submission(msgid="<first@example.es>"))
    out, loaded = _poll(setup)
    assert "1 new" in out and "sqlalchemy" in loaded  # mail to store: the usual path
    small = submission(photo=False).replace(b"<", b"<old-", 1)
    dovecot.append_all(
        "Processed", (small.replace(b"old-", f"old-{i}-".encode(), 1) for i in range(500))
    )

    out, loaded = _poll(setup)
    assert out == "poll: 0 new\n"
    assert loaded == "loaded:"
    out, loaded = _poll(setup, "--json")
    assert json.loads(out) == {"new": 0, "by_status": {}, "duplicates": 0, "failures": []}
    assert loaded == "loaded:"
    status = setup.ipom("status")
    assert "0 new" in status.stdout.splitlines()[0], status.stdout
    assert dovecot.count("Processed") == 501 and dovecot.count("INBOX") == 0


def test_a_reply_waiting_in_the_outbox_is_sent_by_a_poll_with_no_new_mail(
    dovecot: Dovecot, tmp_path: Path, smtp_sink: SmtpSink
) -> None:
    closed = {"host": "127.0.0.1", "port": 9, "security": "none", "username": ""}
    setup = _setup(dovecot, tmp_path, reply={"enabled": True}, smtp=closed)
    dovecot.append("INBOX", submission(msgid="<waiting@example.es>"))
    out, _ = _poll(setup)
    assert "1 new" in out and not smtp_sink.messages  # the reply waits: no mail server
    with sqlite3.connect(setup.storage / "ipom.sqlite3") as db:  # its next try is due now
        db.execute("UPDATE replies SET next_attempt_at = NULL")
    sink = {"host": "127.0.0.1", "port": smtp_sink.port, "security": "none", "username": ""}
    write_config(tmp_path, dovecot, "", reply={"enabled": True}, smtp=sink)

    out, loaded = _poll(setup)
    assert "0 new" in out and "sqlalchemy" in loaded
    assert [parsed(m)["In-Reply-To"] for m in smtp_sink.messages] == ["<waiting@example.es>"]


def test_an_idle_poll_on_a_database_that_needs_init_says_so(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    setup = _setup(dovecot, tmp_path)
    with sqlite3.connect(setup.storage / "ipom.sqlite3") as db:
        db.execute("UPDATE alembic_version SET version_num = '0001'")
    done = setup.ipom("poll")
    assert done.returncode == 2
    assert "run `ipom init`" in done.stderr


def test_an_idle_poll_says_and_prints_what_a_full_pass_over_an_empty_folder_would() -> None:
    from ipom_mail.cli.operate import _IDLE_JSON
    from ipom_mail.intake.look import IDLE_LINE
    from ipom_mail.intake.take_in import Tally

    assert Tally().line() == IDLE_LINE
    assert Tally().as_dict() == _IDLE_JSON  # a script reading `ipom poll --json` sees one shape

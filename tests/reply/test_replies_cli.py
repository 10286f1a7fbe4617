"""`ipom replies show ID`, `ipom replies --json`, and `ipom check`/`replies` printing sender text safely."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from ipom_mail.cli import cli
from tests.desk.test_queue_view import long_and_hostile
from tests.desk_kit import Desk, polled_template

pytestmark = pytest.mark.imap


@pytest.fixture(scope="module")
def polled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with polled_template(tmp_path_factory.mktemp("polled"), long_and_hostile(), poll=True) as desk:
        yield desk


def congratulate(desk: Desk, *samples: str) -> None:
    """Queue real replies in the outbox: a congratulation for each sample, picked."""
    for sample in samples:
        done = desk.run("pick", desk.refs[sample], "--month", "2024-06", "--notify")
        assert done.exit_code == 0 and "queued" in done.output, done.output


def test_replies_json_lists_each_reply_with_its_submission(desk: Desk) -> None:
    congratulate(desk, "01-complete.eml")
    done = desk.run("replies", "--json")
    assert done.exit_code == 0, done.output
    rows = json.loads(done.output)
    maria = next(r for r in rows if r["to"] == "maria@example.es")
    assert maria["reference"] == desk.refs["01-complete.eml"]
    assert maria["state"] in ("pending", "sent", "failed") and maria["id"] >= 1
    assert {"id", "state", "to", "subject", "attempts", "created_at", "sent_at"} <= set(maria)


def test_replies_show_prints_the_reply_text(desk: Desk) -> None:
    congratulate(desk, "02-incomplete.eml")
    rows = json.loads(desk.run("replies", "--json").output)
    jonas = next(r for r in rows if r["to"] == "jonas@example.de")
    done = desk.run("replies", "show", str(jonas["id"]))
    assert done.exit_code == 0, done.output
    assert "To: jonas@example.de" in done.output and f"Subject: {jonas['subject']}" in done.output
    as_json = json.loads(desk.run("replies", "show", str(jonas["id"]), "--json").output)
    assert as_json["body_text"].strip() and as_json["body_text"].strip()[:40] in done.output
    missing = desk.run("replies", "show", "99999")
    assert missing.exit_code == 1 and "no reply with id 99999" in missing.output


def test_a_senders_escape_sequences_are_shown_escaped_by_replies(desk: Desk) -> None:
    congratulate(desk, "07-evil.eml")
    listed = desk.run("replies")
    assert listed.exit_code == 0 and "eve@example.net" in listed.output, listed.output
    reply_id = listed.output.split()[0]
    done = desk.run("replies", "show", reply_id)
    assert done.exit_code == 0, done.output
    assert "\u202e" not in done.output and "Hello Eve \\u202egpj.exe" in done.output


def test_check_shows_a_senders_escape_sequences_escaped(tmp_path: Path) -> None:
    eml = tmp_path / "evil.eml"
    eml.write_bytes(long_and_hostile()["07-evil.eml"])
    done = CliRunner().invoke(cli, ["check", str(eml)], env={"COLUMNS": "200"})
    assert done.exit_code == 0, done.output
    assert "\x1b" not in done.output and "\u202e" not in done.output
    assert "\\x1b]0;pwned\\x07" in done.output and "\\u202e" in done.output

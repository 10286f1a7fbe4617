"""`ipom forget SENDER`: everything of a photographer deleted on request, and a record kept."""

from __future__ import annotations

import json

import pytest

from tests.desk_kit import Desk

pytestmark = pytest.mark.imap


def test_forget_asks_first_and_a_no_deletes_nothing(desk: Desk) -> None:
    done = desk.run("forget", "maria@example.es", input="n\n")
    assert done.exit_code == 1 and desk.refs["01-complete.eml"] in done.output
    assert desk.run("show", desk.refs["01-complete.eml"]).exit_code == 0


def test_forget_deletes_submissions_messages_and_files_and_records_it(desk: Desk) -> None:
    ref = desk.refs["01-complete.eml"]
    media = json.loads(desk.run("show", ref, "--json").output)["media"]
    before = set(desk.setup.archived())
    done = desk.run("forget", "Maria@Example.es", "--curator", "ana", input="y\n")
    assert done.exit_code == 0, done.output
    assert desk.run("show", ref).exit_code == 1
    assert desk.setup.query(
        "SELECT count(*) FROM raw_messages WHERE sender = 'maria@example.es'"
    ) == [(0,)]
    assert len(set(desk.setup.archived())) == len(before) - 1
    assert not list((desk.setup.storage / "media").glob(f"{media[0]['sha256']}.*"))
    log = desk.setup.query("SELECT detail FROM events WHERE kind = 'forgotten'")
    assert len(log) == 1 and "by ana" in str(log[0][0]) and "maria" not in str(log[0][0])
    assert "jonas@example.de" in desk.run("queue", "--csv").output


def test_forgetting_an_unknown_sender_says_so(desk: Desk) -> None:
    done = desk.run("forget", "nobody@example.org")
    assert done.exit_code == 0 and "nothing stored" in done.output

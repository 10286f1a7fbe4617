"""fields.taken_until in the contract: `ipom check --json`, `ipom show --json` and the post.

The end of a long exposure or series, UT, or null (docs/contract.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

from click.testing import CliRunner

from ipom_mail.cli import cli
from ipom_mail.config import Config
from ipom_mail.desk.detail_json import detail_json
from ipom_mail.desk.publish.entries import submissions
from ipom_mail.desk.queue import show
from ipom_mail.pipeline.stages import check_message
from ipom_mail.store import Origin, migrate, open_store

pytest_plugins = ["tests.store_fixtures"]

SERIES = "Series from 21:30 to 21:38 UT on 12 May 2024. Sony A7S III with a Samyang 14mm."
SINGLE = "ISS pass on 12 May 2024 at 21:34:10 UT. Sony A7S III with a Samyang 14mm."
FILE = Origin(mailbox=None, uidvalidity=None, uid=None, source="file")


def _raw(body: str, jpeg: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Ana Costa <ana@example.pt>"
    msg["To"] = "ipom@example.org"
    msg["Subject"] = "ISS series"
    msg["Date"] = "Mon, 13 May 2024 08:00:00 +0000"
    msg["Message-ID"] = f"<{abs(hash(body))}@example.pt>"
    msg.set_content(body)
    msg.add_attachment(jpeg, maintype="image", subtype="jpeg", filename="iss.jpg")
    return msg.as_bytes()


def _check(tmp_path: Path, raw: bytes) -> dict:  # type: ignore[type-arg]
    eml = tmp_path / "m.eml"
    eml.write_bytes(raw)
    out = CliRunner().invoke(cli, ["check", str(eml), "--json"], catch_exceptions=False)
    return json.loads(out.output)  # type: ignore[no-any-return]


def test_check_json_gives_the_end_of_a_series(tmp_path: Path, make_jpeg) -> None:  # type: ignore[no-untyped-def]
    fields = _check(tmp_path, _raw(SERIES, make_jpeg()))["fields"]
    assert fields["taken_at"] == "2024-05-12T21:30:00Z"
    assert fields["taken_until"] == "2024-05-12T21:38:00Z"


def test_check_json_gives_null_for_a_single_shot(tmp_path: Path, make_jpeg) -> None:  # type: ignore[no-untyped-def]
    fields = _check(tmp_path, _raw(SINGLE, make_jpeg()))["fields"]
    assert fields["taken_at"] == "2024-05-12T21:34:10Z"
    assert "taken_until" in fields and fields["taken_until"] is None


def test_show_json_and_the_post_keep_the_end_of_a_series(
    store_config: Config,
    make_jpeg: Callable[..., bytes],
) -> None:
    raw = _raw(SERIES, make_jpeg())
    result = check_message(raw, store_config)
    migrate(store_config)
    with open_store(store_config) as store:
        done = store.record(raw, result, FILE)
        shown = detail_json(show(store, done.reference or ""))
        entries = submissions(store, None)
    assert shown["fields"]["taken_until"] == "2024-05-12T21:38:00Z"
    assert shown["fields"]["taken_at"] == "2024-05-12T21:30:00Z"
    assert [e.taken for e in entries] == ["2024-05-12 21:30:00–21:38:00 UT"]

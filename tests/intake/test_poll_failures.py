"""`ipom poll` when it cannot work: one line on stderr, exit code 2, and nothing moves."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.pollkit import IPOM, Setup, deliver, submissions, write_config
from tests.servers.dovecot import Dovecot
from tests.store_fixtures import one_database

pytestmark = pytest.mark.imap


def _one_line_exit_2(done: object) -> str:
    assert done.returncode == 2, (done.stdout, done.stderr)  # type: ignore[attr-defined]
    err: str = done.stderr.strip()  # type: ignore[attr-defined]
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


@one_database
def test_a_wrong_password_is_one_line_exit_2_and_nothing_moves(setup: Setup) -> None:
    deliver(setup, submissions(2))
    err = _one_line_exit_2(setup.ipom("poll", IPOM_TEST_IMAP_PASSWORD="wrong"))
    assert "login failed" in err and "password" in err
    assert setup.server.count("INBOX") == 2
    status = setup.ipom("status")  # cron's poll tells monitoring too
    assert status.returncode == 1 and "health: FAILING: IMAP login failed" in status.stdout


@one_database
def test_a_missing_password_says_which_variable_to_set(setup: Setup) -> None:
    env = setup.env()
    del env["IPOM_TEST_IMAP_PASSWORD"]
    done = subprocess.run(
        [IPOM, "--config", str(setup.config), "poll"], capture_output=True, text=True, env=env
    )
    err = _one_line_exit_2(done)
    assert "IPOM_TEST_IMAP_PASSWORD" in err


@one_database
def test_a_server_that_is_down_is_one_line_exit_2(setup: Setup) -> None:
    setup.server.stop()
    err = _one_line_exit_2(setup.ipom("poll"))
    assert "cannot connect" in err or "refused" in err


@one_database
def test_an_unreachable_database_is_one_line_exit_2_and_nothing_moves(setup: Setup) -> None:
    deliver(setup, submissions(1))
    text = setup.config.read_text().replace(
        f'database_url = "{setup.database_url}"',
        'database_url = "postgresql+psycopg://postgres@127.0.0.1:1/nothing"',
    )
    setup.config.write_text(text)
    err = _one_line_exit_2(setup.ipom("poll"))
    assert "database" in err
    assert setup.server.count("INBOX") == 1


def test_a_locked_sqlite_database_is_one_line_exit_2_and_nothing_moves(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    import sqlite3

    config = write_config(tmp_path, dovecot, "", storage={"busy_timeout_seconds": 0.5})
    setup = Setup(dovecot, config, tmp_path / "data", "")
    setup.init()
    deliver(setup, submissions(2))
    holder = sqlite3.connect(tmp_path / "data" / "ipom.sqlite3", isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")  # another program holds the database
        err = _one_line_exit_2(setup.ipom("poll"))
    finally:
        holder.close()
    assert "database error" in err and "locked" in err
    assert setup.server.count("INBOX") == 2 and setup.server.count("Processed") == 0
    assert setup.ipom("poll").returncode == 0  # once it is free, the poll goes on
    assert setup.server.count("Processed") == 2

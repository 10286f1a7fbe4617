"""`ipom status`: the last successful poll decides the exit code; the counts match the store."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ipom_mail.config import load
from ipom_mail.intake.poll_record import read_poll_record, record_poll
from ipom_mail.store import open_store
from ipom_mail.store.models import Reply

IPOM = str(Path(sys.executable).parent / "ipom")


def ipom(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [IPOM, "--config", str(config), *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def config(tmp_path: Path, database_url: str) -> Path:
    path = tmp_path / "ipom.toml"
    path.write_text(
        f'[storage]\npath = "{tmp_path / "data"}"\ndatabase_url = "{database_url}"\n'
        "[poll]\ninterval_seconds = 300\nstale_after_seconds = 900\n"
        "[reply]\nenabled = false\n"
    )
    assert ipom(path, "init").returncode == 0
    return path


def test_before_any_poll_status_says_never_and_exits_1(config: Path) -> None:
    done = ipom(config, "status")
    assert done.returncode == 1
    assert "last successful poll: never" in done.stdout
    assert "health: STALE" in done.stdout


def test_a_recent_poll_is_healthy_and_an_old_one_is_stale(config: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    record_poll(data, True, "3 new: 3 complete", datetime.now(UTC) - timedelta(minutes=5))
    done = ipom(config, "status")
    assert done.returncode == 0, done.stdout
    assert "(5 min ago): 3 new: 3 complete" in done.stdout and "health: OK" in done.stdout
    record_poll(data, True, "0 new", datetime.now(UTC) - timedelta(minutes=20))
    assert ipom(config, "status").returncode == 1


def test_a_failed_poll_keeps_the_last_success_and_shows_the_error(tmp_path: Path) -> None:
    then = datetime(2024, 5, 12, 21, 0, tzinfo=UTC)
    record_poll(tmp_path, True, "1 new", then)
    record_poll(tmp_path, False, "cannot connect to imap:993", then + timedelta(minutes=5))
    record = read_poll_record(tmp_path)
    assert record.last_ok_at == "2024-05-12T21:00:00+00:00"
    assert record.last_error == "cannot connect to imap:993"
    assert record.last_attempt_at == "2024-05-12T21:05:00+00:00"


def test_json_status_counts_waiting_failed_and_pending_replies(
    config: Path, tmp_path: Path
) -> None:
    from samples import samples

    mail = tmp_path / "mail"
    mail.mkdir()
    for name, raw in list(samples().items())[:3]:
        (mail / name).write_bytes(raw)
    (mail / "huge.eml").write_bytes(b"Subject: big\r\n\r\n" + b"x" * 2_000_000)
    text = config.read_text().replace("[poll]", "[limits]\nmax_message_mb = 1.0\n[poll]")
    config.write_text(text)
    ingested = ipom(config, "ingest", str(mail), "--json")
    tally = json.loads(ingested.stdout)
    record_poll(tmp_path / "data", True, "fine")
    with open_store(load(config)) as store, store.session() as session:
        session.add(Reply(message_id="<r1@x>", to_addr="a@example.org", subject="s", body_text="b"))
    done = ipom(config, "status", "--json")
    assert done.returncode == 0, done.stderr
    status = json.loads(done.stdout)
    by_status = tally["by_status"]
    assert status["failed"] == by_status["failed"] == 1
    assert status["waiting"] == by_status.get("complete", 0) + by_status.get("incomplete", 0)
    assert status["pending_replies"] == 1
    assert status["healthy"] is True and status["last_poll_summary"] == "fine"
    assert status["database_bytes"] > 0
    assert status["storage_bytes"] > 2_000_000  # the archived messages


def test_a_refused_login_makes_status_unhealthy_at_once_and_says_why(
    config: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    record_poll(data, True, "1 new", datetime.now(UTC) - timedelta(minutes=1))
    record_poll(data, False, "IMAP login failed for ipom at imap:993", permanent=True)
    done = ipom(config, "status")
    assert done.returncode == 1
    assert "health: FAILING: IMAP login failed for ipom at imap:993" in done.stdout
    assert "until the config or the password changes" in done.stdout
    record_poll(data, False, "cannot connect to imap:993")  # a passing fault: still healthy
    assert ipom(config, "status").returncode == 0


def test_a_poll_running_for_more_than_10_minutes_is_flagged(config: Path, tmp_path: Path) -> None:
    from ipom_mail.intake.poll_record import record_poll_start

    data = tmp_path / "data"
    record_poll(data, True, "0 new", datetime.now(UTC) - timedelta(minutes=1))
    record_poll_start(data, datetime.now(UTC) - timedelta(minutes=3))  # this process polls
    done = ipom(config, "status", "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["poll_running_since"] is not None
    record_poll_start(data, datetime.now(UTC) - timedelta(minutes=11))
    done = ipom(config, "status")
    assert done.returncode == 1
    assert "health: STUCK: a poll has been running for 11 min" in done.stdout


def test_a_poll_whose_process_is_gone_is_not_reported_as_running(
    config: Path, tmp_path: Path
) -> None:
    from ipom_mail.intake.poll_record import record_poll_start

    data = tmp_path / "data"
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    record_poll(data, True, "0 new", datetime.now(UTC) - timedelta(minutes=1))
    record_poll_start(data, datetime.now(UTC) - timedelta(minutes=30))
    state = data / "state" / "last-poll.json"
    record = json.loads(state.read_text())
    record["running_pid"] = gone.stdout.strip()  # a poll that was killed: it never finished
    state.write_text(json.dumps(record))
    done = ipom(config, "status", "--json")
    assert done.returncode == 0, done.stdout
    assert json.loads(done.stdout)["poll_running_since"] is None

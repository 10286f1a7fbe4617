"""`ipom serve` against a real Dovecot and SMTP sink: new mail within seconds, a clean stop."""

from __future__ import annotations

import importlib.util
import json
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from samples import samples
from tests.pollkit import IPOM, Setup, sha, write_config
from tests.servers.dovecot import Dovecot
from tests.servers.smtp import SmtpSink

pytestmark = pytest.mark.imap

STOP_WITHIN_S = 5.0


class Served:
    """A running `ipom serve` whose stderr goes to a file we can read while it runs."""

    def __init__(self, setup: Setup, log: Path, **env: str) -> None:
        self.setup, self.log = setup, log
        with log.open("w") as err:
            self.process = subprocess.Popen(
                [IPOM, "--config", str(setup.config), "serve"],
                stdout=subprocess.DEVNULL,
                stderr=err,
                env=setup.env(**env),
                text=True,
            )

    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_log(self, text: str, timeout: float = 15.0) -> None:
        wait_for(lambda: text in self.stderr(), timeout, f"{text!r} in the log:\n{self.stderr()}")

    def stop(self, sig: signal.Signals = signal.SIGTERM) -> tuple[int, float]:
        """Send `sig`; return the exit code and how long it took to end."""
        started = time.monotonic()
        self.process.send_signal(sig)
        code = self.process.wait(timeout=30)
        return code, time.monotonic() - started

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> float:
    """Seconds until `condition` held; fails the test after `timeout`."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():
            return time.monotonic() - started
        time.sleep(0.1)
    pytest.fail(f"waited {timeout} s for {what}")


def messages(n: int) -> list[bytes]:
    """n distinct sample submissions, with CRLF as on the wire."""
    base = list(samples().values())
    out = []
    for i in range(n):
        raw = base[i % len(base)].replace(b"Message-ID: <", f"Message-ID: <s{i}.".encode(), 1)
        out.append(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    return out


def stored(setup: Setup) -> list[str]:
    return [r[0] for r in setup.query("SELECT sha256 FROM raw_messages")]  # type: ignore[misc]


def make_setup(
    tmp_path: Path,
    server: Dovecot,
    database_url: str,
    sink: SmtpSink | None,
    reply: dict[str, object] | None = None,
    **poll: object,
) -> Setup:
    sections: dict[str, dict[str, object]] = {
        "poll": {"interval_seconds": 60, **poll},
        "log": {"format": "json"},
    }
    if sink is not None:
        sections["smtp"] = {
            "host": sink.host,
            "port": sink.port,
            "security": "none",
            "username": "",
        }
        sections["reply"] = {"enabled": True, **(reply or {})}
    config = write_config(tmp_path, server, database_url, **sections)
    setup = Setup(server, config, tmp_path / "data", database_url)
    setup.init()
    return setup


def _serve(setup: Setup, tmp_path: Path) -> Iterator[Served]:
    served = Served(setup, tmp_path / "serve.log")
    try:
        yield served
    finally:
        served.kill()


@pytest.fixture
def serving(
    dovecot: Dovecot, smtp_sink: SmtpSink, database_url: str, tmp_path: Path
) -> Iterator[Served]:
    """`ipom serve` on SQLite and on PostgreSQL, replies through the SMTP sink."""
    yield from _serve(make_setup(tmp_path, dovecot, database_url, smtp_sink), tmp_path)


@pytest.fixture
def serving_sqlite(dovecot: Dovecot, smtp_sink: SmtpSink, tmp_path: Path) -> Iterator[Served]:
    """`ipom serve` on SQLite only (for what does not depend on the database)."""
    yield from _serve(make_setup(tmp_path, dovecot, "", smtp_sink), tmp_path)


def test_a_message_appended_while_serving_is_stored_and_answered_within_seconds(
    serving: Served, smtp_sink: SmtpSink
) -> None:
    sink = smtp_sink
    setup = serving.setup
    serving.wait_log("new mail is polled within seconds")
    serving.wait_log('"message": "poll: 0 new"')
    raw = messages(1)[0]
    setup.server.append("INBOX", raw)
    # about 1 s on a quiet machine; under 40 s, before the 60 s interval: IDLE woke the poll
    wait_for(lambda: stored(setup) == [sha(raw)], 40.0, "the message to be stored")
    wait_for(lambda: setup.server.count("Processed") == 1, 5.0, "the message to be moved")
    if importlib.util.find_spec("ipom_mail.reply.outbox") is None:
        serving.wait_log("ipom_mail.reply.outbox is not installed")
    else:  # the acknowledgement goes out after the poll that stored it
        wait_for(lambda: len(sink.messages) >= 1, 30.0, "the reply to reach the SMTP sink")
    code, took = serving.stop()
    assert code == 0 and took < STOP_WITHIN_S
    assert setup.server.count("INBOX") == 0


def test_the_log_is_json_lines_without_secrets_or_message_bodies(serving_sqlite: Served) -> None:
    serving = serving_sqlite
    raw = messages(1)[0]
    serving.setup.server.append("INBOX", raw)
    wait_for(lambda: len(stored(serving.setup)) == 1, 45.0, "the message to be stored")
    assert serving.stop()[0] == 0
    lines = serving.stderr().splitlines()
    entries = [json.loads(line) for line in lines]  # every line is one JSON object
    assert {"time", "level", "logger", "message"} <= set(entries[0])
    assert any(e["message"].startswith("poll: 1 new") for e in entries)
    text = serving.stderr()
    assert serving.setup.server.password not in text
    body_line = next(
        line
        for line in raw.decode("utf-8", "replace").split("\r\n\r\n", 1)[1].splitlines()
        if len(line) > 30
    )
    assert body_line not in text


def test_sigterm_in_the_middle_of_a_poll_stops_quickly_and_leaves_nothing_half_done(
    dovecot: Dovecot, database_url: str, tmp_path: Path
) -> None:
    setup = make_setup(tmp_path, dovecot, database_url, None)
    count = 40  # enough that a poll is still under way when the signal comes
    raws = messages(count)
    dovecot.append_all("INBOX", raws)
    served = Served(setup, tmp_path / "serve.log")
    try:
        wait_for(lambda: len(stored(setup)) >= 1, 30.0, "the poll to be under way")
        code, took = served.stop()
    finally:
        served.kill()
    assert code == 0 and took < STOP_WITHIN_S, served.stderr()
    rows = stored(setup)
    assert len(rows) == len(set(rows)) < count  # stopped midway, nothing stored twice
    on_server = sum(dovecot.count(f) for f in ("INBOX", "Processed", "Failed"))
    assert on_server == count  # every message in exactly one folder
    again = setup.ipom("poll")
    assert again.returncode == 0, again.stderr
    assert sorted(stored(setup)) == sorted(sha(r) for r in raws)
    assert dovecot.count("INBOX") == 0 and dovecot.count("Processed") == count


def test_without_idle_new_mail_is_stored_by_the_timed_polls_and_ctrl_c_stops_it(
    tmp_path: Path,
) -> None:
    from tests.servers.fixtures import require_dovecot

    require_dovecot()
    with Dovecot(hide_capabilities=("IDLE",)) as server:
        setup = make_setup(tmp_path, server, "", None, interval_seconds=2)
        served = Served(setup, tmp_path / "serve.log")
        try:
            served.wait_log("the server has no IDLE")
            raw = messages(1)[0]
            server.append("INBOX", raw)
            # 3 s on a quiet machine (the 2 s interval, then the message); the
            # bound leaves room for a loaded CI machine, where it once took over 6 s
            wait_for(lambda: stored(setup) == [sha(raw)], 30.0, "the next timed poll")
            code, took = served.stop(signal.SIGINT)
        finally:
            served.kill()
    assert code == 0 and took < STOP_WITHIN_S
    polls = served.stderr().count("poll: ")
    assert polls >= 2, f"the message came by a later timed poll, not the first:\n{served.stderr()}"


def test_a_server_that_is_down_at_start_is_retried_until_it_answers(tmp_path: Path) -> None:
    from tests.servers.fixtures import require_dovecot

    require_dovecot()
    server = Dovecot()  # its port is chosen, nothing listens yet
    setup = make_setup(tmp_path, server, "", None)
    served = Served(setup, tmp_path / "serve.log")
    try:
        served.wait_log("connection refused")
        served.wait_log("retrying in 2 s")
        with server:
            raw = messages(1)[0]
            server.append("INBOX", raw)
            wait_for(lambda: stored(setup) == [sha(raw)], 20.0, "a retry to find the server")
            code, _ = served.stop()
    finally:
        served.kill()
    assert code == 0
    assert "poll failed: cannot connect" in served.stderr()


def test_serve_without_a_database_says_to_run_init_and_exits_2(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    config = write_config(tmp_path, dovecot, "")
    setup = Setup(dovecot, config, tmp_path / "data", "")
    done = setup.ipom("serve", timeout=30)
    assert done.returncode == 2
    assert "run `ipom init`" in done.stderr


def test_each_poll_of_serve_sends_the_outbox_once_and_each_reply_once(
    dovecot: Dovecot, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    from tests.reply_kit import parsed, submission

    # The hourly cap holds the third reply back: a second visit to the outbox in
    # the same cycle would open a second SMTP session just to find the cap.
    setup = make_setup(tmp_path, dovecot, "", smtp_sink, reply={"max_per_hour": 2})
    senders = [f"Photographer {n} <p{n}@example.es>" for n in range(3)]
    dovecot.append_all(
        "INBOX", [submission(sender=s, msgid=f"<c{n}@example.es>") for n, s in enumerate(senders)]
    )
    served = Served(setup, tmp_path / "serve.log")
    try:
        served.wait_log("poll: 3 new", timeout=60.0)
        time.sleep(2.0)  # time enough for any second send of this cycle
        code, _ = served.stop()
    finally:
        served.kill()
    assert code == 0, served.stderr()
    answered = [parsed(m)["In-Reply-To"] for m in smtp_sink.messages]
    assert len(answered) == 2 and len(set(answered)) == 2
    assert smtp_sink.sessions == 1, served.stderr()
    assert served.stderr().count("replies: 2 sent") == 1


def test_a_refused_login_is_logged_once_not_retried_and_makes_status_unhealthy_until_fixed(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    setup = make_setup(tmp_path, dovecot, "", None, interval_seconds=1, stale_after_seconds=600)
    secret = tmp_path / "imap-password"
    secret.write_text("wrong\n")
    secret.chmod(0o600)
    text = setup.config.read_text().replace(
        'password_env = "IPOM_TEST_IMAP_PASSWORD"', f'password_file = "{secret}"'
    )
    setup.config.write_text(text)
    raw = messages(1)[0]
    dovecot.append("INBOX", raw)
    served = Served(setup, tmp_path / "serve.log")
    try:
        served.wait_log("login failed")
        time.sleep(6.0)  # six intervals: none of them may knock again with the same password
        log = served.stderr()
        assert log.count("login failed") == 1, log
        assert "not tried again until the config file or the password changes" in log
        refused = dovecot.log.read_text(errors="replace").count("auth failed")
        assert refused == 1, dovecot.log.read_text(errors="replace")
        status = setup.ipom("status")
        assert status.returncode == 1
        assert "health: FAILING: IMAP login failed" in status.stdout, status.stdout
        secret.write_text(dovecot.password + "\n")  # the operator fixes the secret
        wait_for(lambda: stored(setup) == [sha(raw)], 30.0, "a poll with the new password")
        code, _ = served.stop()
    finally:
        served.kill()
    assert code == 0
    assert setup.ipom("status").returncode == 0


def test_sigterm_while_a_message_is_being_processed_stops_within_5_s_and_loses_nothing(
    dovecot: Dovecot, database_url: str, tmp_path: Path
) -> None:
    setup = make_setup(tmp_path, dovecot, database_url, None)
    first, stuck = messages(2)
    stuck = b"X-IPOM-Slow: yes\r\n" + stuck  # a stage computes on it for a minute
    dovecot.append_all("INBOX", [first, stuck])
    served = Served(setup, tmp_path / "serve.log", IPOM_FAULT="slow")
    try:
        wait_for(lambda: stored(setup) == [sha(first)], 30.0, "the first message to be stored")
        time.sleep(1.0)  # now inside the second one
        code, took = served.stop()
    finally:
        served.kill()
    assert code == 0 and took < STOP_WITHIN_S, (took, served.stderr())
    assert "stopping in the middle of a message" in served.stderr()
    assert stored(setup) == [sha(first)]
    again = setup.ipom("poll")  # the next start takes the message it was holding
    assert again.returncode == 0, again.stderr
    assert sorted(stored(setup)) == sorted([sha(first), sha(stuck)])
    assert dovecot.count("INBOX") == 0 and dovecot.count("Processed") == 2

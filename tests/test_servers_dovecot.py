"""Smoke tests of the test servers themselves: a broken helper would fail every IMAP test."""

from __future__ import annotations

import os
import shutil
import smtplib
import ssl
import subprocess
import sys
import time
from pathlib import Path

import pytest
from imapclient import IMAPClient

from tests.servers import fixtures
from tests.servers.dovecot import Dovecot
from tests.servers.smtp import SmtpSink

pytestmark = pytest.mark.imap

MESSAGE = b"From: a@example.org\r\nSubject: hello\r\n\r\nbody\r\n"


def test_server_starts_fast_and_accepts_the_test_user() -> None:
    fixtures.require_dovecot()
    started = time.monotonic()
    with Dovecot() as server:
        assert time.monotonic() - started < 3
        with server.client() as client:
            assert client.select_folder("INBOX")[b"EXISTS"] == 0


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def test_stop_frees_the_port_and_removes_the_folder() -> None:
    fixtures.require_dovecot()
    server = Dovecot().start()
    assert server._process is not None
    group = server._process.pid  # the master leads its own process group
    server.stop()
    assert not server.base.exists()
    # Every process that held the port is gone. (Connecting to the port proves nothing
    # under parallel tests: another worker's new server may take the freed port at once.)
    deadline = time.monotonic() + 5  # killed children take a moment to be reaped
    while _group_alive(group) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _group_alive(group)
    server.stop()  # stopping twice is harmless


ORPHAN_SCRIPT = """
import time
from tests.servers.dovecot import Dovecot
server = Dovecot().start()
print(server._process.pid, flush=True)
time.sleep(60)
"""


def test_a_killed_test_run_leaves_no_server_behind() -> None:
    """A pytest killed by a timeout must not leave Dovecots running (they held ports and
    CPU until someone killed them by hand)."""
    fixtures.require_dovecot()
    root = Path(__file__).resolve().parents[1]
    command = [sys.executable, "-c", ORPHAN_SCRIPT]
    with subprocess.Popen(command, cwd=root, stdout=subprocess.PIPE, text=True) as run:
        assert run.stdout is not None
        group = int(run.stdout.readline())
        assert _group_alive(group)
        run.kill()
    deadline = time.monotonic() + 10
    while _group_running(group) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _group_running(group)


def _group_running(group: int) -> bool:
    """Whether a process of the group still runs (a zombie waiting for init to reap it, as
    in a container whose first process reaps nothing, runs no more)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended while we looked
        if int(fields[2]) == group and fields[0] != "Z":
            return True
    return False


def test_append_and_count_agree(dovecot: Dovecot) -> None:
    assert dovecot.count("Submissions") == 0
    first = dovecot.append("Submissions", MESSAGE)
    second = dovecot.append("Submissions", MESSAGE)
    assert second == first + 1
    assert dovecot.count("Submissions") == 2
    assert dovecot.count("INBOX") == 0


def test_kick_drops_an_open_session(dovecot: Dovecot) -> None:
    assert dovecot.kick() is False  # nobody connected yet
    client = dovecot.client()
    try:
        client.select_folder("INBOX")
        assert dovecot.kick() is True
        with pytest.raises((IMAPClient.AbortError, OSError)):
            client.noop()
    finally:
        client.shutdown()


@pytest.mark.parametrize("folder", ["INBOX", "Submissions"])
def test_recreated_folder_has_a_new_uidvalidity_and_the_same_messages(
    dovecot: Dovecot, folder: str
) -> None:
    dovecot.append(folder, MESSAGE)
    dovecot.append(folder, MESSAGE.replace(b"hello", b"again"))
    before = dovecot.uidvalidity(folder)
    dovecot.recreate_folder(folder)
    assert dovecot.uidvalidity(folder) != before
    assert dovecot.count(folder) == 2


def test_hiding_move_removes_only_move_from_the_capabilities() -> None:
    fixtures.require_dovecot()
    with Dovecot() as normal, normal.client() as client:
        full = set(client.capabilities())
    with Dovecot(hide_capabilities=("MOVE",)) as hidden, hidden.client() as client:
        shown = set(client.capabilities())
    assert b"MOVE" in full
    assert shown == full - {b"MOVE"}


def test_tls_certificate_verifies_with_the_given_ca_only(dovecot_tls: Dovecot) -> None:
    assert dovecot_tls.ca_file is not None
    with IMAPClient(
        dovecot_tls.host, dovecot_tls.tls_port, ssl_context=dovecot_tls.client_context()
    ) as client:
        client.login(dovecot_tls.user, dovecot_tls.password)
    with pytest.raises(ssl.SSLCertVerificationError):
        IMAPClient(dovecot_tls.host, dovecot_tls.tls_port, ssl_context=ssl.create_default_context())


def test_xoauth2_accepts_the_password_as_bearer_token(dovecot: Dovecot) -> None:
    with IMAPClient(dovecot.host, dovecot.port, ssl=False) as client:
        client.oauth2_login(dovecot.user, dovecot.password)


def test_missing_dovecot_skips_locally_but_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fixtures, "available", lambda: (False, "dovecot not found"))
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="dovecot not found"):
        fixtures.require_dovecot()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        fixtures.require_dovecot()


def test_smtp_sink_keeps_the_envelope_and_the_bytes(smtp_sink: SmtpSink) -> None:
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10) as client:
        client.sendmail("ipom@example.org", ["maria@example.es"], MESSAGE)
    [got] = smtp_sink.messages
    assert got.mail_from == "ipom@example.org"
    assert got.rcpt_tos == ("maria@example.es",)
    assert got.content == MESSAGE


def test_smtp_sink_with_tls_checks_the_password() -> None:
    with SmtpSink(credentials=("ipom", "pw"), tls=True) as sink:
        assert sink.ca_file is not None
        context = ssl.create_default_context(cafile=str(sink.ca_file))
        with smtplib.SMTP(sink.host, sink.port, timeout=10) as client:
            client.starttls(context=context)
            with pytest.raises(smtplib.SMTPAuthenticationError):
                client.login("ipom", "wrong")
            client.login("ipom", "pw")
            client.sendmail("ipom@example.org", ["a@example.org"], MESSAGE)
        assert [m.login for m in sink.messages] == ["ipom"]


AS_USER_SCRIPT = """
from tests.servers.dovecot import Dovecot
with Dovecot(tls=True) as server:
    uid = server.append("INBOX", b"Subject: x\\r\\n\\r\\ny\\r\\n")
    client = server.client()
    client.select_folder("INBOX")
    kicked = server.kick()
    client.shutdown()
    print(uid, server.count("INBOX"), kicked)
"""


def test_server_also_runs_as_an_ordinary_user() -> None:
    fixtures.require_dovecot()
    setpriv = shutil.which("setpriv")
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    python = shutil.which(version, path="/usr/local/bin:/usr/bin")
    if os.geteuid() != 0 or setpriv is None or python is None:
        pytest.skip(f"needs root, setpriv and a system {version} to switch to user nobody")
    root = Path(__file__).resolve().parents[1]
    site = next(p for p in sys.path if p.endswith("site-packages"))
    done = subprocess.run(
        [
            setpriv,
            "--reuid=nobody",
            "--regid=nogroup",
            "--clear-groups",
            python,
            "-c",
            AS_USER_SCRIPT,
        ],
        env={
            "HOME": "/tmp",
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": os.pathsep.join([str(root), str(root / "src"), site]),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["1", "1", "True"]

"""The IMAP edge against a real Dovecot: login, TLS, fetch, move, reconnect, IDLE."""

from __future__ import annotations

import functools
import hashlib
import threading
import time
from collections.abc import Iterator

import pytest

from ipom_mail.config import ImapConfig
from ipom_mail.intake.mailbox import Fetched, Mailbox, MailboxError
from tests import corpus
from tests.servers import fixtures
from tests.servers.dovecot import PASSWORD, Dovecot, free_port

pytestmark = pytest.mark.imap


def crlf_emails(n: int) -> list[corpus.Entry]:
    """Real corpus emails whose bytes IMAP keeps exactly (CRLF line ends, no NUL)."""
    corpus.require()
    chosen = _crlf_emails()
    assert len(chosen) >= n, "the corpus should hold enough CRLF emails"
    return chosen[:n]


@functools.cache
def _crlf_emails() -> list[corpus.Entry]:
    chosen = []
    for entry in sorted(corpus.emails(), key=lambda e: (e.rel.split("/")[1], -e.size)):
        data = entry.path.read_bytes()
        lines_ok = data.count(b"\n") == data.count(b"\r\n") == data.count(b"\r")
        if lines_ok and b"\x00" not in data and entry.size < 200_000:
            chosen.append(entry)
    return chosen


@pytest.fixture
def loaded(dovecot: Dovecot) -> tuple[Dovecot, list[corpus.Entry]]:
    """A server whose INBOX holds five real emails."""
    entries = crlf_emails(5)
    dovecot.append_all("INBOX", [entry.path.read_bytes() for entry in entries])
    return dovecot, entries


@pytest.fixture
def box(dovecot: Dovecot) -> Iterator[Mailbox]:
    with Mailbox(dovecot.imap_config(), PASSWORD, None) as mailbox:
        yield mailbox


def error_of(cfg: ImapConfig, password: str | None, token: str | None = None) -> MailboxError:
    with pytest.raises(MailboxError) as caught, Mailbox(cfg, password, token) as mailbox:
        mailbox.select()
    return caught.value


# -- logging in ---------------------------------------------------------------------


def test_login_selects_the_folder_and_reports_its_uidvalidity(dovecot: Dovecot) -> None:
    with Mailbox(dovecot.imap_config(), PASSWORD, None) as mailbox:
        assert mailbox.select() == dovecot.uidvalidity("INBOX")
        assert mailbox.uidvalidity == dovecot.uidvalidity("INBOX")


def test_wrong_password_is_a_quick_login_error_naming_the_fix(dovecot: Dovecot) -> None:
    started = time.monotonic()
    error = error_of(dovecot.imap_config(), "not-the-password")
    assert time.monotonic() - started < 3
    assert error.kind == "login"
    message = str(error)
    assert f"IMAP login failed for ipom at 127.0.0.1:{dovecot.port}" in message
    assert "check [imap] username and the password source" in message
    assert "not-the-password" not in message


def test_right_password_works_right_after_a_wrong_one(dovecot: Dovecot) -> None:
    error_of(dovecot.imap_config(), "wrong")
    started = time.monotonic()
    with Mailbox(dovecot.imap_config(), PASSWORD, None) as mailbox:
        mailbox.select()
    assert time.monotonic() - started < 2


def test_server_down_is_a_connect_error_saying_what_to_check() -> None:
    port = free_port()
    error = error_of(ImapConfig(host="127.0.0.1", port=port, security="none"), PASSWORD)
    assert error.kind == "connect"
    assert f"cannot connect to 127.0.0.1:{port}: connection refused" in str(error)
    assert "check [imap] host/port" in str(error)


def test_xoauth2_token_logs_in_and_a_wrong_token_does_not(dovecot: Dovecot) -> None:
    with Mailbox(dovecot.imap_config(), None, PASSWORD) as mailbox:
        assert mailbox.select() > 0
    assert error_of(dovecot.imap_config(), None, "expired-token").kind == "login"


def test_without_password_or_token_login_is_refused_before_asking(dovecot: Dovecot) -> None:
    error = error_of(dovecot.imap_config(), None)
    assert error.kind == "login"
    assert "no IMAP password or OAuth2 token" in str(error)


def test_plain_imap_to_a_remote_host_is_refused() -> None:
    error = error_of(ImapConfig(host="imap.example.org", port=143, security="none"), PASSWORD)
    assert error.kind == "tls"


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_tls_with_the_private_ca_logs_in(dovecot_tls: Dovecot, security: str) -> None:
    with Mailbox(dovecot_tls.imap_config(security), PASSWORD, None) as mailbox:
        assert mailbox.select() > 0


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_tls_without_the_ca_is_a_tls_error_pointing_at_ca_file(
    dovecot_tls: Dovecot, security: str
) -> None:
    error = error_of(dovecot_tls.imap_config(security, ca_file=""), PASSWORD)
    assert error.kind == "tls"
    assert "TLS certificate of 127.0.0.1 could not be verified" in str(error)
    assert "set [imap] ca_file" in str(error)


def test_starttls_to_a_server_without_it_is_a_tls_error(dovecot: Dovecot) -> None:
    error = error_of(dovecot.imap_config("starttls"), PASSWORD)
    assert error.kind == "tls"
    assert "does not offer STARTTLS" in str(error)


def test_missing_folder_is_a_folder_error(dovecot: Dovecot) -> None:
    error = error_of(dovecot.imap_config(folder="Submissions"), PASSWORD)
    assert error.kind == "folder"
    assert "'Submissions' does not exist" in str(error)


# -- listing, fetching, moving -------------------------------------------------------


def test_new_uids_lists_every_message_with_its_exact_size(
    loaded: tuple[Dovecot, list[corpus.Entry]],
) -> None:
    dovecot, entries = loaded
    with Mailbox(dovecot.imap_config(), PASSWORD, None) as mailbox:
        mailbox.select()
        listed = mailbox.new_uids()
    assert [uid for uid, _ in listed] == sorted(uid for uid, _ in listed)
    assert [size for _, size in listed] == [e.size for e in entries]


def test_fetch_yields_the_exact_bytes_in_batches_without_marking_seen(
    loaded: tuple[Dovecot, list[corpus.Entry]],
) -> None:
    dovecot, entries = loaded
    with Mailbox(dovecot.imap_config(batch_size=2), PASSWORD, None) as mailbox:
        mailbox.select()
        uids = [uid for uid, _ in mailbox.new_uids()]
        got = list(mailbox.fetch(uids))
        flags = mailbox.client.get_flags(uids)
    assert [f.uid for f in got] == uids
    assert [hashlib.sha256(f.raw).hexdigest() for f in got] == [
        hashlib.sha256(e.path.read_bytes()).hexdigest() for e in entries
    ]
    assert all(f.size == len(f.raw) for f in got)
    assert all(b"\\Seen" not in flags[uid] for uid in uids)


def test_fetch_skips_a_uid_that_is_gone(loaded: tuple[Dovecot, list[corpus.Entry]]) -> None:
    dovecot, _ = loaded
    with Mailbox(dovecot.imap_config(), PASSWORD, None) as mailbox:
        mailbox.select()
        uids = [uid for uid, _ in mailbox.new_uids()]
        got = list(mailbox.fetch([uids[0], 999_999, uids[1]]))
    assert [f.uid for f in got] == [uids[0], uids[1]]
    assert all(isinstance(f, Fetched) for f in got)


def test_move_to_processed_created_on_demand_empties_the_inbox(
    loaded: tuple[Dovecot, list[corpus.Entry]],
) -> None:
    dovecot, _ = loaded
    with Mailbox(dovecot.imap_config(), PASSWORD, None) as mailbox:
        mailbox.select()
        mailbox.ensure_folders()
        mailbox.ensure_folders()  # a second time finds them and changes nothing
        uids = [uid for uid, _ in mailbox.new_uids()]
        mailbox.move(uids[:4], "Processed")
        mailbox.move(uids[4:], "Failed")
        assert mailbox.new_uids() == []
    counts = [dovecot.count(folder) for folder in ("INBOX", "Processed", "Failed")]
    assert counts == [0, 4, 1]


@pytest.mark.parametrize("hidden", [("MOVE",), ("MOVE", "UIDPLUS")])
def test_move_without_the_move_capability_copies_and_expunges(hidden: tuple[str, ...]) -> None:
    fixtures.require_dovecot()
    entries = crlf_emails(3)
    with Dovecot(hide_capabilities=hidden) as dovecot:
        dovecot.append_all("INBOX", [entry.path.read_bytes() for entry in entries])
        with Mailbox(dovecot.imap_config(), PASSWORD, None) as mailbox:
            mailbox.select()
            assert not mailbox.client.has_capability("MOVE")
            mailbox.ensure_folders()
            uids = [uid for uid, _ in mailbox.new_uids()]
            mailbox.move(uids[:2], "Processed")
            assert [uid for uid, _ in mailbox.new_uids()] == uids[2:]
        assert (dovecot.count("INBOX"), dovecot.count("Processed")) == (1, 2)


# -- dropped connections, UIDVALIDITY, IDLE -------------------------------------------


def test_kicked_session_fails_as_connect_then_reconnects_and_works(
    loaded: tuple[Dovecot, list[corpus.Entry]],
) -> None:
    dovecot, entries = loaded
    with Mailbox(dovecot.imap_config(), PASSWORD, None) as mailbox:
        mailbox.select()
        assert dovecot.kick() is True
        with pytest.raises(MailboxError) as caught:
            mailbox.new_uids()
        assert caught.value.kind == "connect"
        assert "lost the connection" in str(caught.value)
        mailbox.reconnect()
        assert len(mailbox.new_uids()) == len(entries)


def test_recreated_folder_makes_reconnect_a_protocol_error(
    loaded: tuple[Dovecot, list[corpus.Entry]],
) -> None:
    dovecot, entries = loaded
    with Mailbox(dovecot.imap_config(), PASSWORD, None) as mailbox:
        before = mailbox.select()
        dovecot.kick()
        dovecot.recreate_folder("INBOX")
        with pytest.raises(MailboxError) as caught:
            mailbox.reconnect()
        assert caught.value.kind == "protocol"
        assert f"changed from {before} to" in str(caught.value)
        assert mailbox.uidvalidity == dovecot.uidvalidity("INBOX") != before
        assert len(mailbox.new_uids()) == len(entries)  # the session is usable again


def test_idle_wait_wakes_when_another_client_appends(dovecot: Dovecot, box: Mailbox) -> None:
    box.select()
    sender = threading.Timer(0.3, dovecot.append, ("INBOX", b"Subject: new\r\n\r\nhi\r\n"))
    started = time.monotonic()
    sender.start()
    try:
        assert box.idle_wait(10) is True
    finally:
        sender.join()
    assert time.monotonic() - started < 2
    assert len(box.new_uids()) == 1  # the session works after IDLE


def test_idle_wait_returns_false_after_the_timeout_when_nothing_arrives(box: Mailbox) -> None:
    box.select()
    started = time.monotonic()
    assert box.idle_wait(0.3) is False
    assert 0.25 < time.monotonic() - started < 2


def test_idle_wait_without_idle_capability_returns_false_at_once() -> None:
    fixtures.require_dovecot()
    with (
        Dovecot(hide_capabilities=("IDLE",)) as dovecot,
        Mailbox(dovecot.imap_config(), PASSWORD, None) as mailbox,
    ):
        mailbox.select()
        started = time.monotonic()
        assert mailbox.idle_wait(5) is False
        assert time.monotonic() - started < 0.5


def test_idle_wait_on_a_dropped_connection_is_a_connect_error(
    dovecot: Dovecot, box: Mailbox
) -> None:
    box.select()
    kicker = threading.Timer(0.3, dovecot.kick)
    kicker.start()
    try:
        with pytest.raises(MailboxError) as caught:
            box.idle_wait(5)
    finally:
        kicker.join()
    assert caught.value.kind == "connect"


def test_close_is_safe_after_a_drop_and_twice(dovecot: Dovecot) -> None:
    mailbox = Mailbox(dovecot.imap_config(), PASSWORD, None)
    mailbox.connect()
    dovecot.kick()
    mailbox.close()
    mailbox.close()
    with pytest.raises(MailboxError) as caught:
        mailbox.select()
    assert caught.value.kind == "connect"


def test_move_to_a_missing_folder_is_a_folder_error_and_moves_nothing(
    loaded: tuple[Dovecot, list[corpus.Entry]],
) -> None:
    dovecot, entries = loaded
    with Mailbox(dovecot.imap_config(), PASSWORD, None) as mailbox:
        mailbox.select()
        uids = [uid for uid, _ in mailbox.new_uids()]
        with pytest.raises(MailboxError) as caught:
            mailbox.move(uids, "Nowhere")
        assert caught.value.kind == "folder"
    assert dovecot.count("INBOX") == len(entries)


def test_unreadable_ca_file_is_a_tls_error_naming_the_file(dovecot_tls: Dovecot) -> None:
    error = error_of(dovecot_tls.imap_config("tls", ca_file="/nonexistent/ca.pem"), PASSWORD)
    assert error.kind == "tls"
    assert "/nonexistent/ca.pem" in str(error)


def _big_message(megabytes: int) -> bytes:
    """A message with `megabytes` of base64 lines (what a photo's part looks like)."""
    line = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n"
    head = b"From: a@example.org\r\nSubject: big\r\nMIME-Version: 1.0\r\n\r\n"
    return head + line * (megabytes * 1024 * 1024 // len(line))


def test_fetching_a_big_message_costs_less_cpu_than_writing_out_its_bytes_once(
    dovecot: Dovecot,
) -> None:
    raw = _big_message(4)
    dovecot.append("INBOX", raw)
    started = time.thread_time()
    repr(raw)  # the yardstick: what a debug line of the response would cost
    yardstick = time.thread_time() - started
    with Mailbox(dovecot.imap_config(), PASSWORD, None) as mailbox:
        mailbox.select()
        uids = [uid for uid, _ in mailbox.new_uids()]
        started = time.thread_time()
        (got,) = list(mailbox.fetch(uids))
        spent = time.thread_time() - started
    assert got.raw == raw
    assert spent < yardstick


def test_imaplib_s_debug_lines_still_reach_a_logger_set_to_debug(
    dovecot: Dovecot, caplog: pytest.LogCaptureFixture
) -> None:
    dovecot.append("INBOX", _big_message(1))
    with (
        caplog.at_level("DEBUG", logger="imapclient.imaplib"),
        Mailbox(dovecot.imap_config(), PASSWORD, None) as mailbox,
    ):
        mailbox.select()
        list(mailbox.fetch([uid for uid, _ in mailbox.new_uids()]))
    lines = [r.getMessage() for r in caplog.records if r.name == "imapclient.imaplib"]
    assert any("FETCH" in line for line in lines)

"""A mail port spoken to with the wrong `security` is named within 5 s, with the value that fits.

Real servers on both sides: Dovecot with implicit TLS and STARTTLS ports, and
aiosmtpd with STARTTLS or implicit TLS. The configured timeout stays at its
default of 60 s: the answer must not wait for it.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from ipom_mail.config import SmtpConfig
from ipom_mail.intake.mailbox import Mailbox, MailboxError
from ipom_mail.reply.send import SendError, SmtpSession
from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.smtp import SmtpSink

WITHIN_S = 5.0


def timed(attempt: Callable[[], object], error: type[Exception]) -> tuple[Exception, float]:
    started = time.monotonic()
    with pytest.raises(error) as caught:
        attempt()
    return caught.value, time.monotonic() - started


def imap_error(server: Dovecot, security: str, port: int) -> tuple[MailboxError, float]:
    cfg = server.imap_config(security, port=port, timeout_seconds=60.0)
    error, took = timed(lambda: Mailbox(cfg, PASSWORD, None).connect(), MailboxError)
    assert isinstance(error, MailboxError)
    return error, took


@pytest.mark.imap
@pytest.mark.parametrize("security", ["starttls", "none"])
def test_plain_imap_or_starttls_to_the_tls_port_says_to_use_tls_within_5_s(
    dovecot_tls: Dovecot, security: str
) -> None:
    error, took = imap_error(dovecot_tls, security, dovecot_tls.tls_port)
    assert took < WITHIN_S
    assert error.kind == "tls"
    assert f"127.0.0.1:{dovecot_tls.tls_port} expects TLS from the first byte" in str(error)
    assert 'set [imap] security = "tls"' in str(error)


@pytest.mark.imap
def test_tls_to_the_plain_imap_port_says_to_use_starttls_within_5_s(dovecot_tls: Dovecot) -> None:
    error, took = imap_error(dovecot_tls, "tls", dovecot_tls.port)
    assert took < WITHIN_S
    assert error.kind == "tls"
    assert "speaks plain IMAP with STARTTLS, not TLS" in str(error)
    assert 'set [imap] security = "starttls"' in str(error)


@pytest.mark.imap
def test_tls_to_an_imap_port_without_starttls_says_to_use_the_tls_port(dovecot: Dovecot) -> None:
    error, took = imap_error(dovecot, "tls", dovecot.port)
    assert took < WITHIN_S
    assert "speaks plain IMAP without STARTTLS" in str(error)
    assert "usually 993" in str(error)


def _running(sink: SmtpSink) -> Iterator[SmtpSink]:
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()


@pytest.fixture
def implicit_tls_sink() -> Iterator[SmtpSink]:
    """An SMTP server that speaks TLS from the first byte (port 465 style)."""
    yield from _running(SmtpSink(implicit_tls=True))


@pytest.fixture
def starttls_sink() -> Iterator[SmtpSink]:
    """An SMTP server that greets in plain text and offers STARTTLS (port 587 style)."""
    yield from _running(SmtpSink(tls=True))


def smtp_error(sink: SmtpSink, security: str) -> tuple[SendError, float]:
    ca = str(sink.ca_file) if sink.ca_file else ""
    cfg = SmtpConfig(host=sink.host, port=sink.port, security=security, username="", ca_file=ca)
    assert cfg.timeout_seconds == 60.0
    error, took = timed(lambda: SmtpSession(cfg, {}).open(), SendError)
    assert isinstance(error, SendError)
    return error, took


@pytest.mark.parametrize("security", ["starttls", "none"])
def test_starttls_or_plain_smtp_to_the_tls_port_says_to_use_tls_within_5_s(
    implicit_tls_sink: SmtpSink, security: str
) -> None:
    error, took = smtp_error(implicit_tls_sink, security)
    assert took < WITHIN_S
    assert error.scope == "server"  # every reply waits; none is given up on
    assert f"127.0.0.1:{implicit_tls_sink.port} expects TLS from the first byte" in str(error)
    assert 'set [smtp] security = "tls"' in str(error)


def test_tls_to_the_starttls_smtp_port_says_to_use_starttls_within_5_s(
    starttls_sink: SmtpSink,
) -> None:
    error, took = smtp_error(starttls_sink, "tls")
    assert took < WITHIN_S
    assert "speaks plain SMTP with STARTTLS, not TLS" in str(error)
    assert 'set [smtp] security = "starttls"' in str(error)


def test_the_right_security_still_connects_to_both_kinds_of_smtp_port(
    implicit_tls_sink: SmtpSink, starttls_sink: SmtpSink
) -> None:
    for sink, security in ((implicit_tls_sink, "tls"), (starttls_sink, "starttls")):
        cfg = SmtpConfig(
            host=sink.host,
            port=sink.port,
            security=security,
            username="",
            ca_file=str(sink.ca_file),
        )
        with SmtpSession(cfg, {}) as session:
            assert session.client is not None


class SlowGreeter:
    """A TCP relay to a real server that holds each connection 4 s before passing it on:
    a plain server slow to greet, which must not be mistaken for a TLS port."""

    DELAY_S = 4.0

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:  # closed
                return
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        time.sleep(self.DELAY_S)
        with client, socket.create_connection(self.target) as server:
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()
            time.sleep(15)

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                dst.sendall(data)

    def close(self) -> None:
        self.listener.close()


@pytest.mark.imap
def test_a_plain_server_slow_to_greet_is_waited_for_not_taken_for_a_tls_port(
    dovecot: Dovecot,
) -> None:
    slow = SlowGreeter((dovecot.host, dovecot.port))
    try:
        cfg = dovecot.imap_config("none", port=slow.port, timeout_seconds=10.0)
        with Mailbox(cfg, PASSWORD, None) as box:
            assert box.select() > 0
    finally:
        slow.close()

"""Pytest fixtures for the real servers; tests/conftest.py star-imports this module.

`dovecot` and `dovecot_tls` start a throw-away Dovecot per test (about 0.1 s)
and stop it afterwards; `smtp_sink` captures what is sent by SMTP. Where
Dovecot is missing the test is skipped with the reason — except under CI=true,
where a missing server must fail the run rather than silently skip it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from .dovecot import Dovecot, available
from .smtp import SmtpSink

__all__ = ["dovecot", "dovecot_tls", "require_dovecot", "smtp_sink"]


def require_dovecot() -> None:
    """Skip (or under CI=true, fail) the calling test when Dovecot cannot run here."""
    ok, reason = available()
    if ok:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true and the IMAP tests cannot run: {reason}")
    pytest.skip(reason)


def _serve(tls: bool) -> Iterator[Dovecot]:
    require_dovecot()
    server = Dovecot(tls=tls).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """A fresh Dovecot on a free loopback port, plain IMAP (user ipom, password secret)."""
    yield from _serve(tls=False)


@pytest.fixture
def dovecot_tls() -> Iterator[Dovecot]:
    """A fresh Dovecot with a trustme certificate: imaps on .tls_port, STARTTLS on .port."""
    yield from _serve(tls=True)


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """An SMTP server on a free loopback port that keeps every message it accepts."""
    sink = SmtpSink().start()
    try:
        yield sink
    finally:
        sink.stop()

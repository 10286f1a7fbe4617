"""An SMTP sink for tests: aiosmtpd's Controller on a free loopback port, keeping what it got.

It also counts the SMTP sessions (connections that said EHLO), so a test can
tell how often a client came to send.
"""

from __future__ import annotations

import shutil
import ssl
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from .dovecot import free_port


@dataclass(frozen=True, slots=True)
class Captured:
    """One accepted message: the SMTP envelope and the bytes of DATA."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    content: bytes
    login: str | None  # the AUTH user, when the client logged in


class _Handler:
    """aiosmtpd handler that appends every DATA to a shared list."""

    def __init__(self, sink: SmtpSink) -> None:
        self._sink = sink

    async def handle_EHLO(
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        session.host_name = hostname
        self._sink._saw_session(session)
        return responses

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        login = session.auth_data.decode() if isinstance(session.auth_data, bytes) else None
        self._sink._add(
            Captured(envelope.mail_from, tuple(envelope.rcpt_tos), bytes(envelope.content), login)
        )
        return "250 OK"


class SmtpSink:
    """Start with start(), read .messages, stop with stop().

    With `credentials`, AUTH PLAIN/LOGIN is offered and checked (a wrong password
    gets 535). With `tls`, STARTTLS is offered with a trustme certificate for
    127.0.0.1; `ca_file` is then the CA a client must trust. With
    `implicit_tls`, the port speaks TLS from the first byte (port 465 style).
    """

    host = "127.0.0.1"

    def __init__(
        self,
        credentials: tuple[str, str] | None = None,
        tls: bool = False,
        implicit_tls: bool = False,
    ) -> None:
        self.port = free_port()
        self.credentials = credentials
        self.ca_file: Path | None = None
        self._dir: Path | None = None
        self._lock = threading.Lock()
        self._messages: list[Captured] = []
        self._sessions: list[Any] = []  # kept alive: an id() could be reused
        kwargs: dict[str, Any] = {}
        if credentials is not None:
            kwargs.update(authenticator=self._authenticate, auth_require_tls=False)
        if tls:
            kwargs.update(tls_context=self._tls_context())
        elif implicit_tls:
            kwargs.update(ssl_context=self._tls_context())
        self._controller = Controller(_Handler(self), hostname=self.host, port=self.port, **kwargs)
        self._running = False

    @property
    def messages(self) -> list[Captured]:
        """A copy of what was accepted so far, in order."""
        with self._lock:
            return list(self._messages)

    @property
    def sessions(self) -> int:
        """How many SMTP sessions said EHLO so far."""
        with self._lock:
            return len(self._sessions)

    def _saw_session(self, session: Any) -> None:
        with self._lock:
            if not any(seen is session for seen in self._sessions):
                self._sessions.append(session)

    def _add(self, message: Captured) -> None:
        with self._lock:
            self._messages.append(message)

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and self.credentials == (
            auth_data.login.decode(),
            auth_data.password.decode(),
        )
        login = auth_data.login if ok else None
        return AuthResult(success=ok, handled=False, auth_data=login)

    def _tls_context(self) -> ssl.SSLContext:
        """A server context from a fresh trustme CA; the CA pem is left in a temp folder."""
        ca = trustme.CA()
        self._dir = Path(tempfile.mkdtemp(prefix="ipom-smtp-"))
        self.ca_file = self._dir / "ca.pem"
        ca.cert_pem.write_to_path(str(self.ca_file))
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
        return context

    def start(self) -> SmtpSink:
        self._controller.start()
        self._running = True
        return self

    def stop(self) -> None:
        if self._running:
            self._running = False
            self._controller.stop()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

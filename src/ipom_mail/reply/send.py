"""The SMTP edge: build our RFC 3834 reply and hand it to the configured server with smtplib.

tls (port 465), starttls (587) or none (localhost only, checked by config);
certificates are always verified, against [smtp] ca_file when given. AUTH is
used when the server offers it, with the password from env, file or command.
Errors are classified: `temporary` (4xx, connection, TLS, login) is retried
later, `permanent` (5xx for this message) is recorded and never retried.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from types import TracebackType
from typing import Literal

from ipom_mail.config import SmtpConfig
from ipom_mail.secrets import SecretError, resolve_secret
from ipom_mail.tlsprobe import GREETING_S, SMTP, plain_port_fix, tls_port_fix

ErrorKind = Literal["temporary", "permanent"]


class SendError(Exception):
    """A send that did not go through; `kind` says whether to retry, `scope` what failed."""

    def __init__(self, kind: ErrorKind, message: str, scope: str = "message") -> None:
        super().__init__(message)
        self.kind = kind
        self.scope = scope  # "message" (this reply) | "server" (every reply: connect, TLS, login)


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One reply to send, as stored in the outbox, plus the ids of the message it answers."""

    message_id: str
    to_addr: str
    subject: str
    body_text: str
    body_html: str | None
    in_reply_to: str | None
    references: tuple[str, ...] = ()


def build_mime(out: Outgoing, from_: str, date: datetime) -> EmailMessage:
    """Our reply as an RFC 5322 message with the RFC 3834 headers; text first, HTML optional."""
    msg = EmailMessage()
    msg["From"] = from_
    msg["To"] = out.to_addr
    msg["Subject"] = out.subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = out.message_id
    if out.in_reply_to:
        msg["In-Reply-To"] = out.in_reply_to
    refs = [r for r in (*out.references, out.in_reply_to) if r]
    if refs:
        msg["References"] = " ".join(dict.fromkeys(refs))
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["Precedence"] = "auto_reply"
    msg["X-Loop"] = parseaddr(from_)[1]
    msg.set_content(out.body_text)
    if out.body_html:
        msg.add_alternative(out.body_html, subtype="html")
    return msg


def _tls_context(cfg: SmtpConfig) -> ssl.SSLContext:
    """Certificate and host name verified; an extra CA bundle when configured."""
    return ssl.create_default_context(cafile=cfg.ca_file or None)


def _server_error(exc: BaseException, cfg: SmtpConfig) -> SendError:
    """A connect/TLS/login problem: every pending reply waits for the next try."""
    where = f"{cfg.host}:{cfg.port}"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        reason = f"login refused ({exc.smtp_code}); check [smtp] username and password"
    elif isinstance(exc, ssl.SSLCertVerificationError):
        reason = f"certificate not trusted ({exc.verify_message}); set [smtp] ca_file"
    elif isinstance(exc, SecretError):
        reason = str(exc)
    else:
        reason = f"{type(exc).__name__}: {exc}".rstrip(": ")
    return SendError("temporary", f"SMTP {where}: {reason}", scope="server")


def _connect(cfg: SmtpConfig) -> smtplib.SMTP:
    """Connect and read the greeting; a port that speaks the other security is named at once.

    The greeting is awaited GREETING_S first (a port that expects TLS never
    greets in plain text); a server merely slow to greet gets a patient try.
    """
    first = min(GREETING_S, cfg.timeout_seconds)
    try:
        client = _client(cfg, first)
    except ssl.SSLCertVerificationError:
        raise
    except ssl.SSLError:
        fix = plain_port_fix(SMTP, cfg.host, cfg.port) if cfg.security == "tls" else None
        if fix is not None:
            raise SendError("temporary", f"SMTP {cfg.host}:{cfg.port}: {fix}", "server") from None
        raise
    except (TimeoutError, smtplib.SMTPServerDisconnected):  # smtplib's word for no greeting
        fix = None if cfg.security == "tls" else tls_port_fix(SMTP, cfg.host, cfg.port)
        if fix is not None:
            raise SendError("temporary", f"SMTP {cfg.host}:{cfg.port}: {fix}", "server") from None
        if first >= cfg.timeout_seconds:
            raise
        client = _client(cfg, cfg.timeout_seconds)
    if client.sock is not None:
        client.sock.settimeout(cfg.timeout_seconds)
    client.timeout = cfg.timeout_seconds
    return client


def _client(cfg: SmtpConfig, timeout: float) -> smtplib.SMTP:
    if cfg.security == "tls":
        return smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=timeout, context=_tls_context(cfg))
    return smtplib.SMTP(cfg.host, cfg.port, timeout=timeout)


class SmtpSession:
    """One connection to the SMTP server, logged in when the server offers AUTH."""

    def __init__(self, cfg: SmtpConfig, environ: Mapping[str, str]) -> None:
        self.cfg = cfg
        self.environ = environ
        self.client: smtplib.SMTP | None = None

    def open(self) -> SmtpSession:
        """Connect, secure and log in; raises SendError(scope="server") when it cannot."""
        cfg = self.cfg
        try:
            client = _connect(cfg)
            self.client = client
            client.ehlo()
            if cfg.security == "starttls":
                client.starttls(context=_tls_context(cfg))
                client.ehlo()
            if cfg.username and client.has_extn("auth"):
                password = resolve_secret(
                    cfg.password_env,
                    cfg.password_file,
                    cfg.password_command,
                    self.environ,
                    "[smtp] password",
                )
                client.login(cfg.username, password)
        except SendError:
            self.close()
            raise
        except (OSError, smtplib.SMTPException, SecretError) as exc:
            self.close()
            raise _server_error(exc, cfg) from None
        return self

    def send(self, msg: EmailMessage, sender: str, to_addr: str) -> None:
        """Hand one message over; SendError says whether to retry it."""
        if self.client is None:
            raise SendError("temporary", "not connected", scope="server")
        try:
            self.client.send_message(msg, from_addr=sender, to_addrs=[to_addr])
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            raise _coded(code, text, to_addr) from None
        except smtplib.SMTPResponseException as exc:
            raise _coded(exc.smtp_code, exc.smtp_error, to_addr) from None
        except (OSError, smtplib.SMTPException) as exc:  # disconnected, timed out
            raise SendError("temporary", f"{type(exc).__name__}: {exc}", scope="server") from None

    def close(self) -> None:
        """QUIT politely; a dead connection is just dropped."""
        if self.client is None:
            return
        try:
            self.client.quit()
        except (OSError, smtplib.SMTPException):
            self.client.close()
        self.client = None

    def __enter__(self) -> SmtpSession:
        return self.open()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _coded(code: int, text: bytes | str, to_addr: str) -> SendError:
    """4xx: try again later; 5xx: this reply can never be delivered."""
    said = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    kind: ErrorKind = "permanent" if 500 <= code < 600 else "temporary"
    return SendError(kind, f"{code} {said.strip()} (to {to_addr})")

"""What the IMAP edge raises: a MailboxError whose `kind` tells the caller what to do.

Library, socket and TLS errors become a MailboxError whose message tells the operator
what to fix (intake/mailbox.py, intake/mailbox_session.py). Secrets are never in them.
"""

from __future__ import annotations

import contextlib
import re
import socket
import ssl
from collections.abc import Callable, Iterator
from typing import Literal

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from ipom_mail.config import ImapConfig

ErrorKind = Literal["login", "connect", "tls", "folder", "protocol"]


class MailboxError(Exception):
    """The mailbox cannot do what was asked; `kind` is login/connect/tls/folder/protocol."""

    def __init__(self, kind: ErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind: ErrorKind = kind


def server_said(exc: BaseException) -> str:
    """The server's words from an imaplib error, without the b'...' of a bytes repr."""
    text = str(exc)
    match = re.search(r"b(['\"])(.*)\1$", text)
    return text[: match.start()] + match.group(2) if match else text


def where(cfg: ImapConfig) -> str:
    return f"{cfg.host}:{cfg.port}"


@contextlib.contextmanager
def imap_errors(cfg: ImapConfig, connected: Callable[[], bool], doing: str) -> Iterator[None]:
    """Turn what imapclient, ssl and socket raise into a MailboxError that says the fix;
    `connected`: whether a session was open (a connection lost midway, not refused)."""
    try:
        yield
    except MailboxError:
        raise
    except LoginError as exc:
        raise MailboxError(
            "login",
            f"IMAP login failed for {cfg.username} at {where(cfg)}: the server said "
            f"{server_said(exc)} — check [imap] username and the password source",
        ) from None
    except ssl.SSLCertVerificationError as exc:
        raise MailboxError(
            "tls",
            f"TLS certificate of {cfg.host} could not be verified: "
            f"{exc.verify_message or exc.reason} — set [imap] ca_file for a private CA",
        ) from None
    except ssl.SSLError as exc:
        raise MailboxError(
            "tls",
            f"TLS with {where(cfg)} failed: {exc.reason or exc} — check [imap] security "
            "and port (tls is usually 993, starttls 143)",
        ) from None
    except (IMAPClient.AbortError, OSError) as exc:
        raise connect_error(cfg, connected(), exc, doing) from None
    except IMAPClientError as exc:
        raise MailboxError(
            "protocol", f"IMAP {doing} on {where(cfg)} failed: {server_said(exc)}"
        ) from None


def connect_error(cfg: ImapConfig, connected: bool, exc: BaseException, doing: str) -> MailboxError:
    """Kind "connect": either no connection could be made, or it was lost midway."""
    timed_out = isinstance(exc, TimeoutError)
    if connected:
        detail = f"no answer within {cfg.timeout_seconds:g} s" if timed_out else None
        detail = detail or server_said(exc) or type(exc).__name__
        return MailboxError(
            "connect", f"lost the connection to {where(cfg)} during {doing}: {detail}"
        )
    if isinstance(exc, ConnectionRefusedError):
        why = "connection refused — is the server running?"
    elif isinstance(exc, socket.gaierror):
        why = f"the host name does not resolve ({exc.strerror}) —"
    elif timed_out:
        why = f"no answer within {cfg.timeout_seconds:g} s —"
    else:
        why = f"{exc or type(exc).__name__} —"
    return MailboxError("connect", f"cannot connect to {where(cfg)}: {why} check [imap] host/port")

"""Opening an IMAP session: the connection (TLS verified by default), STARTTLS, the login.

A port that speaks the other security is named at once (tlsprobe), and imaplib's debug
lines are turned off unless someone reads them. intake/mailbox.py keeps the session.
"""

from __future__ import annotations

import contextlib
import logging
import ssl

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import CapabilityError

from ipom_mail.config import ImapConfig
from ipom_mail.intake.mailbox_errors import MailboxError, imap_errors, where
from ipom_mail.tlsprobe import GREETING_S, IMAP, plain_port_fix, tls_port_fix

LOCALHOST = ("localhost", "127.0.0.1", "::1")


def open_session(cfg: ImapConfig, password: str | None, token: str | None) -> IMAPClient:
    """A logged-in client; MailboxError with the fix when it cannot be had."""
    if cfg.security == "none" and cfg.host not in LOCALHOST:
        raise MailboxError(
            "tls", f"refusing an unencrypted connection to {cfg.host}: use tls or starttls"
        )
    context = _context(cfg) if cfg.security != "none" else None  # none: localhost only
    with imap_errors(cfg, lambda: False, "connect"):
        client = _open(cfg, context)
    try:
        with imap_errors(cfg, lambda: False, "login"):
            if cfg.security == "starttls" and context is not None:
                _starttls(cfg, client, context)
            _login(cfg, client, password, token)
    except MailboxError:
        with contextlib.suppress(Exception):
            client.shutdown()
        raise
    return client


def _open(cfg: ImapConfig, context: ssl.SSLContext | None) -> IMAPClient:
    """Connect and read the greeting; a port that speaks the other security is named at once.

    The greeting is awaited GREETING_S first: a port that expects TLS never
    greets in plain text. A server merely slow to greet gets a second,
    patient try.
    """
    tls = cfg.security == "tls"
    first = min(GREETING_S, cfg.timeout_seconds)
    try:
        return _new_client(cfg, context, SocketTimeout(first, cfg.timeout_seconds))
    except ssl.SSLCertVerificationError:
        raise
    except ssl.SSLError:
        fix = plain_port_fix(IMAP, cfg.host, cfg.port) if tls else None
        if fix is not None:
            raise MailboxError("tls", fix) from None
        raise
    except TimeoutError:
        fix = None if tls else tls_port_fix(IMAP, cfg.host, cfg.port)
        if fix is not None:
            raise MailboxError("tls", fix) from None
        if first >= cfg.timeout_seconds:
            raise
    return _new_client(cfg, context, SocketTimeout(cfg.timeout_seconds, cfg.timeout_seconds))


def _new_client(
    cfg: ImapConfig, context: ssl.SSLContext | None, timeout: SocketTimeout
) -> IMAPClient:
    client = IMAPClient(
        cfg.host, cfg.port, ssl=cfg.security == "tls", ssl_context=context, timeout=timeout
    )
    _quiet_imaplib(client)
    return client


def _context(cfg: ImapConfig) -> ssl.SSLContext:
    """Certificate-verifying TLS settings, trusting [imap] ca_file too when set."""
    try:
        return ssl.create_default_context(cafile=cfg.ca_file or None)
    except (OSError, ssl.SSLError) as exc:
        raise MailboxError(
            "tls", f"cannot use [imap] ca_file {cfg.ca_file!r}: {exc} — fix the path"
        ) from None


def _starttls(cfg: ImapConfig, client: IMAPClient, context: ssl.SSLContext) -> None:
    try:
        client.starttls(context)
    except CapabilityError:
        raise MailboxError(
            "tls", f"{where(cfg)} does not offer STARTTLS — set [imap] security to tls"
        ) from None


def _login(cfg: ImapConfig, client: IMAPClient, password: str | None, token: str | None) -> None:
    if token is not None:
        client.oauth2_login(cfg.username, token)
    elif password is not None:
        client.login(cfg.username, password)
    else:
        raise MailboxError(
            "login", "no IMAP password or OAuth2 token was given — check [imap] password_*"
        )


def _quiet_imaplib(client: IMAPClient) -> None:
    """imaplib's debug lines off unless someone reads them: imapclient turns them on for
    its "imapclient.imaplib" logger, and imaplib then writes the repr of every response it
    receives (a message's bytes, twice) before the logger drops the line: 7 ms of CPU
    for an 800 KB photo, more than the rest of its fetch."""
    if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
        with contextlib.suppress(AttributeError):  # imapclient's own imaplib object
            client._imap.debug = 0

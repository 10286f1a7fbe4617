"""The IMAP edge: the only module that talks to the mailbox (imapclient 4.x).

It lists, fetches and moves messages by UID and nothing more: deciding what a
message is happens elsewhere. Messages are *moved* out of the folder after
processing (never deleted), so every message present is new. Library, socket
and TLS errors become a MailboxError whose `kind` tells the caller what to do
and whose message tells the operator what to fix. Secrets are never logged.
"""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import ssl
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal

from imapclient import DELETED, IMAPClient, SocketTimeout
from imapclient.exceptions import CapabilityError, IMAPClientError, LoginError

from ipom_mail.config import ImapConfig
from ipom_mail.tlsprobe import GREETING_S, IMAP, plain_port_fix, tls_port_fix

log = logging.getLogger(__name__)

ErrorKind = Literal["login", "connect", "tls", "folder", "protocol"]
LOCALHOST = ("localhost", "127.0.0.1", "::1")
SIZE_CHUNK = 500  # UIDs per FETCH RFC822.SIZE / MOVE command: keeps command lines short
IDLE_RENEW_S = 25 * 60  # RFC 2177: re-issue IDLE before the server's 30-minute timeout


class MailboxError(Exception):
    """The mailbox cannot do what was asked; `kind` is login/connect/tls/folder/protocol."""

    def __init__(self, kind: ErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind: ErrorKind = kind


@dataclass(frozen=True, slots=True)
class Fetched:
    """One message as the server holds it: its UID, size and exact bytes."""

    uid: int
    size: int
    raw: bytes


def _server_said(exc: BaseException) -> str:
    """The server's words from an imaplib error, without the b'...' of a bytes repr."""
    text = str(exc)
    match = re.search(r"b(['\"])(.*)\1$", text)
    return text[: match.start()] + match.group(2) if match else text


class Mailbox:
    """One IMAP session on the configured folder; `with Mailbox(...) as box:` connects."""

    def __init__(self, cfg: ImapConfig, password: str | None, oauth2_token: str | None) -> None:
        self.cfg = cfg
        self._password = password
        self._token = oauth2_token
        self._client: IMAPClient | None = None
        self.uidvalidity: int | None = None  # of cfg.folder, once selected
        # fetch and move may come from two threads (a poll fetches ahead while it moves
        # what it stored): one command on the connection at a time
        self._command = threading.RLock()

    @property
    def where(self) -> str:
        return f"{self.cfg.host}:{self.cfg.port}"

    def __enter__(self) -> Mailbox:
        self.connect()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- errors ------------------------------------------------------------------

    @contextlib.contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        """Turn what imapclient, ssl and socket raise into a MailboxError that says the fix."""
        try:
            yield
        except MailboxError:
            raise
        except LoginError as exc:
            raise MailboxError(
                "login",
                f"IMAP login failed for {self.cfg.username} at {self.where}: the server said "
                f"{_server_said(exc)} — check [imap] username and the password source",
            ) from None
        except ssl.SSLCertVerificationError as exc:
            raise MailboxError(
                "tls",
                f"TLS certificate of {self.cfg.host} could not be verified: "
                f"{exc.verify_message or exc.reason} — set [imap] ca_file for a private CA",
            ) from None
        except ssl.SSLError as exc:
            raise MailboxError(
                "tls",
                f"TLS with {self.where} failed: {exc.reason or exc} — check [imap] security "
                "and port (tls is usually 993, starttls 143)",
            ) from None
        except (IMAPClient.AbortError, OSError) as exc:
            raise self._connect_error(exc, doing) from None
        except IMAPClientError as exc:
            raise MailboxError(
                "protocol", f"IMAP {doing} on {self.where} failed: {_server_said(exc)}"
            ) from None

    def _connect_error(self, exc: BaseException, doing: str) -> MailboxError:
        """Kind "connect": either no connection could be made, or it was lost midway."""
        timed_out = isinstance(exc, TimeoutError)
        if self._client is not None:
            detail = f"no answer within {self.cfg.timeout_seconds:g} s" if timed_out else None
            detail = detail or _server_said(exc) or type(exc).__name__
            return MailboxError(
                "connect", f"lost the connection to {self.where} during {doing}: {detail}"
            )
        if isinstance(exc, ConnectionRefusedError):
            why = "connection refused — is the server running?"
        elif isinstance(exc, socket.gaierror):
            why = f"the host name does not resolve ({exc.strerror}) —"
        elif timed_out:
            why = f"no answer within {self.cfg.timeout_seconds:g} s —"
        else:
            why = f"{exc or type(exc).__name__} —"
        return MailboxError(
            "connect", f"cannot connect to {self.where}: {why} check [imap] host/port"
        )

    # -- session -----------------------------------------------------------------

    def connect(self) -> None:
        """Open the connection (TLS verified by default), log in; closes any earlier one."""
        self.close()
        cfg = self.cfg
        if cfg.security == "none" and cfg.host not in LOCALHOST:
            raise MailboxError(
                "tls", f"refusing an unencrypted connection to {cfg.host}: use tls or starttls"
            )
        context = self._context() if cfg.security != "none" else None  # none: localhost only
        with self._errors("connect"):
            client = self._open(context)
        try:
            with self._errors("login"):
                if cfg.security == "starttls" and context is not None:
                    self._starttls(client, context)
                self._login(client)
        except MailboxError:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        self._client = client
        log.info("logged in to %s as %s", self.where, cfg.username)

    def _open(self, context: ssl.SSLContext | None) -> IMAPClient:
        """Connect and read the greeting; a port that speaks the other security is named at once.

        The greeting is awaited GREETING_S first: a port that expects TLS never
        greets in plain text. A server merely slow to greet gets a second,
        patient try.
        """
        cfg = self.cfg
        tls = cfg.security == "tls"
        first = min(GREETING_S, cfg.timeout_seconds)
        try:
            return self._new_client(context, SocketTimeout(first, cfg.timeout_seconds))
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
        return self._new_client(context, SocketTimeout(cfg.timeout_seconds, cfg.timeout_seconds))

    def _new_client(self, context: ssl.SSLContext | None, timeout: SocketTimeout) -> IMAPClient:
        cfg = self.cfg
        client = IMAPClient(
            cfg.host, cfg.port, ssl=cfg.security == "tls", ssl_context=context, timeout=timeout
        )
        _quiet_imaplib(client)
        return client

    def _context(self) -> ssl.SSLContext:
        """Certificate-verifying TLS settings, trusting [imap] ca_file too when set."""
        try:
            return ssl.create_default_context(cafile=self.cfg.ca_file or None)
        except (OSError, ssl.SSLError) as exc:
            raise MailboxError(
                "tls", f"cannot use [imap] ca_file {self.cfg.ca_file!r}: {exc} — fix the path"
            ) from None

    def _starttls(self, client: IMAPClient, context: ssl.SSLContext) -> None:
        try:
            client.starttls(context)
        except CapabilityError:
            raise MailboxError(
                "tls", f"{self.where} does not offer STARTTLS — set [imap] security to tls"
            ) from None

    def _login(self, client: IMAPClient) -> None:
        if self._token is not None:
            client.oauth2_login(self.cfg.username, self._token)
        elif self._password is not None:
            client.login(self.cfg.username, self._password)
        else:
            raise MailboxError(
                "login", "no IMAP password or OAuth2 token was given — check [imap] password_*"
            )

    @property
    def client(self) -> IMAPClient:
        """The logged-in imapclient (for diagnostics and tests), or kind "connect"."""
        if self._client is None:
            raise MailboxError("connect", f"not connected to {self.where}: connect() first")
        return self._client

    def close(self) -> None:
        """Log out and drop the connection; never raises (the connection may be gone)."""
        # a FETCH under way in another thread ends first (or, stuck, is cut off by the shutdown)
        held = self._command.acquire(timeout=self.cfg.timeout_seconds)
        try:
            client, self._client = self._client, None
            if client is None:
                return
            try:
                client.logout()
            except Exception:  # the connection may be dead already: just drop it
                with contextlib.suppress(Exception):
                    client.shutdown()
        finally:
            if held:
                self._command.release()

    def select(self) -> int:
        """Select cfg.folder (read-write) and return its UIDVALIDITY."""
        folder = self.cfg.folder
        with self._errors(f"SELECT {folder}"):
            if not self.client.folder_exists(folder):
                raise MailboxError(
                    "folder",
                    f"folder {folder!r} does not exist on {self.where} — check [imap] folder",
                )
            info = self.client.select_folder(folder)
        self.uidvalidity = int(info[b"UIDVALIDITY"])
        return self.uidvalidity

    def ensure_folders(self) -> None:
        """Create the processed and failed folders when they are missing."""
        for key, folder in (
            ("processed_folder", self.cfg.processed_folder),
            ("failed_folder", self.cfg.failed_folder),
        ):
            with self._errors(f"CREATE {folder}"):
                if self.client.folder_exists(folder):
                    continue
                try:
                    self.client.create_folder(folder)
                except IMAPClientError as exc:
                    raise MailboxError(
                        "folder",
                        f"cannot create folder {folder!r} on {self.where}: {_server_said(exc)}"
                        f" — create it by hand or change [imap] {key}",
                    ) from None
                log.info("created folder %s on %s", folder, self.where)

    # -- messages ------------------------------------------------------------------

    def new_uids(self) -> list[tuple[int, int]]:
        """(uid, RFC822.SIZE) of every message in the selected folder, ascending."""
        with self._errors("SEARCH"):
            uids = sorted(int(u) for u in self.client.search("ALL"))
        found: list[tuple[int, int]] = []
        for start in range(0, len(uids), SIZE_CHUNK):
            chunk = uids[start : start + SIZE_CHUNK]
            with self._errors("FETCH RFC822.SIZE"):
                sizes = self.client.fetch(chunk, ["RFC822.SIZE"])
            found.extend(
                (uid, int(sizes[uid][b"RFC822.SIZE"])) for uid in chunk if uid in sizes
            )  # a UID missing from the answer was expunged meanwhile
        return found

    def fetch(self, uids: Sequence[int]) -> Iterator[Fetched]:
        """Each message's exact bytes (BODY.PEEK[]: not marked seen), cfg.batch_size at a time.

        A UID no longer in the folder is skipped. Only one batch is held in memory.
        """
        batch = max(1, self.cfg.batch_size)
        for start in range(0, len(uids), batch):
            chunk = list(uids[start : start + batch])
            with self._command, self._errors("FETCH BODY.PEEK[]"):
                answer = self.client.fetch(chunk, ["BODY.PEEK[]", "RFC822.SIZE"])
            for uid in chunk:
                item = answer.pop(uid, None)
                raw = item.get(b"BODY[]") if item else None
                if item is None or raw is None:
                    continue
                yield Fetched(uid, int(item.get(b"RFC822.SIZE", len(raw))), bytes(raw))

    def move(self, uids: Sequence[int], folder: str) -> None:
        """Move messages to `folder`: MOVE, else COPY + \\Deleted + (UID) EXPUNGE."""
        if not uids:
            return
        client = self.client
        with self._command, self._errors(f"MOVE to {folder}"):
            has_move = client.has_capability("MOVE")
            for start in range(0, len(uids), SIZE_CHUNK):
                chunk = list(uids[start : start + SIZE_CHUNK])
                try:
                    if has_move:
                        client.move(chunk, folder)
                    else:
                        self._copy_and_expunge(chunk, folder)
                except IMAPClientError as exc:
                    if "TRYCREATE" not in str(exc):
                        raise
                    raise MailboxError(
                        "folder",
                        f"folder {folder!r} does not exist on {self.where} — "
                        "ensure_folders() creates the processed and failed folders",
                    ) from None

    def _copy_and_expunge(self, uids: list[int], folder: str) -> None:
        """The pre-MOVE way; without UIDPLUS a plain EXPUNGE (the folder is ours alone)."""
        client = self.client
        client.copy(uids, folder)
        client.add_flags(uids, [DELETED], silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        else:
            client.expunge()

    def reconnect(self) -> None:
        """Connect and select again after a drop; kind "protocol" if UIDVALIDITY changed.

        After that error the session is usable and `uidvalidity` holds the new
        value: the caller must match messages by content, not by the old UIDs.
        """
        before = self.uidvalidity
        self.connect()
        after = self.select()
        if before is not None and after != before:
            raise MailboxError(
                "protocol",
                f"UIDVALIDITY of {self.cfg.folder!r} on {self.where} changed from {before} to "
                f"{after}: the old UIDs no longer name the same messages",
            )

    def idle_wait(self, timeout: float) -> bool:
        """Wait in IDLE until the server reports new mail (True) or `timeout` passes (False).

        False at once when the server lacks IDLE (poll on a timer instead). A
        connection dropped meanwhile raises MailboxError kind "connect".
        """
        client = self.client
        with self._errors("IDLE"):
            if not client.has_capability("IDLE"):
                return False
            deadline = time.monotonic() + timeout
            arrived = False
            while not arrived and (left := deadline - time.monotonic()) > 0:
                client.idle()
                arrived = self._idle_until(min(left, IDLE_RENEW_S))
                _, rest = client.idle_done()  # raises when the connection is gone
                arrived = arrived or _reports_new_mail(rest)
        return arrived

    def _idle_until(self, seconds: float) -> bool:
        """Read IDLE responses for up to `seconds`: True at new mail, False at the end.

        Also False early when the socket woke without a whole response (EOF, most
        often): idle_done() then tells a dropped connection from a slow server.
        """
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            responses: list[Any] = self.client.idle_check(timeout=left)
            if _reports_new_mail(responses):
                return True
            if not responses and end - time.monotonic() > 0.01:
                return False
        return False


def _quiet_imaplib(client: IMAPClient) -> None:
    """imaplib's debug lines off unless someone reads them: imapclient turns them on for
    its "imapclient.imaplib" logger, and imaplib then writes the repr of every response it
    receives (a message's bytes, twice) before the logger drops the line: 7 ms of CPU
    for an 800 KB photo, more than the rest of its fetch."""
    if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
        with contextlib.suppress(AttributeError):  # imapclient's own imaplib object
            client._imap.debug = 0


def _reports_new_mail(responses: Sequence[Any]) -> bool:
    """Whether untagged IDLE responses include `* n EXISTS` (a message arrived)."""
    return any(isinstance(r, tuple) and len(r) > 1 and r[1] == b"EXISTS" for r in responses)

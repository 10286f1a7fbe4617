"""The IMAP edge: the only module that talks to the mailbox (imapclient 4.x).

It lists, fetches and moves messages by UID and nothing more: deciding what a
message is happens elsewhere. Messages are *moved* out of the folder after
processing (never deleted), so every message present is new. Library, socket
and TLS errors become a MailboxError (intake/mailbox_errors.py) whose `kind`
tells the caller what to do and whose message tells the operator what to fix;
the session is opened by intake/mailbox_session.py, IDLE waits in
intake/mailbox_idle.py. Secrets are never logged.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import TracebackType

from imapclient import DELETED, IMAPClient
from imapclient.exceptions import IMAPClientError

from ipom_mail.config import ImapConfig
from ipom_mail.intake.mailbox_errors import ErrorKind as ErrorKind
from ipom_mail.intake.mailbox_errors import MailboxError as MailboxError
from ipom_mail.intake.mailbox_errors import imap_errors, server_said, where
from ipom_mail.intake.mailbox_idle import idle_until_mail
from ipom_mail.intake.mailbox_session import LOCALHOST as LOCALHOST
from ipom_mail.intake.mailbox_session import open_session

log = logging.getLogger(__name__)

SIZE_CHUNK = 500  # UIDs per FETCH RFC822.SIZE / MOVE command: keeps command lines short


@dataclass(frozen=True, slots=True)
class Fetched:
    """One message as the server holds it: its UID, size and exact bytes."""

    uid: int
    size: int
    raw: bytes


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
        return where(self.cfg)

    def __enter__(self) -> Mailbox:
        self.connect()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _errors(self, doing: str) -> contextlib.AbstractContextManager[None]:
        """Turn what imapclient, ssl and socket raise into a MailboxError that says the fix."""
        return imap_errors(self.cfg, lambda: self._client is not None, doing)

    # -- session -----------------------------------------------------------------

    def connect(self) -> None:
        """Open the connection (TLS verified by default), log in; closes any earlier one."""
        self.close()
        self._client = open_session(self.cfg, self._password, self._token)
        log.info("logged in to %s as %s", self.where, self.cfg.username)

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
                        f"cannot create folder {folder!r} on {self.where}: {server_said(exc)}"
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
            return idle_until_mail(client, timeout)

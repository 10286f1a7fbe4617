"""A throw-away Dovecot IMAP server for tests (Dovecot 2.3; see shared/testing/dovecot.md).

Each `Dovecot` gets a fresh free loopback port, its own folder under /tmp and a
self-contained config (nothing is read from /etc/dovecot; tests/servers/dovecot_config.py
writes it). It runs as root (the package's dovenull/dovecot users, mail user nobody) or as
an ordinary user. `append`, `count`, `kick` and `recreate_folder` act on the mailbox from
outside, as another client or the administrator would.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any

from imapclient import IMAPClient

from ipom_mail.config import ImapConfig

from .dovecot_config import CONF_FILE, DEFAULT_CAPABILITIES, PASSWORD, USER, write_files

__all__ = ["DEFAULT_CAPABILITIES", "PASSWORD", "USER", "Dovecot", "available", "free_port"]

_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def available() -> tuple[bool, str]:
    """Whether Dovecot can be started here, and if not, why (for a skip message)."""
    missing = [tool for tool in ("dovecot", "doveadm") if _which(tool) is None]
    if missing:
        return False, (
            f"{' and '.join(missing)} not found: install Dovecot 2.3 "
            "(apt-get install dovecot-imapd) to run the IMAP tests"
        )
    out = subprocess.run(
        [_which("dovecot") or "dovecot", "--version"], capture_output=True, text=True, check=False
    )
    if not out.stdout.startswith("2.3."):
        return False, f"Dovecot 2.3 is needed for the test config, found {out.stdout.strip()!r}"
    return True, ""


def _which(tool: str) -> str | None:
    """Dovecot lives in /usr/sbin, which an ordinary user's PATH may lack."""
    return shutil.which(tool) or shutil.which(tool, path="/usr/sbin:/usr/bin:/sbin")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _die_with_parent() -> None:
    """In the Dovecot child before exec: the kernel kills it when the test process dies, so a
    test run killed by a timeout or SIGKILL leaves no server behind (its children end when
    their master does)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def free_port() -> int:
    """A loopback port nobody listens on now (a fresh one per server: ports linger)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Dovecot:
    """One running Dovecot: start() it, use host/port/ca_file, stop() it."""

    host = "127.0.0.1"

    def __init__(self, *, tls: bool = False, hide_capabilities: tuple[str, ...] = ()) -> None:
        self.tls = tls
        self.hide_capabilities = tuple(c.upper() for c in hide_capabilities)
        self.base = Path(tempfile.mkdtemp(prefix="ipom-dovecot-", dir="/tmp"))
        self.base.chmod(0o755)
        self.conf = self.base / CONF_FILE
        self.log = self.base / "dovecot.log"
        self.port = free_port()
        self.tls_port = free_port() if tls else 0
        self.ca_file: Path | None = None
        self.user = USER
        self.password = PASSWORD
        self._process: subprocess.Popen[bytes] | None = None

    # -- life cycle ---------------------------------------------------------

    def start(self) -> Dovecot:
        """Write the config, users and maildir, start the master and wait for the port."""
        self.ca_file = write_files(
            self.base,
            port=self.port,
            tls_port=self.tls_port,
            hide_capabilities=self.hide_capabilities,
        )
        dovecot = _which("dovecot") or "dovecot"
        with (self.base / "master.err").open("wb") as errors:
            self._process = subprocess.Popen(
                [dovecot, "-F", "-c", str(self.conf)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=errors,
                start_new_session=True,  # its own process group: stop() ends it all at once
                preexec_fn=_die_with_parent,
            )
        try:
            self._wait_listening(self.port)
            if self.tls:
                self._wait_listening(self.tls_port)
        except RuntimeError:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Kill this server's process group (master and children) and remove the folder.

        SIGKILL, not SIGTERM: Dovecot's clean shutdown waits 1-6 s for its log
        and stats processes, and a throw-away server keeps nothing worth it.
        """
        process, self._process = self._process, None
        if process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        shutil.rmtree(self.base, ignore_errors=True)

    def __enter__(self) -> Dovecot:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _wait_listening(self, port: int, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise RuntimeError(f"dovecot exited at start: {self._startup_errors()}")
            try:
                with socket.create_connection((self.host, port), timeout=1):
                    return
            except OSError:
                time.sleep(0.01)
        errors = self._startup_errors()
        raise RuntimeError(f"dovecot did not listen on {port} in {timeout} s: {errors}")

    def _startup_errors(self) -> str:
        files = (self.base / "master.err", self.log)
        texts = [p.read_text(errors="replace") for p in files if p.exists()]
        return " | ".join(t.strip() for t in texts if t.strip())[-2000:]

    # -- acting on the mailbox from outside ---------------------------------------

    def client(self) -> IMAPClient:
        """A logged-in plain IMAP client (another client than the code under test)."""
        client = IMAPClient(self.host, self.port, ssl=False, timeout=10)
        try:
            client.login(self.user, self.password)
        except BaseException:
            client.shutdown()
            raise
        return client

    def append(self, folder: str, raw: bytes) -> int:
        """Deliver one message into `folder` (created when missing); return its UID."""
        return self.append_all(folder, [raw])[0]

    def append_all(self, folder: str, messages: Iterable[bytes]) -> list[int]:
        """Deliver messages in order over one connection; return their UIDs."""
        uids = []
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for raw in messages:
                response = client.append(folder, raw)
                # b"[APPENDUID <uidvalidity> <uid>] Append completed."
                uids.append(int(response.split(b"]", 1)[0].split()[-1]))
        return uids

    def count(self, folder: str) -> int:
        """How many messages `folder` holds now (0 when it does not exist)."""
        with self.client() as client:
            if not client.folder_exists(folder):
                return 0
            status = client.folder_status(folder, [b"MESSAGES"])
        return int(status[b"MESSAGES"])

    def uidvalidity(self, folder: str) -> int:
        """The folder's UIDVALIDITY as the server reports it now."""
        with self.client() as client:
            status = client.folder_status(folder, [b"UIDVALIDITY"])
        return int(status[b"UIDVALIDITY"])

    def kick(self, user: str = USER) -> bool:
        """Drop every connection of `user` (`doveadm kick`); False when none was open.

        Returns once the user's imap processes have exited, so the very next
        command on a kicked client fails.
        """
        pids = self._session_pids(user)
        kicked = self._doveadm("kick", user).returncode == 0
        deadline = time.monotonic() + 5
        while pids and time.monotonic() < deadline:
            time.sleep(0.01)
            pids = [pid for pid in pids if _alive(pid)]
        return kicked

    def _session_pids(self, user: str) -> list[int]:
        """The pids of `user`'s imap processes (`doveadm who -1`: one line per connection)."""
        lines = self._doveadm("who", "-1", user).stdout.splitlines()[1:]
        return [int(line.split()[2]) for line in lines if len(line.split()) > 2]

    def recreate_folder(self, folder: str) -> None:
        """Give `folder` a new UIDVALIDITY, keeping its messages (which get new UIDs).

        What a server migration or restore does. INBOX cannot be deleted, so it is
        emptied and its UIDVALIDITY set with `doveadm mailbox update`.
        """
        with self.client() as client:
            old = int(client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])
            client.select_folder(folder)
            uids = client.search("ALL")
            fetched = client.fetch(uids, ["BODY.PEEK[]", "FLAGS", "INTERNALDATE"]) if uids else {}
            saved = [fetched[uid] for uid in sorted(fetched)]
            if folder.upper() == "INBOX":
                if uids:
                    client.delete_messages(uids)
                    client.expunge()
                client.unselect_folder()
                new = str(old + 1)
                self._doveadm("mailbox", "update", "-u", self.user, "--uid-validity", new, folder)
            else:
                client.unselect_folder()
                client.delete_folder(folder)
                client.create_folder(folder)
            for item in saved:
                flags = [f for f in item[b"FLAGS"] if f != b"\\Recent"]
                client.append(folder, item[b"BODY[]"], flags, item[b"INTERNALDATE"])

    def _doveadm(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run doveadm on this instance; exit 0, or 68 (EX_NOUSER: nothing to act on)."""
        doveadm = _which("doveadm") or "doveadm"
        done = subprocess.run(
            [doveadm, "-c", str(self.conf), *args], capture_output=True, text=True, check=False
        )
        if done.returncode not in (0, 68):
            raise RuntimeError(f"doveadm {' '.join(args)} failed: {done.stderr.strip()}")
        return done

    # -- for the code under test ---------------------------------------------------

    def imap_config(self, security: str = "none", **changes: Any) -> ImapConfig:
        """An [imap] config pointing at this server (TLS settings when asked)."""
        port = self.tls_port if security == "tls" else self.port
        ca_file = str(self.ca_file) if self.ca_file and security != "none" else ""
        config = ImapConfig(
            host=self.host,
            port=port,
            security=security,
            ca_file=ca_file,
            username=self.user,
            password_env="",
            timeout_seconds=10.0,
        )
        return replace(config, **changes)

    def client_context(self) -> ssl.SSLContext:
        """An SSL context trusting this server's CA (for tests that connect themselves)."""
        return ssl.create_default_context(cafile=str(self.ca_file) if self.ca_file else None)

"""A throw-away Dovecot IMAP server for tests (Dovecot 2.3; see shared/testing/dovecot.md).

Each `Dovecot` gets a fresh free loopback port, its own folder under /tmp and a
self-contained config (nothing is read from /etc/dovecot). It runs as root (the
package's dovenull/dovecot users, mail user nobody) or as an ordinary user.
`append`, `count`, `kick` and `recreate_folder` act on the mailbox from outside,
as another client or the administrator would.
"""

from __future__ import annotations

import contextlib
import ctypes
import grp
import os
import pwd
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

USER = "ipom"
PASSWORD = "secret"  # a test password for a throw-away server; also the XOAUTH2 bearer token

# Dovecot 2.3's own post-login capability list; used only to hide some of them
# (e.g. MOVE, to exercise a client's fallback). The smoke test checks it
# against the installed Dovecot.
_CAPABILITIES = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES "
    "THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN "
    "NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES "
    "WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SNIPPET=FUZZY PREVIEW=FUZZY PREVIEW "
    "STATUS=SIZE SAVEDATE LITERAL+ NOTIFY"
)
DEFAULT_CAPABILITIES = tuple(_CAPABILITIES.split())
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
        self.conf = self.base / "dovecot.conf"
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
        mail_uid, mail_gid = self._write_files()
        self._prepare_maildir(mail_uid, mail_gid)
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

    # -- files ----------------------------------------------------------------

    def _write_files(self) -> tuple[int, int]:
        """Write dovecot.conf, users and (with TLS) the certificate; return the mail uid/gid."""
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            login_user, internal_user = "dovenull", "dovecot"
            internal_group = grp.getgrgid(pwd.getpwnam("dovecot").pw_gid).gr_name
            mail_uid, mail_gid = nobody.pw_uid, nobody.pw_gid
            chroot_login, chroot_anvil = "login", "empty"
        else:
            me = pwd.getpwuid(os.geteuid())
            login_user = internal_user = me.pw_name
            internal_group = grp.getgrgid(os.getegid()).gr_name
            mail_uid, mail_gid = me.pw_uid, os.getegid()
            chroot_login = chroot_anvil = ""
        users = f"{USER}:{{PLAIN}}{PASSWORD}:{mail_uid}:{mail_gid}::{self.base}/mail/{USER}::\n"
        (self.base / "users").write_text(users)
        settings = {
            "LOGIN_USER": login_user,
            "INTERNAL_USER": internal_user,
            "INTERNAL_GROUP": internal_group,
            "MAIL_UID": str(mail_uid),
            "CHROOT_LOGIN": chroot_login,
            "CHROOT_ANVIL": chroot_anvil,
        }
        self.conf.write_text(self._config_text(settings))
        return mail_uid, mail_gid

    def _config_text(self, settings: dict[str, str]) -> str:
        text = _CONFIG.replace("DIR", str(self.base)).replace("PORT", str(self.port))
        for key, value in settings.items():
            text = text.replace(key, value)
        if self.hide_capabilities:
            shown = [c for c in DEFAULT_CAPABILITIES if c not in self.hide_capabilities]
            text += f"imap_capability = {' '.join(shown)}\n"
        if self.tls:
            text = text.replace("ssl = no", self._tls_settings())
            text = text.replace("port = 0", f"port = {self.tls_port}")
        return text

    def _tls_settings(self) -> str:
        """Issue a certificate for 127.0.0.1/localhost from a fresh trustme CA."""
        import trustme

        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        cert.private_key_pem.write_to_path(str(self.base / "key.pem"))
        cert.cert_chain_pems[0].write_to_path(str(self.base / "cert.pem"))
        self.ca_file = self.base / "ca.pem"
        ca.cert_pem.write_to_path(str(self.ca_file))
        return f"ssl = yes\nssl_cert = <{self.base}/cert.pem\nssl_key = <{self.base}/key.pem"

    def _prepare_maildir(self, uid: int, gid: int) -> None:
        home = self.base / "mail" / USER
        home.mkdir(parents=True)
        for path in (home.parent, home):
            os.chown(path, uid, gid)

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


_CONFIG = """\
instance_name = ipom-test-PORT
base_dir = DIR/run
state_dir = DIR/run/state
log_path = DIR/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
auth_failure_delay = 0
default_login_user = LOGIN_USER
default_internal_user = INTERNAL_USER
default_internal_group = INTERNAL_GROUP
first_valid_uid = MAIL_UID
last_valid_uid = MAIL_UID
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u DIR/users
}
userdb {
  driver = passwd-file
  args = username_format=%u DIR/users
}
namespace inbox {
  inbox = yes
  separator = /
}
service imap-login {
  chroot = CHROOT_LOGIN
  inet_listener imap {
    address = 127.0.0.1
    port = PORT
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = 0
  }
}
service anvil {
  chroot = CHROOT_ANVIL
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
"""

"""Helpers for tests that run `ipom` against a real Dovecot and a real database."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text

from samples import samples
from tests.servers.dovecot import Dovecot

IPOM = str(Path(sys.executable).parent / "ipom")
PASSWORD_ENV = "IPOM_TEST_IMAP_PASSWORD"


class Runs:
    """`ipom` run as a user runs it, and the store read back, for an installation's files."""

    config: Path
    storage: Path
    database_url: str

    def secrets(self) -> dict[str, str]:
        """Environment variables holding the installation's secrets (none here)."""
        return {}

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("IPOM_")}
        env.update(self.secrets())
        env.update(extra)
        return env

    def init(self) -> None:
        """Set the installation up as `ipom init` does, in this process (see `init_here`)."""
        init_here(self.config)

    def ipom(
        self, *args: str, timeout: float = 120, **env: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [IPOM, "--config", str(self.config), *args],
            capture_output=True,
            text=True,
            env=self.env(**env),
            timeout=timeout,
        )

    def start(self, *args: str, **env: str) -> subprocess.Popen[str]:
        """`ipom ARGS` running in the background, with Ctrl-C as a terminal's shell gives it."""
        return subprocess.Popen(
            [IPOM, "--config", str(self.config), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.env(**env),
            preexec_fn=_sigint_as_from_a_terminal,
        )

    def query(self, sql: str) -> list[tuple[object, ...]]:
        url = self.database_url or f"sqlite:///{self.storage / 'ipom.sqlite3'}"
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                return [tuple(r) for r in conn.execute(text(sql))]
        finally:
            engine.dispose()

    def archived(self) -> dict[str, bytes]:
        """sha256 → bytes of every raw message file in the archive."""
        files = {}
        for path in (self.storage / "archive").rglob("*.eml"):
            files[path.name.split(".")[0]] = path.read_bytes()
        return files


@dataclass
class Install(Runs):
    """One ipom installation with no mail server: mail comes in with `ipom ingest`."""

    config: Path
    storage: Path
    database_url: str


@dataclass
class Setup(Runs):
    """One ipom installation: a config file, a storage folder, a database, a server."""

    server: Dovecot
    config: Path
    storage: Path
    database_url: str

    def secrets(self) -> dict[str, str]:
        return {PASSWORD_ENV: self.server.password}


def init_here(config: Path) -> None:
    """What `ipom init` does (storage folder, schema), in the test's process: for a test that
    needs an installation, not the command, a process of its own costs a second of start-up.
    The command as a user runs it is tested in tests/operate and tests/cli."""
    from ipom_mail.operate.init import init

    lines = list(init(config))
    assert lines[-1].startswith("  "), lines  # it got to the next steps


def write_config(
    tmp: Path, server: Dovecot | None, database_url: str, **sections: dict[str, object]
) -> Path:
    """An ipom.toml for this server (no [imap] without one) and database; `sections` override."""
    data: dict[str, dict[str, object]] = {
        "storage": {"path": str(tmp / "data"), "database_url": database_url},
        "reply": {"enabled": False},
    }
    if server is not None:
        data["imap"] = {
            "host": server.host,
            "port": server.port,
            "security": "none",
            "username": server.user,
            "password_env": PASSWORD_ENV,
            "batch_size": 3,
            "timeout_seconds": 10.0,
        }
    for name, values in sections.items():
        data.setdefault(name, {}).update(values)
    lines = []
    for name, values in data.items():
        lines.append(f"[{name}]")
        for key, value in values.items():
            lines.append(f"{key} = {_toml(value)}")
    path = tmp / "ipom.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def submissions(n: int) -> list[bytes]:
    """n distinct real-looking submissions (the samples, then numbered variants)."""
    base = list(samples().values())
    out = []
    for i in range(n):
        raw = base[i % len(base)]
        raw = raw.replace(b"Message-ID: <", f"Message-ID: <n{i}.".encode(), 1)
        out.append(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))  # as on the wire
    return out


def deliver(setup: Setup, raws: list[bytes]) -> None:
    """Into INBOX in this order, over one connection (these tests are not about delivery)."""
    setup.server.append_all("INBOX", raws)


def sha(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _sigint_as_from_a_terminal() -> None:
    """SIGINT at its default, unblocked, in the child: a child inherits an ignored or blocked
    SIGINT from the test process (seen late in a full xdist run, where Ctrl-C then did
    nothing), and a shell in a terminal gives `ipom` neither."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


# `ipom poll` as the console script runs it, saying at its very end which of the packages
# asked about its own process loaded (the atexit hook registered first runs last).
_POLL_LOADING = """
import atexit, sys
heavy = sys.argv.pop(1).split(",")
atexit.register(lambda: print("loaded:", *[n for n in heavy if n in sys.modules],
                              file=sys.stderr))
from ipom_mail.cli import main
main()
"""


def poll_loading(setup: Setup, heavy: tuple[str, ...], *args: str) -> tuple[str, str]:
    """One `ipom poll`: its output, and the line naming which of `heavy` its process loaded."""
    script = [sys.executable, "-c", _POLL_LOADING, ",".join(heavy)]
    done = subprocess.run(
        [*script, "--config", str(setup.config), "poll", *args],
        capture_output=True,
        text=True,
        env=setup.env(),
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout, done.stderr.strip().splitlines()[-1]

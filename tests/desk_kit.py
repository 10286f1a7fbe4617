"""A database filled by polling sample mail from a real Dovecot, for the desk's tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from ipom_mail.cli import cli
from ipom_mail.config import load
from ipom_mail.store import Store, open_store
from samples import samples
from tests.pollkit import Setup, write_config
from tests.servers.dovecot import Dovecot


@dataclass
class Desk:
    """A polled installation, with in-process access to the CLI and the store."""

    setup: Setup
    refs: dict[str, str]  # sample name → reference

    def run(self, *args: str, input: str | None = None) -> Result:
        runner = CliRunner()
        env = self.setup.env(COLUMNS="200")
        return runner.invoke(cli, ["--config", str(self.setup.config), *args], input=input, env=env)

    def store(self) -> Store:
        return open_store(load(self.setup.config))


def poll_samples(
    dovecot: Dovecot, database_url: str, tmp: Path, extra: dict[str, bytes] | None = None
) -> Desk:
    """ipom init, the sample mail (and `extra`) delivered, ipom poll; refs by sample name."""
    config = write_config(tmp, dovecot, database_url)
    setup = Setup(dovecot, config, tmp / "data", database_url)
    done = setup.ipom("init")
    assert done.returncode == 0, done.stderr
    mail = samples() | (extra or {})
    for raw in mail.values():
        dovecot.append("INBOX", raw)
    polled = setup.ipom("poll")
    assert polled.returncode == 0, polled.stderr
    rows = setup.query("SELECT message_id, reference FROM submissions")
    by_id = {str(m): r for m, r in rows}
    refs = {}
    for name, raw in mail.items():
        head = raw.split(b"\n\n", 1)[0].decode("utf-8", "replace")
        for line in head.splitlines():
            if line.lower().startswith("message-id:"):
                refs[name] = by_id.get(line.split(":", 1)[1].strip())
    return Desk(setup, refs)


def clone(template: Desk, tmp: Path) -> Desk:
    """A private copy of a polled SQLite installation (cheaper than polling again)."""
    import shutil

    src = template.setup
    (tmp / "db").mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{tmp / 'db' / 'ipom.sqlite3'}"
    old_db = Path(src.database_url.removeprefix("sqlite:///"))
    shutil.copyfile(old_db, tmp / "db" / "ipom.sqlite3")
    shutil.copytree(src.storage, tmp / "data")
    config = write_config(tmp, src.server, url)
    return Desk(Setup(src.server, config, tmp / "data", url), dict(template.refs))


@contextmanager
def polled_template(tmp: Path, extra: dict[str, bytes] | None = None) -> Iterator[Desk]:
    """Its own Dovecot, SQLite, init and one poll of the samples (for a module's tests)."""
    from tests.servers.fixtures import require_dovecot

    require_dovecot()
    server = Dovecot(tls=False).start()
    try:
        (tmp / "db").mkdir(parents=True, exist_ok=True)
        yield poll_samples(server, f"sqlite:///{tmp / 'db' / 'ipom.sqlite3'}", tmp, extra)
    finally:
        server.stop()


@pytest.fixture(scope="module")
def polled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """Sample mail polled once per test module into SQLite; each test works on its own copy."""
    with polled_template(tmp_path_factory.mktemp("polled")) as desk:
        yield desk


@pytest.fixture
def desk(polled: Desk, tmp_path: Path) -> Desk:
    """A copy of the polled desk for one test."""
    return clone(polled, tmp_path)

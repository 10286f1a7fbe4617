"""Installations for the desk's tests, with no mail server: the sample mail taken in with
`ipom ingest` (`desk`), or an empty one filled through the library (`site`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import create_engine, select, text

from ipom_mail.cli import cli
from ipom_mail.config import Config, load
from ipom_mail.intake.take_in import Outcome
from ipom_mail.store import Store, open_store
from ipom_mail.store.models import Reply
from samples import samples
from tests.pollkit import Install, Runs, Setup, write_config
from tests.reply_kit import take
from tests.servers.dovecot import Dovecot


@dataclass
class Desk:
    """A polled installation, with in-process access to the CLI and the store."""

    setup: Install | Setup
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
    mail = samples() | (extra or {})
    setup.init()
    dovecot.append_all("INBOX", mail.values())
    polled = setup.ipom("poll")
    assert polled.returncode == 0, polled.stderr
    return Desk(setup, _refs(setup, mail))


def ingest_samples(database_url: str, tmp: Path, extra: dict[str, bytes] | None = None) -> Desk:
    """ipom init, then `ipom ingest` of the sample mail (and `extra`) as .eml files, in order:
    a curator's desk with no mail server; refs by sample name."""
    config = write_config(tmp, None, database_url)
    setup = Install(config, tmp / "data", database_url)
    mail = samples() | (extra or {})
    setup.init()
    folder = tmp / "mail"
    folder.mkdir()
    for number, raw in enumerate(mail.values()):
        (folder / f"{number:03d}.eml").write_bytes(raw)
    taken = setup.ipom("ingest", str(folder))
    assert taken.returncode == 0, taken.stderr
    return Desk(setup, _refs(setup, mail))


def _refs(setup: Runs, mail: dict[str, bytes]) -> dict[str, str]:
    """Each sample's reference, found by its Message-ID."""
    rows = setup.query("SELECT message_id, reference FROM submissions")
    by_id = {str(m): r for m, r in rows}
    refs = {}
    for name, raw in mail.items():
        head = raw.split(b"\n\n", 1)[0].decode("utf-8", "replace")
        for line in head.splitlines():
            if line.lower().startswith("message-id:"):
                ref = by_id.get(line.split(":", 1)[1].strip())
                if isinstance(ref, str):
                    refs[name] = ref
    return refs


def clone(template: Desk, tmp: Path) -> Desk:
    """A private copy of a polled SQLite installation (cheaper than polling again)."""
    import shutil

    src = template.setup
    (tmp / "db").mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{tmp / 'db' / 'ipom.sqlite3'}"
    old_db = Path(src.database_url.removeprefix("sqlite:///"))
    shutil.copyfile(old_db, tmp / "db" / "ipom.sqlite3")
    shutil.copytree(src.storage, tmp / "data")
    if isinstance(src, Setup):
        config = write_config(tmp, src.server, url)
        return Desk(Setup(src.server, config, tmp / "data", url), dict(template.refs))
    config = write_config(tmp, None, url)
    return Desk(Install(config, tmp / "data", url), dict(template.refs))


@contextmanager
def polled_template(
    tmp: Path, extra: dict[str, bytes] | None = None, *, poll: bool = False
) -> Iterator[Desk]:
    """SQLite, init and the samples taken in with `ipom ingest` (for a module's tests); with
    `poll`, its own Dovecot and one `ipom poll` instead (for what only a poll makes: replies)."""
    (tmp / "db").mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{tmp / 'db' / 'ipom.sqlite3'}"
    if not poll:
        yield ingest_samples(url, tmp, extra)
        return
    from tests.servers.fixtures import require_dovecot

    require_dovecot()
    server = Dovecot(tls=False).start()
    try:
        yield poll_samples(server, url, tmp, extra)
    finally:
        server.stop()


@pytest.fixture(scope="module")
def polled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """Sample mail ingested once per test module into SQLite; each test works on its own copy."""
    with polled_template(tmp_path_factory.mktemp("polled")) as desk:
        yield desk


@pytest.fixture
def desk(polled: Desk, tmp_path: Path) -> Desk:
    """A copy of the polled desk for one test."""
    return clone(polled, tmp_path)


CONFIG = """\
[smtp]
host = "127.0.0.1"
port = 9
security = "none"
from = "ISS Photo of the Month <ipom@example.org>"
[storage]
path = "{data}"
database_url = "{url}"
"""


class Site:
    """One installation (config file, storage, database) driven through the CLI in-process."""

    def __init__(self, tmp: Path, database_url: str) -> None:
        self.config_path = tmp / "ipom.toml"
        self.config_path.write_text(
            CONFIG.format(data=tmp / "data", url=database_url), encoding="utf-8"
        )
        self.tmp = tmp
        assert self.run("init").exit_code == 0

    @property
    def config(self) -> Config:
        return load(self.config_path)

    def run(self, *args: str) -> Result:
        return CliRunner().invoke(cli, ["--config", str(self.config_path), *args])

    def take_in(self, raw: bytes) -> Outcome:
        """Take a message in as the poller does (an IMAP origin, so it gets our reply)."""
        with open_store(self.config) as store:
            return take(store, self.config, raw)

    def take(self, raw: bytes) -> str:
        """Take a submission in; the reference it ended up in."""
        outcome = self.take_in(raw)
        assert outcome.reference, outcome
        return outcome.reference

    def sql(self, statement: str, **params: object) -> None:
        """Change the database behind the program's back (e.g. last year's submission)."""
        engine = create_engine(self.config.storage.database_url)
        with engine.begin() as conn:
            conn.execute(text(statement), params)
        engine.dispose()

    def ingest(self, raw: bytes, name: str) -> None:
        path = self.tmp / name
        path.write_bytes(raw)
        done = self.run("ingest", str(path))
        assert done.exit_code == 0, done.output

    def our_reply(self, reference: str) -> str:
        """The Message-ID of the latest reply we queued for `reference`."""
        with open_store(self.config) as store, store.session(write=False) as session:
            replies = session.scalars(select(Reply).order_by(Reply.id)).all()
        return next(r.message_id for r in reversed(replies) if reference in r.subject)

    def show(self, reference: str) -> dict[str, Any]:
        done = self.run("show", reference, "--json")
        assert done.exit_code == 0, done.output
        data: dict[str, Any] = json.loads(done.output)
        return data

    def reprocess(self, *args: str) -> Result:
        done = self.run("reprocess", *args)
        assert done.exit_code == 0, done.output
        return done


@pytest.fixture
def site(database_url: str, tmp_path: Path) -> Site:
    """An empty installation on each database, filled through the library (no IMAP server)."""
    return Site(tmp_path, database_url)

"""Crash safety (invariant 1): a process killed at each store fault point loses nothing."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ipom_mail.config import Config
from ipom_mail.pipeline.values import CheckResult
from ipom_mail.store import Origin, migrate, open_store, storage_root
from ipom_mail.store.models import RawMessage, Submission

pytest_plugins = ["tests.store_fixtures"]

MessageFactory = Callable[..., tuple[bytes, CheckResult]]
ROOT = Path(__file__).resolve().parents[2]
ORIGIN = Origin(mailbox="INBOX", uidvalidity=7, uid=1, source="imap")

CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
from ipom_mail.config import Config, StorageConfig
from ipom_mail.store import Origin, open_store
from tests.store_fixtures import build_message

config = Config(storage=StorageConfig(path=sys.argv[2], database_url=sys.argv[3]))
store = open_store(config, faults=frozenset({sys.argv[4]}))
raw, result = build_message()
store.record(raw, result, Origin("INBOX", 7, 1, "imap"))
print("survived")
"""


def _record_and_die(config: Config, point: str) -> None:
    """Record the sample message in a child process armed to SIGKILL itself at `point`."""
    args = [str(ROOT), config.storage.path, config.storage.database_url, point]
    child = subprocess.run(
        [sys.executable, "-c", CHILD, *args], capture_output=True, text=True, timeout=60
    )
    assert child.returncode == -signal.SIGKILL, child.stderr


@pytest.mark.parametrize("point", ["after_archive_fsync", "before_commit"])
def test_a_crash_before_the_commit_stores_nothing_and_the_retry_stores_once(
    store_config: Config, make_message: MessageFactory, point: str
) -> None:
    migrate(store_config)
    _record_and_die(store_config, point)
    raw, result = make_message()
    with open_store(store_config) as store:
        assert store.archive.read_raw(result.parsed.sha256) == raw  # durable before the commit
        with store.session(write=False) as s:
            assert s.scalar(select(func.count()).select_from(RawMessage)) == 0
        retry = store.record(raw, result, ORIGIN)
        assert not retry.duplicate and retry.reference is not None
        assert retry.reference.endswith("-0001")


def test_a_crash_after_the_commit_is_recognised_as_a_duplicate_on_retry(
    store_config: Config, make_message: MessageFactory
) -> None:
    migrate(store_config)
    _record_and_die(store_config, "after_commit")
    raw, result = make_message()
    with open_store(store_config) as store:
        retry = store.record(raw, result, ORIGIN)
        assert retry.duplicate and retry.status == "complete"
        with store.session(write=False) as s:
            assert s.scalar(select(func.count()).select_from(Submission)) == 1
    leftovers = [p for p in storage_root(store_config).rglob(".tmp-*")]
    assert leftovers == []

"""The poll's setup: a real Dovecot, the suite's database, a config and an initialised store."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pollkit import Setup, write_config
from tests.servers.dovecot import Dovecot


@pytest.fixture
def setup(dovecot: Dovecot, database_url: str, tmp_path: Path) -> Setup:
    """Installed beside a Dovecot of its own, writing to the suite's database."""
    config = write_config(tmp_path, dovecot, database_url)
    s = Setup(dovecot, config, tmp_path / "data", database_url)
    s.init()
    return s

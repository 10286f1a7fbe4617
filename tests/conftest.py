"""Shared fixtures: real servers (tests/servers/), databases (tests/store_fixtures.py), corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.servers.fixtures import dovecot, dovecot_tls, require_dovecot, smtp_sink

pytest_plugins = ["tests.store_fixtures", "tests.desk_kit"]

__all__ = ["dovecot", "dovecot_tls", "require_dovecot", "smtp_sink"]


@pytest.fixture(scope="session")
def places_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the tests' place index lives: built once per test process (it takes seconds)."""
    return tmp_path_factory.mktemp("places") / "places-v1.sqlite"

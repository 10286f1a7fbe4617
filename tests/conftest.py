"""Shared fixtures: real servers (tests/servers/), databases (tests/store_fixtures.py), corpora."""

from __future__ import annotations

from tests.servers.fixtures import dovecot, dovecot_tls, require_dovecot, smtp_sink

pytest_plugins = ["tests.store_fixtures", "tests.desk_kit"]

__all__ = ["dovecot", "dovecot_tls", "require_dovecot", "smtp_sink"]

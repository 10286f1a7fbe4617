"""Shared fixtures: real servers (tests/servers/), databases, corpora."""

from __future__ import annotations

"""Fault injection: kill the process at a named point, so tests can prove crash safety.

The caller (CLI, from its environment) passes the set of armed points down;
the store never reads the environment itself.
"""

from __future__ import annotations

import os
import signal

# The points the store itself offers; the poller adds its own (after_fetch, after_move).
STORE_POINTS = frozenset({"after_archive_fsync", "before_commit", "after_commit"})


def fault(point: str, faults: frozenset[str]) -> None:
    """Die at once with SIGKILL (no cleanup, like a power cut) when `point` is armed."""
    if point in faults:
        os.kill(os.getpid(), signal.SIGKILL)


def parse_faults(value: str | None) -> frozenset[str]:
    """The armed points from a comma-separated list (e.g. the IPOM_FAULT variable's value)."""
    if not value:
        return frozenset()
    return frozenset(p.strip() for p in value.split(",") if p.strip())

"""The state file of the last poll (`state/last-poll.json` in the storage folder).

Whoever polls (`ipom poll`, `ipom serve`) records when a poll starts and how it
ended; `ipom status` reads it. Written temp+fsync+rename, so a reader never sees
half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

STATE_FILE = Path("state") / "last-poll.json"


@dataclass(frozen=True, slots=True)
class PollRecord:
    """The last poll attempt and the last successful one (UTC ISO times), as stored."""

    last_ok_at: str | None = None
    last_ok_summary: str | None = None
    last_attempt_at: str | None = None
    last_error: str | None = None
    last_error_permanent: str | None = None  # "yes" when only the operator can fix it
    running_since: str | None = None  # set while a poll runs, cleared when it ends
    running_pid: str | None = None


def read_poll_record(root: Path) -> PollRecord:
    """The recorded poll state, or an empty record when none (or an unreadable one) exists."""
    try:
        data = json.loads((root / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return PollRecord()
    if not isinstance(data, dict):
        return PollRecord()
    known = PollRecord.__dataclass_fields__
    return PollRecord(**{k: v for k, v in data.items() if k in known and isinstance(v, str)})


def record_poll(
    root: Path, ok: bool, summary: str, now: datetime | None = None, permanent: bool = False
) -> None:
    """Record one poll's outcome; `permanent` marks a failure only the operator can fix."""
    at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    before = read_poll_record(root)
    _write(
        root,
        PollRecord(
            last_ok_at=at if ok else before.last_ok_at,
            last_ok_summary=summary if ok else before.last_ok_summary,
            last_attempt_at=at,
            last_error=None if ok else summary,
            last_error_permanent="yes" if permanent and not ok else None,
        ),
    )


def record_poll_start(root: Path, now: datetime | None = None) -> None:
    """Record that a poll started in this process (status flags one that runs too long)."""
    at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    before = read_poll_record(root)
    _write(root, replace(before, running_since=at, running_pid=str(os.getpid())))


def _write(root: Path, record: PollRecord) -> None:
    """Write-temp, fsync, rename: a reader never sees half a file."""
    target = root / STATE_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".last-poll-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(record), fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

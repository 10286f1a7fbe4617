"""`ipom status`: is the service alive and how full is the queue, from the store alone.

The last poll is recorded in a small state file in the storage folder
(`state/last-poll.json`, replaced atomically) by whoever polls; status reads it
with the database counts and sizes, and says whether the service is healthy
(the Docker HEALTHCHECK and monitoring use the exit code): the last successful
poll is recent, the last failure is not one that only the operator can fix (a
refused login), and no poll has been running for more than 10 minutes.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ipom_mail.config import Config
from ipom_mail.intake.poll_record import PollRecord, read_poll_record
from ipom_mail.store import Store
from ipom_mail.store.counts import counts, database_bytes

LONG_POLL_S = 600  # a poll running longer than this is flagged: something is stuck


@dataclass(frozen=True, slots=True)
class Status:
    """What `ipom status` reports; sizes in bytes, ages in seconds, unknown is None."""

    last_successful_poll: str | None
    last_poll_age_seconds: float | None
    last_poll_summary: str | None
    last_error: str | None
    stale_after_seconds: int
    poll_running_since: str | None  # a poll that started and has not ended (its process lives)
    healthy: bool
    problem: str | None  # why it is not healthy, one line
    waiting: int  # submissions no curator has decided on yet
    failed: int  # messages that could not be processed (ipom reprocess --failed)
    pending_replies: int
    database_bytes: int | None
    storage_bytes: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def stale_after(config: Config) -> int:
    """The configured age limit, or three poll intervals when it is 0."""
    return config.poll.stale_after_seconds or 3 * config.poll.interval_seconds


def folder_bytes(root: Path) -> int:
    """Total size of the regular files under `root` (0 when it does not exist)."""
    total = 0
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_size
            except OSError:  # removed meanwhile
                continue
    return total


def gather(config: Config, store: Store, root: Path, now: datetime | None = None) -> Status:
    """Everything `ipom status` shows, with the one problem that makes it unhealthy, if any."""
    now = now or datetime.now(UTC)
    record = read_poll_record(root)
    age = _age(record.last_ok_at, now)
    limit = stale_after(config)
    running = record.running_since if _alive(record.running_pid) else None
    problem = _problem(record, age, limit, _age(running, now))
    found = counts(store)
    return Status(
        last_successful_poll=record.last_ok_at,
        last_poll_age_seconds=age,
        last_poll_summary=record.last_ok_summary,
        last_error=record.last_error,
        stale_after_seconds=limit,
        poll_running_since=running,
        healthy=problem is None,
        problem=problem,
        waiting=found.waiting,
        failed=found.failed,
        pending_replies=found.pending_replies,
        database_bytes=database_bytes(store, config),
        storage_bytes=folder_bytes(root),
    )


def _problem(
    record: PollRecord, age: float | None, limit: int, running_for: float | None
) -> str | None:
    """Why the service is unhealthy (the most urgent reason), or None."""
    if record.last_error_permanent and record.last_error:
        return (
            f"FAILING: {record.last_error} (not retried until the config or the password changes)"
        )
    if running_for is not None and running_for > LONG_POLL_S:
        return (
            f"STUCK: a poll has been running for {int(running_for // 60)} min "
            f"(since {record.running_since}, pid {record.running_pid})"
        )
    if age is None or age > limit:
        return f"STALE: no successful poll in the last {limit} s"
    return None


def _alive(pid: str | None) -> bool:
    """Whether the process that recorded a running poll still exists (on this machine)."""
    if pid is None or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it exists
        return True
    return True


def _age(at: str | None, now: datetime) -> float | None:
    if at is None:
        return None
    try:
        then = datetime.fromisoformat(at)
    except ValueError:
        return None
    if then.tzinfo is None:
        return None
    return max(0.0, (now - then).total_seconds())


def human_bytes(size: int | None) -> str:
    """1536 → '1.5 KB'; None → 'unknown'."""
    if size is None:
        return "unknown"
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"  # pragma: no cover


def human_age(seconds: float) -> str:
    """95 → '1 min ago', 7300 → '2 h ago'."""
    delta = timedelta(seconds=int(seconds))
    if delta < timedelta(minutes=2):
        return f"{int(seconds)} s ago"
    if delta < timedelta(hours=2):
        return f"{int(seconds // 60)} min ago"
    if delta < timedelta(days=2):
        return f"{int(seconds // 3600)} h ago"
    return f"{delta.days} days ago"


def lines(status: Status) -> list[str]:
    """The readable report, one fact a line."""
    if status.last_successful_poll is None:
        poll = "last successful poll: never (no poll recorded yet)"
    else:
        age = human_age(status.last_poll_age_seconds or 0.0)
        poll = f"last successful poll: {status.last_successful_poll} ({age})"
        if status.last_poll_summary:
            poll += f": {status.last_poll_summary}"
    out = [poll]
    if status.poll_running_since:
        out.append(f"poll running since: {status.poll_running_since}")
    if status.last_error:
        out.append(f"last poll failed: {status.last_error}")
    out += [
        f"waiting for a decision: {status.waiting}",
        f"failed messages: {status.failed}"
        + (" (ipom reprocess --failed)" if status.failed else ""),
        f"pending replies: {status.pending_replies}",
        f"database: {human_bytes(status.database_bytes)}",
        f"storage: {human_bytes(status.storage_bytes)}",
    ]
    out.append(f"health: {status.problem or 'OK'}")
    return out

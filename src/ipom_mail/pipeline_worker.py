"""The pipeline process: `python -m ipom_mail.pipeline_worker FD MEMORY_MB`.

bounded.py sends it (raw bytes, config) one message at a time and kills it when
a message overruns [limits] max_seconds_per_message. It answers ("done",
CheckResult) or ("failed", "Type: message") when a stage raised.
"""

from __future__ import annotations

import sys
from multiprocessing.connection import Connection

from ipom_mail.media.pool import READY, shutdown_pool
from ipom_mail.media.worker import prepare
from ipom_mail.pipeline import check_message


def serve(conn: Connection, memory_mb: int) -> None:
    """Say READY, then check each message until None or the pipe closes."""
    prepare(memory_mb)
    conn.send(READY)
    try:
        while True:
            try:
                task = conn.recv()
            except (EOFError, OSError, MemoryError):
                return
            if task is None:
                return
            raw, config = task
            try:
                answer: tuple[str, object] = ("done", check_message(raw, config))
            except Exception as exc:  # a stage failed on this message: its reason goes back
                answer = ("failed", f"{type(exc).__name__}: {exc}")
            try:
                conn.send(answer)
            except (OSError, ValueError):
                return
    finally:
        shutdown_pool()


def main(argv: list[str]) -> int:
    """Entry point: serve on the inherited socket FD."""
    if len(argv) != 3:
        return 2
    serve(Connection(int(argv[1])), int(argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

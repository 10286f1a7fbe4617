"""The pipeline process: `python -m ipom_mail.pipeline.worker FD MEMORY_MB`.

bounded.py sends it (config, the sender's date styles), then the raw bytes unpickled, one
message at a time, and kills it when
a message overruns [limits] max_seconds_per_message. It runs the decoder
process's loop (media.worker), with its memory cap, and answers ("done",
CheckResult), ("memory", None) over the cap, or ("failed", "Type: message")
when a stage raised.
"""

from __future__ import annotations

import sys
from multiprocessing.connection import Connection

from ipom_mail.config import Config
from ipom_mail.pipeline.media.pool import shutdown_pool
from ipom_mail.pipeline.media.worker import main
from ipom_mail.pipeline.stages import check_message
from ipom_mail.pipeline.values import DateStyle


def answer(task: tuple[bytes, Config, tuple[DateStyle, ...]]) -> tuple[str, object]:
    """Check one message; a stage's exception becomes its one-line reason."""
    raw, config, sender_dates = task
    try:
        return "done", check_message(raw, config, sender_dates)
    except MemoryError:  # over this process's address-space cap
        return "memory", None
    except Exception as exc:  # a stage failed on this message: its reason goes back
        return "failed", f"{type(exc).__name__}: {exc}"


def receive(conn: Connection) -> tuple[bytes, Config, tuple[DateStyle, ...]] | None:
    """(config, sender_dates) pickled, then the message's bytes as they are; None: stop."""
    head = conn.recv()
    if not isinstance(head, tuple):
        return None
    config, sender_dates = head
    return conn.recv_bytes(), config, sender_dates


if __name__ == "__main__":
    try:
        code = main(sys.argv, answer, receive)
    finally:
        shutdown_pool()  # the decoder processes this one started
    sys.exit(code)

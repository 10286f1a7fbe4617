"""The pipeline process: `python -m ipom_mail.pipeline.worker FD MEMORY_MB`.

bounded.py sends it (config, the sender's date styles), then the raw bytes unpickled, one
message at a time (the next one may wait in the socket while it works on this), and kills it when
a message overruns [limits] max_seconds_per_message. It runs the decoder
process's loop (media.worker), with its memory cap, and answers ("done",
CheckResult), ("memory", None) over the cap, or ("failed", "Type: message")
when a stage raised. The parts' payloads travel apart, as bytes after the answer
(`send`, `bounded.receive_answer`): a 30 MB photo is neither pickled nor copied again.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import sys
from dataclasses import replace
from multiprocessing.connection import Connection

from ipom_mail.config import Config
from ipom_mail.pipeline.media.pool import shutdown_pool, start_pool
from ipom_mail.pipeline.media.worker import leave, main
from ipom_mail.pipeline.values import CheckResult, DateStyle

Task = tuple[list[bytes], Config, tuple[DateStyle, ...]]


def answer(task: Task) -> tuple[str, object]:
    """Check one message; a stage's exception becomes its one-line reason.

    The stages are imported at the first message (the warm-up), after `receive` has
    started the decoder process: it loads Pillow while this process loads the stages."""
    warming = not _warm
    if warming:
        gc.disable()  # see _warmed
    try:
        from ipom_mail.pipeline.stages import check_message

        holder, config, sender_dates = task
        try:  # the raw bytes are handed over, not kept here: parsing frees them (check_message)
            return "done", check_message(holder.pop(), config, sender_dates)
        except MemoryError:  # over this process's address-space cap
            return "memory", None
        except Exception as exc:  # a stage failed on this message: its reason goes back
            return "failed", f"{type(exc).__name__}: {exc}"
    finally:
        if warming:
            _warmed()


_warm = False


def _warmed() -> None:
    """After the first message: the objects made so far (modules, compiled patterns, word
    tables: nearly all for good) are set apart from the garbage collector, which then runs
    again. Its passes over them while they were made cost a tenth of the warm-up (0.1 s
    on the poll's path: the poller waits for the warm-up), and each later pass would walk
    them all again for nothing."""
    global _warm
    _warm = True
    gc.freeze()
    gc.enable()


def receive(conn: Connection) -> Task | None:
    """(config, sender_dates) pickled, then the message's bytes as they are; None: stop."""
    if not conn.poll(0):  # no message waiting: what the one before held goes back meanwhile
        _give_back()
    head = conn.recv()
    if not isinstance(head, tuple):
        return None
    config, sender_dates = head
    start_pool(config.limits.decode_memory_mb)  # the first message: decoders start meanwhile
    return [conn.recv_bytes()], config, sender_dates


def send(conn: Connection, reply: tuple[str, object]) -> None:
    """The answer, its parts' payloads left out, then each payload as bytes, in order."""
    status, value = reply
    payloads: list[bytes] = []
    if isinstance(value, CheckResult):
        payloads = [part.payload for part in value.parsed.parts]
        parts = tuple(replace(part, payload=b"") for part in value.parsed.parts)
        value = replace(value, parsed=replace(value.parsed, parts=parts))
    conn.send((status, value, len(payloads)))
    for payload in payloads:
        conn.send_bytes(payload)


def _give_back() -> None:
    """Return what the message before held (glibc keeps freed pages) to the system, and
    Babel's locale data when a rare reader loaded some (the usual tables come from the
    cache folder: tables_cache.py). Runs while the poller stores the message before, so
    it costs the poll no time."""
    localedata = sys.modules.get("babel.localedata")
    if localedata is not None:
        localedata.clear_caches()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to do
        ctypes.CDLL(None).malloc_trim(0)


if __name__ == "__main__":
    try:
        code = main(sys.argv, answer, receive, send, decoders=False)  # it decodes no file
    finally:
        shutdown_pool()  # the decoder processes this one started
    leave(code)

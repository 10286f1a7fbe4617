"""The decoder process: bounded memory, HEIF registered, one task at a time over a socket.

pool.py runs it as `python -m ipom_mail.pipeline.media.worker FD MEMORY_MB`, so a decoder
that hangs, eats memory or crashes takes only this process down, never the poller.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from dataclasses import replace
from multiprocessing.connection import Connection
from typing import Any

from ipom_mail.pipeline.media.decode import Decoded, Task, decode
from ipom_mail.pipeline.media.pool import READY
from ipom_mail.pipeline.media.webcopy import CopyTask, make_copy

_DECODER_THREADS = 2  # bounded: each thread reserves address space under RLIMIT_AS


def _limit_memory(memory_mb: int) -> None:
    """Cap this process's address space (RLIMIT_AS) so a greedy decoder fails with MemoryError."""
    import resource

    if memory_mb <= 0:
        return
    wanted = memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


_LATE_FORMATS = frozenset({"HEIF", "AVIF"})  # their libraries load with the first such file
_registered = False


def _register_decoders() -> None:
    """HEIC/HEIF through pillow-heif (AVIF is native in Pillow), with few decoder threads."""
    global _registered
    _registered = True
    import pillow_heif
    from PIL import AvifImagePlugin

    pillow_heif.register_heif_opener()
    pillow_heif.options.DECODE_THREADS = _DECODER_THREADS
    AvifImagePlugin.DEFAULT_MAX_THREADS = _DECODER_THREADS


def _quiet() -> None:
    """Ignore Ctrl-C: the parent stops this process when it is done."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def prepare(memory_mb: int, quiet: bool = True, decoders: bool = True) -> None:
    """Set up a decoder process; each step is independent, so one failing spares the others.

    HEIF's and AVIF's libraries (5 MB) are loaded at the first file that needs them
    (`_answer`), not for the JPEGs and PNGs most mail brings; `decoders=False` (the
    pipeline worker, which decodes no file itself) is kept for its callers."""
    del decoders
    if quiet:
        with contextlib.suppress(Exception):
            _quiet()
    with contextlib.suppress(Exception):
        _limit_memory(memory_mb)


def _answer(task: object) -> Decoded:
    """Decode one received task (or make a web copy); a MemoryError anywhere is "too_large"."""
    if not isinstance(task, (Task, CopyTask)):
        return Decoded("unsupported", "the decoder received something it cannot handle")
    late = isinstance(task, CopyTask) or not _LATE_FORMATS.isdisjoint(task.pillow_formats)
    if late and not _registered:
        with contextlib.suppress(Exception):  # without them, such a file is "unsupported"
            _register_decoders()
    try:
        return decode(task) if isinstance(task, Task) else make_copy(task)
    except MemoryError:
        return Decoded("too_large")
    except Exception as exc:  # decode() guards itself; this is the last line
        return Decoded("unsupported", f"it could not be read ({type(exc).__name__})")


def _receive(conn: Connection) -> object:
    """A task; a decode task's payload follows it as bytes (pool._parcel)."""
    task = conn.recv()
    if isinstance(task, Task):
        return replace(task, payload=conn.recv_bytes())
    return task


def _send(conn: Connection, answer: object) -> None:
    conn.send(answer)


def serve(
    conn: Connection,
    memory_mb: int,
    answer: Callable[[Any], object] = _answer,
    receive: Callable[[Connection], object] = _receive,
    send: Callable[[Connection, Any], None] = _send,
    decoders: bool = True,
) -> None:
    """The child's loop: say READY, then answer each task until None or the pipe closes.

    The pipeline worker (ipom_mail.pipeline.worker) runs the same loop with its own
    `answer`, `receive` and `send`.
    """
    prepare(memory_mb, decoders=decoders)
    conn.send(READY)
    while True:
        try:
            task = receive(conn)
        except (EOFError, OSError, MemoryError):
            return
        if task is None:
            return
        try:
            send(conn, answer(task))
        except (OSError, ValueError):
            return


def main(
    argv: list[str],
    answer: Callable[[Any], object] = _answer,
    receive: Callable[[Connection], object] = _receive,
    send: Callable[[Connection, Any], None] = _send,
    decoders: bool = True,
) -> int:
    """Entry point of the child: serve on the inherited socket FD with MEMORY_MB."""
    if len(argv) != 3:
        return 2
    serve(Connection(int(argv[1])), int(argv[2]), answer, receive, send, decoders)
    return 0


def leave(code: int) -> None:
    """End the child at once: its parent asked it to stop and waits for it, and it has
    nothing to flush (its output goes nowhere, the files it writes are renamed into place
    whole), so the interpreter's tear-down of every module and object (0.1-0.2 s of a poll's
    end, twice: the pipeline worker, then its decoder) is skipped."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    leave(main(sys.argv))

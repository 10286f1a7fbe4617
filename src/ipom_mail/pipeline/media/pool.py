"""A small pool of decoder processes with a per-item time bound.

concurrent.futures.ProcessPoolExecutor cannot stop one task that hangs (its
futures cannot be cancelled once running, and it has no public way to kill a
worker before Python 3.14), so this pool keeps one pipe per worker: each worker
gets one task at a time, a task that overruns its time is answered "timeout"
and its worker killed and replaced, and a worker that dies is replaced too.
The pool is created lazily, reused across messages, and closed by
`shutdown_pool()` (also run at exit).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Sequence
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Pillow is imported where files are decoded, not by every user of _Worker
    from ipom_mail.pipeline.media.decode import Decoded, Task
    from ipom_mail.pipeline.media.webcopy import CopyTask

    Job = Task | CopyTask  # decode a payload, or write a web copy of a stored file

STARTUP_SECONDS = 60.0
MAX_WORKERS = 2
WORKER_MODULE = "ipom_mail.pipeline.media.worker"
READY = "ready"


class DecoderUnavailable(RuntimeError):
    """No decoder process could be started (an environment fault, not a bad file)."""


_SECRET = re.compile(r"^IPOM_|PASSWORD|PASSWD|TOKEN|SECRET|CREDENTIAL|_KEY$", re.I)


def _child_environment() -> dict[str, str]:
    """Our environment without its secrets (a decoder parses hostile files), with this
    package's folder first on PYTHONPATH for the child."""
    env = {k: v for k, v in os.environ.items() if not _SECRET.search(k)}
    here = str(Path(__file__).resolve().parents[3])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH", "")) if p)
    return env


class _Worker:
    """One decoder process (`python -m ipom_mail.pipeline.media.worker`), its socket and its task.

    A plain subprocess, not multiprocessing.Process: nothing of the parent's
    __main__ is re-imported, and it behaves the same from a CLI, a script or a test.
    """

    def __init__(
        self,
        memory_mb: int,
        module: str = WORKER_MODULE,
        group: bool = False,
        wait: bool = True,
        env: dict[str, str] | None = None,
    ) -> None:
        ours, theirs = socket.socketpair()
        command = [sys.executable, "-m", module, str(theirs.fileno()), str(memory_mb)]
        self.group = group  # its own process group: stop() kills the processes it started too
        try:
            self.process = subprocess.Popen(
                command,
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env={**_child_environment(), **(env or {})},
                start_new_session=group,
            )
        except (OSError, ValueError, TypeError) as exc:  # no usable interpreter to start
            ours.close()
            raise DecoderUnavailable(f"the media decoder could not be started: {exc}") from exc
        finally:
            theirs.close()
        self.conn = Connection(ours.detach())
        self.job: int | None = None
        self.started = 0.0
        if wait and not self.ready():  # wait=False: the caller calls ready() when it needs it
            self.stop()
            raise DecoderUnavailable("the media decoder process did not start")

    def ready(self) -> bool:
        """Wait for the process to say it is ready; False when it died or never did."""
        try:
            return bool(self.conn.poll(STARTUP_SECONDS)) and self.conn.recv() == READY
        except (EOFError, OSError):
            return False

    def give(self, job: int, task: object, data: bytes | None = None) -> bool:
        """Send a task (and `data` after it as raw bytes, never pickled: a 40 MB message is
        not copied once more); False when the worker is gone."""
        self.job, self.started = job, time.monotonic()
        try:
            self.conn.send(task)
            if data is not None:
                self.conn.send_bytes(data)
        except (OSError, ValueError):
            return False
        return True

    def exit_code(self) -> int | None:
        """The process's exit code (negative: killed by that signal), once it has ended."""
        try:
            return self.process.wait(1)
        except subprocess.TimeoutExpired:
            return None

    def stop(self) -> None:
        """Kill the process and release its socket."""
        self.conn.close()
        if self.group:
            with contextlib.suppress(OSError):
                os.killpg(self.process.pid, signal.SIGKILL)
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(5)

    def close(self) -> None:
        """Ask the process to finish, then make sure it did."""
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(2)
        self.stop()


def _death(process_exitcode: int | None) -> Decoded:
    """What a worker's death means for its file (a kill is usually the memory limit or OOM)."""
    from ipom_mail.pipeline.media.decode import Decoded

    if process_exitcode in (-signal.SIGKILL, -signal.SIGABRT):
        return Decoded("too_large", "the decoder process was killed")
    return Decoded("unsupported", "the decoder crashed on it")


def _timeout(seconds: float) -> Decoded:
    from ipom_mail.pipeline.media.decode import Decoded

    return Decoded("timeout", f"over the {seconds:g} seconds allowed")


def _parcel(task: Job) -> tuple[object, bytes | None]:
    """A decode task and its payload, to send apart (see `_Worker.give`); a copy task whole."""
    parcel = getattr(task, "parcel", None)  # a Task (decode.py, not imported here: Pillow)
    return parcel() if parcel is not None else (task, None)


class DecodePool:
    """Worker processes with bounded memory; `run` decodes tasks with a per-task time bound."""

    def __init__(self, memory_mb: int, workers: int) -> None:
        self.memory_mb = memory_mb
        self.limit = max(1, workers)
        # One process at first; more (up to `workers`) once a message has more files to decode:
        # a photo a message, the usual case, never pays the memory of an idle second decoder.
        self._workers: list[_Worker] = [_Worker(memory_mb)]

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        index = self._workers.index(worker)
        self._workers[index] = _Worker(self.memory_mb)

    def run(self, tasks: Sequence[Job], timeout: float) -> list[Decoded]:
        """Decode every task; each answer is in the task's position."""
        results: list[Decoded | None] = [None] * len(tasks)
        waiting = deque(range(len(tasks)))
        while len(self._workers) < min(self.limit, len(tasks)):
            self._workers.append(_Worker(self.memory_mb))
        while waiting or any(w.job is not None for w in self._workers):
            self._dispatch(tasks, waiting, results)
            self._collect(results, timeout)
        return [r if r is not None else _death(None) for r in results]

    def _dispatch(
        self, tasks: Sequence[Job], waiting: deque[int], results: list[Decoded | None]
    ) -> None:
        for worker in list(self._workers):
            if worker.job is None and waiting:
                job = waiting.popleft()
                if not worker.give(job, *_parcel(tasks[job])):
                    results[job] = _death(worker.exit_code())
                    self._replace(worker)

    def _collect(self, results: list[Decoded | None], timeout: float) -> None:
        busy = [w for w in self._workers if w.job is not None]
        if not busy:
            return
        now = time.monotonic()
        left = max(0.0, min(w.started + timeout - now for w in busy))
        ready = wait([w.conn for w in busy], timeout=left)
        for worker in busy:
            job = worker.job
            assert job is not None
            if worker.conn in ready:
                results[job] = self._receive(worker)
            elif time.monotonic() - worker.started >= timeout:
                results[job] = _timeout(timeout)
                worker.job = None
                self._replace(worker)

    def _receive(self, worker: _Worker) -> Decoded:
        """The worker's answer; a closed pipe means it died (and is replaced)."""
        from ipom_mail.pipeline.media.decode import Decoded

        try:
            answer = worker.conn.recv()
        except (EOFError, OSError, MemoryError, ValueError):
            answer = None
        worker.job = None
        if isinstance(answer, Decoded):
            return answer
        death = _death(worker.exit_code())
        self._replace(worker)
        return death

    def close(self) -> None:
        for worker in self._workers:
            worker.close()
        self._workers = []


_lock = threading.Lock()
_pool: DecodePool | None = None


def decode_all(tasks: Sequence[Job], memory_mb: int, timeout: float) -> list[Decoded]:
    """Decode `tasks` in the shared pool (created on first use, rebuilt for a new memory limit)."""
    global _pool
    if not tasks:
        return []
    with _lock:
        if _pool is None or _pool.memory_mb != memory_mb:
            if _pool is not None:
                _pool.close()
            _pool = None
            _pool = DecodePool(memory_mb, max(1, min(MAX_WORKERS, os.cpu_count() or 1)))
        try:
            return _pool.run(tasks, timeout)
        except DecoderUnavailable:
            _pool.close()
            _pool = None
            raise


def shutdown_pool() -> None:
    """Stop the decoder processes (safe to call any time; the next use starts new ones)."""
    global _pool
    with _lock:
        if _pool is not None:
            _pool.close()
            _pool = None


atexit.register(shutdown_pool)

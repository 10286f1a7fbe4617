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
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Sequence
from multiprocessing.connection import wait
from typing import TYPE_CHECKING

from ipom_mail.pipeline.child import READY as READY
from ipom_mail.pipeline.child import STARTUP_SECONDS as STARTUP_SECONDS
from ipom_mail.pipeline.child import WORKER_MODULE as WORKER_MODULE
from ipom_mail.pipeline.child import DecoderUnavailable as DecoderUnavailable
from ipom_mail.pipeline.child import _child_environment as _child_environment
from ipom_mail.pipeline.child import _Worker as _Worker

if TYPE_CHECKING:  # Pillow is imported where files are decoded, not by every user of _Worker
    from ipom_mail.pipeline.media.decode import Decoded, Task
    from ipom_mail.pipeline.media.webcopy import CopyTask

    Job = Task | CopyTask  # decode a payload, or write a web copy of a stored file

MAX_WORKERS = 2


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

    def __init__(self, memory_mb: int, workers: int, wait: bool = True) -> None:
        self.memory_mb = memory_mb
        self.limit = max(1, workers)
        # One process at first; more (up to `workers`) once a message has more files to decode:
        # a photo a message, the usual case, never pays the memory of an idle second decoder.
        # wait=False: it starts meanwhile, and is waited for with the first file it is given.
        self._workers: list[_Worker] = [_Worker(memory_mb, wait=wait)]

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        index = self._workers.index(worker)
        self._workers[index] = _Worker(self.memory_mb)

    def run(self, tasks: Sequence[Job], timeout: float) -> list[Decoded]:
        """Decode every task; each answer is in the task's position."""
        return self.finish(tasks, *self.begin(tasks), timeout)

    def begin(self, tasks: Sequence[Job]) -> tuple[deque[int], list[Decoded | None]]:
        """Hand out the first tasks (one per worker) and return at once: what is waiting,
        and the answers' places (`finish` fills them)."""
        results: list[Decoded | None] = [None] * len(tasks)
        waiting = deque(range(len(tasks)))
        while len(self._workers) < min(self.limit, len(tasks)):
            self._workers.append(_Worker(self.memory_mb))
        self._dispatch(tasks, waiting, results)
        return waiting, results

    def finish(
        self,
        tasks: Sequence[Job],
        waiting: deque[int],
        results: list[Decoded | None],
        timeout: float,
    ) -> list[Decoded]:
        """Every answer of the tasks `begin` started, each within `timeout` of its start."""
        while waiting or any(w.job is not None for w in self._workers):
            self._dispatch(tasks, waiting, results)
            self._collect(results, timeout)
        return [r if r is not None else _death(None) for r in results]

    def _dispatch(
        self, tasks: Sequence[Job], waiting: deque[int], results: list[Decoded | None]
    ) -> None:
        for worker in list(self._workers):
            if worker.job is None and waiting:
                worker.confirm()
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


class Decoding:
    """Tasks under way in the shared pool; `answers()` waits for them. The pool is held
    from `start_decoding` until then, so `answers()` must always be called."""

    def __init__(self, tasks: Sequence[Job], memory_mb: int, timeout: float) -> None:
        self.tasks, self.timeout = tasks, timeout
        self.started: tuple[deque[int], list[Decoded | None]] | None = None
        if tasks:
            _lock.acquire()
            try:
                self.started = _shared(memory_mb).begin(tasks)
            except BaseException:
                _give_up()
                raise

    def answers(self) -> list[Decoded]:
        """Each task's answer, in the task's position (its time bound counts from its start)."""
        if self.started is None:
            return []
        started, self.started = self.started, None
        try:
            assert _pool is not None
            answers = _pool.finish(self.tasks, *started, self.timeout)
        except BaseException:
            _give_up()
            raise
        _lock.release()
        return answers


def _shared(memory_mb: int) -> DecodePool:
    """The shared pool (created on first use, rebuilt for a new memory limit); _lock held."""
    global _pool
    if _pool is None or _pool.memory_mb != memory_mb:
        if _pool is not None:
            _pool.close()
        _pool = None
        _pool = DecodePool(memory_mb, _size())
    return _pool


def _size() -> int:
    """How many decoder processes the shared pool may run: one a core, at most MAX_WORKERS."""
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


def _give_up() -> None:
    """After a failure with _lock held: no decoder's answer is pending any more (the pool is
    closed, the next task starts new ones), and the lock is released."""
    global _pool
    try:
        if _pool is not None:
            _pool.close()
        _pool = None
    finally:
        _lock.release()


def start_pool(memory_mb: int) -> None:
    """Start the shared pool's first decoder process now, without waiting for it: it loads
    Pillow while the caller warms up (the pipeline worker imports the stages meanwhile)."""
    global _pool
    with _lock:
        if _pool is None:
            _pool = DecodePool(memory_mb, _size(), wait=False)


def start_decoding(tasks: Sequence[Job], memory_mb: int, timeout: float) -> Decoding:
    """Hand `tasks` to the shared pool and return at once; `.answers()` collects them, so the
    caller does other work while the files decode."""
    return Decoding(tasks, memory_mb, timeout)


def decode_all(tasks: Sequence[Job], memory_mb: int, timeout: float) -> list[Decoded]:
    """Decode `tasks` in the shared pool (created on first use, rebuilt for a new memory limit)."""
    return start_decoding(tasks, memory_mb, timeout).answers()


def shutdown_pool() -> None:
    """Stop the decoder processes (safe to call any time; the next use starts new ones)."""
    global _pool
    with _lock:
        if _pool is not None:
            _pool.close()
            _pool = None


atexit.register(shutdown_pool)

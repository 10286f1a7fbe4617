"""A Python child process on a socket pair: started, READY, given tasks, stopped.

The decoder processes (`media/pool`) and the pipeline worker (`bounded`) are
such children. This module imports neither Pillow nor the media package, so the
poller starts its worker without loading what only the worker needs.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from multiprocessing.connection import Connection
from pathlib import Path

STARTUP_SECONDS = 60.0
# A message (or a photo) handed over in one write: the sender goes on at once instead of
# copying it in 200 KB turns with the reader (the kernel caps it at net.core.wmem_max).
SOCKET_BUFFER = 4 * 1024 * 1024
WORKER_MODULE = "ipom_mail.pipeline.media.worker"
READY = "ready"


class DecoderUnavailable(RuntimeError):
    """No decoder process could be started (an environment fault, not a bad file)."""


_SECRET = re.compile(r"^IPOM_|PASSWORD|PASSWD|TOKEN|SECRET|CREDENTIAL|_KEY$", re.I)


def _child_environment() -> dict[str, str]:
    """Our environment without its secrets (a decoder parses hostile files), with this
    package's folder first on PYTHONPATH for the child."""
    env = {k: v for k, v in os.environ.items() if not _SECRET.search(k)}
    here = str(Path(__file__).resolve().parents[2])
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
        for end in (ours, theirs):
            with contextlib.suppress(OSError):
                end.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SOCKET_BUFFER)
                end.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, SOCKET_BUFFER)
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
        self.confirmed = wait  # wait=False: the caller calls ready() or confirm() when it needs it
        if wait and not self.ready():
            self.stop()
            raise DecoderUnavailable("the media decoder process did not start")

    def confirm(self) -> None:
        """Wait, once, for a process started with wait=False to say it is ready; stopped,
        with DecoderUnavailable, when it never does (as a process waited for at its start)."""
        if self.confirmed:
            return
        if not self.ready():
            self.stop()
            raise DecoderUnavailable("the media decoder process did not start")
        self.confirmed = True

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

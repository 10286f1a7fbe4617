"""Peak memory of `ipom poll` on one big message: the whole process tree against 10x its size.

One submission whose JPEG makes the message about `--mb` megabytes (40 by default,
below [limits] max_message_mb = 50) is put into a fresh local Dovecot and polled once.
Printed: the message's size, the peak RSS of the whole process tree (summed, sampled
every 20 ms as bench/poll.py does), the bar (10x the message) and each process's own
peak (VmHWM), so a regression says where it is.

Run: .venv/bin/python bench/bigmessage.py [--mb 40]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from bench.poll import IPOM, Round, _children, jpeg, message  # noqa: E402
from tests.servers.dovecot import Dovecot  # noqa: E402

BAR = 10.0  # peak RSS of the tree ÷ the message's size
BASE64 = 1.37  # a message is its photo in base64 (4/3, with line endings) and a little text


def _status(pid: int) -> tuple[int, int, str] | None:
    """(VmRSS KB, VmHWM KB, command line) of a process, None once it is gone."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return None
    fields = {k: v.split()[0] for k, _, v in (line.partition(":") for line in lines) if v.split()}
    return int(fields.get("VmRSS", 0)), int(fields.get("VmHWM", 0)), command.strip()


def watch(command: list[str], env: dict[str, str]) -> tuple[float, dict[int, tuple[int, str]]]:
    """Run `command`; the peak summed RSS of its tree (MB) and each process's peak and name."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    peak, each = 0, dict[int, tuple[int, str]]()
    while process.poll() is None:
        kids, todo, total = _children(), [process.pid], 0
        while todo:
            pid = todo.pop()
            todo.extend(kids.get(pid, []))
            found = _status(pid)
            if found is None or not found[2]:
                continue
            rss, hwm, name = found
            total += rss
            each[pid] = (max(hwm, each.get(pid, (0, ""))[0]), name)
        peak = max(peak, total)
        time.sleep(0.02)
    output = process.stdout.read().decode("utf-8", "replace") if process.stdout else ""
    if process.returncode != 0 or "1 new" not in output:
        raise SystemExit(f"ipom poll failed ({process.returncode}):\n{output}")
    return peak / 1024, each


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mb", type=float, default=40.0, help="the message's size in MB")
    args = parser.parse_args()
    photo = jpeg(int(args.mb * 1e6 / BASE64 / 1024), random.Random(40))
    raw = message(0, photo)
    del photo
    size = len(raw) / 1e6
    with Dovecot() as server, tempfile.TemporaryDirectory() as tmp:
        with server.client() as client:
            client.append("INBOX", raw)
        del raw
        work = Round(server, Path(tmp), 0)
        peak, each = watch(
            [IPOM, "--config", str(work.config), "poll"], dict(os.environ, **work.env)
        )
    ratio = peak / size
    verdict = "ok" if ratio <= BAR else "OVER"
    print(f"message {size:.1f} MB: peak RSS of the tree {peak:.0f} MB = {ratio:.1f}x")
    print(f"  bar {BAR:g}x = {BAR * size:.0f} MB: {verdict}")
    for _pid, (hwm, name) in sorted(each.items()):
        print(
            f"  {hwm / 1024:6.0f} MB  {' '.join(part.rsplit('/', 1)[-1] for part in name.split()[:4])}"
        )


if __name__ == "__main__":
    main()

"""Benchmark of `ipom check`: speed over the shared corpus, memory on a 40 MB message, start-up.

Each figure is printed beside the floor it is compared with, measured in the
same run:
- messages/s of the whole pure pipeline vs the standard library's parser alone;
- peak RSS (VmHWM) for one 40 MB message (a 30 MB JPEG, base64) as a multiple
  of the message size, vs the standard library parsing and decoding the same
  message; the image is decoded in a worker process, reported on its own;
- `ipom --help` wall time vs a bare `python -c pass`.

Run: .venv/bin/python bench/check.py
"""

from __future__ import annotations

import email
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "emails"
PY = sys.executable


def corpus_speed() -> None:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.media import shutdown_pool
    from ipom_mail.pipeline.stages import check_message

    raws = [p.read_bytes() for p in sorted(CORPUS.rglob("*.eml"))]
    total = sum(len(r) for r in raws)
    config = Config()
    check_message(raws[0], config)  # start the decoding workers outside the timing

    start = time.perf_counter()
    for raw in raws:
        msg = email.message_from_bytes(raw)
        for part in msg.walk():
            part.get_payload(decode=True)
    floor = time.perf_counter() - start

    start = time.perf_counter()
    for raw in raws:
        check_message(raw, config)
    ours = time.perf_counter() - start
    shutdown_pool()
    print(f"corpus: {len(raws)} messages, {total / 1e6:.1f} MB")
    print(f"  floor  stdlib parse+decode : {len(raws) / floor:8.0f} msg/s  ({floor:.2f} s)")
    print(
        f"  ipom   check_message       : {len(raws) / ours:8.0f} msg/s  ({ours:.2f} s)  = {ours / floor:.1f}x the floor"
    )


def big_message(path: Path) -> int:
    from PIL import Image

    side = 4700  # noise barely compresses: a JPEG of about 30 MB, 40 MB in base64
    noise = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    buf = io.BytesIO()
    noise.save(buf, "JPEG", quality=97)
    msg = EmailMessage()
    msg["From"] = "Big Photo <big@example.org>"
    msg["Subject"] = "ISS, full resolution"
    msg.set_content(
        "Time/date (UT): 2024-05-12 21:34:10 UT\nEquipment: Celestron EdgeHD 8, ZWO ASI462MC\n"
    )
    msg.add_attachment(buf.getvalue(), maintype="image", subtype="jpeg", filename="iss-full.jpg")
    raw = msg.as_bytes()
    path.write_bytes(raw)
    return len(raw)


_MEASURE = """
import os, sys
def hwm(pid):  # the high-water RSS of one process, in kB (ru_maxrss would carry the parent's over exec)
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0
def children():
    found = []
    for tid in os.listdir("/proc/self/task"):
        found += open(f"/proc/self/task/{tid}/children").read().split()
    return found
raw = open(sys.argv[1], 'rb').read()
if sys.argv[2] == 'floor':
    import email
    m = email.message_from_bytes(raw)
    parts = [p.get_payload(decode=True) for p in m.walk()]
    workers = 0
else:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.stages import check_message
    from ipom_mail.pipeline.media import shutdown_pool
    r = check_message(raw, Config())
    assert r.media.items and r.media.items[0].kind == 'photo', r.media.items
    workers = max((hwm(p) for p in children()), default=0)
    shutdown_pool()
print(hwm("self"), workers)
"""


def peak_memory() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.eml"
        size = big_message(path)
        base_kb = int(
            subprocess.run(
                [
                    PY,
                    "-c",
                    "print([x for x in open('/proc/self/status') if x.startswith('VmHWM')][0].split()[1])",
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        rows = {}
        for mode in ("floor", "ipom"):
            out = subprocess.run(
                [PY, "-c", _MEASURE, str(path), mode], capture_output=True, text=True, check=True
            )
            self_kb, kids_kb = (int(x) for x in out.stdout.split())
            rows[mode] = (self_kb, kids_kb)
    mb = size / 1e6
    print(f"40 MB message: {mb:.1f} MB on the wire (interpreter alone: {base_kb / 1e3:.0f} MB)")
    for mode, (self_kb, kids_kb) in rows.items():
        label = "floor  stdlib parse+decode" if mode == "floor" else "ipom   check_message      "
        peak = self_kb * 1024 / 1e6
        worker = kids_kb * 1024 / 1e6
        print(
            f"  {label}: main {peak:6.0f} MB = {peak / mb:4.1f}x the message; largest worker {worker:5.0f} MB"
        )


def startup() -> None:
    def timed(cmd: list[str]) -> float:
        runs = []
        for _ in range(7):
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=True)
            runs.append(time.perf_counter() - start)
        return statistics.median(runs)

    bare = timed([PY, "-c", "pass"])
    ipom = timed([str(Path(PY).parent / "ipom"), "--help"])
    print(
        f"start-up (median of 7): floor python -c pass {bare * 1000:.0f} ms; ipom --help {ipom * 1000:.0f} ms (aim < 300 ms)"
    )


if __name__ == "__main__":
    if not CORPUS.is_dir():
        sys.exit(f"bench: the shared corpus is not at {CORPUS}")
    corpus_speed()
    peak_memory()
    startup()

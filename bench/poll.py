"""Benchmark of `ipom poll` against its floor, on the same local Dovecot mailbox in one run.

The floor: a raw imapclient fetch of every message (BODY.PEEK[], in batches),
each parsed with the standard library and written and fsynced to a file.
Then `ipom poll` (fetch, archive, the whole pipeline, store, move) on the same
messages. Printed: seconds, messages/s, the ratio, and peak RSS of each, for
two mailbox sizes so that memory can be seen to stay flat as the mailbox grows.

Run: .venv/bin/python bench/poll.py [--counts 100,400] [--jpeg-kb 800]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from tests.servers.dovecot import Dovecot  # noqa: E402

PY = sys.executable
IPOM = str(Path(PY).parent / "ipom")

FLOOR = """
import email, hashlib, os, sys, time
from imapclient import IMAPClient
host, port, user, password, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
start = time.perf_counter()
with IMAPClient(host, port, ssl=False) as c:
    c.login(user, password)
    c.select_folder("INBOX", readonly=True)
    uids = sorted(c.search("ALL"))
    for i in range(0, len(uids), 20):
        for uid, item in c.fetch(uids[i:i + 20], ["BODY.PEEK[]"]).items():
            raw = item[b"BODY[]"]
            msg = email.message_from_bytes(raw)
            for part in msg.walk():
                part.get_payload(decode=True)
            path = os.path.join(out, hashlib.sha256(raw).hexdigest() + ".eml")
            with open(path, "wb") as fh:
                fh.write(raw)
                fh.flush()
                os.fsync(fh.fileno())
hwm = [x for x in open("/proc/self/status") if x.startswith("VmHWM")][0].split()[1]
print(time.perf_counter() - start, hwm)  # VmHWM: ru_maxrss would carry the parent's over exec
"""


def jpeg(kb: int, rng: random.Random) -> bytes:
    from PIL import Image

    side = 256
    while True:  # noise barely compresses: grow until the JPEG is the asked size
        noise = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
        out = io.BytesIO()
        noise.save(out, "JPEG", quality=60)
        if out.tell() >= kb * 1024:
            return out.getvalue()
        side = int(side * 1.1) + 1


def message(i: int, photo: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Photographer {i} <p{i}@example.org>"
    msg["Subject"] = f"ISS pass #{i}"
    msg["Message-ID"] = f"<bench-{i}@example.org>"
    msg.set_content(
        f"Time/date (UT): 2024-05-{1 + i % 28:02d} 21:{i % 60:02d}:10 UT\n"
        "Equipment: Celestron EdgeHD 8, ZWO ASI462MC\n"
    )
    msg.add_attachment(photo, maintype="image", subtype="jpeg", filename=f"iss-{i}.jpg")
    return msg.as_bytes().replace(b"\n", b"\r\n")


def fill(server: Dovecot, count: int, kb: int) -> int:
    rng = random.Random(count)
    base = jpeg(kb, rng)
    total = 0
    with server.client() as client:
        for i in range(count):
            photo = base[:-200] + rng.randbytes(198) + base[-2:]  # distinct bytes, still a JPEG
            raw = message(i, photo)
            total += len(raw)
            client.append("INBOX", raw)
    return total


def run_one(count: int, kb: int) -> None:
    with Dovecot() as server, tempfile.TemporaryDirectory() as tmp:
        size = fill(server, count, kb)
        floor_dir = Path(tmp) / "floor"
        floor_dir.mkdir()
        out = subprocess.run(
            [
                PY,
                "-c",
                FLOOR,
                server.host,
                str(server.port),
                server.user,
                server.password,
                str(floor_dir),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        floor_s, floor_kb = (float(x) for x in out.stdout.split())
        config = Path(tmp) / "ipom.toml"
        config.write_text(
            f'[imap]\nhost = "{server.host}"\nport = {server.port}\nsecurity = "none"\n'
            f'username = "{server.user}"\npassword_env = "BENCH_PW"\nbatch_size = 20\n'
            f'[storage]\npath = "{Path(tmp) / "data"}"\n[reply]\nenabled = false\n'
        )
        env = dict(os.environ, BENCH_PW=server.password)
        subprocess.run(
            [IPOM, "--config", str(config), "init"], env=env, check=True, capture_output=True
        )
        measure = (
            "import resource, subprocess, sys, time; s = time.perf_counter();"
            "r = subprocess.run(sys.argv[1:], capture_output=True, text=True);"
            "print(time.perf_counter() - s, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode);"
            "print(r.stdout.strip(), file=sys.stderr)"
        )
        out = subprocess.run(
            [PY, "-c", measure, IPOM, "--config", str(config), "poll"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        ipom_s, ipom_kb, code = out.stdout.split()
        assert code == "0" and f"{count} new" in out.stderr, out.stderr
        assert server.count("Processed") == count
    ipom_s_f = float(ipom_s)
    print(f"{count} messages, {size / 1e6:.0f} MB ({kb} KB JPEG each)")
    print(
        f"  floor  imapclient fetch + stdlib parse + fsync: {floor_s:7.1f} s  {count / floor_s:6.1f} msg/s  peak RSS {floor_kb / 1024:5.0f} MB"
    )
    print(
        f"  ipom   poll (whole pipeline + store + move)   : {ipom_s_f:7.1f} s  {count / ipom_s_f:6.1f} msg/s  peak RSS {int(ipom_kb) / 1024:5.0f} MB (largest process)"
    )
    print(f"  ratio  ipom / floor = {ipom_s_f / floor_s:.2f}x (aim: within 2x)")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--counts", default="100,400", help="mailbox sizes to run, comma-separated")
    parser.add_argument("--jpeg-kb", type=int, default=800, help="size of each message's JPEG")
    args = parser.parse_args()
    for count in (int(c) for c in args.counts.split(",")):
        run_one(count, args.jpeg_kb)


if __name__ == "__main__":
    main()

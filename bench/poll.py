"""Benchmark of `ipom poll` against the wire, on the same local Dovecot mailbox in one run.

Four programs, each a separate process, read the same mailbox in each round:

- floor: a raw imapclient fetch of every message (BODY.PEEK[], 20 at a time),
  each parsed with the standard library and every part decoded;
- floor+fsync: the same, plus one file per message named by its sha256, fsynced;
- getmail6: a transport-only retriever delivering to a Maildir (no parsing at
  all), installed into the bench's own venv `bench/.venv-getmail` (created on
  first use: `python3 -m venv bench/.venv-getmail && bench/.venv-getmail/bin/pip
  install getmail6`; never committed, not a project dependency);
- ipom poll: fetch, archive, the whole pipeline, store, move.

Printed per mailbox size: the median seconds of the rounds, messages/s, the
ratio to floor+fsync, and the peak RSS of the whole process tree (the program
and every process it started, summed, sampled every 20 ms). Then the idle
poll: `ipom poll` on an empty folder with the messages in Processed, and once
with 10,000 messages in Processed.

Every program starts from compiled bytecode (`compile_all`): where
PYTHONDONTWRITEBYTECODE is set, as on a CI machine, the project's own modules
would otherwise be compiled anew at each start, while the floor's and
getmail6's libraries were compiled by pip at install.

Run: .venv/bin/python bench/poll.py [--counts 120,1000] [--rounds 2] [--jpeg-kb 800]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from tests.servers.dovecot import Dovecot  # noqa: E402

PY = sys.executable
IPOM = str(Path(PY).parent / "ipom")
GETMAIL_VENV = ROOT / "bench" / ".venv-getmail"
BAR = 1.4  # ipom poll / floor+fsync

FLOOR = """
import email, hashlib, os, sys
from imapclient import IMAPClient
host, port, user, password, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
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
            if out == "-":
                continue
            path = os.path.join(out, hashlib.sha256(raw).hexdigest() + ".eml")
            with open(path, "wb") as fh:
                fh.write(raw)
                fh.flush()
                os.fsync(fh.fileno())
"""

GETMAILRC = """[retriever]
type = SimpleIMAPRetriever
server = {host}
port = {port}
username = {user}
password = {password}
mailboxes = ("INBOX",)

[destination]
type = Maildir
path = {maildir}/

[options]
read_all = true
delete = false
verbose = 0
message_log_verbose = false
"""


@dataclass(frozen=True)
class Run:
    """One program's run: wall seconds and the peak RSS of its process tree."""

    seconds: float
    peak_mb: float
    output: str
    cpu_s: float  # user + system time of the program and the processes it waited for


def _children() -> dict[int, list[int]]:
    """Every process's children, from /proc."""
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(b")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def _tree_rss_kb(root: int) -> int:
    """The summed VmRSS of `root` and all its descendants, in KB."""
    kids, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(kids.get(pid, []))
        try:
            with open(f"/proc/{pid}/statm", "rb") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, IndexError, ValueError):
            continue
    return total


def measure(command: list[str], env: dict[str, str] | None = None) -> Run:
    """Run `command`, sampling its process tree's RSS every 20 ms; fail loudly on a bad exit."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
        peak = 0
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, _tree_rss_kb(process.pid))
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if process.returncode != 0:
        raise SystemExit(f"{command[0]} exited {process.returncode}:\n{text}")
    return Run(seconds, peak / 1024, text, usage.ru_utime + usage.ru_stime)


def _noise_jpeg(side: int, rng: random.Random) -> bytes:
    from PIL import Image

    noise = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
    out = io.BytesIO()
    noise.save(out, "JPEG", quality=60)
    return out.getvalue()


def jpeg_side(kb: int, rng: random.Random) -> int:
    """The side of a noise picture whose JPEG is at least `kb` KB (noise barely compresses)."""
    side = 256
    while len(_noise_jpeg(side, rng)) < kb * 1024:
        side = int(side * 1.1) + 1
    return side


def jpeg(kb: int, rng: random.Random) -> bytes:
    """A noise JPEG of at least `kb` KB."""
    return _noise_jpeg(jpeg_side(kb, rng), rng)


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
    """Deliver `count` submissions with distinct photos, a JPEG of `kb` KB each, into INBOX;
    their bytes. Each picture is its own noise: no two look alike, as in a real mailbox
    (copies of one picture would link every submission to every other, N² look-alikes)."""
    rng = random.Random(count)
    side = jpeg_side(kb, rng)
    total = 0
    with server.client() as client:
        for i in range(count):
            raw = message(i, _noise_jpeg(side, rng))
            total += len(raw)
            client.append("INBOX", raw)
    return total


def move_back(server: Dovecot) -> None:
    """Return every message from Processed to INBOX for the next round."""
    with server.client() as client:
        client.select_folder("Processed")
        uids = client.search("ALL")
        if uids:
            client.move(uids, "INBOX")


def compile_all() -> None:
    """Compile the bytecode of every program's modules once, before anything is measured: the
    project's sources, the bench's venv and getmail6's (pip compiled what it installed, but
    not an editable install's sources, which PYTHONDONTWRITEBYTECODE leaves uncompiled)."""
    import compileall
    import sysconfig

    folders = [ROOT / "src", Path(sysconfig.get_paths()["purelib"]), GETMAIL_VENV / "lib"]
    for folder in folders:
        if folder.is_dir():
            compileall.compile_dir(folder, quiet=2)


def getmail_program() -> str:
    """The getmail script of the bench's own venv, made on first use."""
    script = GETMAIL_VENV / "bin" / "getmail"
    if not script.exists():
        subprocess.run([sys.executable, "-m", "venv", str(GETMAIL_VENV)], check=True)
        pip = [str(GETMAIL_VENV / "bin" / "python"), "-m", "pip", "install", "-q", "getmail6"]
        subprocess.run(pip, check=True)
    return str(script)


class Round:
    """One round's workspace: a fresh storage folder, Maildir and floor folder."""

    def __init__(self, server: Dovecot, tmp: Path, index: int) -> None:
        self.server, self.dir = server, tmp / f"round-{index}"
        self.dir.mkdir()
        self.env = dict(os.environ, BENCH_PW=server.password)
        self.config = self.dir / "ipom.toml"
        self.config.write_text(
            f'[imap]\nhost = "{server.host}"\nport = {server.port}\nsecurity = "none"\n'
            f'username = "{server.user}"\npassword_env = "BENCH_PW"\nbatch_size = 20\n'
            f'[storage]\npath = "{self.dir / "data"}"\n[reply]\nenabled = false\n'
        )
        subprocess.run(
            [IPOM, "--config", str(self.config), "init"],
            env=self.env,
            check=True,
            capture_output=True,
        )

    def floor(self, fsync: bool) -> Run:
        out = self.dir / "floor"
        out.mkdir(exist_ok=True)
        s = self.server
        args = [s.host, str(s.port), s.user, s.password, str(out) if fsync else "-"]
        return measure([PY, "-c", FLOOR, *args])

    def getmail(self) -> Run:
        maildir = self.dir / "Maildir"
        for sub in ("cur", "new", "tmp"):
            (maildir / sub).mkdir(parents=True, exist_ok=True)
            (maildir / sub).chmod(0o777)
        user = ""
        if (
            os.geteuid() == 0
        ):  # getmail refuses to deliver as root: as nobody, like a packaged setup
            user = "user = nobody"
            for folder in (self.dir.parent, self.dir, maildir):
                folder.chmod(0o755)
        s = self.server
        rc = self.dir / "getmailrc"
        rc.write_text(
            GETMAILRC.format(
                host=s.host,
                port=s.port,
                user=s.user,
                password=s.password,
                maildir=maildir,
            ).replace("\n[options]", f"{user}\n[options]")
        )
        program = getmail_program()
        return measure([program, "--rcfile", str(rc), "--getmaildir", str(self.dir), "--quiet"])

    def poll(self) -> Run:
        return measure([IPOM, "--config", str(self.config), "poll"], self.env)


def fill_processed(server: Dovecot, count: int) -> None:
    """Put `count` small messages into Processed (as months of polling would)."""
    small = message(0, b"\xff\xd8\xff\xd9").replace(b"bench-0", b"old-%d")
    with server.client() as client:
        if not client.folder_exists("Processed"):
            client.create_folder("Processed")
        for i in range(count):
            client.append("Processed", small.replace(b"old-%d", f"old-{i}".encode()))


def run_size(count: int, kb: int, rounds: int, idle_processed: int) -> None:
    """All four programs on one mailbox of `count` messages, `rounds` times; print the table."""
    runs: dict[str, list[Run]] = {"floor": [], "floor+fsync": [], "getmail6": [], "ipom poll": []}
    with Dovecot() as server, tempfile.TemporaryDirectory() as tmp:
        size = fill(server, count, kb)
        idle: list[Run] = []
        for index in range(rounds):
            work = Round(server, Path(tmp), index)
            runs["floor"].append(work.floor(fsync=False))
            runs["floor+fsync"].append(work.floor(fsync=True))
            runs["getmail6"].append(work.getmail())
            polled = work.poll()
            assert f"{count} new" in polled.output, polled.output
            assert server.count("Processed") == count and server.count("INBOX") == 0
            runs["ipom poll"].append(polled)
            idle.append(work.poll())
            if index + 1 < rounds:
                move_back(server)
        big_idle = None
        if idle_processed:
            fill_processed(server, idle_processed)
            big_idle = work.poll()
    report(count, kb, size, rounds, runs, idle, big_idle, idle_processed)


def report(
    count: int,
    kb: int,
    size: int,
    rounds: int,
    runs: dict[str, list[Run]],
    idle: list[Run],
    big_idle: Run | None,
    idle_processed: int,
) -> None:
    """The table of one mailbox size."""
    median = {name: statistics.median(r.seconds for r in rs) for name, rs in runs.items()}
    base = median["floor+fsync"]
    print(f"\n{count} messages, {size / 1e6:.0f} MB ({kb} KB JPEG each), median of {rounds}")
    print(
        f"  {'program':<13} {'seconds':>8} {'msg/s':>7} {'÷ floor+fsync':>14} "
        f"{'peak RSS tree':>14} {'CPU s':>6}"
    )
    for name, rs in runs.items():
        peak = max(r.peak_mb for r in rs)
        cpu = statistics.median(r.cpu_s for r in rs)
        print(
            f"  {name:<13} {median[name]:8.2f} {count / median[name]:7.1f} "
            f"{median[name] / base:13.2f}x {peak:11.0f} MB {cpu:6.1f}"
        )
    ratio = median["ipom poll"] / base
    versus = median["ipom poll"] / median["getmail6"]
    rounds_text = ", ".join(
        f"{r.seconds / s.seconds:.2f}x"
        for r, s in zip(runs["ipom poll"], runs["floor+fsync"], strict=True)
    )
    print(
        f"  ipom poll ÷ floor+fsync = {ratio:.2f}x (bar {BAR}x; per round {rounds_text}); "
        f"÷ getmail6 = {versus:.2f}x (bar < 1)"
    )
    idle_s = statistics.median(r.seconds for r in idle)
    idle_cpu = statistics.median(r.cpu_s for r in idle)
    print(
        f"  idle poll (INBOX empty, {count} in Processed): {idle_s:.2f} s, "
        f"CPU {idle_cpu:.2f} s (bar 0.5 s)"
    )
    if big_idle is not None:
        print(
            f"  idle poll (INBOX empty, {idle_processed + count} in Processed): "
            f"{big_idle.seconds:.2f} s (bar 0.5 s)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--counts", default="120,1000", help="mailbox sizes, comma-separated")
    parser.add_argument("--rounds", type=int, default=2, help="rounds per size (the median)")
    parser.add_argument("--jpeg-kb", type=int, default=800, help="size of each message's JPEG")
    parser.add_argument(
        "--idle-processed",
        type=int,
        default=10_000,
        help="messages put into Processed for the last idle poll (0: skip)",
    )
    args = parser.parse_args()
    counts = [int(c) for c in args.counts.split(",")]
    getmail_program()
    compile_all()
    for i, count in enumerate(counts):
        last = i + 1 == len(counts)
        run_size(count, args.jpeg_kb, args.rounds, args.idle_processed if last else 0)


if __name__ == "__main__":
    main()

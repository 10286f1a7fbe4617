"""The local demo: a throw-away Dovecot with sample submissions, then init, poll, serve and queue.

Run by `make demo` (after scripts/bootstrap.sh). Everything lives in
demo-data/ (git-ignored) and the server is stopped at the end. Without
Dovecot the same samples go through `ipom ingest` instead.

`scripts/demo.py --serve` leaves `ipom serve` running on the local server
until Ctrl-C, delivering one more sample every 20 seconds.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "examples")]

from samples import samples  # noqa: E402
from tests.servers.dovecot import Dovecot  # noqa: E402

IPOM = str(Path(sys.executable).parent / "ipom")
DATA = ROOT / "demo-data"


def run(*args: str, env: dict[str, str]) -> None:
    print(f"\n$ ipom {' '.join(args)}", flush=True)
    done = subprocess.run([IPOM, "--config", str(DATA / "ipom.toml"), *args], env=env)
    if done.returncode not in (0, 1):
        sys.exit(f"demo: `ipom {' '.join(args)}` failed (exit {done.returncode})")


def config_text(imap: str) -> str:
    return f"""# The demo's config (made by scripts/demo.py).
{imap}
[storage]
path = "{DATA / "data"}"

[reply]
enabled = false
"""


def serve_briefly(server: Dovecot, env: dict[str, str], forever: bool) -> None:
    """Start `ipom serve`, deliver one more sample while it runs, watch it arrive, stop it."""
    print("\n$ ipom serve   (in the background)", flush=True)
    service = subprocess.Popen([IPOM, "--config", str(DATA / "ipom.toml"), "serve"], env=env)
    try:
        rounds = 0
        while True:
            time.sleep(3)
            before = server.count("Processed")
            late = samples()["01-complete.eml"].replace(
                b"Message-ID: <", f"Message-ID: <late{rounds}.".encode(), 1
            )
            server.append("INBOX", late.replace(b"\n", b"\r\n"))
            start = time.monotonic()
            while server.count("Processed") == before and time.monotonic() - start < 30:
                time.sleep(0.5)
            print(
                f"demo: a new submission arrived while serving; stored and moved after "
                f"{time.monotonic() - start:.1f} s",
                flush=True,
            )
            rounds += 1
            if not forever:
                break
            time.sleep(17)
    except KeyboardInterrupt:
        pass
    finally:
        service.send_signal(signal.SIGTERM)
        print(f"demo: ipom serve stopped on SIGTERM (exit {service.wait(timeout=30)})", flush=True)


def main() -> None:
    from tests.servers.dovecot import available

    shutil.rmtree(DATA, ignore_errors=True)
    (DATA / "mail").mkdir(parents=True)
    mails = samples()
    for name, raw in mails.items():
        (DATA / "mail" / name).write_bytes(raw)
    env = dict(os.environ)
    ok, why = available()
    if not ok:
        print(f"demo: no Dovecot here ({why}); ingesting the sample files instead")
        (DATA / "ipom.toml").write_text(config_text(""), encoding="utf-8")
        run("init", env=env)
        run("ingest", str(DATA / "mail"), env=env)
    else:
        with Dovecot() as server:
            for raw in mails.values():
                server.append("INBOX", raw.replace(b"\n", b"\r\n"))
            print(
                f"demo: Dovecot on {server.host}:{server.port} with {len(mails)} sample submissions"
            )
            imap = (
                f'[imap]\nhost = "{server.host}"\nport = {server.port}\nsecurity = "none"\n'
                f'username = "{server.user}"\npassword_env = "IPOM_DEMO_PASSWORD"\n'
            )
            (DATA / "ipom.toml").write_text(config_text(imap), encoding="utf-8")
            env["IPOM_DEMO_PASSWORD"] = server.password
            run("init", env=env)
            run("poll", "--verbose", env=env)
            print(
                f"demo: INBOX now holds {server.count('INBOX')}, Processed {server.count('Processed')}"
            )
            serve_briefly(server, env, forever="--serve" in sys.argv)
    run("queue", env=env)
    run("show", f"IPOM-{datetime.now(UTC).year}-0001", env=env)
    run("check", str(DATA / "mail" / "02-incomplete.eml"), env=env)
    run("status", env=env)
    print("\ndemo: done; everything is in demo-data/ (config demo-data/ipom.toml)")


if __name__ == "__main__":
    main()

"""The local demo: a throw-away Dovecot with sample submissions, then init, poll and queue.

Run by `make demo` (after scripts/bootstrap.sh). Everything lives in
demo-data/ (git-ignored) and the server is stopped at the end. Without
Dovecot the same samples go through `ipom ingest` instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "examples")]

from samples import samples  # noqa: E402

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


def main() -> None:
    from tests.servers.dovecot import Dovecot, available

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
    run("queue", env=env)
    run("show", f"IPOM-{datetime.now(UTC).year}-0001", env=env)
    run("check", str(DATA / "mail" / "02-incomplete.eml"), env=env)
    run("status", env=env)
    print("\ndemo: done; everything is in demo-data/ (config demo-data/ipom.toml)")


if __name__ == "__main__":
    main()

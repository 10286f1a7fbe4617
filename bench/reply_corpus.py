"""Who `ipom check --json` would answer, over every email of the shared corpora.

Runs the real command once per message (defaults, no config file, so no
trusted authserv-id) and counts, per MANIFEST class (human, autoreply, bounce,
report, list, malformed), how many get `reply.send: true`. Machine classes
must be 0; the human count is the one to keep. Lists the machine mails that
would be answered and the human mails that would not.

Run: .venv/bin/python bench/reply_corpus.py [--list]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import corpus  # noqa: E402

IPOM = Path(sys.executable).with_name("ipom")
AUTOMATIC = ("autoreply", "bounce", "report")


def answered(path: Path, cwd: str, env: dict[str, str]) -> tuple[bool, str] | None:
    """(reply.send, reply.reason) from `ipom check --json`, or None if it did not run."""
    done = subprocess.run(
        [str(IPOM), "check", "--json", str(path)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return None
    reply = json.loads(done.stdout)["reply"]
    return bool(reply["send"]), str(reply["reason"])


def main() -> None:
    show = "--list" in sys.argv
    env = {k: v for k, v in os.environ.items() if k != "IPOM_CONFIG"}
    total: Counter[str] = Counter()
    sent: Counter[str] = Counter()
    odd: list[str] = []
    with tempfile.TemporaryDirectory() as cwd:  # no ipom.toml here: the defaults
        for entry in corpus.emails():
            cls = corpus.email_class(entry)
            found = answered(entry.path, cwd, env)
            total[cls] += 1
            if found is None:
                odd.append(f"  {cls:9} not checked: {entry.rel}")
                continue
            send, reason = found
            sent[cls] += send
            if (send and cls in AUTOMATIC) or (not send and cls == "human" and show):
                odd.append(f"  {cls:9} send={send}: {entry.rel} ({reason})")
    for cls in sorted(total):
        print(f"{cls:10} {sent[cls]:4} of {total[cls]:4} answered")
    machine = sum(sent[c] for c in AUTOMATIC)
    print(f"automatic mails answered: {machine} of {sum(total[c] for c in AUTOMATIC)}")
    print(f"human mails answered:     {sent['human']} of {total['human']}")
    print("\n".join(odd))


if __name__ == "__main__":
    main()

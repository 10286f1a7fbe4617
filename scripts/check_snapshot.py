"""The JSON of `ipom check --json` over every corpus email, to compare two versions of ipom.

A refactoring must not change what ipom reads from a message. Write a snapshot with
one version, another with the other, and compare: the files must be byte-identical.
Each email runs through the real command line (`ipom check --json FILE`, in-process
through Click's runner), so the snapshot holds exactly what a user would see.

    .venv/bin/python scripts/check_snapshot.py write before.jsonl
    .venv/bin/python scripts/check_snapshot.py write after.jsonl
    .venv/bin/python scripts/check_snapshot.py compare before.jsonl after.jsonl

`--corpus DIR` reads another folder of .eml files (default: ../shared/corpora/emails).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "emails"


def write(out: Path, corpus: Path) -> int:
    """One JSON line per email, sorted by path: the file, the exit code and the output."""
    from click.testing import CliRunner

    from ipom_mail.cli import cli

    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    if not files:
        print(f"no emails under {corpus}", file=sys.stderr)
        return 2
    runner = CliRunner()
    with out.open("w", encoding="utf-8") as sink:
        for path in files:
            result = runner.invoke(cli, ["check", "--json", str(path)])
            line = {
                "file": str(path.relative_to(corpus)),
                "exit": result.exit_code,
                "output": result.output,
            }
            sink.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(files)} emails → {out}")
    return 0


def compare(before: Path, after: Path) -> int:
    """0 when the two snapshots are byte-identical, else 1 with the emails that differ."""
    if before.read_bytes() == after.read_bytes():
        print(f"identical: {before} and {after}")
        return 0
    old = {json.loads(x)["file"]: x for x in before.read_text("utf-8").splitlines()}
    new = {json.loads(x)["file"]: x for x in after.read_text("utf-8").splitlines()}
    differ = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    print(f"{len(differ)} of {len(old | new)} emails differ:")
    for name in differ:
        print(f"  {name}")
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="write a snapshot")
    w.add_argument("out", type=Path)
    w.add_argument("--corpus", type=Path, default=CORPUS)
    c = sub.add_parser("compare", help="compare two snapshots")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "write":
        return write(args.out, args.corpus)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())

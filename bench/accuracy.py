"""Accuracy of the fields stage over the labelled evaluation set (tests/evaluation/*.toml).

Prints per file, per language and per field: cases, recall (expected values
found) and wrong values (found but different, or found where none was
expected), then the first-score history of the blind batches (docs/accuracy.md).
The bar: 0 wrong everywhere, recall >= 90% per field on the project's own set.
`--verbose` lists every wrong value and miss; `--file NAME` scores one file of the
set; `--path FILE` scores a batch outside it (a pending or sealed batch).

    .venv/bin/python bench/accuracy.py [--verbose] [--file batch-01 | --path FILE]
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.pipeline.evaluation_scoring import (  # noqa: E402
    BAR_RECALL,
    FIELDS,
    OWN_FILE,
    Score,
    evaluate,
    load_cases,
)

HISTORY = ROOT / "docs" / "accuracy.md"


def _misses(score: Score) -> int:
    return sum(score.expected[f] - score.found[f] for f in FIELDS)


def _wrongs(score: Score) -> int:
    return sum(len(score.wrong[f]) for f in FIELDS)


def _recall(score: Score) -> float:
    expected = sum(score.expected.values())
    return sum(score.found.values()) / expected if expected else 1.0


def _groups(cases: list[dict[str, Any]], per_case: dict[str, Score], key: str) -> None:
    """One line per file or language: cases, passed, recall, wrong values, misses."""
    groups: dict[str, list[str]] = defaultdict(list)
    for case in cases:
        groups[case[key]].append(case["id"])
    print(f"{key:<10}{'cases':>6}{'pass':>6}{'recall':>8}{'wrong':>7}{'miss':>6}")
    for name in sorted(groups):
        total = Score()
        passed = 0
        for cid in groups[name]:
            total.add(per_case[cid])
            passed += _wrongs(per_case[cid]) == 0 and _misses(per_case[cid]) == 0
        print(
            f"{name:<10}{len(groups[name]):>6}{passed:>6}{_recall(total):>8.0%}"
            f"{_wrongs(total):>7}{_misses(total):>6}"
        )
    print()


def _fields(cases: list[dict[str, Any]], per_case: dict[str, Score]) -> bool:
    """The per-field table; True when every field meets the bar."""
    total, own = Score(), Score()
    for case in cases:
        total.add(per_case[case["id"]])
        if case["file"] == OWN_FILE:
            own.add(per_case[case["id"]])
    head = f"{'field':<14}{'expected':>9}{'found':>7}{'recall':>8}{'wrong':>7}{'own recall':>12}"
    print(f"{head}   bar: 0 wrong, own recall>=90%")
    ok = True
    for name in FIELDS:
        wrong = len(total.wrong[name])
        passed = wrong == 0 and own.recall(name) >= BAR_RECALL
        ok &= passed
        print(
            f"{name:<14}{total.expected[name]:>9}{total.found[name]:>7}"
            f"{total.recall(name):>8.0%}{wrong:>7}{own.recall(name):>12.0%}"
            f"   {'ok' if passed else 'BELOW BAR'}"
        )
    return ok


def _verbose(per_case: dict[str, Score]) -> None:
    print()
    for cid, score in per_case.items():
        for name in FIELDS:
            for line in score.wrong[name]:
                print("WRONG", line)
            if score.found[name] < score.expected[name]:
                print(f"MISS  {cid}: {name} {score.found[name]}/{score.expected[name]}")


def main(argv: list[str]) -> int:
    """Run the set, print the tables; exit 1 when a field misses the bar."""
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0] if __doc__ else None,
        epilog="example: bench/accuracy.py --path tests/evaluation/pending/batch-12.toml --verbose",
    )
    parser.add_argument("--verbose", action="store_true", help="list every wrong value and miss")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--file", metavar="NAME", help="score one file of the set (batch-01)")
    which.add_argument("--path", type=Path, metavar="FILE", help="score a batch outside the set")
    args = parser.parse_args(argv)
    cases = load_cases()
    if args.path:
        text = args.path.read_text("utf-8")
        cases = [{**c, "file": args.path.stem} for c in tomllib.loads(text)["case"]]
    elif args.file:
        cases = [c for c in cases if c["file"] == args.file]
        if not cases:
            parser.error(f"no file {args.file!r} in the set (tests/evaluation/*.toml)")
    started = time.perf_counter()
    _, per_case = evaluate(cases)
    elapsed = time.perf_counter() - started
    langs = sorted({c["lang"] for c in cases})
    print(f"{len(cases)} cases, {len(langs)} languages, {elapsed:.1f} s\n")
    _groups(cases, per_case, "file")
    _groups(cases, per_case, "lang")
    ok = _fields(cases, per_case)
    if args.verbose:
        _verbose(per_case)
    if HISTORY.is_file():
        print("\nFirst scores of the blind batches (docs/accuracy.md):\n")
        print(HISTORY.read_text(encoding="utf-8").split("\n## ", 1)[-1].strip())
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

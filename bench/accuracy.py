"""Accuracy of the fields stage over the labelled evaluation set (tests/evaluation/cases.toml).

Prints, per field, recall (expected values found) and wrong values (found but
different, or found where none was expected) beside the bar of issue 4:
recall >= 90% and 0 wrong. `--verbose` lists every wrong value and miss.

    .venv/bin/python bench/accuracy.py [--verbose]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.test_fields_evaluation import BAR_RECALL, FIELDS, evaluate, load_cases  # noqa: E402


def main(argv: list[str]) -> int:
    """Run the set, print the table; exit 1 when a field misses the bar."""
    cases = load_cases()
    started = time.perf_counter()
    total, per_case = evaluate(cases)
    elapsed = time.perf_counter() - started
    langs = sorted({c["lang"] for c in cases})
    print(f"{len(cases)} cases, {len(langs)} languages ({', '.join(langs)}), {elapsed:.1f} s\n")
    head = f"{'field':<14}{'expected':>9}{'found':>7}{'recall':>8}{'wrong':>7}"
    print(f"{head}   bar: recall>=90%, 0 wrong")
    ok = True
    for name in FIELDS:
        recall, wrong = total.recall(name), len(total.wrong[name])
        passed = recall >= BAR_RECALL and wrong == 0
        ok &= passed
        print(
            f"{name:<14}{total.expected[name]:>9}{total.found[name]:>7}"
            f"{recall:>8.0%}{wrong:>7}   {'ok' if passed else 'BELOW BAR'}"
        )
    if "--verbose" in argv:
        print()
        for cid, score in per_case.items():
            for name in FIELDS:
                for line in score.wrong[name]:
                    print("WRONG", line)
                if score.found[name] < score.expected[name]:
                    print(f"MISS  {cid}: {name} {score.found[name]}/{score.expected[name]}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Benchmark of bounded parsing: each hostile shape grown over several sizes, shown linear.

For every shape of tests/hostile.py (encoded words, address lists, `begin`
lines, parameters, parts, ...) and each size, it prints the time of the whole
pure pipeline (check_message, in this process, CPU seconds) beside a linear floor measured
in the same run on the same bytes: the standard library parsing the message
and decoding every part. Linear work keeps `pipeline / floor` and the time
per MB about the same or falling as the size grows (the fields stage reads
the first 20,000 characters of text, the parser caps each header field, so
many shapes cost a constant past a point); `growth` is the exponent k in
time ~ size^k between the two largest sizes (at most about 1: linear; 2:
quadratic).

Run: .venv/bin/python bench/bounds.py [--sizes 250,500,1000,2000] (KB)
"""

from __future__ import annotations

import argparse
import email
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.hostile import SHAPES


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The least CPU time of this process over `runs` tries.

    CPU time, not wall time: on a shared machine the wall clock also counts the
    neighbours' work. Everything timed here runs in this process (no shape has
    an image for the decoder processes).
    """
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def floor(raw: bytes) -> None:
    """The standard library reading the same bytes: parse, walk, decode every part."""
    for part in email.message_from_bytes(raw).walk():
        part.get_payload(decode=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="250,500,1000,2000", help="sizes in KB")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) * 1000 for s in args.sizes.split(",")]

    from ipom_mail.config import Config
    from ipom_mail.pipeline.media import shutdown_pool
    from ipom_mail.pipeline.stages import check_message

    config = Config()
    check_message(SHAPES["encoded-word Subject"](1000), config)  # load every stage first
    print(f"{'shape':34} {'size':>7} {'pipeline':>9} {'floor':>8} {'ratio':>6} {'s/MB':>6}")
    for name, build in SHAPES.items():
        points: list[tuple[int, float]] = []
        for size in sizes:
            raw = build(size)
            spent = best_of(args.runs, lambda raw=raw: check_message(raw, config))  # type: ignore[misc]
            base = best_of(args.runs, lambda raw=raw: floor(raw))  # type: ignore[misc]
            points.append((len(raw), spent))
            print(
                f"{name:34} {len(raw) / 1e6:6.2f}M {spent:8.3f}s {base:7.3f}s "
                f"{spent / base:6.1f} {spent / (len(raw) / 1e6):6.3f}"
            )
        (small, before), (large, after) = points[-2:]
        growth = math.log(after / before) / math.log(large / small)
        print(f"{name:34} growth {growth:.2f} ({'linear' if growth < 1.4 else 'NOT LINEAR'})")
    shutdown_pool()


if __name__ == "__main__":
    main()

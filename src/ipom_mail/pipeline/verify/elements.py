"""The operator's history of ISS orbital elements (two-line element sets), and the set nearest a time.

The file holds sets as published (an optional name line, then lines 1 and 2),
in any order; lines that are not a valid set (bad length or checksum) are
skipped, so one damaged paste never hides the rest.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

MAX_AGE = timedelta(days=14)  # beyond this an element set says little about where the ISS was


@dataclass(frozen=True, slots=True)
class ElementSet:
    """One two-line element set and its epoch (UT)."""

    epoch: datetime
    line1: str
    line2: str

    def age_days(self, when: datetime) -> float:
        """How far `when` lies from the set's epoch, in days (always ≥ 0)."""
        return abs((when - self.epoch).total_seconds()) / 86400.0


def _checksum_ok(line: str) -> bool:
    """The modulo-10 checksum of a TLE line: digits count their value, '-' counts 1."""
    total = sum(int(c) if c.isdigit() else 1 if c == "-" else 0 for c in line[:68])
    return line[68].isdigit() and total % 10 == int(line[68])


def _epoch(line1: str) -> datetime:
    """The epoch field of line 1 (YYDDD.DDDDDDDD) as a UT datetime."""
    yy, day = int(line1[18:20]), float(line1[20:32])
    year = 2000 + yy if yy < 57 else 1900 + yy
    return datetime(year, 1, 1, tzinfo=UTC) + timedelta(days=day - 1)


def parse_elements(text: str) -> list[ElementSet]:
    """Every valid set in the text, sorted by epoch, one per epoch."""
    lines = [line.rstrip() for line in text.splitlines()]
    found: dict[datetime, ElementSet] = {}
    for first, second in itertools.pairwise(lines):
        if not (first.startswith("1 ") and second.startswith("2 ")):
            continue
        if len(first) != 69 or len(second) != 69:
            continue
        if first[2:7] != second[2:7] or not (_checksum_ok(first) and _checksum_ok(second)):
            continue
        epoch = _epoch(first)
        found.setdefault(epoch, ElementSet(epoch, first, second))
    return [found[e] for e in sorted(found)]


def nearest(sets: Sequence[ElementSet], when: datetime) -> ElementSet | None:
    """The set whose epoch is nearest `when`, or None when none lies within MAX_AGE."""
    best = min(sets, key=lambda s: s.age_days(when), default=None)
    if best is None or best.age_days(when) > MAX_AGE.total_seconds() / 86400.0:
        return None
    return best


def sets_between(sets: Iterable[ElementSet], start: datetime, end: datetime) -> list[ElementSet]:
    """The sets that may serve for times between start and end (for searching several days)."""
    return [s for s in sets if start - MAX_AGE <= s.epoch <= end + MAX_AGE]

"""Every regular expression the data files hold reads a long hostile line in linear time.

A pattern such as "\\w*ambatish" or "\\s*(?:ขอ)?\\s*ขอบคุณ" is tried at every position of
the text: on a 20,000-character word or run of blanks it takes seconds (twice the one, the
cube for the other), and a mail made of one such line would hold the poller up. Each
entry is timed alone on 16,000-character lines of one repeated unit: bounded
("\\w{0,6}ambatish"), it takes at most 100 ms; unbounded, a second or more.
"""

from __future__ import annotations

import re
import time
import tomllib
from collections.abc import Iterator
from importlib.resources import files

import pytest

# Its rules rewrite CLDR's month names ("(.+)>ב\\1"), never a mail's text.
_NOT_READ_ON_MAIL = {"month_cases.toml"}
# Matched against a whole sender local part (rules/machine_signals.robot_sender), never
# searched in a text: timed as it is used, one fullmatch of the long line.
_FULLMATCHED = {("machine_mail.toml", "local_parts")}

_UNITS = ("UT", "x", " ", "ก", "字", "a.", "1", "-", "ب", "Ab ", "a-", "\t", "Ünï ")
_CHARS = 16_000
_SECONDS = 0.5  # per entry and line: bounded, 100 ms at most; unbounded, a second or more


def _strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)
    elif isinstance(node, dict):
        for item in node.values():
            yield from _strings(item)


def _patterns() -> list[tuple[str, str, bool]]:
    """(file, entry, fullmatched) for each entry that compiles as a pattern with a repetition
    in it."""
    found = set()
    for path in files("ipom_mail").joinpath("data").iterdir():
        if not path.name.endswith(".toml") or path.name in _NOT_READ_ON_MAIL:
            continue
        data = tomllib.loads(path.read_text("utf-8"))
        for section, node in data.items():
            for entry in _strings(node):
                if re.search(r"[*+?{]", entry):
                    try:
                        re.compile(entry)
                    except re.error:
                        continue
                    found.add((path.name, entry, (path.name, section) in _FULLMATCHED))
    return sorted(found)


PATTERNS = _patterns()


def test_the_data_files_hold_patterns_to_time() -> None:
    assert len(PATTERNS) > 100


def _seconds(pattern: re.Pattern[str], line: str, whole: bool) -> float:
    """How long one search (or, `whole`, one fullmatch) of the line took; tried again when
    slow, as a busy machine's pause is not the pattern's."""
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        pattern.fullmatch(line) if whole else pattern.search(line)
        best = min(best, time.perf_counter() - started)
        if best < _SECONDS:
            break
    return best


@pytest.mark.parametrize(
    "name, entry, whole", [pytest.param(n, e, w, id=f"{n}:{e[:40]}") for n, e, w in PATTERNS]
)
def test_each_data_pattern_reads_a_long_hostile_line_at_once(
    name: str, entry: str, whole: bool
) -> None:
    pattern = re.compile(entry, re.IGNORECASE)
    for unit in _UNITS:
        used = _seconds(pattern, unit * (_CHARS // len(unit)), whole)
        assert used < _SECONDS, f"{name}: {entry!r} took {used * 1000:.0f} ms on {unit!r}×"

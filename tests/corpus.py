"""The shared corpora (../shared/corpora): real third-party emails and images.

Tests read them, never edit them. MANIFEST.tsv says what each file holds.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (ROOT.parent / "shared" / "corpora").resolve()
EMAILS = CORPORA / "emails"
IMAGES = CORPORA / "images"


@dataclass(frozen=True)
class Entry:
    path: Path
    rel: str
    size: int
    kind: str
    fact: str


def available() -> bool:
    return (CORPORA / "MANIFEST.tsv").is_file()


def require() -> None:
    """Skip (with the reason) where the shared corpora are absent."""
    if not available():
        pytest.skip(f"shared corpora not found at {CORPORA}")


def each(entries: list[Entry]) -> pytest.MarkDecorator:
    """Parametrise a test's `entry` over corpus rows; with no corpora, one skip with the reason."""
    if entries:
        return pytest.mark.parametrize("entry", entries, ids=[e.rel for e in entries])
    absent = pytest.param(
        None, marks=pytest.mark.skip(reason=f"shared corpora not found at {CORPORA}")
    )
    return pytest.mark.parametrize("entry", [absent], ids=["absent"])


def manifest() -> list[Entry]:
    if not available():
        return []
    with (CORPORA / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Entry(CORPORA / r["path"], r["path"], int(r["bytes"]), r["kind"], r["fact"])
            for r in rows
        ]


def emails() -> list[Entry]:
    return [e for e in manifest() if e.rel.startswith("emails/")]


def images() -> list[Entry]:
    return [e for e in manifest() if e.rel.startswith("images/")]


def email_class(entry: Entry) -> str:
    """The expected class the MANIFEST gives first: human, autoreply, bounce, report, list, malformed."""
    return entry.fact.split("|", 1)[0].strip().split(" ", 1)[0]


@dataclass(frozen=True)
class ExpectedPart:
    name: str  # decoded; may end with "…" where the MANIFEST cut it
    declared_type: str
    size: int


_PART = re.compile(r"(?P<name>.+?) \[(?P<type>[\w.+-]+/[\w.+-]+), (?P<size>\d+) B\]$")


def expected_parts(entry: Entry) -> list[ExpectedPart] | None:
    """The attachment-like parts the MANIFEST lists, or None when it could not list them."""
    field = next(
        (f.strip() for f in entry.fact.split(" | ") if f.strip().startswith("parts: ")), None
    )
    if field is None:
        return []
    found = []
    for item in field[len("parts: ") :].split("; "):
        match = _PART.match(item.strip())
        if match is None:
            return None  # e.g. "walk error AttributeError"
        found.append(ExpectedPart(match["name"], match["type"], int(match["size"])))
    expects = re.search(r"source test expects '([^']+)'", entry.fact)
    if expects and len(found) == 1:
        found = [ExpectedPart(expects.group(1), found[0].declared_type, found[0].size)]
    return found


def names_match(expected: str, actual: str | None) -> bool:
    """A MANIFEST name against a decoded one (the MANIFEST cuts long names with '…')."""
    if expected == "(no name)":
        return actual is None
    if actual is None:
        return False
    expected, actual = unicodedata.normalize("NFC", expected), unicodedata.normalize("NFC", actual)
    if expected.endswith("…"):
        return actual.startswith(expected[:-1])
    return expected == actual

"""A table of one value row under a row of labels, as an HTML table turns into text (its
columns padded with spaces) or as typed with tabs:

    Date            Time (PHT)  Pass (PHT)         Max elevation  Magnitude
    April 15, 2027  5:12:30 AM  5:09 AM – 5:15 AM  59°            -3.4

is the mail's labelled lines written across: each column becomes a line of its own
("Time (PHT): 5:12:30 AM"), which the readers of labelled lines read as they read a table
whose labels stand in its first column. A table of several value rows (a log, a list of
passes) and a pass-prediction table (pass_tables.py) are left as they are.
"""

from __future__ import annotations

import re

_CELL = re.compile(r"\S+(?: \S+)*")  # a cell: words one space apart
_MIN_COLUMNS = 3
_BRACKETED = re.compile(r"\([^)]*\)")


def _cells(line: str) -> list[tuple[int, str]]:
    """A padded line's cells with where each starts."""
    return [(m.start(), m.group(0)) for m in _CELL.finditer(line)]


def _is_label(cell: str) -> bool:
    """A column's label: words, no number outside brackets ("Time (UTC+8)")."""
    bare = _BRACKETED.sub("", cell)
    return re.search(r"[^\W\d_]", bare) is not None and not re.search(r"\d", bare)


def _padded(head: str, row: str) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of a header line and a value line padded into columns:
    every value starts where a label does, and no value runs into the next column."""
    labels = _cells(head)
    if len(labels) < _MIN_COLUMNS or not all(_is_label(c) for _, c in labels):
        return None
    starts = [s for s, _ in labels]
    values = _cells(row)
    if not values or any(s not in starts for s, _ in values):
        return None
    bounds = [*starts[1:], len(row) + 1]
    if any(s + len(v) >= bounds[starts.index(s)] for s, v in values):
        return None
    pairs = [(c, row[s:end].strip()) for (s, c), end in zip(labels, bounds, strict=True)]
    return pairs if sum(1 for _, v in pairs if v) >= _MIN_COLUMNS else None


def _tabbed(head: str, row: str) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of a header line and a value line typed with tabs."""
    if "\t" not in head or head.count("\t") != row.count("\t"):
        return None
    labels = [c.strip() for c in head.split("\t")]
    values = [c.strip() for c in row.split("\t")]
    if len(labels) < _MIN_COLUMNS or not all(_is_label(c) for c in labels):
        return None
    return (
        list(zip(labels, values, strict=True)) if sum(map(bool, values)) >= _MIN_COLUMNS else None
    )


def _blank(lines: list[str], index: int) -> bool:
    return index < 0 or index >= len(lines) or not lines[index].strip()


def as_label_lines(text: str) -> str:
    """The text with each table of one value row under a row of labels written as its
    labelled lines, one a column, "Label: value" (an empty cell gives none)."""
    from ipom_mail.pipeline.fields.pass_tables import is_header

    if "  " not in text and "\t" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        head = lines[index]
        alone = _blank(lines, index - 1) and index + 1 < len(lines) and _blank(lines, index + 2)
        pairs = None
        if alone and not is_header(head):
            row = lines[index + 1]
            pairs = _tabbed(head, row) or _padded(head.rstrip(), row.rstrip())
        if pairs is None:
            out.append(head)
            index += 1
            continue
        out.extend(f"{label.rstrip(':：')}: {value}" for label, value in pairs if value)
        index += 2
    return "\n".join(out)

"""CSV that a spreadsheet opens as data: no cell a sender wrote is read as a formula.

A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
is prefixed with `'` (OWASP's advice against CSV injection), so
`=HYPERLINK(…)` stays text; numbers, such as a magnitude of -3.9, stay numbers.
"""

from __future__ import annotations

import csv
import io
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _is_number(text: str) -> bool:
    try:
        float(text.replace("\u2212", "-"))
    except ValueError:
        return False
    return True


def csv_cell(value: Any) -> Any:
    """The value as a safe CSV cell: lists joined by '; ', formula-like text prefixed with '."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, bool) or not isinstance(value, str):
        return value
    if value.startswith(FORMULA_START) and not _is_number(value):
        return "'" + value
    return value


def rows_csv(rows: list[dict[str, Any]]) -> str:
    """The rows as CSV with a header, every cell made safe ('' when there are no rows)."""
    if not rows:
        return ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
    return out.getvalue()

"""The queue as lines of text: a compact table that fits the terminal, or tab-separated rows.

At 80 columns every line fits: the short columns keep their full value
(reference, `11-20 21:34`, status, decision) and only the last column, the
sender's name and subject, is cut with "…". Piped, each row is one line of
tab-separated full values (like `gh` or `git`). Sender text is printed
through `printable`, so control and bidi characters never act.
"""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size

from ipom_mail.desk.queue import QueueRow
from ipom_mail.desk.terminal_text import printable

SHORT_MISSING = {"photo": "photo", "taken_at": "time", "equipment": "equip"}
HEADER = ("reference", "received", "status", "decision", "from: subject")
CHECK = "check"  # a column shown only when a row has a flag (see store/queue.check_flag)
MIN_LAST = 12


def _status(row: QueueRow) -> str:
    """'complete', or what is missing in short: 'no time+equip'."""
    if row.status == "incomplete" and row.missing:
        return "no " + "+".join(SHORT_MISSING.get(m, m) for m in row.missing)
    return row.status


def short_name(row: QueueRow) -> str:
    """'Aleksandra W.' for 'Aleksandra Wiśniewska-Kowalczyk'; the address's local part without a name."""
    words = (row.sender_name or "").split()
    initial = next((c for c in words[-1] if c.isalnum()), "") if len(words) > 1 else ""
    if initial:
        return f"{words[0]} {initial}."
    if words:
        return words[0]
    return (row.sender or "?").split("@", 1)[0]


def _who_what(row: QueueRow) -> str:
    who = short_name(row)
    return printable(f"{who}: {row.subject}" if row.subject else who)


def _fit(text: str, width: int) -> str:
    """`text` cut to `width` terminal cells with '…' (wide characters count twice)."""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, max(width - 1, 0)) + "…"


def compact_lines(rows: list[QueueRow], width: int) -> list[str]:
    """A header and one line per row, none wider than `width` cells.

    The `check` column (a re-used or re-sent photo, a pass that disagrees) is
    there only when some row on the page has a flag."""
    flagged = any(r.check for r in rows)
    header = (*HEADER[:4], CHECK, HEADER[4]) if flagged else HEADER
    cells = [
        (
            printable(r.reference or "—"),
            r.received_at.strftime("%m-%d %H:%M"),
            _status(r),
            printable(r.decision or "—"),
            *((r.check or "—",) if flagged else ()),
            _who_what(r),
        )
        for r in rows
    ]
    fixed_n = len(header) - 1
    widths = [max(cell_len(c[i]) for c in [header, *cells]) for i in range(fixed_n)]
    last = max(width - sum(widths) - len(widths), MIN_LAST)
    out = []
    for line in [header, *cells]:
        fixed = " ".join(set_cell_size(c, w) for c, w in zip(line[:fixed_n], widths, strict=True))
        out.append(f"{fixed} {_fit(line[fixed_n], last)}".rstrip())
    return out


def tsv_lines(rows: list[QueueRow]) -> list[str]:
    """One tab-separated line per row of full values, for `cut`, `awk` and `grep` (no header)."""

    def cell(value: object) -> str:
        return printable(value).replace("\\x09", " ")

    return [
        "\t".join(
            cell(v)
            for v in (
                r.reference or "",
                r.received_at.strftime("%Y-%m-%dT%H:%MZ"),
                r.sender or "",
                r.status,
                ",".join(r.missing),
                r.decision or "",
                r.taken_at or "",
                "; ".join(r.equipment),
                r.media,
                r.sender_name or "",
                r.subject or "",
                r.check,
            )
        )
        for r in rows
    ]

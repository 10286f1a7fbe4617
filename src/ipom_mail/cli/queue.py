"""`ipom queue`: the submissions as a table (Rich), or JSON/CSV for scripts."""

from __future__ import annotations

import json
import shutil
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

import click

from ipom_mail.cli.app import cli, month_of, store_of
from ipom_mail.desk.csv_safe import rows_csv

if TYPE_CHECKING:
    from ipom_mail.desk.queue import QueueRow

STATUSES = ["complete", "incomplete", "rejected", "ignored"]
DECISIONS = ["accepted", "declined", "shortlisted", "picked", "none"]
SORTS = ["received", "taken", "sender", "status", "reference"]


def _plain(row: QueueRow) -> dict[str, Any]:
    """One row as JSON and CSV write it."""
    from ipom_mail.pipeline.contract import iso_utc

    data = asdict(row)
    del data["id"]  # internal: a curator only ever sees and types references
    data["received_at"] = iso_utc(row.received_at)
    data["missing"] = list(row.missing)
    data["equipment"] = list(row.equipment)
    return data


@cli.command()
@click.option("--month", help="Only submissions received in this month (YYYY-MM).")
@click.option("--status", type=click.Choice(STATUSES), help="Only submissions with this status.")
@click.option(
    "--decision", type=click.Choice(DECISIONS), help="Only submissions with this decision."
)
@click.option(
    "--search", metavar="TEXT", help="Reference, sender, name or subject containing TEXT."
)
@click.option(
    "--sort",
    type=click.Choice(SORTS),
    default="received",
    show_default=True,
    help="Sort key (received and taken: newest first).",
)
@click.option("--reverse", is_flag=True, help="Reverse the order.")
@click.option(
    "--page", default=1, show_default=True, type=click.IntRange(min=1), help="Page of 50 rows."
)
@click.option("--all", "every", is_flag=True, help="Every row, no pages.")
@click.option("--wide", is_flag=True, help="Every column in full, as wide as it takes.")
@click.option("--json", "as_json", is_flag=True, help="Print every matching row as JSON.")
@click.option("--csv", "as_csv", is_flag=True, help="Print every matching row as CSV.")
@click.pass_context
def queue(
    ctx: click.Context,
    month: str | None,
    status: str | None,
    decision: str | None,
    search: str | None,
    sort: str,
    reverse: bool,
    page: int,
    every: bool,
    wide: bool,
    as_json: bool,
    as_csv: bool,
) -> None:
    """The submissions, newest first: reference, received, status (or what is missing),
    decision, and the sender's name and subject, fitted to the terminal's width.
    Piped, one tab-separated line per submission with the full values.

    \b
    Examples:
      ipom queue
      ipom queue --wide                  # every column in full
      ipom queue --month 2024-05 --status complete --decision none
      ipom queue --search maria --sort taken
      ipom queue --json | jq '.[].reference'
    """
    from ipom_mail.desk.queue import QueueQuery, list_queue
    from ipom_mail.desk.queue_lines import compact_lines, tsv_lines

    chosen = month_of(month) if month is not None else None
    everything = every or as_json or as_csv
    q = QueueQuery(
        chosen, status, decision, search, sort, reverse, page, None if everything else 50
    )
    with store_of(ctx) as store:
        rows, total = list_queue(store, q)
    if as_json:
        click.echo(json.dumps([_plain(r) for r in rows], indent=2, ensure_ascii=False))
    elif as_csv:
        click.echo(rows_csv([_plain(r) for r in rows]), nl=False)
    elif wide:
        _table(rows, total, page, everything)
    elif not sys.stdout.isatty():
        for line in tsv_lines(rows):
            click.echo(line)
    elif not rows:
        click.echo(
            _nothing(total, page, any(v is not None for v in (month, status, decision, search)))
        )
    else:
        for line in compact_lines(rows, shutil.get_terminal_size().columns):
            click.echo(line)
        _more(total, page, everything)


def _nothing(total: int, page: int, filtered: bool) -> str:
    """Why the table is empty, in words."""
    if total:
        return f"no submissions on page {page}; there are {total} (ipom queue --page 1)"
    return "no submissions match these filters" if filtered else "no submissions yet"


def _more(total: int, page: int, everything: bool) -> None:
    pages = max((total + 49) // 50, 1)
    if not everything and page < pages:
        click.echo(f"page {page} of {pages}; more: ipom queue --page {page + 1} (or --all)")


def _table(rows: list[QueueRow], total: int, page: int, everything: bool) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from ipom_mail.desk.terminal_text import printable

    pages = max((total + 49) // 50, 1)
    title = f"{total} submission(s)" + ("" if everything else f" — page {page} of {pages}")
    table = Table(title=title)
    table.add_column("reference", no_wrap=True, min_width=14)
    for column in (
        "received (UT)",
        "sender",
        "status",
        "missing",
        "taken (UT)",
        "equipment",
        "media",
        "decision",
        "name",
        "subject",
        "check",
    ):
        table.add_column(column)
    for r in rows:
        table.add_row(
            escape(printable(r.reference or "—")),
            r.received_at.strftime("%Y-%m-%d %H:%M"),
            escape(printable(r.sender or "")),
            r.status,
            ", ".join(r.missing),
            escape(printable(r.taken_at or "")),
            escape(printable(", ".join(r.equipment))),
            str(r.media),
            escape(printable(r.decision or "")),
            escape(printable(r.sender_name or "")),
            escape(printable(r.subject or "")),
            r.check,
        )
    Console(highlight=False, width=1000).print(table)  # the full table: as wide as it takes
    if not everything and page < pages:
        click.echo(f"more: ipom queue --page {page + 1} (or --all)")

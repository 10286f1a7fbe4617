"""`ipom queue`: the submissions as a table (Rich), or JSON for scripts."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from .app import cli, load_config


@cli.command()
@click.option("--status", type=click.Choice(["complete", "incomplete", "rejected", "ignored"]),
              help="Only submissions with this status.")
@click.option("--limit", default=50, show_default=True, help="How many rows, newest first.")
@click.option("--json", "as_json", is_flag=True, help="Print the rows as JSON.")
@click.pass_context
def queue(ctx: click.Context, status: str | None, limit: int, as_json: bool) -> None:
    """The submissions, newest first: reference, sender, status, what is missing.

    \b
    Examples:
      ipom queue --status incomplete
      ipom queue --json | jq '.[].reference'
    """
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from ..desk import list_queue
    from .operate import open_store_or_fail

    config = load_config(ctx)
    with open_store_or_fail(config) as store:
        rows = list_queue(store, status, limit)
    if as_json:
        data = [asdict(r) | {"received_at": r.received_at.isoformat().replace("+00:00", "Z")} for r in rows]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=list))
        return
    table = Table(title=f"{len(rows)} submission(s)")
    for column in ("reference", "received (UT)", "sender", "status", "missing", "taken (UT)", "equipment", "media"):
        table.add_column(column)
    for r in rows:
        table.add_row(
            escape(r.reference or ""), r.received_at.strftime("%Y-%m-%d %H:%M"), escape(r.sender or ""),
            r.status, ", ".join(r.missing), escape(r.taken_at or ""), escape(r.equipment or ""), str(r.media),
        )
    Console(highlight=False).print(table)

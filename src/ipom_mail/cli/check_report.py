"""Readable terminal output of `ipom check` (Rich), from the same dict as --json."""

from __future__ import annotations

import sys
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ipom_mail.desk.terminal_text import printable

_STATUS_STYLE = {"complete": "green", "incomplete": "yellow", "rejected": "red", "ignored": "dim"}


def _value(value: Any) -> str:
    if value is None or value == [] or value == "":
        return "[dim]unknown[/dim]"
    if isinstance(value, list):
        return escape(printable(", ".join(str(v) for v in value)))
    return escape(printable(value))


def _size(size: int | None) -> str:
    if size is None:
        return "?"
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size = size / 1024  # type: ignore[assignment]
    return f"{size} B"


def _media_table(media: list[dict[str, Any]]) -> Table:
    table = Table(title="Media", show_lines=False, expand=False)
    for column in ("file", "kind", "type", "size", "pixels", "camera", "UT time", "problem"):
        table.add_column(column)
    for item in media:
        pixels = f"{item['width']}×{item['height']}" if item["width"] else ""
        if item.get("frames") and item["frames"] > 1:
            pixels += f" ×{item['frames']}"
        table.add_row(
            _value(item["filename"]),
            item["kind"],
            _value(item["mime"]),
            _size(item["size"]),
            pixels,
            _value(item["camera"]),
            _value(item["taken_at"]),
            _value(item["problem"]) if item["problem"] else "",
        )
    return table


def terminal() -> Console:
    """A Console for our tables: the terminal's width, or a roomy 160 columns in a pipe or log."""
    return Console(highlight=False, width=None if sys.stdout.isatty() else 160)


def print_check(data: dict[str, Any], name: str, console: Console | None = None) -> None:
    """Print one check result for a person."""
    out = console or terminal()
    style = _STATUS_STYLE.get(data["status"], "")
    out.print(f"[bold]{escape(printable(name))}[/bold]: [{style}]{data['status']}[/{style}]")
    out.print(f"  from     {_value(data['sender'])}   subject {_value(data.get('subject'))}")
    if data["missing"]:
        out.print(f"  missing  [yellow]{escape(', '.join(data['missing']))}[/yellow]")
    fields = data["fields"]
    taken = fields["taken_at"] or (
        f"date {fields['taken_date']}, time unknown" if fields["taken_date"] else None
    )
    out.print(f"  taken    {_value(taken)}  (source: {_value(fields['taken_at_source'])})")
    out.print(f"  equipment {_value(fields['equipment'])}")
    flyby = {k: v for k, v in fields["flyby"].items() if v is not None}
    if flyby:
        out.print(f"  flyby    {escape(', '.join(f'{k}={v}' for k, v in flyby.items()))}")
    out.print(
        f"  credit   {_value(fields['photographer']['name'])} {_value(fields['photographer']['links']) if fields['photographer']['links'] else ''}"
    )
    if fields["location"]:
        out.print(f"  location {_value(fields['location'])}")
    if data["links"]:
        out.print(f"  links    {_value(data['links'])}")
    reply = data["reply"]
    prefix = "" if reply["send"] else "no reply: "
    out.print(f"  reply    {prefix}{escape(printable(reply['reason']))}")
    if data["media"]:
        out.print(_media_table(data["media"]))
    for note in data["notes"]:
        out.print(f"  • {escape(printable(note))}")

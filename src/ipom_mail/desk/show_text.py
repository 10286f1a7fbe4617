"""`ipom show` for a person: each value in words (`max. elevation 84°, −3.9 mag, 10:44–10:51 UT`),
never raw JSON, and every sender string through `printable` so no escape sequence acts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ipom_mail.desk.publish.entries import flyby_text
from ipom_mail.desk.terminal_text import printable
from ipom_mail.pipeline.contract import fields_json
from ipom_mail.pipeline.values import MediaItem
from ipom_mail.store.detail import SubmissionDetail

SOURCE_WORDS = {"curator": "curator's edit"}


def when(moment: datetime | None) -> str:
    """A stored time as the page shows it, e.g. '2024-05-12 21:34 UT' ('' when unknown)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UT") if moment else ""


def _taken(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).strftime("%Y-%m-%d %H:%M:%S UT")
    except ValueError:
        return iso


def field_words(name: str, value: Any) -> str | None:
    """One field's value as a person reads it; None when it is unknown."""
    if value is None or value == [] or value == "":
        return None
    if name in ("taken_at", "taken_until") and isinstance(value, str):
        return _taken(value)
    if name == "flyby":
        return flyby_text(value)
    if name == "photographer" and isinstance(value, dict):
        parts = [value.get("name") or "", *(value.get("links") or [])]
        return ", ".join(str(p) for p in parts if p) or None
    if name == "gps" and isinstance(value, dict):
        return f"{value.get('lat')}, {value.get('lon')}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k} {v}" for k, v in value.items() if v is not None) or None
    return str(value)


def _safe(value: Any) -> str:
    return escape(printable(value if value is not None else ""))


def _fields_table(detail: SubmissionDetail) -> Table:
    table = Table(title="fields", show_header=False, box=None, padding=(0, 2, 0, 0))
    for column in ("field", "value", "source"):
        table.add_column(column, style="bold" if column == "field" else None)
    values = fields_json(detail.fields)  # the stored values in their JSON shapes
    for key, source in detail.sources.items():
        words = field_words(key, values.get(key))
        if words is None:
            continue  # stored but superseded, e.g. the date alone once a UT time is known
        label = key.replace("_", " ")
        shown = escape(printable(words, lines=True))  # a story keeps its paragraphs
        table.add_row(label, shown, escape(SOURCE_WORDS.get(source or "", source or "")))
    return table


def _media_line(number: int, m: MediaItem) -> str:
    size = f"{m.width}×{m.height}, " if m.width else ""
    kb = f"{(m.size or 0) / 1024:.0f} KB"
    extra = ", ".join(printable(x) for x in (m.camera, m.lens, m.problem) if x)
    return (
        f"{m.kind} {number}: {printable(m.filename or '(no name)')} — {m.mime or '?'} "
        f"{size}{kb}" + (f", {extra}" if extra else "")
    )


def print_detail(detail: SubmissionDetail, console: Console) -> None:
    """The submission as a readable page: who and what, fields in words, media, history."""
    p = _safe
    missing = f", missing {', '.join(detail.missing)}" if detail.missing else ""
    console.print(
        f"[bold]{p(detail.reference or '—')}[/] {p(detail.sender_name)} <{p(detail.sender)}>"
    )
    console.print(
        f"{detail.status}{missing}" + (f" — {p(detail.decision)}" if detail.decision else "")
    )
    console.print(f"subject: {p(detail.subject)}; received {when(detail.received_at)}")
    console.print(_fields_table(detail))
    for number, m in enumerate((m for m in detail.media if m.kind != "other"), start=1):
        console.print(escape(_media_line(number, m)))
    for m in detail.media:
        if m.kind == "other":
            console.print(escape("not a photo: " + _media_line(0, m).split(": ", 1)[1]))
    for link in detail.links:
        console.print(f"link: {p(link)}")
    for n in detail.notes:
        console.print(f"note ({n.stage}): {p(n.text)}")
    for d in detail.decisions:
        what = d.value if d.value is not None else d.reason or ""
        undone = f" (undone {when(d.reverted_at)})" if d.reverted_at else ""
        console.print(
            f"decision: {d.kind} {p(field_words('', what) or '')} by {p(d.curator)}, "
            f"{when(d.at)}{undone}"
        )
    for e in detail.events:
        console.print(f"event: {when(e.at)} {e.kind} {p(e.detail)}")
    for r in detail.replies:
        console.print(f"reply: {r.state} to {p(r.to)}: {p(r.subject)} ({when(r.created_at)})")

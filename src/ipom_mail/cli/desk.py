"""The curator's commands: show, decisions (accept, decline, shortlist, pick, note, undo), edit,
export, post, gallery and forget. Each parses options and calls the library."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .app import EXIT_OK, Failure, cli, load_config

if TYPE_CHECKING:
    from ..decide import Done, Refused
    from ..store import Store

CURATOR = click.option("--curator", metavar="NAME", help="Who decides (default: the login name).")


def _store(ctx: click.Context) -> Store:
    from .operate import open_store_or_fail

    return open_store_or_fail(load_config(ctx))


def _month(value: str) -> str:
    from ..decide import parse_month

    month = parse_month(value)
    if month is None:
        raise Failure(f"--month {value!r} is not a month: write it as YYYY-MM, e.g. 2024-05")
    return month


def _report(outcome: Done | Refused) -> None:
    from ..decide import Refused

    if isinstance(outcome, Refused):
        raise Failure(outcome.reason, code=1)
    click.echo(
        f"{outcome.reference}: {outcome.kind}" + (f" ({outcome.detail})" if outcome.detail else "")
    )


@cli.command()
@click.argument("ref")
@click.option("--json", "as_json", is_flag=True, help="Print everything as JSON.")
@click.option("--open", "open_photo", is_flag=True, help="Open the photo with the system viewer.")
@click.pass_context
def show(ctx: click.Context, ref: str, as_json: bool, open_photo: bool) -> None:
    """Everything about one submission REF (reference or id): fields with their sources,
    media, links, notes, decisions, the event log and the replies.

    \b
    Example:
      ipom show IPOM-2024-0012 --json | jq .fields
    """
    from ..desk import show as detail
    from ..store.curator import NotFound

    with _store(ctx) as store:
        try:
            data = detail(store, ref)
        except NotFound as exc:
            raise Failure(str(exc), code=1) from None
        paths = [
            store.archive.media_path(m["sha256"], m["mime"])
            for m in data["media"]
            if m["kind"] != "other"
        ]
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print_detail(data)
    if open_photo:
        if not paths or not paths[0].is_file():
            raise Failure(f"{ref} has no stored photo to open", code=1)
        click.launch(str(paths[0]))


def print_detail(data: dict[str, Any]) -> None:
    """The submission as a readable page: header, fields with sources, media, history."""
    from rich.markup import escape
    from rich.table import Table

    from ..report import terminal

    console = terminal()
    name = data["sender_name"] or ""
    console.print(
        f"[bold]{escape(data['reference'] or '#' + str(data['id']))}[/] {escape(name)} "
        f"<{escape(data['sender'] or '')}> — {data['status']}"
        + (f", missing {', '.join(data['missing'])}" if data["missing"] else "")
        + (f" — {escape(data['decision'])}" if data["decision"] else "")
    )
    console.print(f"subject: {escape(data['subject'] or '')}; received {data['received_at']}")
    fields = Table(title="fields")
    for column in ("field", "value", "source"):
        fields.add_column(column)
    for key, source in data["sources"].items():
        value = data["fields"].get(key)
        if value is None:
            continue  # stored but superseded, e.g. the date alone once a UT time is known
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        fields.add_row(key, escape(text), source or "")
    console.print(fields)
    for m in data["media"]:
        size = f"{m['width']}×{m['height']}" if m["width"] else ""
        console.print(
            f"media: {escape(m['filename'] or '')} {m['kind']} {m['mime'] or ''} {size} "
            f"{m['size']} bytes {escape(m['camera'] or '')} {escape(m['lens'] or '')} "
            f"{m['problem'] or ''}".rstrip()
        )
    for link in data["links"]:
        console.print(f"link: {escape(link)}")
    for n in data["note_stages"]:
        console.print(f"note ({n['stage']}): {escape(n['text'])}")
    for d in data["decisions"]:
        undone = f" (undone {d['reverted_at']})" if d["reverted_at"] else ""
        what = d["value"] if d["value"] is not None else d["reason"] or ""
        what = what if isinstance(what, str) else json.dumps(what, ensure_ascii=False)
        console.print(
            f"decision: {d['kind']} {escape(what)} by {escape(d['curator'] or '')} at {d['at']}{undone}"
        )
    for e in data["events"]:
        console.print(f"event: {e['at']} {e['kind']} {escape(e['detail'] or '')}")
    for r in data["replies"]:
        console.print(
            f"reply: {r['state']} to {escape(r['to'])}: {escape(r['subject'])} ({r['created_at']})"
        )


def _decide(ctx: click.Context, ref: str, kind: str, curator: str | None, **extra: Any) -> None:
    from ..decide import curator_name, decide

    with _store(ctx) as store:
        _report(decide(store, ref, kind, curator_name(curator), **extra))


@cli.command()
@click.argument("ref")
@CURATOR
@click.pass_context
def accept(ctx: click.Context, ref: str, curator: str | None) -> None:
    """Accept submission REF (undo: ipom undo REF)."""
    _decide(ctx, ref, "accept", curator)


@cli.command()
@click.argument("ref")
@click.option(
    "--reason", required=True, help="Why (the curator's word, not the rules' 'rejected')."
)
@CURATOR
@click.pass_context
def decline(ctx: click.Context, ref: str, reason: str, curator: str | None) -> None:
    """Decline submission REF with a reason."""
    _decide(ctx, ref, "decline", curator, reason=reason)


@cli.command()
@click.argument("ref")
@CURATOR
@click.pass_context
def shortlist(ctx: click.Context, ref: str, curator: str | None) -> None:
    """Put submission REF on the shortlist."""
    _decide(ctx, ref, "shortlist", curator)


@cli.command()
@click.argument("ref")
@click.option("--month", required=True, help="The feature month (YYYY-MM), whenever it was taken.")
@click.option(
    "--notify", is_flag=True, help="Queue a congratulation to the photographer in the outbox."
)
@CURATOR
@click.pass_context
def pick(ctx: click.Context, ref: str, month: str, notify: bool, curator: str | None) -> None:
    """Pick REF as the Photo of the Month for --month."""
    from ..store.curator import queue_congratulation

    _decide(ctx, ref, "pick", curator, month=month)
    if notify:
        config = load_config(ctx)
        with _store(ctx) as store:
            queued = queue_congratulation(store, ref, _month(month), config.smtp.from_)
        click.echo(
            "congratulation queued in the outbox" if queued else "no sender address: nothing queued"
        )


@cli.command()
@click.argument("ref")
@click.argument("text")
@CURATOR
@click.pass_context
def note(ctx: click.Context, ref: str, text: str, curator: str | None) -> None:
    """Add the curator's note TEXT to submission REF."""
    _decide(ctx, ref, "note", curator, text=text)


@cli.command()
@click.argument("ref")
@click.option(
    "--kind",
    type=click.Choice(["accept", "decline", "shortlist", "pick", "note", "edit"]),
    help="What to undo (default: the latest accept/decline/shortlist/pick).",
)
@CURATOR
@click.pass_context
def undo(ctx: click.Context, ref: str, kind: str | None, curator: str | None) -> None:
    """Undo the latest decision or edit on REF; the history keeps both."""
    from ..decide import curator_name
    from ..decide import undo as revert

    with _store(ctx) as store:
        _report(revert(store, ref, kind, curator_name(curator)))


@cli.command()
@click.argument("ref")
@click.option("--taken-at", help="Time taken with its zone, e.g. 2024-05-12T21:34:10Z.")
@click.option("--equipment", help="Equipment, comma-separated.")
@click.option("--story", help="The story.")
@click.option("--location", help="Where it was taken.")
@click.option("--name", help="The photographer's name for the credit.")
@click.option("--link", help="The photographer's own site or profile.")
@CURATOR
@click.pass_context
def edit(ctx: click.Context, /, ref: str, curator: str | None, **given: str | None) -> None:
    """Correct fields of REF; the curator's values win over extraction and survive reprocess."""
    from ..decide import Refused, curator_name, edit_values
    from ..decide import edit as write

    values = edit_values(**given)
    if isinstance(values, Refused):
        raise Failure(values.reason, code=1)
    with _store(ctx) as store:
        done = write(store, ref, values, curator_name(curator))
    if isinstance(done, Refused):
        raise Failure(done.reason, code=1)
    click.echo(f"{ref}: edited {', '.join(d.detail for d in done)}")


@cli.command()
@click.option("--month", required=True, help="Received month (YYYY-MM).")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True
)
@click.pass_context
def export(ctx: click.Context, month: str, fmt: str) -> None:
    """Every submission received in --month, as CSV or JSON on stdout."""
    from ..desk import QueueQuery, list_queue
    from .queue import _plain, rows_csv

    with _store(ctx) as store:
        rows, _ = list_queue(
            store, QueueQuery(month=_month(month), sort="received", reverse=True, per_page=None)
        )
    data = [_plain(r) for r in rows]
    click.echo(
        json.dumps(data, indent=2, ensure_ascii=False) if fmt == "json" else rows_csv(data),
        nl=fmt == "json",
    )


@cli.command()
@click.option("--month", required=True, help="The feature month (YYYY-MM).")
@click.option("--out", type=click.Path(path_type=Path), default=Path("."), show_default=True)
@click.pass_context
def post(ctx: click.Context, month: str, out: Path) -> None:
    """Write the month's Photo of the Month post (Markdown and HTML, web copies of photos)."""
    from ..publish.post import write_post

    with _store(ctx) as store:
        done = write_post(store, _month(month), out, load_config(ctx).limits)
    click.echo(f"post: {done.entries} pick(s) → {done.markdown} and {done.html}")
    for line in done.notes:
        click.echo(f"  warning: {line}", err=True)
    for ref in done.missing_images:
        click.echo(f"  warning: {ref} has no photo that could be published", err=True)


@cli.command()
@click.option("--month", help="Received month (YYYY-MM).")
@click.option("--all", "every", is_flag=True, help="Every submission.")
@click.option("--out", type=click.Path(path_type=Path), required=True)
@click.pass_context
def gallery(ctx: click.Context, month: str | None, every: bool, out: Path) -> None:
    """Write a static HTML gallery with thumbnails, to open from the file system."""
    from ..publish.gallery import write_gallery

    if bool(month) == every:
        raise Failure("give either --month YYYY-MM or --all")
    with _store(ctx) as store:
        done = write_gallery(store, _month(month) if month else None, out, load_config(ctx).limits)
    click.echo(f"gallery: {done.entries} submission(s) → {done.index}")
    for line in done.notes:
        click.echo(f"  warning: {line}", err=True)


@cli.command()
@click.argument("sender")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@CURATOR
@click.pass_context
def forget(ctx: click.Context, sender: str, yes: bool, curator: str | None) -> None:
    """Delete every submission, message and file of SENDER (a privacy request), and log it."""
    from ..decide import curator_name
    from ..forget import forget as wipe
    from ..forget import preview

    with _store(ctx) as store:
        seen = preview(store, sender)
        if not seen.references and not seen.messages:
            click.echo(f"forget: nothing stored from {seen.sender}")
            ctx.exit(EXIT_OK)
        click.echo(
            f"{seen.sender}: {len(seen.references)} submission(s) {', '.join(seen.references)}; "
            f"{seen.messages} message(s); {len(seen.published)} published copy(ies)"
        )
        for path in seen.published:
            click.echo(f"  published: {path}")
        if not yes and not click.confirm("Delete all of it for good?", default=False):
            raise Failure("nothing deleted", code=1)
        done = wipe(store, sender, curator_name(curator), load_config(ctx).limits)
    gone = done.forgotten
    click.echo(
        f"forget: deleted {gone.submissions} submission(s), {gone.messages} message(s), "
        f"{gone.files} file(s) and {done.published} published copy(ies); the event log records "
        "that it was done. Copies left in the mailbox folders are not touched."
    )
    for index in done.rewritten:
        click.echo(f"  the gallery {index} was written again without them")
    for page in done.pages:
        shown = " and ".join(str(p) for p in page.pages)
        click.echo(
            f"  the {page.what} {shown} still names them: write it again with {page.command}"
        )

"""The curator's commands: show, decisions (accept, decline, shortlist, pick, note, undo), edit,
export, post, gallery and forget. Each parses options and calls the library."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from .app import EXIT_OK, Failure, cli, load_config
from .verify import check_lines, wrapped

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


def _refuse(reason: str) -> NoReturn:
    """One `ipom: …` line per problem on stderr, exit 1."""
    *lines, last = reason.splitlines() or [reason]
    for line in lines:
        click.echo(f"ipom: {line}", err=True)
    raise Failure(last, code=1)


def _report(outcome: Done | list[Done] | Refused) -> None:
    """Each confirmation, e.g. 'IPOM-2026-0009 Sanne de Vries: shortlisted'; or the refusal."""
    from ..decide import Refused

    if isinstance(outcome, Refused):
        _refuse(outcome.reason)
    for done in outcome if isinstance(outcome, list) else [outcome]:
        click.echo(done.line())


@cli.command()
@click.argument("ref")
@click.option("--json", "as_json", is_flag=True, help="Print everything as JSON.")
@click.option("--open", "open_photo", is_flag=True, help="Open the photo with the system viewer.")
@click.pass_context
def show(ctx: click.Context, ref: str, as_json: bool, open_photo: bool) -> None:
    """Everything about one submission REF: fields with their sources, media, links, notes,
    decisions, the event log and the replies.

    REF is the reference (IPOM-2024-0012) or its number (0012 or 12) when only one year
    has it. Exit 1 when REF names no submission, several, or is no reference.

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
            _refuse(str(exc))
        paths = [
            store.archive.media_path(m["sha256"], m["mime"])
            for m in data["media"]
            if m["kind"] != "other"
        ]
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print_detail(data)
        for line in wrapped(check_lines(data)):
            click.echo(line)
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
        f"[bold]{escape(data['reference'] or '')}[/] {escape(name)} "
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


def _decide(
    ctx: click.Context, refs: tuple[str, ...], kind: str, curator: str | None, **extra: Any
) -> None:
    from ..decide import curator_name, decide

    with _store(ctx) as store:
        _report(decide(store, refs, kind, curator_name(curator), **extra))


REFS = click.argument("refs", metavar="REF...", nargs=-1, required=True)
REFS_HELP = (
    "\n\nREF is a reference (IPOM-2024-0012) or its number (0012) when only one year has it. "
    "All or nothing: when one REF names no submission, nothing is recorded (exit 1)."
)


@cli.command(help="Accept each submission REF (undo: ipom undo REF)." + REFS_HELP)
@REFS
@CURATOR
@click.pass_context
def accept(ctx: click.Context, refs: tuple[str, ...], curator: str | None) -> None:
    _decide(ctx, refs, "accept", curator)


@cli.command(help="Decline each submission REF with a reason." + REFS_HELP)
@REFS
@click.option(
    "--reason", required=True, help="Why (the curator's word, not the rules' 'rejected')."
)
@CURATOR
@click.pass_context
def decline(ctx: click.Context, refs: tuple[str, ...], reason: str, curator: str | None) -> None:
    _decide(ctx, refs, "decline", curator, reason=reason)


@cli.command(help="Put each submission REF on the shortlist." + REFS_HELP)
@REFS
@CURATOR
@click.pass_context
def shortlist(ctx: click.Context, refs: tuple[str, ...], curator: str | None) -> None:
    _decide(ctx, refs, "shortlist", curator)


@cli.command(help="Pick each REF as the Photo of the Month for --month." + REFS_HELP)
@REFS
@click.option("--month", required=True, help="The feature month (YYYY-MM), whenever it was taken.")
@click.option(
    "--notify", is_flag=True, help="Queue a congratulation to the photographer in the outbox."
)
@CURATOR
@click.pass_context
def pick(
    ctx: click.Context, refs: tuple[str, ...], month: str, notify: bool, curator: str | None
) -> None:
    from ..desk import named
    from ..store.curator import queue_congratulation

    _decide(ctx, refs, "pick", curator, month=month)
    if notify:
        config = load_config(ctx)
        with _store(ctx) as store:
            for reference in dict.fromkeys(named(store, ref).reference for ref in refs):
                queued = queue_congratulation(store, reference, _month(month), config.smtp.from_)
                click.echo(
                    f"{reference}: congratulation queued in the outbox"
                    if queued
                    else f"{reference}: no sender address, nothing queued"
                )


@cli.command()
@click.argument("ref")
@click.argument("text")
@CURATOR
@click.pass_context
def note(ctx: click.Context, ref: str, text: str, curator: str | None) -> None:
    """Add the curator's note TEXT to submission REF."""
    _decide(ctx, (ref,), "note", curator, text=text)


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
@click.option(
    "--taken-at-from-suggestion",
    "suggestion",
    type=click.IntRange(min=1),
    help="Take the time of the pass check's suggestion N (see `ipom show REF`).",
)
@CURATOR
@click.pass_context
def edit(
    ctx: click.Context,
    /,
    ref: str,
    curator: str | None,
    suggestion: int | None,
    **given: str | None,
) -> None:
    """Correct fields of REF; the curator's values win over extraction and survive reprocess.

    \b
    Examples:
      ipom edit IPOM-2024-0012 --taken-at "2024-05-12 23:34:10+02:00"
      ipom edit IPOM-2024-0012 --taken-at-from-suggestion 1
    """
    from ..decide import Refused, adopt_suggestion, curator_name, edit_values
    from ..decide import edit as write

    if suggestion is not None:
        with _store(ctx) as store:
            _report(adopt_suggestion(store, ref, suggestion, curator_name(curator)))
        return
    values = edit_values(**given)
    if isinstance(values, Refused):
        raise Failure(values.reason, code=1)
    with _store(ctx) as store:
        _report(write(store, ref, values, curator_name(curator)))


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
        done = write_post(store, _month(month), out)
    click.echo(f"post: {done.entries} pick(s) → {done.markdown} and {done.html}")
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
        done = write_gallery(store, _month(month) if month else None, out)
    click.echo(f"gallery: {done.entries} submission(s) → {done.index}")


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
            f"{seen.messages} message(s)"
        )
        if not yes and not click.confirm("Delete all of it for good?", default=False):
            raise Failure("nothing deleted", code=1)
        done = wipe(store, sender, curator_name(curator))
    click.echo(
        f"forget: deleted {done.submissions} submission(s), {done.messages} message(s), "
        f"{done.files} file(s); the event log records that it was done. "
        "Copies left in the mailbox folders are not touched."
    )

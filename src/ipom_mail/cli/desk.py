"""The curator's commands: show, decisions (accept, decline, shortlist, pick, note, undo), edit,
export, post, gallery and forget. Each parses options and calls the library."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from ipom_mail.cli.app import EXIT_OK, Failure, cli, load_config, month_of, store_of
from ipom_mail.cli.verify import check_lines, wrapped

if TYPE_CHECKING:
    from ipom_mail.desk.decide import Done, Refused
    from ipom_mail.store import Store

CURATOR = click.option("--curator", metavar="NAME", help="Who decides (default: the login name).")


def _refuse(reason: str) -> NoReturn:
    """One `ipom: …` line per problem on stderr, exit 1."""
    *lines, last = reason.splitlines() or [reason]
    for line in lines:
        click.echo(f"ipom: {line}", err=True)
    raise Failure(last, code=1)


def _report(outcome: Done | list[Done] | Refused) -> None:
    """Each confirmation, e.g. 'IPOM-2026-0009 Sanne de Vries: shortlisted'; or the refusal."""
    from ipom_mail.desk.decide import Refused

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
    Examples:
      ipom show IPOM-2024-0012
      ipom show IPOM-2024-0012 --json | jq .fields
    """
    from ipom_mail.desk.queue import NotFound
    from ipom_mail.desk.queue import show as detail

    with store_of(ctx) as store:
        try:
            shown = detail(store, ref)
        except NotFound as exc:
            _refuse(str(exc))
        paths = [
            store.archive.media_path(m.sha256, m.mime) for m in shown.media if m.kind != "other"
        ]
    if as_json:
        from ipom_mail.desk.detail_json import detail_json

        click.echo(json.dumps(detail_json(shown), indent=2, ensure_ascii=False))
    else:
        from ipom_mail.cli.check_report import terminal
        from ipom_mail.desk.show_text import print_detail

        print_detail(shown, terminal())
        for line in wrapped(check_lines(shown)):
            click.echo(line)
    if open_photo:
        if not paths or not paths[0].is_file():
            raise Failure(f"{ref} has no stored photo to open", code=1)
        click.launch(str(paths[0]))


def _decide(
    ctx: click.Context, refs: tuple[str, ...], kind: str, curator: str | None, **extra: Any
) -> None:
    from ipom_mail.desk.decide import curator_name, decide

    with store_of(ctx) as store:
        _report(decide(store, refs, kind, curator_name(curator), **extra))


REFS = click.argument("refs", metavar="REF...", nargs=-1, required=True)


def examples(*lines: str) -> str:
    """An "Examples:" section for a help text given as a string."""
    return "\n\n\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


REFS_HELP = (
    "\n\nREF is a reference (IPOM-2024-0012) or its number (0012) when only one year has it. "
    "All or nothing: when one REF names no submission, nothing is recorded (exit 1)."
)


@cli.command(
    help="Accept each submission REF (undo: ipom undo REF)."
    + REFS_HELP
    + examples("ipom accept IPOM-2024-0012", "ipom accept 0012 0015 --curator ana")
)
@REFS
@CURATOR
@click.pass_context
def accept(ctx: click.Context, refs: tuple[str, ...], curator: str | None) -> None:
    _decide(ctx, refs, "accept", curator)


@cli.command(
    help="Decline each submission REF with a reason."
    + REFS_HELP
    + examples('ipom decline IPOM-2024-0012 --reason "not the ISS"')
)
@REFS
@click.option(
    "--reason", required=True, help="Why (the curator's word, not the rules' 'rejected')."
)
@CURATOR
@click.pass_context
def decline(ctx: click.Context, refs: tuple[str, ...], reason: str, curator: str | None) -> None:
    _decide(ctx, refs, "decline", curator, reason=reason)


@cli.command(
    help="Put each submission REF on the shortlist."
    + REFS_HELP
    + examples("ipom shortlist IPOM-2024-0012 IPOM-2024-0015", "ipom queue --decision shortlisted")
)
@REFS
@CURATOR
@click.pass_context
def shortlist(ctx: click.Context, refs: tuple[str, ...], curator: str | None) -> None:
    _decide(ctx, refs, "shortlist", curator)


@cli.command(
    help="Pick each REF as the Photo of the Month for --month (choose its photo with --photo)."
    + REFS_HELP
    + examples(
        "ipom pick IPOM-2024-0012 --month 2024-06",
        "ipom pick IPOM-2024-0012 --month 2024-06 --photo 2 --notify",
        "ipom pick IPOM-2024-0012 --photo 3      # another photo of the same pick",
    )
)
@REFS
@click.option("--month", help="The feature month (YYYY-MM), whenever it was taken.")
@click.option(
    "--photo",
    type=click.IntRange(min=1),
    metavar="N",
    help="Which of the submission's photos the post shows (default: 1).",
)
@click.option(
    "--notify", is_flag=True, help="Queue a congratulation to the photographer in the outbox."
)
@CURATOR
@click.pass_context
def pick(
    ctx: click.Context,
    refs: tuple[str, ...],
    month: str | None,
    photo: int | None,
    notify: bool,
    curator: str | None,
) -> None:
    from ipom_mail.desk.decide import curator_name, parse_month
    from ipom_mail.desk.publish.picking import choose_photo, congratulate, other_picks

    if month is None and photo is None:
        raise Failure("say the feature month: --month YYYY-MM (or choose a photo with --photo N)")
    if month is not None:
        if parse_month(month) is None:
            raise Failure(f"--month {month!r} is not a month: write it as YYYY-MM, e.g. 2024-05", 1)
        with store_of(ctx) as store:
            already = other_picks(store, refs, month_of(month))
        _decide(ctx, refs, "pick", curator, month=month)
        if already:
            click.echo(
                f"warning: {month_of(month)} already has a pick: {', '.join(already)} "
                "(the post shows every pick; ipom undo REF --kind pick to keep one)",
                err=True,
            )
    if photo is not None:
        with store_of(ctx) as store:
            for ref in refs:
                _report(choose_photo(store, ref, photo, curator_name(curator)))
    if notify and month is not None:
        config = load_config(ctx)
        with store_of(ctx) as store:
            for reference, queued in congratulate(store, refs, month_of(month), config.smtp.from_):
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
    """Add the curator's note TEXT to submission REF.

    \b
    Examples:
      ipom note IPOM-2024-0012 "asked for the raw file"
    """
    _decide(ctx, (ref,), "note", curator, text=text)


@cli.command()
@click.argument("ref")
@click.option(
    "--kind",
    type=click.Choice(["accept", "decline", "shortlist", "pick", "note", "edit", "photo"]),
    help="What to undo (default: the latest accept/decline/shortlist/pick).",
)
@CURATOR
@click.pass_context
def undo(ctx: click.Context, ref: str, kind: str | None, curator: str | None) -> None:
    """Undo the latest decision or edit on REF; the history keeps both.

    \b
    Examples:
      ipom undo IPOM-2024-0012                # the latest accept/decline/shortlist/pick
      ipom undo IPOM-2024-0012 --kind edit
    """
    from ipom_mail.desk.decide import curator_name
    from ipom_mail.desk.decide import undo as revert

    with store_of(ctx) as store:
        _report(revert(store, ref, kind, curator_name(curator)))


TIME_FORMS = "any form a photographer may write, with its zone"


@cli.command()
@click.argument("ref")
@click.option(
    "--taken-at",
    metavar="TIME",
    help=f"When the photo was taken, {TIME_FORMS}: '2024-05-12 21:34:10Z', "
    "'2026-11-18 18:03 JST', '12 May 2024 9:34 pm EDT', '2024-05-12 21:34 Moscow time'.",
)
@click.option(
    "--taken-date",
    metavar="DATE",
    help="The date alone, for an archive photo whose time is not known: '2002-06-14' "
    "(no UT time is kept; it stands for the time taken).",
)
@click.option(
    "--taken-until",
    metavar="TIME",
    help="The end of a series or long exposure, like --taken-at: '2024-05-12 21:38 UTC'.",
)
@click.option(
    "--max-elevation",
    metavar="DEG",
    help="The pass's highest elevation in degrees, 0 to 90: '72'.",
)
@click.option(
    "--magnitude",
    metavar="MAG",
    help="The ISS's brightness (magnitude), -8 to 8: '-3.6'.",
)
@click.option(
    "--flyby-start",
    metavar="TIME",
    help="When the pass began, like --taken-at: '2024-05-12 21:31 UTC'.",
)
@click.option(
    "--flyby-end", metavar="TIME", help="When the pass ended, like --taken-at: '2024-05-12 21:38Z'."
)
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

    A time is read as the mail is read: a zone abbreviation, an IANA name, an offset,
    'UTC+3', 'Z', '2134Z', 'Moscow time', '21h34 heure de Paris', a 12-hour clock, a
    date in words or numbers. What the mail would not settle is refused with how to
    write it (exit 1): a date that reads two ways (04/11/2023), a zone out of season,
    a time with no zone, '9:34 EDT' without am or pm.

    \b
    Examples:
      ipom edit IPOM-2024-0012 --taken-at "2024-05-12 21:34:10Z"
      ipom edit IPOM-2024-0012 --taken-at "2026-11-18 18:03 JST"
      ipom edit IPOM-2024-0012 --taken-at "12 May 2024 9:34 pm EDT"
      ipom edit IPOM-2024-0012 --taken-until "12 May 2024 9:40 pm EDT"
      ipom edit IPOM-2024-0012 --taken-date 2002-06-14
      ipom edit IPOM-2024-0012 --max-elevation 72 --magnitude -3.6
      ipom edit IPOM-2024-0012 --flyby-start "2024-05-12 21:31Z" --flyby-end "2024-05-12 21:38Z"
      ipom edit IPOM-2024-0012 --equipment "Nikon D850, Nikkor 500mm f/5.6" --name "Ana Ruiz"
      ipom edit IPOM-2024-0012 --taken-at-from-suggestion 1
    """
    from ipom_mail.desk.decide import Refused, adopt_suggestion, curator_name, edit_values
    from ipom_mail.desk.decide import edit as write

    if suggestion is not None:
        with store_of(ctx) as store:
            _report(adopt_suggestion(store, ref, suggestion, curator_name(curator)))
            _recheck(ctx, store, ref)
        return
    values = edit_values(**given)
    if isinstance(values, Refused):
        raise Failure(values.reason, code=1)
    with store_of(ctx) as store:
        _report(write(store, ref, values, curator_name(curator)))
        if "taken_at" in values:
            _recheck(ctx, store, ref)


def _recheck(ctx: click.Context, store: Store, ref: str) -> None:
    """The pass check again, for the time the curator just set (a line when it cannot be)."""
    from ipom_mail.intake.reprocess import recheck_pass

    problem = recheck_pass(load_config(ctx), store, ref)
    if problem:
        click.echo(f"warning: the pass check was not run again: {problem}", err=True)


@cli.command()
@click.option("--month", help="Received month (YYYY-MM).")
@click.option("--all", "every", is_flag=True, help="Every submission.")
@click.option("--out", type=click.Path(path_type=Path), required=True)
@click.pass_context
def gallery(ctx: click.Context, month: str | None, every: bool, out: Path) -> None:
    """Write a static HTML gallery with thumbnails, to open from the file system.

    \b
    Examples:
      ipom gallery --month 2024-05 --out gallery/ && xdg-open gallery/index.html
      ipom gallery --all --out gallery/
    """
    from ipom_mail.desk.publish.gallery import write_gallery

    if bool(month) == every:
        raise Failure("give either --month YYYY-MM or --all")
    with store_of(ctx) as store:
        done = write_gallery(
            store, month_of(month) if month else None, out, load_config(ctx).limits
        )
    click.echo(f"gallery: {done.entries} submission(s) → {done.index}")
    for line in done.notes:
        click.echo(f"  warning: {line}", err=True)


@cli.command()
@click.argument("sender")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@CURATOR
@click.pass_context
def forget(ctx: click.Context, sender: str, yes: bool, curator: str | None) -> None:
    """Delete every submission, message and file of SENDER (a privacy request), and log it.

    \b
    Examples:
      ipom forget maria@example.es
      ipom forget maria@example.es --yes --curator ana
    """
    from ipom_mail.desk.decide import curator_name
    from ipom_mail.desk.forget import forget as wipe
    from ipom_mail.desk.forget import preview

    with store_of(ctx) as store:
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

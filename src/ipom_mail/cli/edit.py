"""`ipom edit`: the curator corrects what was read; a time is read as the mail is read."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ipom_mail.cli.app import CURATOR, Failure, cli, load_config, report_outcome, store_of

if TYPE_CHECKING:
    from ipom_mail.store import Store

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
        others = sorted(f"--{k.replace('_', '-')}" for k, v in given.items() if v is not None)
        if others:
            raise Failure(
                f"--taken-at-from-suggestion takes the suggestion's time alone; give "
                f"{', '.join(others)} in a second `ipom edit`",
                code=1,
            )
        with store_of(ctx) as store:
            report_outcome(adopt_suggestion(store, ref, suggestion, curator_name(curator)))
            _recheck(ctx, store, ref)
        return
    values = edit_values(**given)
    if isinstance(values, Refused):
        raise Failure(values.reason, code=1)
    with store_of(ctx) as store:
        report_outcome(write(store, ref, values, curator_name(curator)))
        if "taken_at" in values:
            _recheck(ctx, store, ref)


def _recheck(ctx: click.Context, store: Store, ref: str) -> None:
    """The pass check again, for the time the curator just set (a line when it cannot be)."""
    from ipom_mail.intake.reprocess import recheck_pass

    problem = recheck_pass(load_config(ctx), store, ref)
    if problem:
        click.echo(f"warning: the pass check was not run again: {problem}", err=True)

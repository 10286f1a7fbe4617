"""`ipom replies`: the outbox for the curator — pending, sent, failed, withheld — and `retry`."""

from __future__ import annotations

import click

from .app import EXIT_OK, EXIT_PARTIAL, Failure, cli, load_config
from .operate import open_store_or_fail

STATES = ("pending", "sent", "failed", "withheld")


@cli.group(invoke_without_command=True)
@click.option(
    "--state", "states", multiple=True, type=click.Choice(STATES), help="Only these states."
)
@click.pass_context
def replies(ctx: click.Context, states: tuple[str, ...]) -> None:
    """List the automatic replies, newest first: state, tries, address, subject, last error.

    \b
    Examples:
      ipom replies
      ipom replies --state failed
      ipom replies retry          # send the failed and waiting ones now
    """
    if ctx.invoked_subcommand is not None:
        return
    from ..reply.outbox import list_replies

    config = load_config(ctx)
    with open_store_or_fail(config) as store:
        rows = list_replies(store, states)
    if not rows:
        click.echo("no replies")
        return
    for row in rows:
        when = row.sent_at or row.created_at
        click.echo(
            f"{row.id:>5}  {row.state:<8}  {row.attempts} tries  {when:%Y-%m-%d %H:%M}  "
            f"{row.to_addr}  {row.subject}"
        )
        if row.last_error and row.state != "sent":
            click.echo(f"       {row.last_error}")


@replies.command()
@click.argument("ids", nargs=-1, type=int)
@click.pass_context
def retry(ctx: click.Context, ids: tuple[int, ...]) -> None:
    """Send failed and waiting replies now (all, or the IDs given); exit 1 if some still fail.

    \b
    Example:
      ipom replies retry 12 13
    """
    from ..reply.outbox import retry as make_due
    from ..reply.outbox import send_pending

    absurd = [i for i in ids if not 0 < i < 2**31]  # no reply has such an id
    if absurd:
        raise Failure(f"no reply with id {absurd[0]} — see `ipom replies`", 1)
    config = load_config(ctx)
    with open_store_or_fail(config) as store:
        count = make_due(store, ids)
        if ids and not count:
            listed = ", ".join(str(i) for i in ids)
            raise Failure(f"no failed or waiting reply with id {listed} — see `ipom replies`", 1)
        tally = send_pending(config, store)
    click.echo(f"retry: {count} due; {tally.line()}")
    ctx.exit(EXIT_PARTIAL if tally.failed or tally.deferred else EXIT_OK)

"""`ipom replies`: the outbox for the curator — pending, sent, failed, withheld — and `retry`."""

from __future__ import annotations

import json
import os

import click

from ipom_mail.cli.app import EXIT_OK, EXIT_PARTIAL, Failure, cli, load_config
from ipom_mail.cli.operate import open_store_or_fail
from ipom_mail.desk.terminal_text import printable

STATES = ("pending", "sent", "failed", "withheld")


@cli.group(invoke_without_command=True)
@click.option(
    "--state", "states", multiple=True, type=click.Choice(STATES), help="Only these states."
)
@click.option("--json", "as_json", is_flag=True, help="Print the replies as JSON.")
@click.pass_context
def replies(ctx: click.Context, states: tuple[str, ...], as_json: bool) -> None:
    """List the automatic replies, newest first: state, tries, address, subject, last error.

    \b
    Examples:
      ipom replies
      ipom replies --state failed
      ipom replies show 12        # the reply as it was sent
      ipom replies --json | jq '.[] | select(.state == "failed")'
      ipom replies retry          # send the failed and waiting ones now
    """
    if ctx.invoked_subcommand is not None:
        return
    from ipom_mail.reply.outbox_view import replies_values

    config = load_config(ctx)
    with open_store_or_fail(config) as store:
        rows = replies_values(store, states)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("no replies")
        return
    for row in rows:
        when = (row["sent_at"] or row["created_at"] or "")[:16].replace("T", " ")
        click.echo(
            printable(
                f"{row['id']:>5}  {row['state']:<8}  {row['attempts']} tries  {when}  "
                f"{row['to']}  {row['subject']}"
            )
        )
        if row["last_error"] and row["state"] != "sent":
            click.echo(f"       {printable(row['last_error'])}")


@replies.command(name="show")
@click.argument("reply_id", metavar="ID", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the reply as JSON.")
@click.pass_context
def show_reply(ctx: click.Context, reply_id: int, as_json: bool) -> None:
    """Print one reply as it was sent (or will be): headers and text.

    \b
    Examples:
      ipom replies show 12
      ipom replies show 12 --json | jq -r .body_text
    """
    from ipom_mail.reply.outbox_view import one_reply

    config = load_config(ctx)
    with open_store_or_fail(config) as store:
        row = one_reply(store, reply_id)
    if row is None:
        raise Failure(f"there is no reply with id {reply_id} — see `ipom replies`", 1)
    if as_json:
        click.echo(json.dumps(row, indent=2, ensure_ascii=False))
        return
    sent = f"sent {row['sent_at']}" if row["sent_at"] else row["state"]
    for line in (
        f"reply {row['id']} ({sent}) for {row['reference'] or 'no submission'}",
        f"To: {row['to']}",
        f"Subject: {row['subject']}",
        f"Message-ID: {row['message_id']}",
        "",
    ):
        click.echo(printable(line))
    click.echo(printable(row["body_text"], lines=True))


@replies.command()
@click.argument("ids", nargs=-1, type=int)
@click.pass_context
def retry(ctx: click.Context, ids: tuple[int, ...]) -> None:
    """Send failed and waiting replies now (all, or the IDs given); exit 1 if some still fail.

    \b
    Examples:
      ipom replies retry
      ipom replies retry 12 13
    """
    from ipom_mail.reply.outbox import retry_now

    absurd = [i for i in ids if not 0 < i < 2**31]  # no reply has such an id
    if absurd:
        raise Failure(f"no reply with id {absurd[0]} — see `ipom replies`", 1)
    config = load_config(ctx)
    with open_store_or_fail(config) as store:
        count, tally = retry_now(config, store, ids, os.environ)
    if tally is None:
        listed = ", ".join(str(i) for i in ids)
        raise Failure(f"no failed or waiting reply with id {listed} — see `ipom replies`", 1)
    click.echo(f"retry: {count} due; {tally.line()}")
    ctx.exit(EXIT_PARTIAL if tally.failed or tally.deferred else EXIT_OK)

"""`ipom status`: the last good poll, the queue, the outbox and the sizes; exit 1 when stale."""

from __future__ import annotations

import json

import click

from ipom_mail.cli.app import EXIT_OK, EXIT_PARTIAL, cli, load_config
from ipom_mail.cli.operate import open_store_or_fail


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as one JSON object.")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Show the last successful poll, submissions waiting, failed messages, pending replies, sizes.

    Exit 0 when the last successful poll is recent ([poll] stale_after_seconds,
    by default three intervals), 1 with the reason when it is older or there was
    none yet, when the last poll failed in a way only the operator can fix (a
    refused login) or when a poll has been running for over 10 minutes, 2 when
    it cannot run (config, database). Made for monitoring and the Docker
    HEALTHCHECK; it never contacts the mail servers.

    \b
    Examples:
      ipom status
      ipom status --json | jq .pending_replies
    """
    from ipom_mail.operate.status import gather, lines
    from ipom_mail.store import storage_root

    config = load_config(ctx)
    store = open_store_or_fail(config)
    with store:
        found = gather(config, store, storage_root(config))
    if as_json:
        click.echo(json.dumps(found.as_dict(), indent=2))
    else:
        for line in lines(found):
            click.echo(line)
    ctx.exit(EXIT_OK if found.healthy else EXIT_PARTIAL)

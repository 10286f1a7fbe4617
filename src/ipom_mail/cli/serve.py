"""`ipom serve`: the long-running service (systemd, Docker) around ipom_mail.intake.serve."""

from __future__ import annotations

import os

import click

from ipom_mail.cli.app import Failure, cli, load_config
from ipom_mail.cli.operate import open_store_or_fail


@cli.command()
@click.pass_context
def serve(ctx: click.Context) -> None:
    """Poll on the configured interval, and within seconds of new mail where the server has IDLE.

    Sends pending replies after each poll, retries with growing delays when
    the mail server or database is down, logs to stderr ([log] format =
    plain | json) and stops on SIGTERM or Ctrl-C within 5 s (exit 0). Exit 2 when
    it cannot start (config, secrets, database): run `ipom doctor`.

    \b
    Examples:
      IPOM_IMAP_PASSWORD=… ipom serve
      ipom serve --config /etc/ipom/ipom.toml      # as a systemd unit runs it
    """
    from ipom_mail.intake.serve import Service, configure_logging
    from ipom_mail.secrets import SecretError, imap_credentials

    config = load_config(ctx)
    configure_logging(config.log)
    store = open_store_or_fail(config)
    try:
        imap_credentials(config.imap, os.environ)  # fail now, not at the first poll
    except SecretError as exc:
        store.close()
        raise Failure(str(exc)) from None
    with store:
        code = Service(config, store, os.environ).run()
    ctx.exit(code)

"""`ipom doctor`: one line per check, OK or FAIL with how to fix it; exit 0 when all pass."""

from __future__ import annotations

import os

import click

from ipom_mail.cli.app import EXIT_OK, EXIT_PARTIAL, cli


@cli.command()
@click.pass_context
def doctor(ctx: click.Context) -> None:
    """Check the config, secrets, IMAP login and folders, SMTP login, database and storage.

    Each line says OK or FAIL and, when something is wrong, how to fix it;
    SKIP marks a check that needs one that failed. Secrets are never shown.
    Exit 0 when nothing failed, 1 otherwise.

    \b
    Examples:
      ipom doctor && ipom serve
      ipom doctor --config /etc/ipom/ipom.toml
    """
    from ipom_mail.config import locate
    from ipom_mail.operate.doctor import run_checks

    path, named_by = locate(ctx.obj.get("config_path"), os.environ)
    failed = False
    for check in run_checks(path, os.environ, named_by):
        click.echo(check.line())
        failed = failed or check.failed
    click.echo("doctor: " + ("something needs fixing (see FAIL above)" if failed else "all good"))
    ctx.exit(EXIT_PARTIAL if failed else EXIT_OK)

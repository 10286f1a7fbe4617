"""`ipom backup DEST`: a consistent copy of the SQLite database and the storage folder."""

from __future__ import annotations

from pathlib import Path

import click

from ipom_mail.cli.app import Failure, cli, load_config


@cli.command()
@click.argument("dest", type=click.Path(path_type=Path))
@click.pass_context
def backup(ctx: click.Context, dest: Path) -> None:
    """Copy the database and the storage folder into DEST (new or empty); safe while serving.

    SQLite is copied with its online backup API; for PostgreSQL the pg_dump
    line to run is printed. DEST/RESTORE.txt holds the restore steps.

    \b
    Examples:
      ipom backup /backups/ipom-today
      30 3 * * *  ipom backup /backups/ipom-$(date +\\%F)     # crontab, nightly
    """
    from ipom_mail.operate.backup import BackupError
    from ipom_mail.operate.backup import backup as make_backup
    from ipom_mail.operate.status import human_bytes

    config = load_config(ctx)
    try:
        done = make_backup(config, dest)
    except BackupError as exc:
        raise Failure(str(exc)) from None
    if done.database is not None:
        click.echo(f"database: {done.database} (SQLite snapshot)")
    click.echo(f"storage: {done.files} files, {human_bytes(done.size)} in {done.dest / 'storage'}")
    if done.pg_dump is not None:
        click.echo(
            "database: PostgreSQL is not copied by ipom; run this "
            "(the password from PGPASSWORD, ~/.pgpass or PGPASSFILE; never printed):"
        )
        click.echo(f"  {done.pg_dump}")
    click.echo(f"restore: see {done.dest / 'RESTORE.txt'}")

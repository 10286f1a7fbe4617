"""The operator's commands: `ipom init`, `ipom poll`, `ipom ingest`, `ipom reprocess`.

Exit codes, for cron: 0 all went well, 1 some messages failed (they are in
the Failed folder with their reason), 2 cannot run (config, login, database).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .app import EXIT_OK, EXIT_PARTIAL, Failure, cli, load_config

if TYPE_CHECKING:
    from ..config import Config
    from ..intake import Tally
    from ..store import Store


def open_store_or_fail(config: Config) -> Store:
    """The store, or a one-line Failure saying what to fix (exit 2)."""
    from ..store import StoreError, open_store, parse_faults

    try:
        return open_store(config, parse_faults(os.environ.get("IPOM_FAULT")))
    except StoreError as exc:
        raise Failure(str(exc)) from None


def _finish(ctx: click.Context, tally: Tally, as_json: bool, what: str) -> None:
    if as_json:
        click.echo(json.dumps(tally.as_dict(), indent=2))
    else:
        click.echo(f"{what}: {tally.line()}")
        for failure in tally.failures:
            click.echo(f"  failed: {failure}", err=True)
    ctx.exit(EXIT_PARTIAL if tally.failed else EXIT_OK)


@cli.command()
@click.pass_context
def init(ctx: click.Context) -> None:
    """Write ipom.toml from the example (never overwriting), create the storage folder, migrate the database.

    \b
    Example:
      ipom init && $EDITOR ipom.toml && ipom poll
    """
    from importlib.resources import files

    from ..config import ConfigError, load, resolve_path
    from ..store import StoreError, migrate

    path = resolve_path(ctx.obj.get("config_path"), os.environ)
    if path.exists():
        click.echo(f"config: {path} exists, left as it is")
    else:
        example = files("ipom_mail").joinpath("data/config.example.toml").read_text(encoding="utf-8")
        path.write_text(example, encoding="utf-8")
        click.echo(f"config: wrote {path} from the example; edit [imap], [smtp] and [reply] for your mailbox")
    try:
        config = load(path)
        revision = migrate(config)
    except (ConfigError, StoreError) as exc:
        raise Failure(str(exc)) from None
    click.echo(f"storage: {Path(config.storage.path).resolve()}")
    click.echo(f"database: migrated to revision {revision}")
    click.echo("next: set the password source ([imap] password_env…), then `ipom check FILE.eml` or `ipom poll`")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="Print one line per message.")
@click.pass_context
def poll(ctx: click.Context, as_json: bool, verbose: bool) -> None:
    """One pass over new mail: fetch, archive, process, store, then move each message.

    Processed mail goes to [imap] processed_folder, mail that could not be
    processed to failed_folder with its reason stored. Two polls never
    overlap: a second one says so and exits 0. Exit 0 ok, 1 some messages
    failed, 2 cannot run (config, login, database).

    \b
    Example (crontab, every 5 minutes):
      */5 * * * *  cd /srv/ipom && .venv/bin/ipom poll
    """
    from sqlalchemy.exc import SQLAlchemyError

    from ..lock import PollLock
    from ..mailbox import Mailbox, MailboxError
    from ..poll import poll_mailbox
    from ..secrets import SecretError, imap_credentials
    from ..store import storage_root

    config = load_config(ctx)
    store = open_store_or_fail(config)
    try:
        password, token = imap_credentials(config.imap, os.environ)
    except SecretError as exc:
        raise Failure(str(exc)) from None
    with store, PollLock(store.engine, storage_root(config)) as lock:
        if not lock.acquired:
            click.echo("poll: another poll is running; this one did nothing")
            ctx.exit(EXIT_OK)
        box = Mailbox(config.imap, password, token)
        say = (lambda line: click.echo(f"  {line}")) if verbose and not as_json else None
        try:
            tally = poll_mailbox(config, store, box, say)
        except MailboxError as exc:
            raise Failure(f"{exc}; messages not yet processed stay in {config.imap.folder}") from None
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            raise Failure(
                f"database error: {reason}; messages not yet stored stay in {config.imap.folder} "
                "— check [storage] database_url, or whether another program holds the database"
            ) from None
        finally:
            box.close()
    _finish(ctx, tally, as_json, "poll")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[Path, ...], as_json: bool) -> None:
    """Run the pipeline and store on .eml files, mbox files or Maildir folders (a backlog, a migration).

    Messages already stored are recognised and skipped. No mail is moved and no reply is sent.

    \b
    Examples:
      ipom ingest old-submissions/*.eml
      ipom ingest ~/mail/ipom.mbox ~/Maildir/.IPOM
    """
    from rich.progress import Progress

    from ..ingest import IngestError, count, ingest

    config = load_config(ctx)
    store = open_store_or_fail(config)
    try:
        total = count(list(paths))
        with store, Progress(transient=True, disable=as_json or total < 20) as progress:
            task = progress.add_task("ingest", total=total)
            tally = ingest(list(paths), config, store, lambda: progress.advance(task))
    except IngestError as exc:
        raise Failure(str(exc)) from None
    _finish(ctx, tally, as_json, "ingest")


@cli.command()
@click.option("--failed", "failed", is_flag=True, required=True, help="Retry the messages that failed.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def reprocess(ctx: click.Context, failed: bool, as_json: bool) -> None:
    """Run the pipeline again on archived messages that failed, once the cause is fixed.

    \b
    Example:
      ipom reprocess --failed
    """
    from ..reprocess import reprocess_failed

    config = load_config(ctx)
    store = open_store_or_fail(config)
    with store:
        tally = reprocess_failed(config, store)
    _finish(ctx, tally, as_json, "reprocess")


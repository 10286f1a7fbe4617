"""The operator's commands: `ipom init`, `ipom poll`, `ipom ingest`, `ipom reprocess`.

Exit codes, for cron: 0 all went well, 1 some messages failed (they are in
the Failed folder with their reason), 2 cannot run (config, login, database),
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ipom_mail.cli.app import EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL, Failure, cli, load_config

if TYPE_CHECKING:
    from ipom_mail.config import Config
    from ipom_mail.intake.take_in import Tally
    from ipom_mail.store import Store

# `ipom poll --json` of a poll that found nothing to do: Tally().as_dict()
_IDLE_JSON = {"new": 0, "by_status": {}, "duplicates": 0, "failures": []}


def open_store_or_fail(config: Config) -> Store:
    """The store, or a one-line Failure saying what to fix (exit 2)."""
    from ipom_mail.store import StoreError, open_store, parse_faults

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
    """Write ipom.toml from the example (never overwriting), create storage, migrate the database.

    Safe to run again: an existing config is left as it is, and the database
    is only brought up to date. Prints what to do next.

    \b
    Examples:
      ipom init && $EDITOR ipom.toml && ipom doctor
      ipom init --config /etc/ipom/ipom.toml
    """
    from ipom_mail.config import resolve_path
    from ipom_mail.operate.init import InitError
    from ipom_mail.operate.init import init as set_up

    path = resolve_path(ctx.obj.get("config_path"), os.environ)
    try:
        for line in set_up(path):
            click.echo(line)
    except InitError as exc:
        raise Failure(str(exc)) from None


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="Print one line per message.")
@click.pass_context
def poll(ctx: click.Context, as_json: bool, verbose: bool) -> None:
    """One pass over new mail: fetch, archive, process, store, then move each message.

    Processed mail goes to [imap] processed_folder, mail that could not be
    processed to failed_folder with its reason stored. Two polls never
    overlap: a second one says so and exits 0. Exit 0 ok, 1 some messages
    failed, 2 cannot run (config, login, database), 130 interrupted by Ctrl-C
    (it says how many messages were stored and moved; the rest wait).

    \b
    Examples:
      ipom poll -v
      */5 * * * *  /srv/ipom/.venv/bin/ipom poll --config /srv/ipom/ipom.toml   # crontab
    """
    from ipom_mail.intake.look import IDLE_LINE, first_look

    config = load_config(ctx)
    look = first_look(config, os.environ)  # an empty folder ends here, the store unopened
    if look is not None and look.idle:
        click.echo(json.dumps(_IDLE_JSON, indent=2) if as_json else f"poll: {IDLE_LINE}")
        ctx.exit(EXIT_OK)
    from ipom_mail.intake.runner import PollFault, PollInterrupted, run_poll

    store = open_store_or_fail(config)
    say = (lambda line: click.echo(f"  {line}")) if verbose and not as_json else None
    with store:
        try:
            tally = run_poll(config, store, os.environ, say, look)
        except PollFault as exc:
            raise Failure(str(exc)) from None
        except PollInterrupted as exc:
            raise Failure(str(exc), EXIT_INTERRUPTED) from None
    if tally is None:
        click.echo("poll: another poll is running; this one did nothing")
        ctx.exit(EXIT_OK)
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

    from ipom_mail.intake.ingest import IngestError, count, ingest

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
@click.argument("refs", nargs=-1)
@click.option("--all", "every", is_flag=True, help="Every submission.")
@click.option("--failed", "failed", is_flag=True, help="Retry the messages that failed.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def reprocess(
    ctx: click.Context, refs: tuple[str, ...], every: bool, failed: bool, as_json: bool
) -> None:
    """Run the pipeline again on archived messages: failed ones (--failed), or submissions
    (REF… or --all) after the extraction rules improved. A submission is replayed as its
    whole thread: the original, then each follow-up in the order received. Decisions and
    curator edits are kept; what changed is reported.

    \b
    Examples:
      ipom reprocess --failed
      ipom reprocess IPOM-2024-0012
      ipom reprocess --all --json
    """
    if failed == bool(refs or every):
        raise Failure("give --failed, or REF…, or --all")
    config = load_config(ctx)
    store = open_store_or_fail(config)
    if failed:
        from ipom_mail.intake.reprocess import reprocess_failed

        with store:
            tally = reprocess_failed(config, store)
        _finish(ctx, tally, as_json, "reprocess")
        return
    _rerun(ctx, config, store, refs, every, as_json)


def _rerun(
    ctx: click.Context,
    config: Config,
    store: Store,
    refs: tuple[str, ...],
    every: bool,
    as_json: bool,
) -> None:
    """reprocess REF…|--all: a progress bar, then what changed."""
    from dataclasses import asdict

    from rich.progress import Progress

    from ipom_mail.intake.reprocess import reprocess_submissions, submission_ids

    with store:
        ids, unknown = submission_ids(store, refs, every)
        with Progress(transient=True, disable=as_json or len(ids) < 2) as progress:
            task = progress.add_task("reprocess", total=len(ids))
            rerun = reprocess_submissions(config, store, ids, lambda: progress.advance(task))
    if unknown and not ids:  # nothing to do at all: a refusal, like `ipom show REF`
        raise Failure("; ".join(unknown), 1)
    problems = [*unknown, *rerun.problems]
    if as_json:
        data = {
            "reprocessed": rerun.done,
            "changes": [asdict(c) for c in rerun.changes],
            "problems": problems,
            "left_out": list(rerun.left_out),
        }
        click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
    else:
        click.echo(f"reprocess: {rerun.done} submission(s), {len(rerun.changes)} change(s)")
        for c in rerun.changes:
            click.echo(
                f"  {c.reference} {c.what}: {json.dumps(c.before, ensure_ascii=False)} → "
                f"{json.dumps(c.after, ensure_ascii=False)}"
            )
        for message in rerun.left_out:
            click.echo(f"  left out: {message}")
        for problem in problems:
            click.echo(f"  failed: {problem}", err=True)
    ctx.exit(EXIT_PARTIAL if problems else EXIT_OK)

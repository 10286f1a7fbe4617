"""`ipom check`: a dry run of the pure pipeline on one file."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ipom_mail.cli.app import EXIT_PARTIAL, Failure, cli, load_config


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--json", "as_json", is_flag=True, help="Print the JSON contract instead of a summary."
)
@click.pass_context
def check(ctx: click.Context, file: Path, as_json: bool) -> None:
    """Dry-run the pipeline on one message FILE (.eml): no mailbox, database or mail sent.

    Prints what ipom would read from it — photo, time in UT, equipment, flyby,
    story — what is missing, and whether it would reply. A message over
    [limits] max_seconds_per_message is stopped as a poll would stop it
    (exit 1, with the reason it would be filed under Failed with).

    \b
    Examples:
      ipom check ~/Downloads/submission.eml
      ipom check ~/Downloads/submission.eml --json | jq .missing
    """
    config = load_config(ctx, required=False)
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise Failure(f"{file}: no such file") from None
    except IsADirectoryError:
        raise Failure(f"{file}: is a directory, not a message file") from None
    except OSError as exc:
        raise Failure(f"{file}: cannot read it: {exc.strerror or exc}") from None
    from ipom_mail.pipeline.bounded import PipelineStopped, check_bounded
    from ipom_mail.pipeline.contract import to_json

    raw, total = _first_of_mbox(file, raw)
    try:
        result = check_bounded(raw, config)
    except PipelineStopped as exc:  # the reason a poll would file it under Failed with
        raise Failure(f"{file}: {exc}", EXIT_PARTIAL) from None
    data = to_json(result)
    if total > 1:
        data["notes"].append(
            f"{file} is an mbox of {total} messages: this is the first; "
            "`ipom ingest` takes them all"
        )
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        from ipom_mail.cli.check_report import print_check

        print_check(data, str(file))


def _first_of_mbox(file: Path, raw: bytes) -> tuple[bytes, int]:
    """An mbox file's first message and how many it holds; any other file as it is, 1.

    Read as one message, an mbox's later messages would become the first one's story.
    """
    import mailbox

    if not raw.startswith(b"From "):
        return raw, 1
    box = mailbox.mbox(file, create=False)
    try:
        keys = box.keys()
        return (box.get_bytes(keys[0]), len(keys)) if keys else (raw, 1)
    finally:
        box.close()

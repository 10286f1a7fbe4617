"""The `ipom` group, its errors and its entry point; the commands live beside it.

Heavy modules are imported inside the commands, so `ipom --help` starts fast.
No command ever shows a traceback: expected failures print one line that says
what to do; an unexpected one says where the details were written.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from typing import TYPE_CHECKING, Any, NoReturn

import click

if TYPE_CHECKING:
    from ipom_mail.config import Config
    from ipom_mail.store import Store

EXIT_OK, EXIT_PARTIAL, EXIT_CANNOT_RUN = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl-C, as a shell reports SIGINT


class Failure(click.ClickException):
    """A clear, one-line reason to stop, with the exit code the operator's cron sees."""

    exit_code = EXIT_CANNOT_RUN

    def __init__(self, message: str, code: int = EXIT_CANNOT_RUN) -> None:
        super().__init__(message)
        self.exit_code = code  # type: ignore[misc]  # click declares it on the class; ours varies

    def show(self, file: Any = None) -> None:
        click.echo(f"ipom: {self.format_message()}", err=True)


def load_config(ctx: click.Context, required: bool = True) -> Config:
    """The config named by --config / $IPOM_CONFIG / ./ipom.toml, validated."""
    from ipom_mail.config import ConfigError, load, load_or_default, locate, missing_message

    path, named_by = locate(ctx.obj.get("config_path"), os.environ)
    if required and not path.exists():
        raise Failure(missing_message(path, named_by))
    try:
        return load(path) if required else load_or_default(path)
    except ConfigError as exc:
        raise Failure(str(exc)) from None


def store_of(ctx: click.Context) -> Store:
    """The store the command's config names, or a one-line Failure saying what to fix."""
    from ipom_mail.cli.operate import open_store_or_fail

    return open_store_or_fail(load_config(ctx))


def month_of(value: str) -> str:
    """The --month the curator typed as YYYY-MM, or a one-line Failure showing how to write it."""
    from ipom_mail.desk.decide import parse_month

    month = parse_month(value)
    if month is None:
        raise Failure(f"--month {value!r} is not a month: write it as YYYY-MM, e.g. 2024-05")
    return month


class IpomGroup(click.Group):
    """The `ipom` group: `--config PATH` is accepted after the command name too
    (`ipom poll --config /etc/ipom.toml`, as cron lines are usually written)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_config(args))


def hoist_config(args: list[str]) -> list[str]:
    """`args` with a `--config PATH` (or `--config=PATH`) given after the command moved first."""
    rest: list[str] = []
    hoisted: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        if arg == "--config" and i + 1 < len(args):
            hoisted, i = ["--config", args[i + 1]], i + 2
            continue
        if arg.startswith("--config="):
            hoisted = [arg]
        else:
            rest.append(arg)
        i += 1
    return hoisted + rest


@click.group(cls=IpomGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    metavar="PATH",
    help="Config file (default: $IPOM_CONFIG, else ./ipom.toml).",
)
@click.version_option(package_name="ipom-mail", prog_name="ipom")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None) -> None:
    """ipom-mail: the ISS Photo of the Month submission mailbox, as a curated queue.

    \b
    Examples:
      ipom check submission.eml          # dry run of the pipeline on one file
      ipom init                          # write ipom.toml, create storage and database
      ipom poll                          # one pass over new mail (for cron)
      ipom queue                         # the submissions, newest first
    """
    ctx.ensure_object(dict)
    ctx.obj["config_path"] = config_path


def _crash_report(exc: BaseException) -> str:
    """Write the traceback to a private file for a bug report; return its path."""
    fd, path = tempfile.mkstemp(prefix="ipom-crash-", suffix=".txt")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("".join(traceback.format_exception(exc)))
    return path


def _file_error(exc: OSError) -> str:
    """A file system refusal (read-only, full, no permission) as the one line to act on."""
    where = f"{exc.filename} → {exc.filename2}" if exc.filename2 else str(exc.filename)
    return (
        f"{where}: {exc.strerror or type(exc).__name__} — check that the folder exists, "
        "is writable by this user and has free space"
    )


def _crash(exc: BaseException) -> NoReturn:
    """An unexpected error: the details go to a file, the user gets one line and exit 2."""
    path = _crash_report(exc)
    click.echo(
        f"ipom: internal error ({type(exc).__name__}: {exc}); details in {path} — please report it",
        err=True,
    )
    sys.exit(EXIT_CANNOT_RUN)


def main() -> None:
    """Console entry point: never a traceback on the user's screen."""
    try:
        code = cli.main(standalone_mode=False, prog_name="ipom")
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("ipom: aborted", err=True)
        sys.exit(EXIT_CANNOT_RUN)
    except KeyboardInterrupt:
        click.echo("ipom: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except OSError as exc:
        if exc.filename is None:  # not about a file or folder: an unexpected error
            _crash(exc)
        click.echo(f"ipom: {_file_error(exc)}", err=True)
        sys.exit(EXIT_CANNOT_RUN)
    except Exception as exc:
        _crash(exc)
    sys.exit(code if isinstance(code, int) else EXIT_OK)

"""`ipom init`: the example config written (never over a file), a private storage folder, the schema.

Safe to run again: an existing config is left as it is and the database is
only brought up to date. `init` yields each line to show as it goes, so what
was done before a failure is shown before the InitError that stops it.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

from ipom_mail.config import ConfigError, load
from ipom_mail.store import StoreError, migrate, storage_root


class InitError(Exception):
    """Setting up cannot go on; the message says why and what to do."""


def init(path: Path) -> Iterator[str]:
    """Write the config at `path` if missing, make the storage folder and migrate; the lines to show."""
    wrote = write_example_config(path)
    yield (
        f"config: wrote {path} from the example"
        if wrote
        else f"config: {path} exists, left as it is"
    )
    try:
        config = load(path)
        root = storage_root(config)
        new_root = not root.exists()
        revision = migrate(config)
        if new_root:
            root.chmod(0o700)  # it will hold people's mail
    except (ConfigError, StoreError) as exc:
        raise InitError(str(exc)) from None
    except OSError as exc:
        raise InitError(f"cannot set up the storage folder: {exc}") from None
    yield f"storage: {root}" + (" (created, private to this user)" if new_root else "")
    yield f"database: at revision {revision}"
    yield "next steps:"
    for number, step in enumerate(next_steps(path, wrote), 1):
        yield f"  {number}. {step}"


def write_example_config(path: Path) -> bool:
    """Write the example config at `path` unless a file is there (atomic no-overwrite); wrote it?"""
    example = files("ipom_mail").joinpath("data/config.example.toml").read_text(encoding="utf-8")
    try:
        with path.open("x", encoding="utf-8") as fh:
            fh.write(example)
    except FileExistsError:
        return False
    except OSError as exc:
        raise InitError(
            f"cannot write {path}: {exc.strerror} — create its folder or pick --config"
        ) from None
    return True


def next_steps(path: Path, wrote: bool) -> list[str]:
    """What a new operator does next, in order."""
    flag = "" if str(path) == "ipom.toml" else f" --config {path}"
    return [
        f"edit {path}: [imap] host, username, folder; [smtp] host, username, from"
        if wrote
        else f"check {path} has your mailbox ([imap]) and reply server ([smtp])",
        "give the passwords without writing them in the file: export IPOM_IMAP_PASSWORD=… "
        "IPOM_SMTP_PASSWORD=… (or password_file / password_command)",
        f"ipom{flag} doctor        # checks it all; says how to fix what is wrong",
        f"ipom{flag} serve         # the service (or cron: */5 * * * * ipom{flag} poll)",
    ]

"""Where the store lives on disk, with the standard library alone (no SQLAlchemy).

The storage folder, the SQLite file's name, the migration scripts and the
revision they lead to: what an idle poll's first look (`store/peek`) needs
before it knows whether the store's libraries must load at all.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from ipom_mail.config import Config

SQLITE_NAME = "ipom.sqlite3"
_REPO_MIGRATIONS = Path(__file__).resolve().parents[3] / "migrations"
_REVISION = re.compile(r"^(down_)?revision\b[^=]*=\s*(?:[\"']([^\"']+)[\"']|None)", re.M)


class StoreError(Exception):
    """The store cannot be used; the message says what is wrong and what to do."""


def storage_root(config: Config) -> Path:
    """The storage folder; a relative path is relative to the config file's folder."""
    path = Path(config.storage.path).expanduser()
    if not path.is_absolute() and config.path is not None:
        path = config.path.resolve().parent / path
    return path.absolute()


def script_location() -> Path:
    """The Alembic scripts folder: inside the installed package, else the source tree's."""
    try:
        shipped = resources.files("ipom_mail") / "migrations"
        if shipped.is_dir() and (shipped / "env.py").is_file():
            return Path(str(shipped))
    except (ModuleNotFoundError, NotADirectoryError):  # pragma: no cover - broken install
        pass
    if (_REPO_MIGRATIONS / "env.py").is_file():
        return _REPO_MIGRATIONS
    raise StoreError(
        "the database migration scripts are missing from this installation; reinstall ipom-mail"
    )


def head_from_files() -> str | None:
    """The head revision read from the scripts' own lines, when the history is one line.

    Reading them this way spares Alembic's import (a third of an idle poll's start);
    anything unusual (branches, no scripts) returns None and Alembic decides.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        for script in (script_location() / "versions").glob("*.py"):
            for down, value in _REVISION.findall(script.read_text(encoding="utf-8")):
                if value:
                    (parents if down else revisions).add(value)
    except (OSError, StoreError, UnicodeDecodeError):
        return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None

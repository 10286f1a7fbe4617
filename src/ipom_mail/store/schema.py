"""Alembic, run from code: find the migration scripts, upgrade, and check the revision.

The scripts live in the top-level `migrations/` folder of the source tree and
are shipped inside the wheel as `ipom_mail/migrations`; `script_location`
finds them in either place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from ipom_mail.store.db import StoreError
from ipom_mail.store.layout import head_from_files
from ipom_mail.store.layout import script_location as script_location

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig


def alembic_config(engine: Engine | None = None) -> AlembicConfig:
    """An Alembic config pointing at our scripts (no alembic.ini needed).

    env.py takes the engine from `attributes["engine"]`, so no URL (and no
    password) is ever written into Alembic's config.
    """
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(script_location()))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    """The revision this ipom's code needs."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - would be a packaging bug
        raise StoreError("no migration scripts found; reinstall ipom-mail")
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for a database ipom never set up."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _known(revision: str) -> bool:
    """Whether this code's scripts know `revision` (else the database is newer)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine) -> str:
    """Bring the database to the head revision; return it."""
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    revision = current_revision(engine)
    if revision is None:  # pragma: no cover - alembic would have raised
        raise StoreError("the database migration did not record a revision")
    return revision


def _recorded_revision(engine: Engine) -> str | None:
    """The revision in alembic_version, read with plain SQL; None when it cannot be read."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def check(engine: Engine) -> str:
    """The database's revision when it is the one this code needs, else a StoreError."""
    fast = head_from_files()
    if fast is not None and _recorded_revision(engine) == fast:
        return fast  # the usual case, without importing Alembic
    needed = head_revision()
    current = current_revision(engine)
    if current == needed:
        return current
    if current is None:
        raise StoreError(
            f"the database has no ipom tables, this ipom needs {needed}: run `ipom init`"
        )
    if not _known(current):
        raise StoreError(
            f"the database is at revision {current}, newer than this ipom (which needs {needed}): "
            "upgrade ipom-mail"
        )
    raise StoreError(
        f"the database is at revision {current}, this ipom needs {needed}: run `ipom init`"
    )

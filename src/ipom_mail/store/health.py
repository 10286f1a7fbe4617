"""Whether the configured database answers and is at the revision this ipom needs (`ipom doctor`).

It opens its own engine and closes it again, so it works before `open_store`
would; each problem comes back as the line that says what to fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ipom_mail.config import Config
from ipom_mail.store import schema
from ipom_mail.store.db import (
    DatabaseError,
    StoreError,
    database_reason,
    database_url,
    describe,
    make_engine,
)


@dataclass(frozen=True, slots=True)
class DatabaseHealth:
    """`ok`, and the line to show: where it is and at which revision, or what to fix."""

    ok: bool
    detail: str


def database_health(config: Config) -> DatabaseHealth:
    """The database answers and is at the head revision; else what is wrong and what to do."""
    try:
        url = database_url(config)
    except StoreError as exc:
        return DatabaseHealth(False, str(exc))
    shown = describe(url)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).is_file():
        return DatabaseHealth(False, f"there is no database at {url.database} — run `ipom init`")
    try:
        engine = make_engine(url, config.storage.busy_timeout_seconds)
    except (StoreError, ImportError, DatabaseError) as exc:
        return DatabaseHealth(False, f"cannot use {shown}: {exc}")
    try:
        revision = schema.check(engine)
    except StoreError as exc:
        return DatabaseHealth(False, f"{shown}: {exc}")
    except DatabaseError as exc:
        return DatabaseHealth(
            False,
            f"cannot reach {shown}: {database_reason(exc)} — check [storage] database_url "
            "and the server",
        )
    finally:
        engine.dispose()
    return DatabaseHealth(True, f"{shown} at revision {revision} (current)")

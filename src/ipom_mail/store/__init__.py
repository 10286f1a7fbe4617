"""The store: the database (SQLAlchemy + Alembic) and the storage folder (files by sha256).

Crash-safe and idempotent: files are durable before the transaction commits,
and a message seen again is recognised, never stored twice.

The names below load on first use (PEP 562): an idle poll imports the store's
light modules (`store/layout`, `store/peek`, `store/locks`) without SQLAlchemy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipom_mail.store.api import Store, migrate, open_store
    from ipom_mail.store.archive import Archive
    from ipom_mail.store.db import StoreError, database_url, message_fault, storage_root
    from ipom_mail.store.faults import STORE_POINTS, fault, parse_faults
    from ipom_mail.store.record import Origin, OutboxReply, Recorded

_HOME = {
    "Store": "api",
    "migrate": "api",
    "open_store": "api",
    "Archive": "archive",
    "StoreError": "layout",
    "database_url": "db",
    "message_fault": "db",
    "storage_root": "layout",
    "STORE_POINTS": "faults",
    "fault": "faults",
    "parse_faults": "faults",
    "Origin": "record",
    "OutboxReply": "record",
    "Recorded": "record",
}

__all__ = [
    "STORE_POINTS",
    "Archive",
    "Origin",
    "OutboxReply",
    "Recorded",
    "Store",
    "StoreError",
    "database_url",
    "fault",
    "message_fault",
    "migrate",
    "open_store",
    "parse_faults",
    "storage_root",
]


def __getattr__(name: str) -> object:
    """A public name of the store, imported from its module when first asked for."""
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value

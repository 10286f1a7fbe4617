"""The store: the database (SQLAlchemy + Alembic) and the storage folder (files by sha256).

Crash-safe and idempotent: files are durable before the transaction commits,
and a message seen again is recognised, never stored twice.
"""

from ipom_mail.store.api import Store, migrate, open_store
from ipom_mail.store.archive import Archive
from ipom_mail.store.db import StoreError, database_url, message_fault, storage_root
from ipom_mail.store.faults import STORE_POINTS, fault, parse_faults
from ipom_mail.store.record import Origin, OutboxReply, Recorded

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

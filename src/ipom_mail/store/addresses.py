"""E-mail addresses compared the same way everywhere: the whole address, case ignored.

Senders are stored as they wrote their From (`Maria.Lopez@example.es`); a
curator may type any case. Matching is done here in Python, so the rule is
the same on SQLite (whose lower() knows only ASCII) and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipom_mail.store.models import RawMessage, Reply, Submission


def normal(address: str) -> str:
    """The form addresses are compared in."""
    return address.strip().lower()


def spellings(session: Session, address: str) -> list[str]:
    """Every stored spelling of `address` (submission and message senders, reply recipients)."""
    wanted = normal(address)
    stored: set[str | None] = set()
    for column in (Submission.sender, RawMessage.sender, Reply.to_addr):
        stored.update(session.scalars(select(column).distinct()))
    return sorted(s for s in stored if s and normal(s) == wanted)

"""Entries of the event log that belong to no submission, read and written by kind.

`desk/publish/ledger` keeps where `post` and `gallery` published what as
such entries (kind "published"); the detail is the caller's text.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from ipom_mail.store.api import Store
from ipom_mail.store.models import Event


def add_event(store: Store, kind: str, detail: str) -> None:
    """Add one entry of `kind` to the event log."""
    with store.session() as session:
        session.add(Event(kind=kind, detail=detail))


def event_details(store: Store, kind: str) -> list[str | None]:
    """The detail of every entry of `kind`, oldest first."""
    with store.session(write=False) as session:
        return list(
            session.scalars(select(Event.detail).where(Event.kind == kind).order_by(Event.id))
        )


def rewrite_events(store: Store, kind: str, change: Callable[[str | None], str | None]) -> None:
    """Give each entry of `kind` the detail `change` returns for it (None: leave it as it is)."""
    with store.session() as session:
        for event in session.scalars(select(Event).where(Event.kind == kind)):
            new = change(event.detail)
            if new is not None:
                event.detail = new

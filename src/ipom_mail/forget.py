"""`ipom forget SENDER`: a photographer's right to be forgotten.

The curator sees what will go, confirms, and every submission, message,
reply and file of that sender is deleted; the event log keeps a record that
it was done (with a hash of the address, not the address).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select

from .store import Store
from .store.curator import Forgotten, forget_sender
from .store.models import RawMessage, Submission


@dataclass(frozen=True, slots=True)
class Preview:
    """What forgetting a sender would delete, shown before the curator confirms."""

    sender: str
    references: tuple[str, ...]
    messages: int


def preview(store: Store, sender: str) -> Preview:
    """The sender's submissions and messages, as the curator confirms them."""
    address = sender.strip().lower()
    with store.session(write=False) as session:
        subs = list(
            session.execute(
                select(Submission.id, Submission.reference).where(Submission.sender == address)
            )
        )
        ids = [sid for sid, _ in subs]
        messages = session.scalar(
            select(func.count()).where(
                or_(RawMessage.sender == address, RawMessage.submission_id.in_(ids))
            )
        )
    refs = tuple(ref or "(not a submission: no reference)" for _, ref in subs)
    return Preview(address, refs, int(messages or 0))


def forget(store: Store, sender: str, curator: str) -> Forgotten:
    """Delete everything of `sender` and record that it was done."""
    return forget_sender(store, sender, curator)

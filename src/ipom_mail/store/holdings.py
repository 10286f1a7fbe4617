"""What the store holds of one sender (any spelling of the address): before `ipom forget` acts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select

from ipom_mail.store.addresses import normal, spellings
from ipom_mail.store.api import Store
from ipom_mail.store.models import MediaRow, RawMessage, Submission


@dataclass(frozen=True, slots=True)
class Holdings:
    """A sender's submissions, messages and stored files."""

    sender: str  # the address as compared: whole, case ignored
    references: tuple[str | None, ...]  # None: a message that never became a submission
    messages: int
    sha256: frozenset[str]  # the files of the sender's submissions
    shared: frozenset[str]  # of those, the files another sender's submission also holds


def sender_holdings(store: Store, sender: str) -> Holdings:
    """Everything stored from `sender`, matched in any case."""
    with store.session(write=False) as session:
        named = spellings(session, sender)
        subs = list(
            session.execute(
                select(Submission.id, Submission.reference).where(Submission.sender.in_(named))
            )
        )
        ids = [sid for sid, _ in subs]
        messages = session.scalar(
            select(func.count()).where(
                or_(RawMessage.sender.in_(named), RawMessage.submission_id.in_(ids))
            )
        )
        shas = set(session.scalars(select(MediaRow.sha256).where(MediaRow.submission_id.in_(ids))))
        others = set(
            session.scalars(
                select(MediaRow.sha256).where(
                    MediaRow.sha256.in_(shas), MediaRow.submission_id.not_in(ids)
                )
            )
        )
    return Holdings(
        normal(sender),
        tuple(ref for _, ref in subs),
        int(messages or 0),
        frozenset(shas),
        frozenset(others),
    )

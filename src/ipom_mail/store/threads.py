"""The earlier submissions a follow-up may belong to: found by our replies or by reference.

Reads only. The rule that decides whether a message follows one up (same
sender, not forged) is `reply/matching`'s; this module answers its two
lookups and reads the submission back as a `Previous` to merge into.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from ipom_mail.pipeline.values import Previous
from ipom_mail.store.api import Store
from ipom_mail.store.models import FieldValue, Link, MediaRow, Reply, Submission
from ipom_mail.store.rows import fields_from_values, media_item


def find_previous(
    store: Store, sender: str, answered: Sequence[str], references: Sequence[str]
) -> Previous | None:
    """The newest submission from `sender` (lower-case) that answers one of our replies
    (`answered`: Message-IDs) or, failing that, that one of `references` names."""
    same_sender = func.lower(Submission.sender) == sender
    with store.session(write=False) as session:
        found = _newest(session, answered, references, same_sender)
        return None if found is None else _previous(session, found)


def named_elsewhere(store: Store, answered: Sequence[str], references: Sequence[str]) -> str | None:
    """The reference of a submission these Message-IDs answer or these references name,
    whoever sent the mail."""
    with store.session(write=False) as session:
        found = _newest(session, answered, references, None)
        return None if found is None else found.reference


def _newest(
    session: Session,
    answered: Sequence[str],
    references: Sequence[str],
    condition: ColumnElement[bool] | None,
) -> Submission | None:
    """The newest submission answered by reply Message-ID, else named by reference."""
    extra = () if condition is None else (condition,)
    if answered:
        query = (
            select(Submission)
            .join(Reply, Reply.submission_id == Submission.id)
            .where(Reply.message_id.in_(list(answered)), *extra)
        )
        found = session.scalars(query.order_by(Submission.id.desc())).first()
        if found is not None:
            return found
    if not references:
        return None
    query = select(Submission).where(Submission.reference.in_(list(references)), *extra)
    return session.scalars(query.order_by(Submission.id.desc())).first()


def _previous(session: Session, sub: Submission) -> Previous:
    """Read a submission's stored fields, links and media back as values."""
    values: dict[str, object] = {}
    for row in session.scalars(select(FieldValue).where(FieldValue.submission_id == sub.id)):
        values[row.name] = row.value
        if row.name == "taken_at":
            values["taken_at_source"] = row.source
    links = tuple(
        session.scalars(
            select(Link.url).where(Link.submission_id == sub.id).order_by(Link.position)
        )
    )
    media_rows = session.scalars(
        select(MediaRow).where(MediaRow.submission_id == sub.id).order_by(MediaRow.position)
    )
    return Previous(
        submission_id=sub.id,
        reference=sub.reference,
        status=sub.status,
        fields=fields_from_values(values, links),
        media=tuple(media_item(r) for r in media_rows),
    )

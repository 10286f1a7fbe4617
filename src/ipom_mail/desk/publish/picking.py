"""What `ipom pick` checks beyond the decision itself: other picks of the month, the chosen photo."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from ipom_mail.desk.decide import Done, Refused
from ipom_mail.desk.publish.entries import picks
from ipom_mail.desk.queue import named
from ipom_mail.store import Store
from ipom_mail.store import curator as cur
from ipom_mail.store.models import MediaRow
from ipom_mail.store.references import find_submissions


def other_picks(store: Store, refs: Sequence[str], month: str) -> list[str]:
    """References of the month's picks other than those `refs` name (the curator is warned)."""
    try:
        with store.session(write=False) as session:
            mine = {str(s.reference) for s in find_submissions(session, refs)}
    except cur.NotFound:
        return []  # the pick itself will be refused, naming what is wrong
    return [e.reference for e in picks(store, month) if e.reference not in mine]


def choose_photo(store: Store, ref: str, number: int, curator: str) -> Done | Refused:
    """Record that the post shows photo `number` (1-based, as `ipom show` lists them) of REF."""
    try:
        with store.session(write=False) as session:
            sub = cur.find_submission(session, ref)
            reference = str(sub.reference)
            count = session.scalar(
                select(func.count())
                .select_from(MediaRow)
                .where(MediaRow.submission_id == sub.id, MediaRow.kind != "other")
            )
        if not count or number > count:
            return Refused(
                f"{reference} has {count or 'no'} photo(s): --photo {number} is not one of them"
            )
        cur.add_decisions(store, [reference], "photo", curator, value=number)
    except cur.NotFound as exc:
        return Refused(str(exc))
    now = named(store, reference)
    return Done(now.reference, now.photographer, f"photo {number} of {count} in the post")

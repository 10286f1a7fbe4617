"""What `ipom pick` checks beyond the decision itself: other picks of the month, the chosen photo."""

from __future__ import annotations

from sqlalchemy import func, select

from ..decide import Done, Refused
from ..store import Store
from ..store import curator as cur
from ..store.models import MediaRow
from .entries import picks


def other_picks(store: Store, ref: str, month: str) -> list[str]:
    """References of the month's picks other than `ref` (the curator is warned of them)."""
    mine = ref.strip().upper()
    return [e.reference for e in picks(store, month) if e.reference.upper() != mine]


def choose_photo(store: Store, ref: str, number: int, curator: str) -> Done | Refused:
    """Record that the post shows photo `number` (1-based, as `ipom show` lists them) of REF."""
    try:
        with store.session(write=False) as session:
            sub = cur.find_submission(session, ref)
            count = session.scalar(
                select(func.count())
                .select_from(MediaRow)
                .where(MediaRow.submission_id == sub.id, MediaRow.kind != "other")
            )
        if not count or number > count:
            return Refused(
                f"{ref} has {count or 'no'} photo(s): --photo {number} is not one of them"
            )
        cur.add_decision(store, ref, "photo", curator, value=number)
    except cur.NotFound as exc:
        return Refused(str(exc))
    return Done("photo", ref, f"photo {number} of {count} in the post")

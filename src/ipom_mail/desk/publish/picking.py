"""What `ipom pick` checks beyond the decision itself: other picks of the month, the chosen photo."""

from __future__ import annotations

from collections.abc import Sequence

from ipom_mail.desk.decide import Done, Refused
from ipom_mail.desk.publish.entries import picks
from ipom_mail.desk.queue import named
from ipom_mail.store import Store
from ipom_mail.store import curator as cur
from ipom_mail.store.attach import photos
from ipom_mail.store.detail import references


def other_picks(store: Store, refs: Sequence[str], month: str) -> list[str]:
    """References of the month's picks other than those `refs` name (the curator is warned)."""
    try:
        mine = references(store, refs)
    except cur.NotFound:
        return []  # the pick itself will be refused, naming what is wrong
    return [e.reference for e in picks(store, month) if e.reference not in mine]


def choose_photo(store: Store, ref: str, number: int, curator: str) -> Done | Refused:
    """Record that the post shows photo `number` (1-based, as `ipom show` lists them) of REF."""
    try:
        held = photos(store, ref)
        if not held.count or number > held.count:
            return Refused(
                f"{held.reference} has {held.count or 'no'} photo(s): "
                f"--photo {number} is not one of them"
            )
        cur.add_decisions(store, [held.reference], "photo", curator, value=number)
    except cur.NotFound as exc:
        return Refused(str(exc))
    now = named(store, held.reference)
    return Done(now.reference, now.photographer, f"photo {number} of {held.count} in the post")


def congratulate(
    store: Store, refs: Sequence[str], month: str, sender_from: str
) -> list[tuple[str, bool]]:
    """Queue a congratulation in the outbox for each pick `refs` name, each submission once:
    its reference and whether one was queued (False: no sender address to write to)."""
    found = []
    for reference in dict.fromkeys(named(store, ref).reference for ref in refs):
        queued = cur.queue_congratulation(store, reference, month, sender_from)
        found.append((reference, queued is not None))
    return found

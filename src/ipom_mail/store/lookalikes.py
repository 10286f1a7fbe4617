"""Submissions whose photos look alike: linked at intake and on reprocess, read by show, queue and `ipom duplicates`.

A link is written both ways (A→B and B→A) so that either side finds it with
one indexed query. `same_sender` compares addresses case-insensitively: a
re-send by the same photographer is told apart from someone else's re-used
photo, which the curator must see loudly.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from ipom_mail.pipeline.verify.lookalike import SAME_PHOTO_DISTANCE, hash_distance, hashes
from ipom_mail.store.models import Lookalike, MediaRow, Submission


@dataclass(frozen=True, slots=True)
class Twin:
    """Another submission with a photo like this one's."""

    reference: str | None
    sender: str | None
    same_sender: bool
    distance: int


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b and a.casefold() == b.casefold())


INDEX_KEY = "ipom_lookalike_index"  # session.info key of a batch's PrintIndex (store/batch.py)
Print = tuple[int, tuple[int, ...], str | None]  # submission id, parsed fingerprint, sender


class PrintIndex:
    """A batch's fingerprints: read from the database once, then each new photo added,
    instead of every fingerprint read again for each message the batch stores."""

    def __init__(self) -> None:
        self.prints: list[Print] | None = None  # None: not read yet


def _others(session: Session, submission_id: int) -> list[Print]:
    """Every other submission's fingerprints: from the database, or the batch's index."""
    index = session.info.get(INDEX_KEY)
    if isinstance(index, PrintIndex) and index.prints is not None:
        return [p for p in index.prints if p[0] != submission_id]
    rows = session.execute(
        select(MediaRow.submission_id, MediaRow.fingerprint, Submission.sender)
        .join(Submission, Submission.id == MediaRow.submission_id)
        .where(MediaRow.submission_id != submission_id, MediaRow.fingerprint.is_not(None))
    )
    found: list[Print] = [(i, hashes(f), s) for i, f, s in rows if f]
    if isinstance(index, PrintIndex):
        index.prints = list(found)
    return found


def link_lookalikes(session: Session, submission_id: int) -> int:
    """(Re)compute the links of one submission to every other; the number linked."""
    session.flush()
    session.execute(
        delete(Lookalike).where(
            or_(Lookalike.submission_id == submission_id, Lookalike.other_id == submission_id)
        )
    )
    mine = [
        f
        for f in session.scalars(
            select(MediaRow.fingerprint).where(
                MediaRow.submission_id == submission_id, MediaRow.fingerprint.is_not(None)
            )
        )
        if f
    ]
    if not mine:
        return 0
    me = session.get(Submission, submission_id)
    sender = me.sender if me is not None else None
    best: dict[int, tuple[int, str | None]] = {}
    parsed = [hashes(m) for m in mine]
    for other_id, other_print, other_sender in _others(session, submission_id):
        d = min(hash_distance(m, other_print) for m in parsed)
        if d <= SAME_PHOTO_DISTANCE and d < best.get(other_id, (65, None))[0]:
            best[other_id] = (d, other_sender)
    index = session.info.get(INDEX_KEY)
    if isinstance(index, PrintIndex) and index.prints is not None:
        index.prints.extend((submission_id, m, sender) for m in parsed)
        # rows of the batch may have been rolled back with their savepoint: only the living count
        best = {k: v for k, v in best.items() if session.get(Submission, k) is not None}
    for other_id, (d, other_sender) in best.items():
        same = _same(sender, other_sender)
        session.add(
            Lookalike(submission_id=submission_id, other_id=other_id, distance=d, same_sender=same)
        )
        session.add(
            Lookalike(submission_id=other_id, other_id=submission_id, distance=d, same_sender=same)
        )
    return len(best)


def twins(session: Session, submission_id: int) -> list[Twin]:
    """The submissions whose photos look like this one's, closest first."""
    rows = session.execute(
        select(Submission.reference, Submission.sender, Lookalike.same_sender, Lookalike.distance)
        .join(Submission, Submission.id == Lookalike.other_id)
        .where(Lookalike.submission_id == submission_id)
        .order_by(Lookalike.distance, Submission.id)
    )
    return [Twin(ref, sender, same, d) for ref, sender, same, d in rows]


def groups(session: Session) -> list[list[int]]:
    """Submissions linked by look-alike photos, as groups of ids (each sorted, oldest first)."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in session.execute(select(Lookalike.submission_id, Lookalike.other_id)):
        parent[root(a)] = root(b)
    found: dict[int, list[int]] = {}
    for x in list(parent):
        found.setdefault(root(x), []).append(x)
    return sorted((sorted(g) for g in found.values() if len(g) > 1), key=lambda g: g[0])

"""Submissions whose photos look alike: linked at intake and on reprocess, read by show, queue and `ipom duplicates`.

A link is written both ways (A→B and B→A) so that either side finds it with
one indexed query. `same_sender` compares addresses case-insensitively: a
re-send by the same photographer is told apart from someone else's re-used
photo, which the curator must see loudly.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, insert, or_, select
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
# submission id, parsed fingerprint, sender, reference
Print = tuple[int, tuple[int, ...], str | None, str | None]


class PrintIndex:
    """A batch's fingerprints: read from the database once, then each new photo added,
    instead of every fingerprint read again for each message the batch stores.

    A message's prints wait in `pending` until its savepoint is released (`keep`);
    a savepoint rolled back drops them (`drop`), so no print outlives its rows.
    """

    def __init__(self) -> None:
        self.prints: list[Print] | None = None  # None: not read yet
        self.pending: list[Print] = []

    def keep(self) -> None:
        """The open savepoint was released: its prints join the index."""
        if self.prints is not None:
            self.prints.extend(self.pending)
        self.pending.clear()

    def drop(self, mark: int = 0) -> None:
        """A savepoint opened when `mark` prints were pending was rolled back: its are forgotten."""
        del self.pending[mark:]


def _others(session: Session, submission_id: int) -> list[Print]:
    """Every other submission's fingerprints: from the database, or the batch's index
    (which may hold this one's earlier photos: the caller skips them)."""
    index = session.info.get(INDEX_KEY)
    if isinstance(index, PrintIndex) and index.prints is not None:
        return index.prints + index.pending
    rows = session.execute(
        select(
            MediaRow.submission_id, MediaRow.fingerprint, Submission.sender, Submission.reference
        )
        .join(Submission, Submission.id == MediaRow.submission_id)
        .where(MediaRow.submission_id != submission_id, MediaRow.fingerprint.is_not(None))
    )
    found: list[Print] = [(i, hashes(f), s, r) for i, f, s, r in rows if f]
    if isinstance(index, PrintIndex):
        index.prints = found
        return found + index.pending
    return found


def link_lookalikes(
    session: Session, submission_id: int, new: list[str] | None = None
) -> list[Twin]:
    """(Re)compute the links of one submission to every other; its twins, closest first.

    `new`: the fingerprints of a submission just added (it has no links yet), else they
    are read and its links made again."""
    mine = new if new is not None else _relink(session, submission_id)
    if not mine:
        return []
    me = session.get(Submission, submission_id)
    sender, reference = (me.sender, me.reference) if me is not None else (None, None)
    best: dict[int, tuple[int, str | None, str | None]] = {}
    parsed = [hashes(m) for m in mine]
    for other_id, other_print, other_sender, other_ref in _others(session, submission_id):
        if other_id == submission_id:
            continue
        d = min(hash_distance(m, other_print) for m in parsed)
        if d <= SAME_PHOTO_DISTANCE and d < best.get(other_id, (65,))[0]:
            best[other_id] = (d, other_sender, other_ref)
    index = session.info.get(INDEX_KEY)
    if isinstance(index, PrintIndex):
        index.pending.extend((submission_id, m, sender, reference) for m in parsed)
    found = sorted(best.items(), key=lambda item: (item[1][0], item[0]))
    rows = []
    for other_id, (d, other_sender, _ref) in found:
        same = _same(sender, other_sender)
        rows.append(
            dict(submission_id=submission_id, other_id=other_id, distance=d, same_sender=same)
        )
        rows.append(
            dict(submission_id=other_id, other_id=submission_id, distance=d, same_sender=same)
        )
    if rows:  # one executemany, not two ORM objects per twin (a photo sent many times)
        session.execute(insert(Lookalike), rows)
    return [Twin(ref, s, _same(sender, s), d) for _id, (d, s, ref) in found]


def _relink(session: Session, submission_id: int) -> list[str]:
    """A stored submission's links dropped (they are made again) and its fingerprints."""
    session.flush()
    session.execute(
        delete(Lookalike).where(
            or_(Lookalike.submission_id == submission_id, Lookalike.other_id == submission_id)
        )
    )
    query = select(MediaRow.fingerprint).where(
        MediaRow.submission_id == submission_id, MediaRow.fingerprint.is_not(None)
    )
    return [f for f in session.scalars(query) if f]


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

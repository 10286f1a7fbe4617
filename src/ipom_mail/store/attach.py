"""A submission's photos counted, and a photo the curator attaches (`ipom attach`) stored."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ipom_mail.pipeline.values import MediaItem
from ipom_mail.store.api import Store
from ipom_mail.store.models import Event, MediaRow
from ipom_mail.store.references import find_submission
from ipom_mail.store.rows import media_row


@dataclass(frozen=True, slots=True)
class Photos:
    """How many photos and videos a submission holds (files that are not media left out)."""

    reference: str
    count: int


def _count(session: Session, submission_id: int) -> int:
    found = session.scalar(
        select(func.count())
        .select_from(MediaRow)
        .where(MediaRow.submission_id == submission_id, MediaRow.kind != "other")
    )
    return int(found or 0)


def photos(store: Store, ref: str) -> Photos:
    """The submission `ref` names and its number of photos (NotFound when it names none)."""
    with store.session(write=False) as session:
        sub = find_submission(session, ref)
        return Photos(str(sub.reference), _count(session, sub.id))


def attach_media(store: Store, ref: str, item: MediaItem, data: bytes, curator: str) -> Photos:
    """Store `data` as the last photo of REF, the curator's (it fills a missing "photo");
    the submission's photos before it. NotFound when `ref` names no submission."""
    with store.session() as session:
        sub = find_submission(session, ref)
        last = session.scalar(
            select(func.max(MediaRow.position)).where(MediaRow.submission_id == sub.id)
        )
        before = Photos(str(sub.reference), _count(session, sub.id))
        store.archive.put_media(data, item.mime)
        row = media_row(item, (last if last is not None else -1) + 1, sub.id, 0)
        row.raw_id, row.archived = None, True
        session.add(row)
        session.add(
            Event(submission_id=sub.id, kind="attach", detail=f"{curator}: {item.filename}")
        )
        if "photo" in (sub.missing or []):
            sub.missing = [m for m in sub.missing if m != "photo"]
            if not sub.missing and sub.status == "incomplete":
                sub.status = "complete"
        return before

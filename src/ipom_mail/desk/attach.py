"""`ipom attach REF FILE`: the original of a link-only submission, added by the curator.

The file passes the same checks as a mailed photo (type sniffed from the
bytes, size and pixel limits, decoding in bounded workers, EXIF read); a
file that is not a usable photo is refused with the media stage's reason and
nothing is stored. An attached photo fills a missing "photo".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ipom_mail.config import LimitsConfig
from ipom_mail.desk.decide import Refused
from ipom_mail.pipeline.media import DecoderUnavailable, extract_media
from ipom_mail.pipeline.values import Part
from ipom_mail.store import Store
from ipom_mail.store import curator as cur
from ipom_mail.store.models import Event, MediaRow
from ipom_mail.store.rows import media_row

_MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Attached:
    """The photo added to a submission and its number among the submission's photos."""

    reference: str
    number: int
    kind: str
    mime: str | None
    width: int | None
    height: int | None
    camera: str | None


def attach(
    store: Store, ref: str, path: Path, limits: LimitsConfig, curator: str
) -> Attached | Refused:
    """Check the file at `path` as media and add it to REF's photos; a Refused says why not."""
    if not path.is_file():
        return Refused(f"{path}: no such file")
    if path.stat().st_size > limits.max_attachment_mb * _MIB:
        return Refused(
            f"{path.name}: larger than [limits] max_attachment_mb ({limits.max_attachment_mb:g} MB)"
        )
    data = path.read_bytes()
    try:
        item = extract_media([Part(path.name, None, data, "attachment")], limits).items[0]
    except DecoderUnavailable:
        return Refused("the image decoder could not be started; try again")
    if item.kind == "other":
        return Refused(item.note or f"{path.name}: not a photo ({item.problem})")
    try:
        with store.session() as session:
            sub = cur.find_submission(session, ref)
            last = session.scalar(
                select(func.max(MediaRow.position)).where(MediaRow.submission_id == sub.id)
            )
            count = session.scalar(
                select(func.count())
                .select_from(MediaRow)
                .where(MediaRow.submission_id == sub.id, MediaRow.kind != "other")
            )
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
            reference = str(sub.reference)
    except cur.NotFound as exc:
        return Refused(str(exc))
    return Attached(
        reference, int(count or 0) + 1, item.kind, item.mime, item.width, item.height, item.camera
    )

"""`ipom attach REF FILE`: the original of a link-only submission, added by the curator.

The file passes the same checks as a mailed photo (type sniffed from the
bytes, size and pixel limits, decoding in bounded workers, EXIF read); a
file that is not a usable photo is refused with the media stage's reason and
nothing is stored. An attached photo fills a missing "photo".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ipom_mail.config import LimitsConfig
from ipom_mail.desk.decide import Refused
from ipom_mail.pipeline.media import DecoderUnavailable, extract_media
from ipom_mail.pipeline.values import Part
from ipom_mail.store import Store
from ipom_mail.store.attach import attach_media
from ipom_mail.store.references import NotFound

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
        before = attach_media(store, ref, item, data, curator)
    except NotFound as exc:
        return Refused(str(exc))
    return Attached(
        before.reference,
        before.count + 1,
        item.kind,
        item.mime,
        item.width,
        item.height,
        item.camera,
    )

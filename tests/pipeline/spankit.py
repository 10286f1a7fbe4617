"""What the readers make of a text's times: the photo's start and end, and the pass window.
Shared by the tests of series, spans and pass windows."""

from __future__ import annotations

from datetime import datetime

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

Window = tuple[datetime | None, datetime | None]


def read_spans(text: str, sent: datetime) -> tuple[datetime | None, datetime | None, Window]:
    """taken_at, taken_until and the pass's (start, end) the fields stage reads in `text`."""
    taken = find_taken_at(text, Media(()), sent)
    flyby = find_flyby(text, taken, sent)
    return taken.taken_at, taken.until, (flyby.start, flyby.end)

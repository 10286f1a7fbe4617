"""A time the curator types (`ipom edit --taken-at`), read as the fields stage reads a sender's.

One reader for both: what a photographer may write ("18:03 JST", "21h34 heure de Paris",
"9:34 pm EDT", "12 мая 2024 21:34 MSK") the curator may type, and what the stage
refuses to guess (a date that reads two ways, a zone out of season, no zone) is
refused here too. There is no Date header and no camera: nothing dates a yearless
date or settles an abbreviation by the sender's clock.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ipom_mail.pipeline.fields.taken_at import TakenAt, parse_time_answer


def read_typed(text: str) -> TakenAt:
    """The UT time (or the date alone) a typed value gives, with the notes on what it lacks.

    A full ISO 8601 date-time with its offset ("2024-05-12 23:34+02:00") is certain as
    it stands and read by the standard library; anything else by the fields stage.
    """
    cleaned = " ".join(text.split())
    try:
        iso = datetime.fromisoformat(cleaned)
    except ValueError:
        iso = None
    if iso is not None and iso.tzinfo is not None and 1900 <= iso.year <= 2999:
        return TakenAt(iso.astimezone(UTC), "body", None)
    return parse_time_answer(cleaned, None, None)

"""A span's end given by its own verb after "and" (blind batch 15, issue 13): "exposure
started 9:12:15pm NZDT and ran to 9:14:45pm NZDT" is a long exposure with its end, in
several languages; a pass's span so written is the pass's window, never the photo's time,
and a later time after another verb ("and went to bed at") makes no span."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

SENT = datetime(2026, 11, 18, 8, 0, tzinfo=timezone(timedelta(hours=1)))
START = datetime(2026, 11, 17, 17, 41, tzinfo=UTC)
END = datetime(2026, 11, 17, 17, 43, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "On 17 November 2026 the exposure started at 17:41:00 UTC and ran until 17:43:30 UTC.",
        "Am 17. November 2026 begann die Belichtung um 17:41:00 UTC und endete um 17:43:30 UTC.",
        "Le 17 novembre 2026, la pose a commencé à 17 h 41 min UTC et s'est terminée à "
        "17 h 43 min 30 s UTC.",
        "El 17 de noviembre de 2026 la exposición empezó a las 17:41:00 UTC y terminó a las "
        "17:43:30 UTC.",
        "Il 17 novembre 2026 la posa è iniziata alle 17:41:00 UTC e terminata alle 17:43:30 UTC.",
    ],
)
def test_a_long_exposures_end_after_its_own_verb(text: str) -> None:
    taken = find_taken_at(text, Media(()), SENT)
    assert (taken.taken_at, taken.until) == (START, END)


def test_a_passs_span_so_written_is_its_window_not_the_photos_time() -> None:
    text = "On 17 November 2026 the pass started at 17:40:10 UTC and ended at 17:46:30 UTC."
    taken = find_taken_at(text, Media(()), SENT)
    flyby = find_flyby(text, taken, SENT)
    assert taken.taken_at is None
    assert (flyby.start, flyby.end) == (
        datetime(2026, 11, 17, 17, 40, 10, tzinfo=UTC),
        datetime(2026, 11, 17, 17, 46, 30, tzinfo=UTC),
    )


def test_another_verbs_later_time_makes_no_span() -> None:
    text = "On 17 November 2026 I took the photo at 17:41:00 UTC and went to bed at 22:10 UTC."
    taken = find_taken_at(text, Media(()), SENT)
    assert taken.taken_at is None and taken.until is None

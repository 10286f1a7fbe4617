"""The shot's time inside a dated pass window beside the table's culmination row (blind
batch 15, issue 13): "Max: 6:17:45 PM EST" is the pass's, "taken at 6:17:52 PM EST" the
photo's, and it takes the window's date; two times of the photo inside it, or a better-placed time elsewhere, date nothing."""

from __future__ import annotations

from datetime import UTC
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at, in_window
from ipom_mail.pipeline.values import Media


def _inside(text: str, header: str) -> str | None:
    """The photo's UT time as the fields stage reads it: its own, else the window's date."""
    sent = parsedate_to_datetime(header)
    taken = find_taken_at(text, Media(()), sent)
    flyby = find_flyby(text, taken, sent)
    assert flyby.start is not None and flyby.end is not None
    inside = taken.taken_at or in_window(text, sent, (flyby.start, flyby.end))
    return None if inside is None else f"{inside.astimezone(UTC):%Y-%m-%dT%H:%M:%S}"


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        (
            "My photo of the ISS over the bridge, Tuesday evening, November 17, 2026.\n\n"
            "Start: 5:40:10 PM EST\nMax: 5:43:20 PM EST, 71°\nEnd: 5:46:30 PM EST\n\n"
            "The frame I'm sending was taken at 5:43:31 PM EST.",
            "Wed, 18 Nov 2026 08:00:00 -0500",
            "2026-11-17T22:43:31",
        ),
        (
            "Mein Foto der ISS über dem Hafen, Dienstag, 17. November 2026.\n\n"
            "Anfang: 17:40:10 MEZ\nMaximum: 17:43:20 MEZ, 71°\nEnde: 17:46:30 MEZ\n\n"
            "Aufgenommen um 17:43:31 MEZ.",
            "Wed, 18 Nov 2026 08:00:00 +0100",
            "2026-11-17T16:43:31",
        ),
    ],
)
def test_the_photos_time_in_the_window_wins_over_the_tables_culmination(
    text: str, header: str, want: str
) -> None:
    assert _inside(text, header) == want


def test_two_photo_times_inside_the_window_date_nothing() -> None:
    text = (
        "My photo of the ISS over the bridge, Tuesday evening, November 17, 2026.\n\n"
        "Start: 5:40:10 PM EST\nMax: 5:43:20 PM EST, 71°\nEnd: 5:46:30 PM EST\n\n"
        "The first frame was taken at 5:41:02 PM EST, the second was taken at 5:44:40 PM EST."
    )
    assert _inside(text, "Wed, 18 Nov 2026 08:00:00 -0500") is None


def test_a_better_placed_time_outside_the_window_leaves_the_row_alone() -> None:
    text = (
        "Mein Foto der ISS, Dienstag, 17. November 2026.\n\n"
        "Anfang: 17:40:10 MEZ\nMaximum: 17:43:20 MEZ, 71°\nEnde: 17:46:30 MEZ\n\n"
        "Aufgenommen um 17:43:31 MEZ oder 16:43:31 UTC."
    )
    sent = parsedate_to_datetime("Wed, 18 Nov 2026 08:00:00 +0100")
    taken = find_taken_at(text, Media(()), sent)
    flyby = find_flyby(text, taken, sent)
    assert flyby.start is not None and flyby.end is not None
    assert in_window(text, sent, (flyby.start, flyby.end)) is None

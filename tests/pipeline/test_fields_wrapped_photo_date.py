"""The photo's date in a sentence the mail client wrapped over lines, and a standard-time
abbreviation where the clocks keep it all year (issue 13, batch-22).

A series or a labelled time with no date of its own takes the mail's one date when the
date's sentence presents the photo, also where the words that say so stand on the line
before the date's ("Submitting my composite …, shot from the Echo Canyon\\ntrailhead on
Saturday evening (April 24, 2027)."). A sentence about something else gives none.

"MST" in Phoenix in summer is the clock there (Arizona keeps no summer time): converted,
with no note about US Mountain summer time. Without a place that keeps it, "MST" in
summer stays a question.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())


def _sent(header: str) -> datetime:
    from email.utils import parsedate_to_datetime

    return parsedate_to_datetime(header)


WRAPPED = [
    ("Submitting my composite of the ISS over Camelback Mountain, shot from the Echo Canyon\n"
     "trailhead on Saturday evening (April 24, 2027). The station came out of the northwest.\n\n"
     "Series: 8:17:10 PM to 8:21:40 PM MST (Arizona doesn't do daylight saving), 27 frames\n"
     "Location: Phoenix, AZ",
     "Sun, 25 Apr 2027 13:30:00 -0700",
     datetime(2027, 4, 25, 3, 17, 10, tzinfo=UTC), datetime(2027, 4, 25, 3, 21, 40, tzinfo=UTC)),
    ("Ecco la mia sequenza della ISS sopra il Duomo, ripresa dalla terrazza del\n"
     "museo il 12 maggio 2027, con il cielo ancora chiaro.\n\n"
     "Serie: dalle 21:40:10 alle 21:44:30 ora legale italiana",
     "Thu, 13 May 2027 09:00:00 +0200",
     datetime(2027, 5, 12, 19, 40, 10, tzinfo=UTC), datetime(2027, 5, 12, 19, 44, 30, tzinfo=UTC)),
    ("Hier meine Serie der ISS über dem Brocken, aufgenommen vom Parkplatz\n"
     "am Torfhaus am 14. Mai 2027 bei klarem Himmel.\n\n"
     "Serie: von 22:10:05 bis 22:13:40 MESZ",
     "Sat, 15 May 2027 09:00:00 +0200",
     datetime(2027, 5, 14, 20, 10, 5, tzinfo=UTC), datetime(2027, 5, 14, 20, 13, 40, tzinfo=UTC)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "header", "start", "end"), WRAPPED)
def test_a_wrapped_sentence_presenting_the_photo_dates_its_series(
    text: str, header: str, start: datetime, end: datetime
) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent(header))
    assert (taken.taken_at, taken.until) == (start, end)
    assert not taken.notes  # "MST" in Phoenix is the clock there: nothing to note


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # the date's sentence is about a meeting, wrapped: it dates no photo
        ("Our club is showing members' photos at the library on\n"
         "Saturday evening (April 24, 2027), everyone welcome.\n\n"
         "Series: 8:17:10 PM to 8:21:40 PM UTC",
         "Sun, 25 Apr 2027 13:30:00 -0700"),
        ("Il nostro gruppo si ritrova in biblioteca per la serata\n"
         "sociale il 12 maggio 2027.\n\n"
         "Serie: dalle 21:40:10 alle 21:44:30 UTC",
         "Thu, 13 May 2027 09:00:00 +0200"),
    ],
)  # fmt: skip
def test_a_wrapped_sentence_about_something_else_dates_nothing(text: str, header: str) -> None:
    assert find_taken_at(text, NO_MEDIA, _sent(header)).taken_at is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Taken on 24 April 2027 at 8:17 PM MST from Tucson, Arizona.",
         datetime(2027, 4, 25, 3, 17, tzinfo=UTC)),
        ("Taken on 24 April 2027 at 8:17 PM MST from Flagstaff, AZ.",
         datetime(2027, 4, 25, 3, 17, tzinfo=UTC)),
        # no place: in April US Mountain clocks show MDT, so "MST" is asked about
        ("Taken on 24 April 2027 at 8:17 PM MST.", None),
        # Denver keeps summer time: "MST" in April is out of season there
        ("Taken on 24 April 2027 at 8:17 PM MST from Denver, Colorado.", None),
    ],
)  # fmt: skip
def test_mst_where_the_clocks_keep_it_all_year(text: str, want: datetime | None) -> None:
    taken = find_taken_at(text, NO_MEDIA, _sent("Sun, 25 Apr 2027 13:30:00 -0700"))
    assert taken.taken_at == want
    assert bool(taken.notes) is (want is None)

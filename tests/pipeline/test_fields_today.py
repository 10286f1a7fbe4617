"""A time written right after "today" ("saqué hoy a las 21:12") is on the day the mail was
sent by the sender's own clock (CLDR's word for today, issue 13, blind batch 08); a
"today" elsewhere in the sentence, or a time later than the mail, dates nothing."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media


def _taken(text: str, header: str) -> tuple[str | None, str | None]:
    taken = find_taken_at(text, Media(items=()), parsedate_to_datetime(header))
    return (taken.taken_at.isoformat() if taken.taken_at else None), taken.taken_date


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("les mando la foto que saqué hoy a las 21:12 desde el balcón",
         "Tue, 03 Nov 2026 23:37:15 -0300", (None, "2026-11-03")),
        ("Foto von heute um 18:05 MEZ, vom Balkon aus",
         "Wed, 11 Nov 2026 20:00:00 +0100", ("2026-11-11T17:05:00+00:00", None)),
        ("la foto l'ho fatta oggi alle 06:14 dal giardino",
         "Thu, 12 Nov 2026 09:30:00 +0100", (None, "2026-11-12")),
        ("here's the pass I caught today at 18:40 UTC over the bay",
         "Fri, 13 Nov 2026 21:00:00 -0500", ("2026-11-13T18:40:00+00:00", None)),
    ],
)  # fmt: skip
def test_a_time_right_after_today_is_on_the_day_the_mail_was_sent(
    text: str, header: str, want: tuple[str | None, str | None]
) -> None:
    assert _taken(text, header) == want


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # "today" names when the mail is sent, not the time's day
        ("Today I'm sending my photo, taken at 18:40 UTC.", "Fri, 13 Nov 2026 21:00:00 +0000"),
        # a time later than the mail cannot be today's photo
        ("saqué hoy a las 21:12 la foto", "Tue, 03 Nov 2026 09:37:15 -0300"),
        # a zero offset may be a converted one: the sender's day is unknown
        ("saqué hoy a las 21:12 la foto", "Tue, 03 Nov 2026 23:37:15 +0000"),
    ],
)
def test_a_today_not_beside_the_time_or_not_by_the_senders_clock_dates_nothing(
    text: str, header: str
) -> None:
    assert _taken(text, header) == (None, None)

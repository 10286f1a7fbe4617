"""A time written right after "this morning" or "this evening" is on the Date header's day
(blind batch 15, issue 13): "This morning at 05:48:20 IST I caught the ISS", "ce soir à
18 h 12 HNE", "heute Abend um 18:40 MEZ"; never when the time, read in the sender's own
clock, is not in that half or comes after the mail was sent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

IST = timezone(timedelta(hours=5, minutes=30))
EST = timezone(timedelta(hours=-5))
CET = timezone(timedelta(hours=1))
NZDT = timezone(timedelta(hours=13))


@pytest.mark.parametrize(
    ("text", "sent", "ut"),
    [
        (
            "This morning at 06:02:10 IST the ISS crossed the sky over our terrace.",
            datetime(2026, 11, 19, 9, 0, tzinfo=IST),
            datetime(2026, 11, 19, 0, 32, 10, tzinfo=UTC),
        ),
        (
            "Ce soir à 18 h 12 min 05 s HNE, l'ISS est passée au-dessus du fleuve.",
            datetime(2026, 11, 10, 21, 0, tzinfo=EST),
            datetime(2026, 11, 10, 23, 12, 5, tzinfo=UTC),
        ),
        (
            "Heute Abend um 18:40:30 MEZ habe ich die ISS über dem Dom fotografiert.",
            datetime(2026, 11, 12, 20, 0, tzinfo=CET),
            datetime(2026, 11, 12, 17, 40, 30, tzinfo=UTC),
        ),
        (
            "Stamattina alle 06:15:40 CET ho ripreso la ISS sopra il Duomo.",
            datetime(2026, 11, 13, 8, 0, tzinfo=CET),
            datetime(2026, 11, 13, 5, 15, 40, tzinfo=UTC),
        ),
    ],
)
def test_a_time_right_after_this_morning_or_evening_is_on_the_mails_day(
    text: str, sent: datetime, ut: datetime
) -> None:
    assert find_taken_at(text, Media(()), sent).taken_at == ut


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        # 05:48 UT is 18:48 in New Zealand: not this morning there
        (
            "This morning at 05:48 UTC I caught the ISS over the lake.",
            datetime(2026, 11, 7, 22, 0, tzinfo=NZDT),
        ),
        # after the mail was sent by the sender's own clock
        ("This morning at 10:30 IST I will try again.", datetime(2026, 11, 19, 9, 0, tzinfo=IST)),
        # an evening's time after a morning word
        (
            "This morning at 9:40 pm IST the ISS was bright.",
            datetime(2026, 11, 19, 23, 0, tzinfo=IST),
        ),
        # the morning word does not stand beside the time
        (
            "This morning I sent the photo; the pass was at 05:48 IST.",
            datetime(2026, 11, 19, 9, 0, tzinfo=IST),
        ),
    ],
)
def test_a_half_of_the_day_that_does_not_fit_dates_nothing(text: str, sent: datetime) -> None:
    assert find_taken_at(text, Media(()), sent).taken_at is None

"""A time whose own words name a weekday after it, in a sentence whose date is another day
(issue 13, batch-32): the next day when the time is in the small hours ("… on Friday
07/04/2025 and my shot was at 12:01:30 AM EDT, so technically Saturday morning"), no date
for any other day, the sentence's date when they name its own weekday."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

SENT = datetime(2025, 7, 6, 10, 0, tzinfo=timezone(timedelta(hours=2)))


def _taken(text: str) -> tuple[datetime | None, str | None]:
    taken = find_taken_at(text, Media(()), SENT)
    return taken.taken_at, taken.taken_date


@pytest.mark.parametrize(
    "text",
    [
        "The pass started at 11:58 PM EDT on Friday 07/04/2025 and my shot was at "
        "12:01:30 AM EDT, so technically Saturday morning.",
        "Der Überflug begann am Freitag, 4. Juli 2025, und mein Foto entstand um 05:01:30 MESZ, "
        "also eigentlich schon Samstag früh.",
        "Le passage a commencé le vendredi 4 juillet 2025 et ma photo date de 05:01:30 CEST, "
        "donc techniquement samedi matin.",
    ],
)
def test_a_small_hours_time_said_to_be_the_next_day_is_dated_the_next_day(text: str) -> None:
    taken = _taken(text)[0]
    assert taken is not None and taken.date() == datetime(2025, 7, 5).date()
    assert taken.astimezone(UTC).time().minute == 1 and taken.tzinfo is UTC


@pytest.mark.parametrize(
    "text",
    [
        # another day than the next, or an evening time said to be the next day: no date
        "The pass was on Friday 07/04/2025, and my shot at 21:01:30 UT was on Sunday.",
        "The pass started on Friday 07/04/2025 and my shot was at 9:01:30 PM EDT, so Saturday.",
    ],
)
def test_a_weekday_that_is_no_reading_of_the_sentences_date_gives_no_time(text: str) -> None:
    assert _taken(text)[0] is None


def test_a_time_followed_by_its_dates_own_weekday_keeps_the_date() -> None:
    text = "My shot was at 21:01:30 UT on Friday 07/04/2025."
    assert _taken(text)[0] == datetime(2025, 7, 4, 21, 1, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        # Monday (weekday 0) after a Sunday's date, a weekday in its case (Polish "w poniedziałek")
        "The pass was on Sunday 29 June 2025; my shot at 01:01:30 UT, so Monday already.",
        "Przelot był w niedzielę 29 czerwca 2025, zdjęcie o 01:01:30 UT, czyli już w poniedziałek.",
    ],
)
def test_a_small_hours_time_said_to_be_monday_after_a_sundays_date_is_dated_monday(
    text: str,
) -> None:
    assert _taken(text)[0] == datetime(2025, 6, 30, 1, 1, 30, tzinfo=UTC)

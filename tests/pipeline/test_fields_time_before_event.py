"""A time the sentence gives the photo before it names another event (blind batch 15, issue
13): "Prise le … à 6 h 02 (heure de l'Est), passage du matin avant le lever du soleil" is the
photo's time; a time written after the event's word stays the event's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

SENT = datetime(2026, 11, 11, 7, 0, tzinfo=timezone(timedelta(hours=-5)))


@pytest.mark.parametrize(
    ("text", "ut"),
    [
        (
            "Photo prise le 10 novembre 2026 à 5 h 41 min 10 s HNE, juste avant le lever du soleil.",
            datetime(2026, 11, 10, 10, 41, 10, tzinfo=UTC),
        ),
        (
            "Taken on 9 November 2026 at 17:02:30 UTC, half an hour after sunset.",
            datetime(2026, 11, 9, 17, 2, 30, tzinfo=UTC),
        ),
        (
            "Aufgenommen am 8. November 2026 um 17:44:05 UTC, kurz nach Sonnenuntergang.",
            datetime(2026, 11, 8, 17, 44, 5, tzinfo=UTC),
        ),
    ],
)
def test_a_photos_time_before_another_events_word_is_read(text: str, ut: datetime) -> None:
    assert find_taken_at(text, Media(()), SENT).taken_at == ut


@pytest.mark.parametrize(
    "text",
    [
        # the time comes after the event's word: it is the sunset's, not the photo's
        "Photo taken on 9 November 2026 a few minutes after sunset at 16:31 UTC.",
        "Prise le 10 novembre 2026, avant le lever du soleil prévu à 6 h 58 HNE.",
        # no word of the photo before the time: the launch's time
        "The launch on 9 November 2026 at 17:02 UTC was visible too; the ISS pass came later.",
    ],
)
def test_an_events_time_is_not_the_photos(text: str) -> None:
    assert find_taken_at(text, Media(()), SENT).taken_at is None

"""A phone's lower-case mail writes its zone in lower case right after "am" or "pm" (issue 13,
batch-20: "it came over at 9:14 pm edt"): the abbreviation is read there. Anywhere else a
lower-case "est" or "ist" is a word ("il est", "es ist"), and a word after "pm" that is no
zone of the list stays a word."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        (
            "hey, got the iss last night from the lake. it came over at 9:14 pm edt",
            datetime(2027, 4, 15, 6, 58, tzinfo=timezone(timedelta(hours=-4))),
            datetime(2027, 4, 15, 1, 14, tzinfo=UTC),
        ),
        (
            "got the iss on 14 april 2027 from the beach, 8:05 pm aest, pretty bright",
            datetime(2027, 4, 15, 6, 58, tzinfo=timezone(timedelta(hours=10))),
            datetime(2027, 4, 14, 10, 5, tzinfo=UTC),
        ),
        (
            "shot the iss from my terrace on 14 april 2027 at 7:32 p.m. ist",
            datetime(2027, 4, 15, 6, 58, tzinfo=timezone(timedelta(hours=5, minutes=30))),
            datetime(2027, 4, 14, 14, 2, tzinfo=UTC),
        ),
    ],
)
def test_a_lower_case_zone_after_pm_is_read(text: str, sent: datetime, want: datetime) -> None:
    assert find_taken_at(text, NO_MEDIA, sent).taken_at == want


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        # French "est" (is) after a 24-hour time is no zone
        (
            "Photo de l'ISS prise le 14 avril 2027 : à 21:14 est passée la station.",
            datetime(2027, 4, 15, 6, 58, tzinfo=UTC),
        ),
        # a word after "pm" that is no zone of the list
        (
            "got the iss on 14 april 2027 at 9:14 pm met my neighbours there",
            datetime(2027, 4, 15, 6, 58, tzinfo=UTC),
        ),
    ],
)
def test_a_lower_case_word_elsewhere_is_no_zone(text: str, sent: datetime) -> None:
    assert find_taken_at(text, NO_MEDIA, sent).taken_at is None

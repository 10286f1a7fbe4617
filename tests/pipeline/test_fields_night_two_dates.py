"""A night written as two whole dates ("the night of Friday June 19 into Saturday June 20,
2026", "in der Nacht von Freitag, 19. Juni auf Samstag, 20. Juni 2026", "la nuit du vendredi
19 juin au samedi 20 juin 2026"; batch-41): one night, as "the night of 19 to 20" is: an
evening time is on the first day, a small-hours one on the second, a 12-hour series across
midnight ends on the second; a time that is neither, or two dates that are no night, give
no date."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import TakenAt, find_taken_at
from ipom_mail.pipeline.values import Media

_EN = "Here's my shot of the ISS, taken on the night of Friday June 19 into Saturday June 20, 2026."
_MDT = "Sun, 21 Jun 2026 09:00:00 -0600"
_CEST = "Sun, 21 Jun 2026 09:00:00 +0200"


def _taken(text: str, header: str) -> TakenAt:
    return find_taken_at(text, Media(items=()), parsedate_to_datetime(header))


def _ut(day: int, hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, second, tzinfo=UTC)


def test_a_12_hour_series_across_midnight_ends_on_the_night_s_second_day() -> None:
    taken = _taken(_EN + "\n\nIt's a stack of frames shot from 11:58 PM to 12:03 AM MDT.", _MDT)
    assert (taken.taken_at, taken.until) == (_ut(20, 5, 58), _ut(20, 6, 3))


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        (_EN + "\n\nThe photo was taken at 12:01:30 AM MDT.", _MDT, _ut(20, 6, 1, 30)),
        ("Hier mein Foto der ISS, aufgenommen in der Nacht von Freitag, 19. Juni auf Samstag, "
         "20. Juni 2026.\n\nDie Aufnahme entstand um 00:01:30 MESZ.", _CEST, _ut(19, 22, 1, 30)),
        ("Voici ma photo de l'ISS, prise dans la nuit du vendredi 19 juin au samedi 20 juin "
         "2026.\n\nLa photo a été prise à 23:58:30 (UTC+2).", _CEST, _ut(19, 21, 58, 30)),
    ],
)  # fmt: skip
def test_a_time_takes_its_day_from_a_night_of_two_whole_dates(
    text: str, header: str, ut: datetime
) -> None:
    assert _taken(text, header).taken_at == ut


@pytest.mark.parametrize(
    "text",
    [
        # two dates, no night: the second is another attempt's
        "Here's my shot of the ISS, taken on Friday June 19. I tried again on Saturday June 20, "
        "2026.\n\nThe photo was taken at 12:01:30 AM MDT.",
        # a morning time is neither the night's evening nor its small hours
        _EN + "\n\nThe photo was taken at 7:01:30 AM MDT.",
        # two days that are not one night
        "Here's my shot of the ISS, taken between the night of Friday June 19 and Monday June "
        "22, 2026.\n\nThe photo was taken at 12:01:30 AM MDT.",
    ],
)
def test_no_ut_time_when_the_dates_are_no_one_night(text: str) -> None:
    assert _taken(text, "Tue, 23 Jun 2026 09:00:00 -0600").taken_at is None

"""A date written right beside a launch or docking word ("launched on 13 July", "der am
13. Juli gestarteten Crew Dragon") is the launch's: it dates neither the sentence's time
nor the photo, while the sentence stays about the photo (fields/launch_dates.py)."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

HEADER = "Fri, 16 Jul 2027 09:12:00 +0200"


def _taken(text: str) -> tuple[str | None, str | None]:
    taken = find_taken_at(text, Media(items=()), parsedate_to_datetime(HEADER))
    return (taken.taken_at.isoformat() if taken.taken_at else None), taken.taken_date


@pytest.mark.parametrize(
    "text",
    [
        "Um 23:58 MESZ flog die ISS neben der am 13. Juli gestarteten Crew Dragon.",
        "At 23:58 UTC the ISS passed beside Crew Dragon launched on 13 July.",
        "O 23:58 CEST ISS przeleciała obok wystrzelonego 13 lipca Crew Dragona.",
        "V 23:58 SELČ proletěla ISS vedle lodi Crew Dragon vypuštěné 13. července.",
        "В 23:58 по московскому времени МКС пролетела рядом с запущенным 13 июля Crew Dragon.",
        "À 23h58 (heure de Paris) l'ISS est passée près du Crew Dragon lancé le 13 juillet.",
    ],
)
def test_a_launch_date_beside_its_participle_dates_no_time_and_no_photo(text: str) -> None:
    assert _taken(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a relative day before the time still dates it, the launch date beside it does not
        ("Gestern Abend um 23:58 MESZ flog die ISS neben der am 13. Juli gestarteten Crew "
         "Dragon.", "2027-07-15T21:58:00+00:00"),
        ("Wczoraj wieczorem o 23:58 CEST ISS przeleciała obok wystrzelonego 13 lipca Crew "
         "Dragona.", "2027-07-15T21:58:00+00:00"),
        # the photo's own date, written apart from the launch word, still dates its time
        ("Am 14. Juli um 23:58 MESZ flog die ISS neben der am 13. Juli gestarteten Crew "
         "Dragon.", "2027-07-14T21:58:00+00:00"),
        ("On 14 July at 23:58 UTC the ISS passed beside Crew Dragon, launched on 13 July.",
         "2027-07-14T23:58:00+00:00"),
    ],
)  # fmt: skip
def test_the_photos_own_day_still_dates_its_time_beside_a_launch_date(text: str, want: str) -> None:
    assert _taken(text) == (want, None)

"""A zone named in words before the date, the time after the date ("A kép magyar idő
szerint 2027. március 10-én 18:52:30-kor készült", blind batch 16, issue 13): the time is
on that clock. Only a date and short words may stand between; sentences written for
these tests, with the cases that must stay without a zone."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media


def _taken_at(text: str, header: str) -> datetime | None:
    return find_taken_at(text, Media(items=()), parsedate_to_datetime(header)).taken_at


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        (
            "A felvétel magyar idő szerint 2027. április 2-án 21:14:05-kor készült.",
            "Sat, 03 Apr 2027 08:00:00 +0200",
            "2027-04-02T19:14:05",
        ),
        (
            "Снимок сделан по московскому времени 5 апреля 2027 г. в 20:41:30.",
            "Tue, 06 Apr 2027 08:00:00 +0300",
            "2027-04-05T17:41:30",
        ),
        (
            "Photo prise heure de Paris, le 9 avril 2027 à 21:58:05.",
            "Sat, 10 Apr 2027 08:00:00 +0200",
            "2027-04-09T19:58:05",
        ),
        (
            "Zdjęcie zrobione według czasu polskiego 3 kwietnia 2027 o 20:52:18.",
            "Sun, 04 Apr 2027 08:00:00 +0200",
            "2027-04-03T18:52:18",
        ),
    ],
)
def test_a_zone_before_the_date_is_the_times_clock(text: str, header: str, ut: str) -> None:
    assert _taken_at(text, header) == datetime.fromisoformat(ut).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        # other words than a date stand between the zone and the time
        "Magyar idő szerint mindig késik az óra; a képet 2027. április 2-án 21:14:05-kor készítettem.",
        # no date between them: a word alone is no bridge
        "Heure de Paris oubliée, la station est passée vers 21:58:05.",
    ],
)
def test_other_words_between_keep_the_time_without_a_zone(text: str) -> None:
    assert _taken_at(text, "Sat, 03 Apr 2027 08:00:00 +0200") is None

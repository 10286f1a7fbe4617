""" "By our time" names no zone: "по нашем времену", "nášho času", "naszego czasu",
"unserer Zeit", "notre heure" are the sender's own clock, wherever that is. Such a time
gives the date alone and the reply asks for the zone; a country's time still is a zone."""

from __future__ import annotations

from datetime import datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _taken(text: str, header: str) -> datetime | None:
    return find_taken_at(text, NO_MEDIA, parsedate_to_datetime(header)).taken_at


@pytest.mark.parametrize(
    ("text", "header"),
    [
        (
            "Снимио сам МКС 3. септембра 2027. у 21:14 по нашем времену.",
            "Sat, 04 Sep 2027 09:00:00 +0200",
        ),
        ("Fotil som ISS 3. septembra 2027 o 21:14 nášho času.", "Sat, 04 Sep 2027 09:00:00 +0200"),
        (
            "Zdjęcie zrobiłem 3 września 2027 o 21:14 naszego czasu.",
            "Sat, 04 Sep 2027 09:00:00 +0200",
        ),
        (
            "Снимал 3 сентября 2027 года в 21:14 по нашему времени.",
            "Sat, 04 Sep 2027 09:00:00 +0300",
        ),
        (
            "Aufgenommen am 3. September 2027 um 21:14 Uhr unserer Zeit.",
            "Sat, 04 Sep 2027 09:00:00 +0200",
        ),
        (
            "Photo prise le 3 septembre 2027 à 21h14, notre heure locale.",
            "Sat, 04 Sep 2027 09:00:00 +0200",
        ),
        ("Shot on 3 September 2027 at 21:14 our local time.", "Sat, 04 Sep 2027 09:00:00 +0200"),
    ],
)
def test_a_time_by_our_clock_names_no_zone(text: str, header: str) -> None:
    assert _taken(text, header) is None


def test_a_time_by_the_countrys_clock_is_still_zoned() -> None:
    text = "Снимио сам МКС 3. септембра 2027. у 21:14 по средњоевропском времену."
    got = _taken(text, "Sat, 04 Sep 2027 09:00:00 +0200")
    assert got is not None and got.isoformat() == "2027-09-03T19:14:00+00:00"

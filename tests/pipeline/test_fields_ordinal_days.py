"""Days written as ordinal words in the grammatical form a date takes ("третьего июля",
"dnia trzeciego sierpnia", "rugpjūčio dvyliktosios", "tuttugasta og fyrsta ágúst", "den
tredje august"): a date with or without its year, a yearless one in the 120 days before
the mail; a base form with no year only after a word such as "den"; a night written as
two such days puts a small-hours time on the second one, and no day at all without a time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ipom_mail.pipeline.fields.dates import find_dates
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

SENT = date(2026, 9, 20)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Снимок сделан пятнадцатого сентября над озером.", date(2026, 9, 15)),
        ("Фото зроблено третього вересня 2026 року з балкона.", date(2026, 9, 3)),
        ("Zdjęcie wykonałem dnia dwudziestego pierwszego sierpnia nad morzem.", date(2026, 8, 21)),
        ("Snímek jsem pořídil dvanáctého září z kopce.", date(2026, 9, 12)),
        ("Fotku som urobil tretieho septembra večer.", date(2026, 9, 3)),
        ("Slikao sam je petnaestog rujna navečer.", date(2026, 9, 15)),
        ("Nuotrauką dariau rugsėjo trečiąją vakare.", date(2026, 9, 3)),
        ("Myndin var tekin þann þriðja september yfir vatninu.", date(2026, 9, 3)),
        ("Billedet er taget den tredje september ved stranden.", date(2026, 9, 3)),
        ("Снимах МКС на първи септември вечерта.", date(2026, 9, 1)),
        ("Aufgenommen am zehnten September über dem See.", date(2026, 9, 10)),
    ],
)
def test_an_ordinal_day_in_its_case_before_or_after_a_month_is_a_date(
    text: str, want: date
) -> None:
    assert [h.readings for h in find_dates(text, SENT)] == [(want,)]


@pytest.mark.parametrize(
    "text",
    [
        "Det var tredje september-natten i træk med skyer.",  # a base form, no "den", no year
        "the first September pass this year was cloudy",  # English ordinals: never without a year
        "Снимок сделан пятнадцатого марта над озером.",  # half a year before the mail
        "Zdjęcie wykonałem dnia trzydziestego pierwszego września.",  # September has 30 days
        "Nuotrauką dariau rugsėjo trečias kartas.",  # a base form after the month
    ],
)
def test_an_ordinal_word_that_is_not_surely_a_day_gives_no_date(text: str) -> None:
    assert find_dates(text, SENT) == []


def _taken(text: str, sent: str) -> tuple[datetime | None, str | None]:
    taken = find_taken_at(text, Media(items=()), datetime.fromisoformat(sent))
    return taken.taken_at, taken.taken_date


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Снимал в ночь с девятого на десятое сентября, в 00:40 по московскому времени.",
            datetime(2026, 9, 9, 21, 40, tzinfo=UTC),
        ),
        (
            "Снимал в ночь с девятого на десятое сентября, в 23:40 по московскому времени.",
            datetime(2026, 9, 9, 20, 40, tzinfo=UTC),
        ),
        (
            "Заснех я в нощта на девети срещу десети септември, в 1:05 часа (UTC+3).",
            datetime(2026, 9, 9, 22, 5, tzinfo=UTC),
        ),
        (
            "Zdjęcie z nocy z dziewiątego na dziesiątego września, o 2:10 (UTC+2).",
            datetime(2026, 9, 10, 0, 10, tzinfo=UTC),
        ),
    ],
)
def test_a_night_of_two_days_in_words_dates_its_time_by_the_clock(
    text: str, want: datetime
) -> None:
    assert _taken(text, "2026-09-20T10:00:00+03:00")[0] == want


@pytest.mark.parametrize(
    "text",
    [
        "Снимал МКС в ночь с девятого на десятое сентября над Волгой.",
        "Photo of the ISS from the night of 9 to 10 September over the lake.",
        "Снимал в ночь с девятого на десятое сентября, в 9:40 по московскому времени.",
    ],
)
def test_a_night_of_two_days_without_a_night_time_gives_no_day(text: str) -> None:
    assert _taken(text, "2026-09-20T10:00:00+03:00") == (None, None)

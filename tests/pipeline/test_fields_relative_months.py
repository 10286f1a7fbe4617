"""A day of the month named against the Date header ("the 3rd of last month", "de 3e van
vorige maand", "am 3. letzten Monats", "le 3 du mois dernier", "3-го прошлого месяца") is
a date; a number that is not a day ("2 of last month's passes"), a day the month does not
have, or one after the mail was sent is none. Mongolian writes its numeric dates with the
year's, month's and day's own words ("2026 оны 9-р сарын 4-ний")."""

from __future__ import annotations

from datetime import date

import pytest

from ipom_mail.pipeline.fields.dates import find_dates

SENT = date(2026, 10, 2)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("I finally processed the pass from the 14th of last month.", date(2026, 9, 14)),
        ("Genomen op de 14e van vorige maand, laat in de avond.", date(2026, 9, 14)),
        ("Aufgenommen am 14. letzten Monats gegen Mitternacht.", date(2026, 9, 14)),
        ("Prise le 14 du mois dernier depuis le jardin.", date(2026, 9, 14)),
        ("Tomada el 14 del mes pasado desde la azotea.", date(2026, 9, 14)),
        ("Снято 14-го прошлого месяца с крыши.", date(2026, 9, 14)),
        ("Zdjęcie z dnia 14 zeszłego miesiąca.", date(2026, 9, 14)),
        ("Shot on the 1st of this month from the pier.", date(2026, 10, 1)),
    ],
)
def test_a_day_of_last_or_this_month_is_dated_by_the_mail(text: str, want: date) -> None:
    assert [h.readings for h in find_dates(text, SENT)] == [(want,)]


@pytest.mark.parametrize(
    "text",
    [
        "I kept 2 of last month's passes for the club.",  # a count, not a day
        "This is my 3rd last month before moving.",  # third from last
        "Shot on the 31st of last month.",  # September has 30 days
        "Planned for the 20th of this month.",  # after the mail was sent
        "I shot 14 frames last month.",  # a count before "last month"
    ],
)
def test_a_number_near_last_month_that_is_no_day_is_no_date(text: str) -> None:
    assert find_dates(text, SENT) == []

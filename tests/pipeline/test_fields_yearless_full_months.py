"""A date written with a month's full name and no year is read in the 120 days before the
mail whatever the name's length ("15. júla", "12 июля", "3 juin", "12 Ekim"): only a
month's short form ("3 mar", "12 set") or a lower-case "may" needs a weekday beside it,
for it may be another word (issue 13, batch-21).
"""

from __future__ import annotations

from datetime import date

import pytest

from ipom_mail.pipeline.fields.named_dates import named_dates

SENT = date(2026, 7, 17)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Fotil som dnes večer, 15. júla, zo záhrady.", date(2026, 7, 15)),
        ("Снимок сделан 12 июля с балкона.", date(2026, 7, 12)),
        ("Photo prise le 3 juin depuis le jardin.", date(2026, 6, 3)),
        ("Fotoğrafı 12 Mayıs akşamı çektim.", date(2026, 5, 12)),
        ("Posnetek je nastal 2. junija zvečer.", date(2026, 6, 2)),
        ("Fotka z 5. júna je lepšia.", date(2026, 6, 5)),
        ("Знімок зроблено 9 липня.", date(2026, 7, 9)),
    ],
)
def test_a_full_month_name_dates_a_yearless_day(text: str, want: date) -> None:
    assert [h.readings for h in named_dates(text, SENT)] == [(want,)]


@pytest.mark.parametrize(
    "text",
    [
        "Tomé 3 mar de fotos.",  # "mar": the sea, or March's short form
        "Ho fatto 12 set di scatti.",
        "The 12 may be the last frames.",
        "Je 4 août prochain: après l'envoi.",  # after the mail: no such recent day
    ],
)
def test_a_short_form_or_a_day_after_the_mail_dates_nothing(text: str) -> None:
    assert named_dates(text, SENT) == []

"""A weekday the mail gives its photo settles a numeric date that reads two ways (blind
batch 40, issue 13): "prise mardi soir" ¶ "Date : 04/08/2026" is 4 August 2026, a Tuesday
(8 April 2026 is a Wednesday). Only when exactly one reading falls on that weekday, the
mail has no other date, and the weekday is said of the photo, not of another event."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.mailkit import mail_fields

AUG = "Thu, 06 Aug 2026 22:08:51 +0200"


@pytest.mark.parametrize(
    ("body", "sent"),
    [
        ("Je vous envoie ma photo de l'ISS, prise mardi soir depuis Biarritz.\n\n"
         "Date : 04/08/2026\nHeure : 22h17m05s (heure de Paris)", AUG),
        ("Here is my photo of the ISS, taken on Tuesday evening from Leeds.\n\n"
         "Date: 04/08/2026\nTime: 21:17:05 BST", "Thu, 06 Aug 2026 22:08:51 +0100"),
        ("Anbei mein Foto der ISS, aufgenommen am Dienstagabend in Köln.\n\n"
         "Datum: 04/08/2026\nUhrzeit: 22:17:05 MESZ", AUG),
        ("Os envío mi foto de la ISS, tomada el martes por la noche desde Sevilla.\n\n"
         "Fecha: 04/08/2026\nHora: 22:17:05 (hora de Madrid)", AUG),
    ],
)  # fmt: skip
def test_the_photos_weekday_settles_a_two_way_date(body: str, sent: str) -> None:
    fields = mail_fields("ISS", body, date=sent)
    assert fields.taken_at == datetime(2026, 8, 4, 20, 17, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("body", "sent"),
    [
        # another event's weekday, in a sentence that is not the photo's
        ("Je vous envoie ma photo de l'ISS depuis Biarritz.\nMardi soir nous avons la réunion "
         "du club.\n\nDate : 04/08/2026\nHeure : 22h17m05s (heure de Paris)", AUG),
        # another date in the mail: the weekday may be either's
        ("Je vous envoie ma photo de l'ISS, prise mardi soir depuis Biarritz.\n\n"
         "Date : 04/08/2026\nHeure : 22h17m05s (heure de Paris)\n"
         "J'ai aussi essayé le 03/08/2026.", AUG),
        # no reading on that weekday
        ("Je vous envoie ma photo de l'ISS, prise jeudi soir depuis Biarritz.\n\n"
         "Date : 04/08/2026\nHeure : 22h17m05s (heure de Paris)", AUG),
        # both readings on that weekday: 7 January and 1 July 2025 are Tuesdays
        ("Here is my photo of the ISS, taken on Tuesday evening from Leeds.\n\n"
         "Date: 07/01/2025\nTime: 21:17:05 UTC", "Thu, 03 Jul 2025 22:08:51 +0100"),
    ],
)  # fmt: skip
def test_a_weekday_that_settles_nothing_leaves_the_question(body: str, sent: str) -> None:
    fields = mail_fields("ISS", body, date=sent)
    assert fields.taken_at is None
    assert any("reads as" in note for note in fields.notes)

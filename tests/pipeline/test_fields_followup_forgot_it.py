"""A follow-up that only gives the time with an apology for forgetting it has no story (issue
13, batch-27): "omlouvám se, zapomněl jsem to napsat.", "Entschuldigung, das hatte ich
vergessen.", "désolé, j'ai oublié de le préciser." speak of the mail, not the photo; a
sentence that forgets something of the night ("Das Stativ hatte ich vergessen, …") tells it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.story import find_story
from tests.pipeline.test_fields_followup_answers import _answer

_QUOTE = "On Wed, May 6, 2026 at 7:05 AM ISS Photo of the Month <ipom@example.org> wrote:"


@pytest.mark.parametrize(
    ("apology", "time"),
    [
        ("omlouvám se, zapomněl jsem to napsat.", "Snímek byl pořízen 5. 5. 2026 v 20:31:05 UT."),
        ("Sorry, I forgot to write it.", "The photo was taken on May 5, 2026 at 20:31:05 UT."),
        ("Entschuldigung, das hatte ich vergessen.", "Aufgenommen am 5. Mai 2026 um 20:31:05 UT."),
        ("Désolé, j'ai oublié de le préciser.", "Photo prise le 5 mai 2026 à 20:31:05 UT."),
        ("Perdón, se me olvidó ponerla.", "La foto es del 5 de mayo de 2026 a las 20:31:05 UT."),
        ("Scusate, l'avevo dimenticato.", "Lo scatto è del 5 maggio 2026 alle 20:31:05 UT."),
        ("Przepraszam, zapomniałem to napisać.", "Zdjęcie zrobiłem 5 maja 2026 o 20:31:05 UT."),
        ("Sorry, ik was het vergeten.", "De foto is gemaakt op 5 mei 2026 om 20:31:05 UT."),
        ("Извините, забыл это указать.", "Снимок сделан 5 мая 2026 года в 20:31:05 UT."),
    ],
)
def test_a_follow_up_with_only_the_time_and_an_apology_has_no_story(
    apology: str, time: str
) -> None:
    fields = _answer(f"Hello,\n\n{apology} {time}\n\nNoor", _QUOTE)
    assert fields.taken_at == datetime(2026, 5, 5, 20, 31, 5, tzinfo=UTC)
    assert fields.story is None


def test_the_story_after_the_apology_stays() -> None:
    told = "The station flew right over the dome of the big telescope."
    fields = _answer(
        f"Hello,\n\nSorry, I forgot to write it. The photo was taken on May 5, 2026 at "
        f"20:31:05 UT. {told}\n\nNoor",
        _QUOTE,
    )
    assert fields.story == told


@pytest.mark.parametrize(
    "told",
    [
        "I forgot it was a holiday, so the whole village was out watching the station.",
        "Das Stativ hatte ich vergessen, also stand die Kamera auf dem Autodach.",
        "Zapomněl jsem napsat, že ISS prošla přímo přes Měsíc.",
        "J'ai oublié le trépied, alors l'appareil était posé sur le muret.",
    ],
)
def test_a_sentence_that_forgets_something_of_the_night_stays(told: str) -> None:
    assert find_story(f"{told}\n") == told

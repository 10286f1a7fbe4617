"""A mail with no photo whose every date is still to come is a forecast or an invitation to
watch a pass, not a submission (issue 13, batch-16): its predicted height, brightness and
times are no photo's values, and the sender is not asked for a photo. A mail that speaks of
a photo already taken ("my photo", "last night") stays a submission sent without its photo,
whatever later date it names. Sentences written for these tests; the mails are dated
Monday 13 May 2024."""

from __future__ import annotations

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.stages import check_message
from tests.pipeline.test_fields_submission import _empty, _raw

FORECASTS = [
    "Hi all,\n\nthe ISS makes a bright pass on Friday 17 May 2024: it rises at 21:56 CEST, "
    "reaches 70° at 21:59 and sets at 22:02, mag -3.6. Meet at the observatory at 21:30.\n",
    "Hallo zusammen,\n\nam Freitag, 17. Mai 2024 gibt es einen hellen ISS-Überflug um "
    "21:56 MESZ, maximale Höhe 70°, Helligkeit -3,6 mag. Treffpunkt 21:30 an der Sternwarte.\n",
    "Bonjour à tous,\n\nvendredi 17 mai 2024, passage très lumineux de l'ISS à 21h56, "
    "hauteur maximale 70°, magnitude -3,6. Rendez-vous à 21h30 au parking.\n",
    "Ahoj,\n\nv pátek 17. května 2024 nás čeká jasný přelet ISS ve 21:56 SELČ, nejvýše 70°, "
    "jasnost −3,6 mag. Sraz ve 21:30 u hvězdárny.\n",
    "Cześć,\n\nw piątek 17 maja 2024 jasny przelot ISS o 21:56, wysokość 70°, jasność -3,6 mag. "
    "Spotykamy się o 21:30 przy obserwatorium.\n",
]


@pytest.mark.parametrize("body", FORECASTS)
def test_a_pass_forecast_with_no_photo_gives_no_values(body: str) -> None:
    result = check_message(_raw(body, "ISS pass on Friday"), Config())
    assert _empty(result.fields)
    assert result.fields.notes == ("not a submission: no photo, and its pass is still to come",)


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nhere is my photo of the ISS last night at 21:14 UT over the harbour, 68° high. "
        "I'll bring a print to the club meeting on 20 May 2024.\n",
        "Hallo,\n\nmein Foto der ISS von gestern Abend, 21:14 UT, 68° hoch. Am 20. Mai 2024 "
        "zeige ich es beim Vereinsabend.\n",
    ],
)
def test_a_photo_already_taken_sent_without_it_is_still_read(body: str) -> None:
    result = check_message(_raw(body, "ISS"), Config())
    assert result.fields.taken_at is not None and result.fields.taken_at.minute == 14

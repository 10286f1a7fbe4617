"""story: a sender's note forwarding their own earlier mail ("persiunčiu laišką, kurį šeštadienį
siunčiau mūsų klubo sąrašui"), a meetup with a call to join ("el sábado 21 quedamos … por si
alguien se apunta", "dissabte 19/09 fem la trobada d'observació …") and a Basque equipment line
under its label ("Tresneria: …") are no story; the photo's own sentences stay. Sentences written
for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.story import find_story

SENT = datetime(2026, 9, 15, 20, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("body", "gone", "kept"),
    [
        (
            "persiunčiu laišką, kurį vakar siunčiau draugui – ten visi duomenys.\n"
            "Stotis perskriejo Mėnulio diską per 0,6 sekundės.",
            "persiunčiu",
            "perskriejo",
        ),
        (
            "Forwarding the mail I sent to our club list on Saturday, all the data is in it.\n"
            "The station crossed the Moon in 0.6 seconds.",
            "Forwarding",
            "crossed the Moon",
        ),
        (
            "Pārsūtu savu vēstuli, ko sestdien nosūtīju klubam.\n"
            "Stacija šķērsoja Mēness disku 0,6 sekundēs.",
            "Pārsūtu",
            "šķērsoja",
        ),
        (
            "La estación cruzó el Sol en 0,6 segundos.\n\n"
            "Por cierto, el sábado 26 quedamos en la Sierra a las 20:00, por si alguien se apunta.",
            "quedamos",
            "cruzó el Sol",
        ),
        (
            "L'estació va creuar la Lluna en 0,6 segons.\n\n"
            "Per cert, dissabte 26/09 fem la trobada d'observació a Àger, a partir de les 20:30. "
            "Si algú s'hi vol apuntar, encantats!",
            "trobada",
            "creuar la Lluna",
        ),
        (
            "The station crossed the Sun in 0.6 seconds.\n\n"
            "We meet at the lake on Saturday at 20:00, in case anyone wants to join.",
            "anyone",
            "crossed the Sun",
        ),
        (
            "Estazioa Eguzkiaren aurretik igaro zen 0,7 segundotan.\n\n"
            "Tresneria: Lunt LS60THa eguzki-teleskopioa, ZWO ASI174MM kamera.",
            "Tresneria",
            "igaro zen",
        ),
    ],
)
def test_notes_meetups_and_gear_labels_are_no_story(body: str, gone: str, kept: str) -> None:
    story = find_story(body, "Someone", SENT) or ""
    assert gone not in story
    assert kept in story


@pytest.mark.parametrize(
    "body",
    [
        # the photo taken at the gathering, a mail named for the photo: story
        "Durant la trobada d'observació de dissabte vaig fotografiar l'ISS sobre la cúpula.",
        "I sent the photo to my club too; the station crossed the Moon in 0.6 seconds.",
    ],
)
def test_the_photos_own_gathering_or_mail_stays(body: str) -> None:
    assert find_story(body, "Someone", SENT) == body

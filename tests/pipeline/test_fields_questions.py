"""A question with no photo nor link to one ("do you accept photos taken with…", "I have
no photo yet") yields no field values, whatever photo words and pass details it holds.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.stages import check_message
from tests.pipeline.test_fields_submission import _empty, _raw


@pytest.mark.parametrize(
    "body",
    [
        "Hello, I'd like to take part in the future but I don't have any photos yet. "
        "Do you accept photos taken with a phone through binoculars? Next pass 14 May at "
        "21:34 UT, max elevation 70°.",
        "Salve, vorrei partecipare ma non ho ancora nessuna foto. Accettate anche foto fatte "
        "con lo smartphone? Il prossimo passaggio sarà verso le 17:55, massima altezza 71°.",
        "Hola, ¿aceptan también fotos hechas con el móvil? Todavía no tengo ninguna foto del "
        "paso de la ISS, elevación máxima 60°.",
        "Bonjour, acceptez-vous les photos prises au smartphone ? Je n'ai pas encore de photo "
        "de l'ISS, prochain passage à 21:34, hauteur maximale 70°.",
        "Hallo, kann ich auch mitmachen? Ich habe noch kein Foto der ISS, der nächste "
        "Überflug ist um 21:34, maximale Höhe 70°.",
    ],
)
def test_a_question_without_a_photo_yields_no_values(body: str) -> None:
    result = check_message(_raw(body, subject="ISS Photo of the Month"), Config())
    assert _empty(result.fields)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Küsimus: kas saab saata videot?",
            "Tere! Nägin 12. novembril kell 17:55 Eesti aja järgi Tartu kohal eredat ISS-i "
            "ülelendu. Kas Photo of the Month võtab vastu ka videoid? Minu varustus oleks "
            "Panasonic Lumix GH5 ja Leica 12-60mm objektiiv.\nKristjan Tamm",
        ),
        (
            "Jautājums par dalību",
            "Labdien! Vai jūs pieņemat arī video? 12. novembrī plkst. 17:55 redzēju ISS "
            "pārlidojumu virs Rīgas. Mana kamera būtu Canon EOS R6.\nJānis Bērziņš",
        ),
        (
            "Klausimas",
            "Sveiki, ar galiu siųsti vaizdo įrašą? Lapkričio 12 d. 17:55 mačiau ISS praskridimą "
            "virš Vilniaus, fotoaparatas Nikon Z6.\nTomas Petraitis",
        ),
        (
            "Pitanje o sudjelovanju",
            "Pozdrav, primate li i video? Vidio sam prelet ISS-a 12. studenoga u 17:55 iznad "
            "Zagreba, fotoaparat Sony A7 III.\nIvan Horvat",
        ),
        (
            "Otázka",
            "Dobrý deň, prijímate aj videá? Prelet ISS som videl 12. novembra o 17:55 nad "
            "Bratislavou, fotoaparát Canon EOS R6.\nPeter Novák",
        ),
    ],
)
def test_a_question_in_any_language_without_a_photo_yields_no_values(
    subject: str, body: str
) -> None:
    result = check_message(_raw(body, subject=subject), Config())
    assert _empty(result.fields)


def test_a_question_beside_a_photo_link_is_still_read() -> None:
    body = (
        "Do you accept photos taken with a phone? Here is mine: "
        "https://www.dropbox.com/s/abc123/iss.jpg taken 12 May 2024 at 21:34 UT."
    )
    result = check_message(_raw(body, subject="ISS photo"), Config())
    assert result.fields.taken_at == datetime(2024, 5, 12, 21, 34, tzinfo=UTC)


@pytest.mark.parametrize(
    "body",
    [
        "Hi, I wanted to ask whether the ISS will be visible from Leeds on Tuesday at 19:41, "
        "max 52°. I'd shoot it with my Canon EOS 80D. Any tips on settings?\nAnna Platt",
        "Hallo, ich wollte fragen, ob die ISS am Dienstag um 19:41 über Graz gut zu sehen ist "
        "(max. 52°). Ich würde die Nikon Z5 nehmen. Welche Belichtung empfehlt ihr?\nEva Gruber",
        "Hola, quería preguntar si la ISS se verá bien desde Zaragoza el martes a las 19:41, "
        "altura máxima 52°. Tengo una Sony A6400. ¿Qué ajustes me recomendáis?\nLuis Pardo",
    ],
)
def test_a_mail_that_asks_how_to_see_or_shoot_a_pass_without_a_photo_yields_no_values(
    body: str,
) -> None:
    result = check_message(_raw(body, subject="ISS next week"), Config())
    assert _empty(result.fields)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Question about next week",
            "Hi! Will the ISS be visible from Leeds on Thursday? Heavens-Above lists a pass "
            "at 21:02, max elevation 52°, magnitude -3.1. I'd love to try it with my Canon "
            "EOS 250D and a Samyang 14mm. What settings should I use?\nAmy Clarke",
        ),
        (
            "Frage zum Überflug",
            "Hallo, wird die ISS am Samstag über Graz zu sehen sein? Laut Heavens-Above um "
            "20:41, maximale Höhe 63°. Welche Einstellungen sollte ich mit meiner Nikon Z5 "
            "und dem Laowa 15mm nehmen?\nMaria Huber",
        ),
        (
            "Jautājums",
            "Sveiki! Vai stacija būs redzama no Liepājas piektdien ap 20:15? Man ir Sony A6400 "
            "un Sigma 16mm objektīvs. Varat ieteikt ekspozīciju?\nAnna Kalniņa",
        ),
        (
            "Domanda",
            "Ciao, la ISS sarà visibile da Bari domenica alle 21:10, altezza massima 48°? "
            "Quali impostazioni devo usare con la mia Fujifilm X-T4?\nMarco Rossi",
        ),
    ],
)
def test_a_question_about_a_pass_to_come_without_a_photo_yields_no_values(
    subject: str, body: str
) -> None:
    result = check_message(_raw(body, subject=subject), Config())
    assert _empty(result.fields)


def test_a_question_about_settings_beside_a_photo_link_is_still_read() -> None:
    body = (
        "Here is my shot: https://www.dropbox.com/s/abc123/iss.jpg taken 12 May 2024 at "
        "21:34 UT. What settings would you use next time?"
    )
    result = check_message(_raw(body, subject="ISS photo"), Config())
    assert result.fields.taken_at == datetime(2024, 5, 12, 21, 34, tzinfo=UTC)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "A quick question",
            "Hi, a couple of things before I send anything in: is a shot from a Pixel phone "
            "fine? I watched the station go over Harrogate last night around 19:10 and "
            "haven't sorted the frames yet.\nTom Baxter",
        ),
        (
            "Question",
            "Bonjour, deux questions avant d'envoyer ma photo : faut-il l'heure en UT ? J'ai "
            "vu le passage hier vers 19 h 10 au-dessus de Lyon avec mon Nikon Z6.\nLéa Roux",
        ),
        (
            "Frage",
            "Hallo, bevor ich euch mein Bild schicke: reicht ein JPEG? Der Überflug gestern "
            "um 19:10 über Kassel war toll, Canon EOS R8.\nJonas Weber",
        ),
        (
            "Spørsmål",
            "Hei, før jeg sender inn bildet lurer jeg på om lokal tid holder? Passeringen "
            "over Bodø i går kl. 19.10, Sony A7 III.\nKari Lund",
        ),
        (
            "Fråga",
            "Hej, innan jag skickar min bild undrar jag om filen får vara 40 MB? Passagen "
            "över Umeå i går kl. 19.10, Fujifilm X-T4.\nElsa Berg",
        ),
        (
            "Pregunta",
            "Hola, antes de enviar la foto: ¿vale una tomada con el móvil? El paso de ayer a "
            "las 19:10 sobre Burgos fue precioso.\nMarta Gil",
        ),
    ],
)
def test_a_question_asked_before_sending_without_a_photo_yields_no_values(
    subject: str, body: str
) -> None:
    result = check_message(_raw(body, subject=subject), Config())
    assert _empty(result.fields)


def test_a_submission_that_asks_before_sending_more_beside_a_photo_link_is_still_read() -> None:
    body = (
        "Here is my photo: https://www.dropbox.com/s/xyz789/iss.jpg taken 12 May 2024 at "
        "21:34 UT from Harrogate. Before I send the rest of the series, is one file enough?"
    )
    result = check_message(_raw(body, subject="ISS photo"), Config())
    assert result.fields.taken_at == datetime(2024, 5, 12, 21, 34, tzinfo=UTC)

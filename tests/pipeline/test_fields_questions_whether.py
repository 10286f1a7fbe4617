"""A mail with no photo nor link to one that asks whether such photos may be sent in, or what
they must be taken with, is a question, not a submission (issue 13, batch-25): its camera,
place and name are what the sender has, no values (data/submission.toml [asking],
[asking_before]). Sentences written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.stages import check_message
from tests.pipeline.test_fields_submission import _empty, _raw

PASS = "iPhone 15 Pro, Tromsø, 12 May 2024 21:34 UT."


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Spørsmål", f"Jeg har noen bilder av ISS. {PASS} Kan slike bilder også sendes inn?"),
        ("Spørsmål", f"Bilder av ISS, {PASS} Må de være tatt med teleskop?"),
        ("Spørsmål", f"Bilder av ISS, {PASS}\nHvis det går fint, sender jeg bildet neste uke."),
        ("Spørsmål", f"Bilete av ISS, {PASS} Kan slike bilete sendast inn?"),
        ("Fråga", f"Jag har bilder av ISS. {PASS} Kan mobilbilder också skickas in?"),
        ("Fråga", f"Bilder av ISS, {PASS} Måste bilderna vara tagna med teleskop?"),
        ("Spørgsmål", f"Jeg har billeder af ISS. {PASS} Kan mobilbilleder også indsendes?"),
        ("Kysymys", f"Minulla on kuvia ISS:stä. {PASS} Voiko puhelimella otettuja kuvia lähettää?"),
        ("Spurning", f"Ég á myndir af ISS. {PASS} Er hægt að senda inn myndir úr síma?"),
        ("Question", f"I have ISS photos. {PASS} Can I also submit phone pictures?"),
        ("Question", f"ISS photos, {PASS} Do they have to be taken with a telescope?"),
        ("Frage", f"Ich habe Bilder der ISS. {PASS} Darf ich auch Handyfotos einsenden?"),
        ("Question", f"J'ai des photos de l'ISS. {PASS} Est-ce que je peux envoyer celles-ci ?"),
    ],
)
def test_a_question_whether_photos_may_be_sent_gives_no_values(subject: str, body: str) -> None:
    assert _empty(check_message(_raw(body, subject=subject), Config()).fields)


@pytest.mark.parametrize(
    "question",
    [
        "Kan slike bilder også sendes inn?",
        "Can I also submit a second one?",
        "Darf ich auch die Serie einsenden?",
    ],
)
def test_the_same_question_beside_a_photo_link_is_still_read(question: str) -> None:
    body = (
        "Here is my photo: https://www.dropbox.com/s/xyz789/iss.jpg taken 12 May 2024 at "
        f"21:34 UT from Harrogate. {question}"
    )
    fields = check_message(_raw(body, subject="ISS photo"), Config()).fields
    assert fields.taken_at == datetime(2024, 5, 12, 21, 34, tzinfo=UTC)


@pytest.mark.parametrize(
    "body",
    [
        "Her er bildet mitt av ISS over Tromsø, 12 May 2024 21:34 UT. Det kan brukes fritt.",
        "Här är min bild av ISS, 12 May 2024 21:34 UT. Den skickades från mobilen.",
    ],
)
def test_a_submission_with_can_but_no_question_about_sending_is_read(body: str) -> None:
    fields = check_message(_raw(body, subject="ISS"), Config()).fields
    assert fields.taken_at == datetime(2024, 5, 12, 21, 34, tzinfo=UTC)

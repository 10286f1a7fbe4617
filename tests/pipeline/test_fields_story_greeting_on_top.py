"""A greeting from a place under the salutation opens the mail; it closes nothing (blind
batch 23, issue 13): "Respected Sir/Madam," ¶ "Greetings from Bengaluru!" ¶ the story. The
same words under the story still close it, and a closing request ("Kindly consider it for
the IPOM.") is no story."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story

STORY = {
    "en": "Please find attached my image of the ISS captured from our farmhouse at Hosakote.\n"
    "The monsoon clouds finally cleared and the solar panels are clearly resolved.",
    "es": "Les mando mi foto de la ISS sobre el Cerro de la Silla.\n"
    "Las nubes se abrieron justo a tiempo y se ven bien los paneles.",
    "de": "Hier mein Foto der ISS über dem Stephansdom.\n"
    "Die Wolken rissen gerade rechtzeitig auf, man sieht die Solarpaneele.",
}
TOP = {
    "en": ("Respected Sir/Madam,", "Greetings from Bengaluru!"),
    "es": ("Estimados amigos:", "¡Saludos desde Monterrey!"),
    "de": ("Liebes IPOM-Team,", "Grüße aus Wien!"),
}


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_greeting_from_a_place_under_the_salutation_opens_the_mail(lang: str) -> None:
    salutation, greeting = TOP[lang]
    story = find_story(f"{salutation}\n\n{greeting}\n\n{STORY[lang]}\n\nAna\n", "Ana")
    assert story is not None
    assert STORY[lang].split("\n")[1] in story
    assert greeting not in story


@pytest.mark.parametrize("lang", sorted(STORY))
def test_the_same_greeting_under_the_story_still_closes_it(lang: str) -> None:
    salutation, greeting = TOP[lang]
    text = f"{salutation}\n\n{STORY[lang]}\n\n{greeting}\nP.S. My neighbour's dog barked all night."
    story = find_story(text)
    assert story is not None
    assert "neighbour" not in story and greeting not in story


@pytest.mark.parametrize(
    "line", ["Kindly consider it for the IPOM.", "Please consider them for the Photo of the Month."]
)
def test_a_closing_request_to_consider_the_photo_is_no_story(line: str) -> None:
    story = find_story(f"{STORY['en']}\n\n{line}\n")
    assert story is not None and "consider" not in story

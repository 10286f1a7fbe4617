"""story: a greeting followed only by whom it greets (the team, the feature's name) is the
greeting alone, comma or not ("Dear ISS Photo of the Month team"); greetings in more
languages; a greeting line that goes on with a sentence keeps it."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story

STORY = "The ISS crossed the Moon right over the old church."


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear ISS Photo of the Month team",
        "Liebes Team vom ISS Photo of the Month",
        "Chère équipe de l'ISS Photo of the Month",
        "Estimado equipo del ISS Photo of the Month",
        "Gentile redazione di ISS Photo of the Month",
        "Kedves szerkesztőség és zsűri az ISS Photo of the Month",
        "เรียน คณะผู้จัดงาน ISS Photo of the Month",
        "เรียนทีมงาน ISS Photo of the Month",
    ],
)
def test_a_greeting_naming_only_the_team_and_the_feature_is_no_story(greeting: str) -> None:
    assert find_story(f"{greeting}\n\n{STORY}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Dear IPOM team here is my photo of the ISS above the harbour",
        "Hola equipo ayer la ISS cruzó sobre el faro de Cádiz",
        "Hi all the station rose over the old mill at dusk",
    ],
)
def test_a_greeting_line_going_on_with_a_sentence_keeps_it(line: str) -> None:
    assert find_story(f"{line}\n\n{STORY}\n") == f"{line}\n\n{STORY}"


@pytest.mark.parametrize(
    "greeting", ["Hyvää päivää!", "Üdvözlöm!", "Приветствую!", "Heisann!", "Hyvää huomenta,"]
)
def test_a_greeting_in_more_languages_is_no_story(greeting: str) -> None:
    assert find_story(f"{greeting}\n\n{STORY}\n") == STORY

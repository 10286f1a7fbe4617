"""story, by class (batch-23): a processing line naming its programs beside an exposure's
values ("riprese a 1 ms, 200 fps, elaborazione con AutoStakkert e Photoshop": the words that
join them are no prose); two sign-offs joined by "and" ("Valeu e céus limpos!", "Ciao e cieli
sereni"), also with a word that alone needs the line's end; the wrapped rest of an equipment
line whose last word is a maker and whose next line opens with its model ("… a ZWO\\nASI462MC
and a Tele Vue 2x Powermate, 1.5 ms exposures, gain 380."). Traps: prose that uses the same
words stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.closing import SIGN_OFF
from ipom_mail.pipeline.fields.data_lines import is_settings_line
from ipom_mail.pipeline.fields.story import find_story

STORY = "The ISS crossed the Moon right over the old church."


@pytest.mark.parametrize(
    "line",
    [
        "- riprese a 1 ms, 200 fps, elaborazione con AutoStakkert e Photoshop",
        "Shot at 1/1000 s and 150 fps, stacked in AutoStakkert and Photoshop",
        "Aufnahme mit 2 ms und 100 fps, gestackt mit AutoStakkert",
        "Captura a 1/2000 s y 120 fps, procesado con AutoStakkert y Photoshop",
    ],
)
def test_a_processing_line_naming_programs_beside_settings_is_not_story(line: str) -> None:
    assert is_settings_line(line)
    assert find_story(f"{STORY}\n\n{line}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "I waited 10 s for the wind to calm and then shot at 30 fps.",
        "The ISS was visible for 300 s and I shot it at f/8 with my old camera.",
        "Ho aspettato 10 s che il vento calasse e poi ho ripreso a 30 fps con la mia camera.",
    ],
)
def test_a_sentence_with_settings_and_joining_words_stays(line: str) -> None:
    assert not is_settings_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Valeu e céus limpos!",
        "Valeu e céus limpos, pessoal!",
        "Ciao e cieli sereni!",
        "Dzięki i pogodnego nieba!",
        "Vďaka a jasnú oblohu!",
        "Thanks and clear skies!",
        "Danke und klaren Himmel!",
    ],
)
def test_two_sign_offs_joined_by_and_close_the_mail(line: str) -> None:
    assert SIGN_OFF.match(line)
    assert find_story(f"{STORY}\n\n{line}\nRafael\n", "Rafael Nogueira") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Valeu a pena esperar o frio e a neblina.",  # "it was worth waiting for the cold"
        "Ciao e grazie per tutto il lavoro che fate con la rubrica mensile, davvero.",
        "Best and brightest pass of the year so far.",
    ],
)
def test_a_sentence_opening_with_a_sign_offs_word_is_no_sign_off(line: str) -> None:
    assert not SIGN_OFF.match(line)


@pytest.mark.parametrize(
    ("field", "rest"),
    [
        (
            "Equipment: Orion SkyQuest XT10 Dobsonian (manually tracked) together with a ZWO",
            "ASI462MC and a Tele Vue 2x Powermate, 1.5 ms exposures, gain 380.",
        ),
        (
            "Ausrüstung: Celestron C8 auf einer EQ5 und eine Kamera von ZWO",
            "ASI178MM mit Barlowlinse, Belichtung 2 ms, Gain 300.",
        ),
    ],
)
def test_the_rest_of_an_equipment_line_wrapped_after_a_maker_is_not_story(
    field: str, rest: str
) -> None:
    assert find_story(f"{STORY}\n\n{field}\n{rest}\n") == STORY

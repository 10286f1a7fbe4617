"""story: the wrapped rest of an equipment line is no story, whether the line opens with an
instrument's name or ends with a maker whose model opens the next line ("… a ZWO\\nASI462MC
and a Tele Vue 2x Powermate, 1.5 ms exposures, gain 380."); a sentence after a field line
opening with a maker alone stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story

STORY = "The ISS crossed the Moon right over the old church."


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


@pytest.mark.parametrize(
    ("field", "rest"),
    [
        (
            "Équipement : lunette Sky-Watcher Evostar 100ED avec un filtre solaire pleine ouverture",
            "Baader AstroSolar, caméra ZWO ASI178MM, le tout sur une monture Celestron AVX.",
        ),
        (
            "Gear: Celestron C9.25 on a Losmandy GM811G mount, ZWO ASI183MM camera with a",
            "Tele Vue 2x Powermate. 1 ms exposures at 94 fps, best frames stacked in AutoStakkert.",
        ),
        (
            "Обладнання: фотоапарат Nikon D750 з об'єктивом Nikkor AF-S 85mm f/1.8G на штативі",
            "Manfrotto 190go!",
        ),
    ],
)
def test_the_wrapped_rest_of_an_equipment_line_opening_with_a_name_is_not_story(
    field: str, rest: str
) -> None:
    assert find_story(f"{STORY}\n\n{field}\n{rest}\n") == STORY


def test_a_sentence_after_a_field_line_opening_with_a_maker_alone_stays() -> None:
    line = "Nikon hat mir die Kamera repariert, und die Aufnahme ist scharf geworden."
    story = find_story(f"{STORY}\n\nOrt: am Ufer des Bodensees bei Konstanz\n{line}\n")
    assert story == f"{STORY}\n\n{line}"

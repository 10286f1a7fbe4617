"""The pass's height after an "at its highest" case form or phrase (blind batch 15, issue 13):
"korkeimmillaan 49°", "som högst 55°", "på det høyeste 60°"; and the Sun's or the Moon's
height written so, which is never the pass's."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.flyby_numbers import find_max_elevation


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("Asema nousi korkeimmillaan 62°:een luoteessa.", 62.0),
        ("Korkeus korkeimmillaan 53°, kirkkaus -2,8.", 53.0),
        ("Stationen stod som högst 55° över horisonten.", 55.0),
        ("Stasjonen var på det høyeste 60° over horisonten.", 60.0),
        ("Rumstationen var på sit højeste 58° i syd.", 58.0),
    ],
)
def test_an_at_its_highest_phrase_gives_the_passs_height(text: str, degrees: float) -> None:
    assert find_max_elevation(text) == degrees


@pytest.mark.parametrize(
    "text",
    [
        "Aurinko oli korkeimmillaan 12° ennen iltaa.",  # the Sun's
        "Kuu oli korkeimmillaan 35°.",  # the Moon's
        "Solen stod som högst 11° den dagen.",  # the Sun's
        "Månen var på det høyeste 30°.",  # the Moon's
        "Lämpötila oli korkeimmillaan 5 °C.",  # a temperature
        "Asema oli korkeimmillaan noin 50°, luulen.",  # a guess
    ],
)
def test_another_bodys_or_a_temperatures_highest_is_not_the_passs(text: str) -> None:
    assert find_max_elevation(text) is None

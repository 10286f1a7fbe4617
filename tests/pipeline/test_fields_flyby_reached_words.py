"""The pass's height and brightness in the words batch-26 brought (issue 13; data/labels.toml
[climbed], [brightness]): Portuguese "chegou a 58° de altura", Spanish "llegó a 62°",
Romanian "strălucirea -2,4", Belarusian "бляск −3,5", a brightness whose number the mail
program wrapped onto the next line, and Hungarian's article "Az", which is no azimuth.
Sentences written for these tests, with traps where no value may be read."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.flyby_numbers import find_magnitude, find_max_elevation


@pytest.mark.parametrize(
    ("text", "height", "magnitude"),
    [
        (
            "A passagem durou seis minutos e a estação chegou a 58° de altura, brilho -3,1.",
            58.0,
            -3.1,
        ),
        ("A estação chegou aos 72° e o brilho foi de -3,6.", 72.0, -3.6),
        ("La estación llegó a 62° de altura, brillo -3,4.", 62.0, -3.4),
        ("Înălțimea maximă a fost de 35°, strălucirea -2,4.", 35.0, -2.4),
        ("Найбольшая вышыня пралёту — 62°, бляск −3,5.", 62.0, -3.5),
        ("Az áthaladás legnagyobb magassága 57° volt, fényessége -3,2 magnitúdó.", 57.0, -3.2),
        ("A legnagyobb magasság 44° volt, az állomás fényessége -2,9.", 44.0, -2.9),
    ],
)
def test_height_and_brightness_after_words_of_more_languages(
    text: str, height: float, magnitude: float
) -> None:
    assert find_max_elevation(text) == height
    assert find_magnitude(text) == magnitude


def test_a_brightness_wrapped_onto_the_next_line_is_read() -> None:
    text = "A passagem durou uns seis minutos e a estação chegou a 58° de altura, brilho\n-3,1. Foi"
    assert find_magnitude(text) == -3.1


@pytest.mark.parametrize(
    "text",
    [
        # "reached" without degrees of height: a temperature, a count
        "A temperatura chegou a 5° abaixo de zero.",
        "A fila chegou a 40 pessoas.",
        # an azimuth written "Az" before its number is no height
        "Az 230°, then it set.",
        # another body's brightness
        "O brilho de Vênus -4,2 ajudou a focar.",
    ],
)
def test_no_height_or_brightness_where_the_words_do_not_give_one(text: str) -> None:
    assert find_max_elevation(text) is None
    assert find_magnitude(text) is None

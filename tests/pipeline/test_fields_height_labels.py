"""The pass's height written under a bare label on the pass's line (issue 13, batch-27).

"Hoogte: 55°, magnitude -3,1": a line opening with the word for the height and giving the
brightness too holds the pass's figures, its highest point. A height labelled alone, with
words after it, or named for the Sun stays no value; a model's number ending a sentence
("… Star Adventurer 2i.") ends it, so the next line's "Elevació màxima 88°" is read.
"""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.flyby_numbers import find_max_elevation


@pytest.mark.parametrize(
    ("line", "height"),
    [
        ("Hoogte: 55°, magnitude -3,1", 55.0),
        ("Höhe: 62°, Helligkeit -3,4 mag", 62.0),
        ("Height: 71° / -3.6 mag", 71.0),
        ("Altura: 48°, magnitud -2,9", 48.0),
        ("Wysokość: 62°, jasność -3,4", 62.0),
        ("Высота: 57°, яркость -3,2", 57.0),
        ("Hauteur : 66°, magnitude -3,5", 66.0),
    ],
)
def test_a_height_labelled_on_the_passs_line_is_its_highest_point(line: str, height: float) -> None:
    text = f"Datum: 09/10/2026\nTijd: 18:12:30 UT\n{line}\n"
    assert find_max_elevation(text) == height


@pytest.mark.parametrize(
    "line",
    [
        "Hoogte: 55°",  # no brightness beside it: maybe the height at the shot
        "Elevation: 30° at the moment of the shot, magnitude -3.1",
        "Sonnenhöhe: 12°, Helligkeit -3,1",
        "Sun altitude: 12°, mag -3.1",
        "Ik zag hem op hoogte: 40°, magnitude -3",  # a label inside a sentence
        "Höhe: 450 m, Helligkeit -3,1",
    ],
)
def test_a_height_without_the_passs_brightness_beside_its_label_is_no_value(line: str) -> None:
    assert find_max_elevation(f"Datum: 09/10/2026\n{line}\n") is None


@pytest.mark.parametrize(
    "text",
    [
        "Equip: Canon EOS Ra sobre una ròtula Sky-Watcher Star Adventurer 2i.\n"
        "Elevació màxima 88°, magnitud -3,9.",
        "Tracked on a Star Adventurer 2i.\nMax elevation 88°, mag -3.9.",
        "Montiert auf einer Star Adventurer 2i. Maximale Höhe 88°.",
    ],
)
def test_a_models_number_ends_its_sentence_before_the_height(text: str) -> None:
    assert find_max_elevation(text) == 88.0

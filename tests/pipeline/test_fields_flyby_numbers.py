"""The pass's height and brightness written tersely (blind batch 10, issue 13): a signed
number right after the height ("Max 79°, -3.3"), a brightness a site is quoted for
("heaps bright, heavens-above said -3.5"), a height after an abbreviated word
("Μέγ. ύψος 57°"); and what must stay null beside them."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.flyby_numbers import find_magnitude, find_max_elevation


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [
        ("Max 79°, -3.3", -3.3),
        ("máx. 71°, -3,6", -3.6),
        ("maks. wys. 64° / -2,9", -2.9),
        ("Höchster Stand 58°; -3,1", -3.1),
        ("heaps bright, heavens-above said -3.5", -3.5),
        ("sehr hell, laut heavens-above -3,2", -3.2),
    ],
)
def test_a_signed_number_after_the_passs_height_or_a_bright_word_is_its_magnitude(
    text: str, magnitude: float
) -> None:
    assert find_magnitude(text) == magnitude


@pytest.mark.parametrize(
    "text",
    [
        "Max 79°, 12 frames stacked",  # no sign: a count, not a brightness
        "Azimuth 79°, -3.3",  # the number follows no height of the pass
        "Max 79°, -20°C outside",  # a temperature
    ],
)
def test_a_number_after_a_height_that_is_no_brightness_stays_null(text: str) -> None:
    assert find_magnitude(text) is None


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("Μέγ. ύψος 57°, -3.3 mag", 57.0),
        ("μεγ. ύψος 62°", 62.0),
        ("Макс. висина 48°", 48.0),
    ],
)
def test_an_abbreviated_word_for_maximum_gives_the_height(text: str, degrees: float) -> None:
    assert find_max_elevation(text) == degrees


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("La station est montée jusqu'à 71° avec une magnitude de -3,7.", 71.0),
        ("The station climbed to 66° over the harbour.", 66.0),
        ("Die ISS stieg bis auf 64° und verschwand dann im Erdschatten.", 64.0),
        ("La estación subió hasta 58° sobre el faro.", 58.0),
        ("the station passing right over the pier, about 80 degrees up", 80.0),
    ],
)
def test_the_pass_climbing_to_a_height_or_so_many_degrees_up_gives_it(
    text: str, degrees: float
) -> None:
    assert find_max_elevation(text) == degrees


@pytest.mark.parametrize(
    "text",
    [
        "the Moon was 30 degrees up and the ISS crossed it",  # the Moon's height
        "it rose 10° up to the left of the tower",  # no height of the pass: "up to"
        "shot it rising, about 20 degrees up, through the trees",  # where it was, not its top
    ],
)
def test_degrees_up_of_another_body_or_a_direction_give_no_height(text: str) -> None:
    assert find_max_elevation(text) is None

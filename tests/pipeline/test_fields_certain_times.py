"""Times and flyby values a mail states with certainty that blind batches 06 and 07 found
missed (issue 13), each class in several languages with sentences written here: the
pass's height as "the largest height" ("Najveća visina 68°"), brightness words of more
languages ("ryškis -3,3", "μέγεθος -3,7"); and what must stay null beside them."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.flyby import find_magnitude, find_max_elevation


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("Najveća visina 68°, sjaj -3,5.", 68.0),
        ("Najveća visina: 49°", 49.0),
        ("Највећа висина 52°, сјај -3,1.", 52.0),
        ("Didžiausias aukštis 46°, ryškis -3,3.", 46.0),
    ],
)
def test_the_largest_height_of_the_pass_is_its_elevation(text: str, degrees: float) -> None:
    assert find_max_elevation(text) == degrees


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [
        ("Didžiausias aukštis 46°, ryškis -3,3.", -3.3),
        ("Μέγιστο ύψος 74°, μέγεθος -3,7.", -3.7),
        ("Μέγιστο ύψος 74°, μέγεθος −2,9 περίπου.", -2.9),
    ],
)
def test_brightness_words_of_more_languages_give_the_magnitude(text: str, magnitude: float) -> None:
    assert find_magnitude(text) == magnitude


@pytest.mark.parametrize(
    "text",
    [
        "Najveća visina planine je 1500 m.",  # a mountain's height, no degrees
        "μέγεθος αισθητήρα 23,5 mm",  # a sensor's size
        "το μέγεθος της φωτογραφίας είναι 12 MB",  # a file's size, no sign
    ],
)
def test_a_height_or_size_that_is_no_passs_stays_null(text: str) -> None:
    assert find_max_elevation(text) is None
    assert find_magnitude(text) is None

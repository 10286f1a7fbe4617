"""The pass's height written "up to" after the height above the horizon, and "at the top"
after the degrees (issue 13, batch-22): "Висота над горизонтом — до 72°", "altitude above
the horizon: up to 65°", "74° up at the top". A height above the horizon with no "up to"
(any moment of the pass), and "at the top of the frame", are no highest point."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.flyby_numbers import find_max_elevation


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Висота над горизонтом — до 72°, яскравість −3,7 зоряної величини.", 72.0),
        ("Высота над горизонтом: до 68°.", 68.0),
        ("Височина над хоризонта – до 55°.", 55.0),
        ("Wysokość nad horyzontem – do 61°.", 61.0),
        ("Výška nad obzorem až do 47°.", 47.0),
        ("Altitude above the horizon: up to 65°.", 65.0),
        ("Höhe über dem Horizont bis zu 58°.", 58.0),
        ("nice bright one, mag -3.8 and 74° up at the top", 74.0),
        ("it was 68° at its highest, just past the zenith", 68.0),
        ("the station was 81° at the peak", 81.0),
    ],
)
def test_the_passs_height_up_to_or_at_the_top(text: str, want: float) -> None:
    assert find_max_elevation(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a height above the horizon at one moment, with no "up to"
        "Висота над горизонтом 20° на початку серії.",
        "Altitude above the horizon 15° when it faded.",
        # the top of the frame, not of the pass
        "The trail enters 30° at the top of the frame.",
        # the Sun's height, up to a number
        "Висота Сонця над горизонтом — до 10°.",
    ],
)
def test_other_heights_are_not_the_highest_point(text: str) -> None:
    assert find_max_elevation(text) is None

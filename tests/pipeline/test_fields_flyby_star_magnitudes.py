"""magnitude, issue 13 (batch-42): a star's or a planet's brightness named beside the
station's ("Arcturus are magnitudinea -0,05", "obok Wegi (0,0 mag)") is never the station's:
only the station's own is read, from a table's row too ("Magnitudine      -2,4"). A star
named near the pass's height leaves the height alone."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.flyby_numbers import find_magnitude, find_max_elevation


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [
        (
            "Magnitudine                      -2,4\n\nArcturus are magnitudinea -0,05, deci se "
            "vede bine cât de strălucitoare era stația.",
            -2.4,
        ),
        ("Jasność -3,9 mag.\nISS przeszła obok Wegi (0,0 mag), która wyglądała blado.", -3.9),
        ("Brightness -3.4. It passed Vega (mag 0.0) a few seconds later.", -3.4),
        ("Блеск -3,1 mag. Рядом был Арктур, яркость Арктура -0,05.", -3.1),
        ("Helligkeit -2,8 mag, knapp neben Capella (0,1 mag).", -2.8),
        ("Fényesség -3,5, a Vega (0,0 mag) mellett haladt el.", -3.5),
    ],
)
def test_a_stars_magnitude_is_not_the_stations(text: str, magnitude: float) -> None:
    assert find_magnitude(text) == magnitude


def test_a_stars_magnitude_alone_gives_none() -> None:
    assert find_magnitude("The ISS passed right by Arcturus, magnitude -0.05.") is None


@pytest.mark.parametrize(
    "row",
    ["Magnitude                 -3,4", "Helligkeit\t\t-3,4", "Jasność          -3,4 mag"],
)
def test_a_tables_brightness_row_is_read(row: str) -> None:
    assert find_magnitude(f"Max. elevation    64°\n{row}\n") == -3.4


def test_a_star_named_before_the_height_leaves_the_height() -> None:
    assert find_max_elevation("It passed Vega at max elevation 81°, magnitude -3.9.") == 81.0

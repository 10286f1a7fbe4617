"""flyby: a planet the station is only compared with ("as bright as Venus", "svetla kot
Venera") says nothing of the pass's height, so the max elevation after it is still read
(issue 13, batch-25); a body whose own height the degrees give still keeps them out."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.flyby_numbers import find_max_elevation


@pytest.mark.parametrize(
    "text",
    [
        "Postaja je bila svetla kot Venera, najvišja višina 74°, magnituda -3,7.",
        "The station was as bright as Venus, max elevation 74°, magnitude -3.7.",
        "Die Station war hell wie die Venus, maximale Höhe 74°.",
        "La estación brillaba como Venus, altura máxima 74°, magnitud -3,7.",
        "Stacja świeciła jak Wenus, maksymalna wysokość 74°.",
    ],
)
def test_a_body_compared_with_the_station_leaves_its_height(text: str) -> None:
    assert find_max_elevation(text) == 74.0


@pytest.mark.parametrize(
    "text",
    [
        "Venus reached max elevation 30° that evening.",
        "The Moon, max altitude 35°, was full.",
        "Jupiter: max elevation 40°",
        "The ISS passed close to Venus, max elevation 35°.",  # whose height: unsure
    ],
)
def test_a_body_named_beside_the_degrees_keeps_them_out(text: str) -> None:
    assert find_max_elevation(text) is None

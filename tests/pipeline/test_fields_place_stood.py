"""Where the sender says they stood (issue 13, batch-14): "stond ik bij de vuurtoren van
Westkapelle" names the spot the photo was taken from, so it beats the town under the
signature; a friend's home or a word of time after the spot is no place."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_stood import stood_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gisteren stond ik bij de vuurtoren van Westkapelle en zag ik de ISS.", "vuurtoren van Westkapelle"),
        ("I stood by the lighthouse at Southwold, freezing.", "Southwold"),
        ("Ero sulla spiaggia di Rimini quando è passata.", "spiaggia di Rimini"),
        ("Estava no cais de Cacilhas.", "cais de Cacilhas"),
        ("Ik stond op de dijk bij Harderwijk.", "Harderwijk"),
    ],
)  # fmt: skip
def test_the_spot_the_sender_stood_at_is_the_place(text: str, place: str) -> None:
    assert stood_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "ik stond op het balkon van Piet.",
        "I was on the roof of Lidia's house.",
        "I stood at the window of March.",
        "I was at the beach when it passed.",
        "The lighthouse of Westkapelle was lit.",
    ],
)
def test_no_place_from_a_home_a_month_or_no_standing(text: str) -> None:
    assert stood_place(text) is None


def test_the_spot_beats_the_town_under_the_signature() -> None:
    text = (
        "Vanochtend stond ik bij de vuurtoren van Westkapelle en zag de ISS.\n\n"
        "Met vriendelijke groet,\nSanne de Vries\nMiddelburg\n"
    )
    assert find_location(text) == "vuurtoren van Westkapelle"

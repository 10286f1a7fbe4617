"""location, issue 13: a labelled place that opens with the spot it was taken from, described
in lower case, is the name after that description's locative word."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Lugar: terraza de un edificio sobre Av. Corrientes, San Nicolás, Buenos Aires",
            "Av. Corrientes, San Nicolás, Buenos Aires",
        ),
        ("Location: roof of a car park in Leeds", "Leeds"),
        ("Luogo: terrazza di casa a Bergamo", "Bergamo"),
        ("Local: varanda do prédio em Coimbra", "Coimbra"),
        ("Lieu : toit de l'immeuble à Villeurbanne", "Villeurbanne"),
    ],
)
def test_a_spot_described_before_the_place_is_left_out(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lieu : plage de Carnac", "plage de Carnac"),  # the spot's own name: "of", kept
        ("Local: farol de Cabo Carvoeiro", "farol de Cabo Carvoeiro"),
        ("Ort: Wiese hinter dem Haus in Kassel", "Wiese hinter dem Haus in Kassel"),  # German
        ("Lugar: playa en el norte de Tenerife", "playa en el norte de Tenerife"),  # no name next
    ],
)
def test_a_spots_own_name_german_capitals_or_no_name_after_keep_the_label_whole(
    text: str, place: str
) -> None:
    assert find_location(text) == place

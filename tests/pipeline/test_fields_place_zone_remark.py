"""A remark on the clock in brackets after a place ("Barcelona (CEST, encara érem a l'horari
d'estiu)") is no part of it; a site in brackets still is ("Aarhus (Ole Rømer Observatoriet)")."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Foto des Überflugs aus Graz (MEZ, also Winterzeit).", "Graz"),
        ("Shot at 20:15 from Lisbon (WEST, still summer time).", "Lisbon"),
        ("Feta des de Girona (UTC+2).", "Girona"),
    ],
)
def test_a_zone_remark_in_brackets_is_no_part_of_the_place(text: str, place: str) -> None:
    found = find_location(text)
    assert found is None or found == place


def test_a_site_in_brackets_after_the_place_is_kept() -> None:
    assert find_location("Lieu : Aarhus (Ole Rømer Observatoriet)") == (
        "Aarhus (Ole Rømer Observatoriet)"
    )

"""location, issue 13: a landmark passed over with the area it stands in set beside it, in
brackets or after a comma, is the landmark with its area as written; the area alone only
when the Subject presents the photo by it, a town beside the landmark stays the town, and
a place the photo was taken from is no area beside it."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_apposed import landmark_with_area


@pytest.mark.parametrize(
    ("text", "area", "subject", "place"),
    [
        (
            "It's the ISS going over the Hook Lighthouse (Hook Head, Co. Wexford) on Monday.",
            "Hook Head, Co. Wexford",
            "Fwd: ISS photo",
            "Hook Lighthouse (Hook Head, Co. Wexford)",
        ),
        (
            "A ISS a passar por cima da Lagoa das Sete Cidades, na ilha de São Miguel (Açores), "
            "tirada no sábado.",
            "São Miguel (Açores)",
            "Foto da ISS sobre a Lagoa das Sete Cidades",
            "Lagoa das Sete Cidades, na ilha de São Miguel (Açores)",
        ),
        (
            "La ISS pasando sobre el Roque Nublo, en la isla de Gran Canaria, el sábado.",
            "Gran Canaria",
            "Foto ISS",
            "Roque Nublo, en la isla de Gran Canaria",
        ),
        (
            "L'ISS au-dessus du Phare des Baleines (Île de Ré), samedi soir.",
            "Île de Ré",
            "",
            "Phare des Baleines (Île de Ré)",
        ),
    ],
)
def test_a_landmark_and_the_area_beside_it_are_the_place_as_written(
    text: str, area: str, subject: str, place: str
) -> None:
    assert landmark_with_area(text, area, subject) == place


@pytest.mark.parametrize(
    ("text", "area", "subject"),
    [
        # the Subject presents the photo by its area
        (
            "A ISS cruzando a Via Láctea sobre o Vale da Lua, na Chapada dos Veadeiros (GO).",
            "Chapada dos Veadeiros (GO)",
            "Foto da ISS - Chapada dos Veadeiros",
        ),
        # a town beside the landmark, with no kind: the town is the place
        ("The ISS over the Eiffel Tower, Paris, last night.", "Paris", ""),
        ("La ISS sobre el Templo de Debod, en Madrid, anoche.", "Madrid", ""),
        ("The ISS over Christ Church (Oxford) at 21:04 BST.", "Oxford", ""),
        # taken from there, not an area beside what it shows
        ("The ISS over the Three Sisters, taken from Echo Point, Katoomba NSW.", "Echo Point, Katoomba NSW", ""),
        ("La ISS sobre el Popocatépetl, tomada desde Atlixco, Puebla.", "Atlixco, Puebla", ""),
        ("L'ISS au-dessus du Pic du Midi, prise depuis le col du Tourmalet.", "col du Tourmalet", ""),
        ("ISS-spor over Mjøsa, tatt fra stranda ved Koigen i Hamar.", "stranda ved Koigen i Hamar", ""),
        # the sky, not a landmark on the ground
        ("The ISS crossing over the Moon (Mare Imbrium) tonight.", "Mare Imbrium", ""),
        # no "over" word: nothing says what was passed over
        ("We met at the Hook Lighthouse (Hook Head, Co. Wexford) on Monday.", "Hook Head, Co. Wexford", ""),
    ],
)  # fmt: skip
def test_no_landmark_and_area_where_the_area_or_a_town_is_the_place(
    text: str, area: str, subject: str
) -> None:
    assert landmark_with_area(text, area, subject) is None

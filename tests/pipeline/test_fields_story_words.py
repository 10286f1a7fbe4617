"""story: a word that hands the photo over counts only as a word of its own, never as the
inside of a longer word ("ekte", attached in Turkish, is no part of "perfekte")."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story


@pytest.mark.parametrize(
    ("story", "line"),
    [
        ("Die ISS zog genau über den Brocken.", "Es war die perfekte Nacht."),
        ("ISS gikk rett over fyret på Lindesnes.", "Perfekte forhold i kveld."),
        ("Stacja przeleciała nad katedrą.", "Nic nie świeciło jaśniej nad obiektem."),
        ("Rumstationen passerede lige over kirken.", "Det perfekte øjeblik."),
    ],
)
def test_a_short_prose_line_holding_a_handover_word_inside_a_longer_word_stays(
    story: str, line: str
) -> None:
    assert find_story(f"{story}\n{line}\n") == f"{story}\n{line}"


@pytest.mark.parametrize(
    "handover", ["Fotoğraf ekte.", "Billede vedhæftet.", "Foto anbei.", "Zdjęcie w załączniku."]
)
def test_a_line_that_only_says_the_photo_is_attached_still_leaves(handover: str) -> None:
    story = "The ISS crossed the Moon right over the old church."
    assert find_story(f"{story}\n{handover}\n") == story

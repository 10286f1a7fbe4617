"""A phone's lower-case town after a spot is a place as written (issue 13): "over the bolte
bridge in melbourne 🛰️"; only in a mail written all in lower case, never a colour or a
word after "in" with no spot before it."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("got the iss going straight over the bolte bridge in melbourne 🛰️ so bright", "melbourne"),
        ("desde mi patio en rosario, re lindo 😍", "rosario"),
        ("depuis la plage à biarritz !! trop beau", "biarritz"),
        ("dal balcone a bologna 😍 bellissima", "bologna"),
    ],
)  # fmt: skip
def test_a_lower_case_town_after_a_spot_is_the_place(text: str, town: str) -> None:
    assert find_location(text) == town


@pytest.mark.parametrize(
    "text",
    [
        "the moon rose in orange.",
        "hice la foto en la terraza, la luna en naranja.",
        "Got it from the beach. The sky glowed in orange.",
    ],
)
def test_no_lower_case_town_without_a_spot_or_in_a_capitalised_mail(text: str) -> None:
    assert find_location(text) is None

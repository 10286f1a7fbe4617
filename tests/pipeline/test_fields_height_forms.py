"""The pass's highest point written in forms read since batch 24 (issue 13).

"grösste Höhe 62°" (Swiss spelling), "kwam tot 49° hoogte", "բարձրացավ մինչև 72°",
"زیادہ سے زیادہ بلندی: 57 ڈگری", "найбольшая вышыня — 63°", "it was up at about 58°":
each names the pass's highest point. Degrees of something else stay no height.
"""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.flyby_numbers import find_max_elevation


@pytest.mark.parametrize(
    ("text", "height"),
    [
        ("Angaben zum Überflug: grösste Höhe 62°, Helligkeit −3,4 mag", 62.0),
        ("Überflug mit größter Höhe 62° um 18:07 MEZ.", 62.0),
        ("Het ISS kwam tot 49° hoogte en was ongeveer magnitude -3,0.", 49.0),
        ("Կայանը բարձրացավ մինչև 72°, պայծառությունը՝ -3,8։", 72.0),
        ("زیادہ سے زیادہ بلندی: 57 ڈگری", 57.0),
        ("Станцыя была вельмі яркая, а найбольшая вышыня — 63°.", 63.0),
        ("taken 18:26 IST, it was up at about 58° and really bright", 58.0),
    ],
)
def test_the_passs_highest_point_in_more_forms(text: str, height: float) -> None:
    assert find_max_elevation(text) == height


@pytest.mark.parametrize(
    "text",
    [
        "The sun was up at 12° when I started.",
        "Het vliegtuig kwam tot 20 meter boven de dijk.",
        "Було холодно, мінус 22 градуси, а найбольш цікава была Месяц на 30°.",
        "کیمرہ 35 ڈگری کے زاویے پر تھا۔",
    ],
)
def test_other_degrees_are_no_height(text: str) -> None:
    assert find_max_elevation(text) is None

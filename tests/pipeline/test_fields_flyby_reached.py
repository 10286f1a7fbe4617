"""The pass's height and brightness in more of the words photographers write (issue 13,
batch-20): "reached" before the degrees ("erreichte laut Heavens-Above 64° Höhe"), "very
high" in words ("bem alta, uns 70 graus"), the word for degrees before the number
("nyuzi 57"), and a prediction site's words between "bright" and the magnitude ("super
bright, heavens above had it at -3.8"). A number in another sentence, or another kind of
number, stays unread."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.flyby_numbers import find_magnitude, find_max_elevation


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Die ISS erreichte laut Heavens-Above 64° Höhe bei -3,6 mag.", 64.0),
        ("La station a atteint 71° au-dessus de l'horizon.", 71.0),
        ("La estación alcanzó unos 58° sobre el horizonte.", 58.0),
        ("passou às 18h57, bem alta, uns 70 graus, e brilhando muito", 70.0),
        ("pasó muy alta, unos 75° sobre nosotros", 75.0),
        ("it went very high, about 81 degrees", 81.0),
        ("Mwinuko wa juu: nyuzi 57, mwangaza: -3.3", 57.0),
    ],
)
def test_the_passs_height_in_more_words(text: str, want: float) -> None:
    assert find_max_elevation(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # "reached" a place, and a temperature
        "Ich erreichte den Gipfel bei 12 °C.",
        # high in words, but the number is the Moon's
        "The ISS went very high; the Moon was at 40°.",
        # degrees before a number in no sentence about the height
        "Ilikuwa nyuzi 18 za joto usiku.",
    ],
)
def test_no_height_from_other_numbers(text: str) -> None:
    assert find_max_elevation(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("max elevation about 78° and super bright, heavens above had it at -3.8", -3.8),
        ("e brilhando muito (o heavens-above dava -3,4)", -3.4),
        ("estaba brillando muchísimo, según Heavens-Above -3,7", -3.7),
        ("mycket lysande, enligt Heavens-Above -3,5", -3.5),
    ],
)
def test_a_magnitude_a_site_gave_after_bright(text: str, want: float) -> None:
    assert find_magnitude(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the signed number is in the next sentence
        "It was super bright. EV -0.7 applied in post.",
        # too far from the word
        "It was bright, and later the temperature in the valley dropped to -5 overnight.",
    ],
)
def test_no_magnitude_from_another_sentence(text: str) -> None:
    assert find_magnitude(text) is None

"""Arabic and Hebrew write "and" onto the next word: a flyby label after it is still a
label ("أقصى ارتفاع 68°، والسطوع -3.5", "גובה מרבי 62° והבהירות ‎-3.1"); batch-16 lost an
Arabic magnitude so. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _flyby(text: str) -> tuple[float | None, float | None]:
    flyby = find_flyby(text, find_taken_at(text, NO_MEDIA, None), None)
    return flyby.max_elevation_deg, flyby.magnitude


@pytest.mark.parametrize(
    ("text", "elevation", "magnitude"),
    [
        ("أقصى ارتفاع 68°، والسطوع -3.5.", 68.0, -3.5),
        ("بلغت المحطة 54 درجة واللمعان -2.9 تقريبا.", None, -2.9),
        ("גובה מרבי 62° והבהירות -3.1.", 62.0, -3.1),
    ],
)
def test_a_label_written_after_and_is_read(
    text: str, elevation: float | None, magnitude: float
) -> None:
    found_elevation, found_magnitude = _flyby(text)
    assert found_magnitude == magnitude
    if elevation is not None:
        assert found_elevation == elevation


def test_a_word_that_only_starts_with_the_letter_of_and_is_no_label() -> None:
    """ "وسطوع" is "and brightness"; a word merely ending in a label's letters is not."""
    assert _flyby("وصلنا في الساعة 8 مساءً وكان الجو صافياً -3 درجات.")[1] is None

"""A brightness whose minus stands after its number, as right-to-left text stores it ("בהירות
3.7-" shows as "-3.7"), is negative in a Hebrew, Arabic or Persian line (batch-30 gave +3.7), and
no value in a left-to-right line, where the dash may be a range's or a sentence's."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_fields

_RTL_LINES = {
    "he": ("מצורפת התמונה שלי של תחנת החלל מעל מצפה רמון.", "גובה מרבי 72°, בהירות 3.7-"),
    "ar": ("أرسل لكم صورتي لمحطة الفضاء الدولية فوق الشارقة.", "أقصى ارتفاع 61 درجة، السطوع 3.6-"),
    "fa": ("عکس عبور ایستگاه فضایی از آسمان کویر را می‌فرستم.", "حداکثر ارتفاع ۵۵ درجه، قدر 3.4-"),
}


@pytest.mark.parametrize("lang", sorted(_RTL_LINES))
def test_a_minus_after_the_number_in_a_right_to_left_line_makes_it_negative(lang: str) -> None:
    opening, line = _RTL_LINES[lang]
    magnitude = mail_fields("ISS", f"{opening}\n{line}\n", follow_up=True).flyby.magnitude
    assert magnitude is not None and magnitude < 0
    assert f"{-magnitude:.1f}" in line


def test_the_same_number_with_its_minus_before_it_is_read_as_before() -> None:
    body = "מצורפת התמונה שלי של תחנת החלל.\nבהירות -3.7\n"
    assert mail_fields("ISS", body, follow_up=True).flyby.magnitude == -3.7


@pytest.mark.parametrize(
    "line",
    ["Brightness 3.7- a lovely pass over the lake.", "Helligkeit 2,9- danach Wolken."],
)
def test_a_dash_after_the_number_in_a_left_to_right_line_gives_no_brightness(line: str) -> None:
    body = f"Here is my ISS photo from last night.\n{line}\n"
    assert mail_fields("ISS", body, follow_up=True).flyby.magnitude is None


def test_a_brightness_without_any_dash_after_it_is_kept() -> None:
    body = "Here is my ISS photo from last night.\nBrightness -3.4, max elevation 70°.\n"
    assert mail_fields("ISS", body, follow_up=True).flyby.magnitude == -3.4

"""Numbers in any script as ASCII digits (fields/numerals.py, issue 13)."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.numerals import ascii_numbers


@pytest.mark.parametrize(
    ("text", "ascii"),
    [
        ("ارتفاع ۶۱ درجه", "ارتفاع 61 درجه"),  # Persian digits
        ("السطوع \u200e-٢٫٨", "السطوع -2.8"),  # Arabic-Indic digits, separator, mark
        ("উচ্চতা ৪২°", "উচ্চতা 42°"),  # Bengali digits
        ("ऊँचाई ५३°", "ऊँचाई 53°"),  # Devanagari digits
        ("max 64°, -3.1", "max 64°, -3.1"),  # ASCII stays as it is
    ],
)
def test_digits_of_any_script_read_as_ascii(text: str, ascii: str) -> None:
    assert ascii_numbers(text) == ascii


def test_an_arabic_comma_is_no_decimal_separator() -> None:
    assert ascii_numbers("٣، ٤") == "3، 4"

"""photographer: names in scripts with vowel signs ("राहुल", "ณัฐวุฒิ") and Malay or Arabic
patronymics ("bin", "binti") are credited as written in From."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.people import find_photographer

STORY = "The station slid past the lighthouse just as the fog lifted."


@pytest.mark.parametrize(
    ("display", "name"),
    [
        ("अमित वर्मा", "अमित वर्मा"),
        ("ณัฐพล ใจดี", "ณัฐพล ใจดี"),
        ("Ahmad Faiz bin Osman", "Ahmad Faiz bin Osman"),
    ],
)
def test_names_with_vowel_signs_or_a_patronymic_are_credited(display: str, name: str) -> None:
    assert find_photographer(display, "Photo attached.", ()).name == name


def test_the_full_display_name_wins_over_the_shorter_name_signed() -> None:
    text = f"{STORY}\n\nTerima kasih.\nSiti Hajar\n"
    assert find_photographer("Siti Hajar binti Yusof", text, ()).name == "Siti Hajar binti Yusof"

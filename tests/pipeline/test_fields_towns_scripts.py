"""Towns in scripts without capitals (fields/towns_scripts.py, issue 13): GeoNames' names in
Arabic, Persian, Hebrew, the Indic scripts and Thai, in either spelling of Arabic's
letters; never a word of two characters, nor a country alone."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.towns_scripts import script_town


@pytest.mark.parametrize(
    "name",
    [
        "تهران", "الرياض", "القاهرة", "יפו", "ירושלים", "जयपुर", "दिल्ली", "पुणे", "เชียงใหม่",
        "كاشان", "کاشان",  # Arabic's kaf, Persian's: one town
        "العُلا",  # with a vowel's mark
    ],
)  # fmt: skip
def test_a_town_written_in_its_own_script_is_a_town(name: str) -> None:
    assert script_town(name)


@pytest.mark.parametrize(
    "name",
    [
        "له", "לה",  # Leh in two letters: "to him", "to her"
        "الكويت", "סינגפור", "भारत", "ایران", "مصر",  # a country alone
        "من", "في", "से", "में", "ที่", "บน",  # the words round a place
        "Tehran", "北京",  # other scripts: towns.py reads them
    ],
)  # fmt: skip
def test_short_words_countries_and_other_scripts_are_no_town_here(name: str) -> None:
    assert not script_town(name)

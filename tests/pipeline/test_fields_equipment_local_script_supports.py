"""equipment: a tripod's maker written in the local script ("статив Манфрото", "حامل ثلاثي من
بنرو", "سه‌پایه بنرو") names the tripod, as "статив Manfrotto" does; a tripod "from" its maker
in Icelandic ("þrífótur frá Benro") is the maker's, as "trípode de Benro" is; the millimetre
written as an Arabic or Persian word ("سيجما 14-24 ملم", "سامیانگ ۱۴ میلی‌متری") is part of
the lens's name, as "مم" is (batch-39 cut the lens short and missed the tripods)."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("Техника: фотоапарат Никон D5600, обектив Токина 11-20 мм, статив Манфрото.", "Манфрото"),
        ("المعدات: كاميرا كانون EOS R8 مع عدسة سيجما 14-24 مم، على حامل ثلاثي من بنرو.", "بنرو"),
        ("تجهیزات: دوربین سونی A7 III، لنز سیگما ۱۴ میلی‌متری، سه‌پایه بنرو", "بنرو"),
        ("Myndavél: Sony A7R IV, linsa Sony FE 16-35mm f/2.8 GM, þrífótur frá Benro.", "Benro"),
        ("Myndavél: Nikon Z6, þrífótur frá Manfrotto.", "Manfrotto"),
    ],
)
def test_a_tripod_s_maker_in_the_local_script_or_after_from_names_the_tripod(
    text: str, maker: str
) -> None:
    assert any(i == maker or i.endswith(f" {maker}") for i in _items(text))


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("المعدات: كاميرا كانون EOS R8 مع عدسة سيجما 14-24 ملم، على حامل.", "سيجما 14-24 ملم"),
        ("المعدات: كاميرا نيكون D750 وعدسة تامرون 15-30 مليمتر.", "تامرون 15-30 مليمتر"),
        ("تجهیزات: دوربین سونی A7 III، لنز سامیانگ ۱۴ میلی‌متری، سه‌پایه", "سامیانگ ۱۴ میلی‌متری"),
        ("تجهیزات: دوربین کانن 6D، لنز سیگما ۲۴ میلی‌متر", "سیگما ۲۴ میلی‌متر"),
    ],
)
def test_the_millimetre_as_an_arabic_or_persian_word_is_part_of_the_lens(
    text: str, lens: str
) -> None:
    assert lens in _items(text)


@pytest.mark.parametrize(
    "text",
    [
        # "from" a person or a shop: no maker, no tripod of one
        "Myndavél: Sony A7R IV, þrífótur frá Jóni frænda.",
        # a maker's name in the local script with no instrument's word: a trip, no tripod
        "سافرت مع صديقي إلى الصحراء، والتقطت الصورة من هناك.",
    ],
)
def test_no_tripod_maker_is_read_where_none_is_named(text: str) -> None:
    items = _items(text)
    assert not [i for i in items if "Jón" in i or "þrífót" in i]
    assert "بنرو" not in items

"""equipment (issue 13, batch-14): a kit lens named by its range alone ("w/ the 16-50 kit
lens"), a tripod's product line in lower case ("cavalletto manfrotto befree"), an unknown
maker's tripod named before the tripod's word ("Digitek DTR 550 LW ट्राइपॉड"), a Barlow lens
as a Czech or Slovak adjective, Soviet lenses in Ukrainian spelling."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("nikon z50 w/ the 16-50 kit lens, 10 sec", ["nikon z50", "16-50 kit lens"]),
        ("Canon 2000D and the 18-55 kit lens.", ["Canon 2000D", "18-55 kit lens"]),
        ("Sony a6000 with its 16-50 kit zoom", ["Sony a6000", "16-50 kit zoom"]),
    ],
)
def test_a_kit_lens_named_by_its_range_is_the_item(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    "text", ["stacked 10-20 kit frames", "I packed 2-3 kit bags", "the 2-10 kit lenses were sold"]
)
def test_a_range_before_other_kit_words_is_no_lens(text: str) -> None:
    assert _items(text) == []


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "canon eos 250d su cavalletto manfrotto befree",
            ["canon eos 250d", "manfrotto befree"],
        ),
        ("Sony A7 IV auf einem Manfrotto Befree Stativ", ["Sony A7 IV", "Manfrotto Befree"]),
    ],
)
def test_a_tripods_line_after_its_maker_is_part_of_the_name(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Nikon D5600 कैमरा, Digitek DTR 550 LW ट्राइपॉड", ["Nikon D5600", "Digitek DTR 550 LW"]),
        ("Canon R6 on a Coman TM-286 tripod.", ["Canon R6", "Coman TM-286"]),
        ("Canon R6, Benro Rhino FRHN24C tripod", ["Canon R6", "Benro Rhino FRHN24C"]),
    ],
)
def test_an_unknown_makers_tripod_before_the_tripods_word(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "Canon R6 without the Coman TM-286 tripod.",
        "Pixel 8 on my Travel 2 tripod",
        "Canon R6 on the Peak Design Travel tripod",
    ],
)
def test_no_unknown_makers_tripod_when_negated_or_without_a_model(text: str) -> None:
    assert not any(i.startswith(("Coman", "Travel 2")) for i in _items(text))


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Přístroje: Skymax 127, kamera ZWO ASI462MC a Barlowova čočka 2×. Sledoval jsem ručně.",
         "Barlowova čočka 2×"),
        ("Technika: kamera ZWO ASI224MC, Barlowova šošovka 3×.", "Barlowova šošovka 3×"),
    ],
)  # fmt: skip
def test_a_barlow_lens_as_an_adjective_is_an_item(text: str, item: str) -> None:
    assert item in _items(text)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("фотоапарат Sony A6400 з об'єктивом Геліос-44-2 58 мм через перехідник", "Геліос-44-2 58 мм"),
        ("Nikon Z6 і об'єктив Юпітер-9, штатив.", "Юпітер-9"),
        ("камера Canon 600D, об'єктив Індустар-61", "Індустар-61"),
    ],
)  # fmt: skip
def test_soviet_lenses_in_ukrainian_spelling(text: str, item: str) -> None:
    assert item in _items(text)

"""equipment: a name is whole or not at all, whatever its case and wherever it stands. A name
written all in lower case says nothing by its case, so an edition word after its code ("meade
etx-90 observer") may be the name's or the prose's ("… d750 black and white"): the item is left
out rather than cut. On a labelled line a capitalised word after the gear that is no part of
its name ("Equipment: Canon 6D Anna", a sign-off's name when an HTML mail lost its line break)
never joins it: a word known to be something else ends the name, any other leaves it out."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    "text",
    [
        "Shot with my gopro hero 12 black.",
        "Foto mit meiner gopro hero 12 black gemacht.",
        "Grabado con la gopro hero 12 black, en modo nocturno.",
        "I used my meade etx-90 observer to catch the ISS.",
        "Photo prise avec mon meade etx-90 observer sur la terrasse.",
        "with a nikon d750 black and white conversion",
    ],
)
def test_a_lower_case_name_is_never_cut_before_an_edition_word(text: str) -> None:
    items = _items(text)
    assert not any(
        item.lower() in ("gopro hero 12", "meade etx-90", "nikon d750") for item in items
    )


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("I used my Meade ETX-90 Observer.", ["Meade ETX-90 Observer"]),
        ("with a Nikon D750 black and white conversion", ["Nikon D750"]),
        ("I used my meade etx-90 tonight.", ["meade etx-90"]),
        ("with my canon 6d mark ii", ["canon 6d mark ii"]),
        ("mit der nikon d750 gemacht", ["nikon d750"]),
    ],
)
def test_a_name_whose_case_tells_its_end_is_kept(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "Equipment: Canon 6D Anna",
        "Equipment: Canon 6D Anna Smith",
        "Ausrüstung: Nikon D750 Peter",
        "Equipo: Canon 6D Lucía",
        "Matériel : Sony A7 III Camille",
        "Camera: Nikon Z6 Weather",
    ],
)
def test_an_unknown_word_after_a_labelled_name_leaves_it_out(text: str) -> None:
    assert _items(text) == []


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Equipment: Canon 6D Mark II", ["Canon 6D Mark II"]),
        ("Camera: GoPro Hero 12 Black", ["GoPro Hero 12 Black"]),
        ("Equipment: Canon 6D Thanks", ["Canon 6D"]),
        ("Equipment: Sony A7 III Regards", ["Sony A7 III"]),
        ("Camera: Canon 6D Cheers Anna", ["Canon 6D"]),
        ("Equipment: Canon 6D Best regards, Anna", ["Canon 6D"]),
        ("Kamera: Canon 6D Pozdrawiam Anna", ["Canon 6D"]),
        ("Equipment: Tele Vue 2.5x Powermate", ["Tele Vue 2.5x Powermate"]),
        ("Objektiv: Sony FE 24 mm G Master", ["Sony FE 24 mm G Master"]),
    ],
)
def test_a_labelled_name_is_kept_whole_or_ends_before_a_known_word(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items

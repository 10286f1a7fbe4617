"""equipment: sizes and ratios beside a name: a telescope's f-ratio after its size in inches,
or the size written apart, is part of its name; an accessory or reducer named by its ratio
is an instrument; a ratio alone, or the f-ratio an instrument was used at, is a setting."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Equipamento: telescópio Celestron NexStar 8SE com redutor Celestron f/6.3, câmera ZWO ASI585MC.",
            "redutor Celestron f/6.3",
        ),
        (
            "Usei o Celestron NexStar 8SE com redutor Celestron f/6.3 e a câmera ZWO ASI585MC.",
            "redutor Celestron f/6.3",
        ),
        (
            "Matériel : Celestron C8, réducteur Celestron f/6.3, caméra ZWO ASI462MC",
            "réducteur Celestron f/6.3",
        ),
        (
            "Attrezzatura: Celestron C8 con riduttore Celestron f/6,3 e camera ZWO ASI462MC",
            "riduttore Celestron f/6,3",
        ),
        (
            "Equipment: Celestron C8, reducer Celestron f/6.3, ZWO ASI462MC",
            "reducer Celestron f/6.3",
        ),
        (
            "Equipamento: Celestron C8 com redutor Celestron, câmera ZWO ASI462MC",
            "redutor Celestron",
        ),
        # the kind after the name, a model's own name, a ratio without a maker: as before
        (
            "Equipment: Celestron C8 with the Celestron f/6.3 reducer and a ZWO ASI462MC",
            "Celestron f/6.3 reducer",
        ),
        (
            "Equipamento: Celestron C8 com redutor Starizona Night Owl 0.4x, câmera ZWO ASI462MC",
            "Starizona Night Owl 0.4x",
        ),
        ("Equipamento: Celestron C8 com redutor f/6.3 e câmera ZWO ASI385MC", "redutor f/6.3"),
        # a multiplier names the accessory by itself (batch-26): test_fields_equipment_kinds_before_makers.py
    ],
)
def test_an_accessory_named_by_kind_maker_and_ratio_keeps_its_kind(text: str, item: str) -> None:
    items = _items(text)
    assert item in items
    assert not any(
        i in ("Celestron f/6.3", "Celestron f/6,3", "Celestron 0,63x", "Celestron") for i in items
    )


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            'Equip: telescopi Sky-Watcher Quattro 10" f/4, càmera QHY5III174M, muntura Sky-Watcher EQ8-R Pro',
            'Sky-Watcher Quattro 10" f/4',
        ),
        (
            'I used my Sky-Watcher Quattro 10" f/4 with a QHY5III174M.',
            'Sky-Watcher Quattro 10" f/4',
        ),
        ("Orion 10-inch f/5 Dobsonian with a ZWO ASI224MC", "Orion 10-inch f/5 Dobsonian"),
        # after a model, an f-ratio is its specification
        ("My Celestron C8 f/10 with a ZWO ASI462MC.", "Celestron C8"),
    ],
)
def test_an_f_ratio_after_a_size_in_inches_is_part_of_the_name(text: str, item: str) -> None:
    assert item in _items(text)


@pytest.mark.parametrize(
    ("text", "reducer"),
    [
        ("Kit: Celestron C8 with the f/6.3 reducer, ZWO ASI290MM", "f/6.3 reducer"),
        ("Celestron C8 + f/6.3 focal reducer + ASI462MC", "f/6.3 focal reducer"),
        ("Setup: Celestron EdgeHD 8 + f/7 reducer + ZWO ASI533MC", "f/7 reducer"),
    ],
)
def test_a_reducer_named_by_its_ratio_is_an_instrument(text: str, reducer: str) -> None:
    assert reducer in _items(text)


@pytest.mark.parametrize(
    "text",
    ["Equipment: Celestron C8, f/6.3, ZWO ASI290MM", "I shot at f/6.3 with a reducer"],
)
def test_a_ratio_alone_is_a_setting(text: str) -> None:
    assert not any(item.startswith("f/") for item in _items(text))


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("I used my Meade 8 inch f/10 SCT.", "Meade 8 inch f/10 SCT"),
        ("Meade 8 inch f/10 with a ZWO ASI224MC", "Meade 8 inch f/10"),
        ("Celestron 11 in f/10 and a ZWO ASI462MC", "Celestron 11 in f/10"),
        ("Orion 10 inch Dobsonian", "Orion 10 inch Dobsonian"),
    ],
)
def test_a_size_in_inches_written_apart_is_part_of_the_name(text: str, item: str) -> None:
    assert item in _items(text)


def test_the_word_in_after_a_number_with_no_f_ratio_is_no_size() -> None:
    # trap: "Celestron 8 in my garden": no size, and no "in" in the name
    assert _items("I set up the Celestron 8 in my garden") == ["Celestron 8"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Equipment: Celestron C8 at f/6.3", ["Celestron C8"]),
        ("I used a Celestron C8 at f/6.3.", ["Celestron C8"]),
        ("Equipment: Celestron C8 @f/6.3, ZWO ASI462MC", ["Celestron C8", "ZWO ASI462MC"]),
        ("Objektiv: Samyang 14 mm bei f/2,8", ["Samyang 14 mm"]),
        ("Objectif : Samyang 14 mm à f/2.8", ["Samyang 14 mm"]),
        ("Lens: Samyang 14mm at f2.8", ["Samyang 14mm"]),
        # traps: a lens's own f-number and a mount's "AF" before the focal length stay
        ("Lens: Sigma 14mm f/1.8 Art", ["Sigma 14mm f/1.8 Art"]),
        ("Telescope: Meade 8 inch f/10", ["Meade 8 inch f/10"]),
        (
            "Kamera: Nikon Z fc med Viltrox AF 13 mm f/1.4 på et Manfrotto Element MII-stativ",
            ["Nikon Z fc", "Viltrox AF 13 mm f/1.4", "Manfrotto Element MII-stativ"],
        ),
    ],
)
def test_the_f_ratio_an_instrument_was_used_at_is_a_setting(text: str, expected: list[str]) -> None:
    assert _items(text) == expected

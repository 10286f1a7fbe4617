"""equipment: the words that join two instruments ("together with", "pamoja na", "cùng
với", Indonesian "di atas") end a name in every language, and a connecting phrase a piece
starts with after a comma is no part of it; a capital that is a model's own word ("iPhone 15
Plus") or a lone "di" inside a name stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


CAMERA_AND_LENS = ["Canon EOS R6", "Samyang 14mm f/2.8"]


@pytest.mark.parametrize(
    "text",
    [
        "Vifaa: kamera Canon EOS R6 pamoja na lenzi Samyang 14mm f/2.8",
        "Nilitumia kamera Canon EOS R6 pamoja na lenzi Samyang 14mm f/2.8.",
        "Equipment: Canon EOS R6 along with a Samyang 14mm f/2.8",
        "I used a Canon EOS R6 along with a Samyang 14mm f/2.8.",
        "Equipment: Canon EOS R6 together with Samyang 14mm f/2.8",
        "Equipment: Canon EOS R6 plus Samyang 14mm f/2.8",
        "Ausrüstung: Canon EOS R6 zusammen mit Samyang 14mm f/2.8",
        "Matériel : Canon EOS R6 ainsi que Samyang 14mm f/2.8",
        "Equipo: Canon EOS R6 junto con Samyang 14mm f/2.8",
        "Attrezzatura: Canon EOS R6 assieme a Samyang 14mm f/2.8",
        "Ekipman: Canon EOS R6 ve Samyang 14mm f/2.8",
        "Peralatan: Canon EOS R6 dan Samyang 14mm f/2.8",
        "Thiết bị: Canon EOS R6 cùng với ống kính Samyang 14mm f/2.8",
        "อุปกรณ์: Canon EOS R6 และ Samyang 14mm f/2.8",
        "機材：Canon EOS R6 と Samyang 14mm f/2.8",
        "器材：Canon EOS R6 和 Samyang 14mm f/2.8",
        "장비: Canon EOS R6 및 Samyang 14mm f/2.8",
        "Utrustning: Canon EOS R6 tillsammans med Samyang 14mm f/2.8",
        "Búnaður: Canon EOS R6 ásamt Samyang 14mm f/2.8",
        "Pajisjet: Canon EOS R6 së bashku me Samyang 14mm f/2.8",
        "Kagamitan: Canon EOS R6 kasama ang Samyang 14mm f/2.8",
    ],
)
def test_words_joining_two_instruments_end_a_name_in_every_language(text: str) -> None:
    assert _items(text) == CAMERA_AND_LENS


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # traps: a capital word of the name itself stays ("Plus", "S", "E", "Di")
        (
            "I shot with an iPhone 15 Plus together with a Joby GorillaPod 3K.",
            ["iPhone 15 Plus", "Joby GorillaPod 3K"],
        ),
        (
            "Equipment: ZWO ASIAIR Plus along with a ZWO ASI585MC Pro",
            ["ZWO ASIAIR Plus", "ZWO ASI585MC Pro"],
        ),
        (
            "Vifaa: simu Samsung Galaxy S24 Plus pamoja na tripodi ya Joby GorillaPod 3K",
            ["Samsung Galaxy S24 Plus", "Joby GorillaPod 3K"],
        ),
        (
            "Attrezzatura: Nikon Z6 II assieme a un Nikkor Z 14-30mm f/4 S",
            ["Nikon Z6 II", "Nikkor Z 14-30mm f/4 S"],
        ),
        (
            "Tamron SP 150-600mm Di VC USD G2 along with a Nikon D500",
            ["Tamron SP 150-600mm Di VC USD G2", "Nikon D500"],
        ),
    ],
)
def test_a_names_own_capital_word_is_no_joining_word(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Peralatan: Sony A7 III dengan lensa Sony FE 16-35mm f/4 di atas tripod Benro TMA28A",
            ["Sony A7 III", "Sony FE 16-35mm f/4", "Benro TMA28A"],
        ),
        (
            "Saya memotret dengan Canon EOS R6 dan Sigma 14mm f/1.8 di atas tripod Benro.",
            ["Canon EOS R6", "Sigma 14mm f/1.8", "tripod Benro"],
        ),
        (
            "Saya guna Nikon Z6 dengan Nikkor Z 20mm f/1.8 S pada Sky-Watcher Star Adventurer.",
            ["Nikon Z6", "Nikkor Z 20mm f/1.8 S", "Sky-Watcher Star Adventurer"],
        ),
    ],
)
def test_indonesian_and_malay_joining_words_are_no_part_of_a_name(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # Italian "di" (of) and Tamron's "Di" series stay as they were
        ("Attrezzatura: Canon 6D, Samyang 14mm, treppiede di Manfrotto", "Manfrotto"),
        ("Tamron SP 15-30mm f/2.8 Di VC USD on a Nikon D750", "Tamron SP 15-30mm f/2.8 Di VC USD"),
        ("tamron 70-300 di vc on my nikon", "tamron 70-300 di vc"),
    ],
)
def test_a_lone_di_still_belongs_to_its_name_or_its_maker(text: str, item: str) -> None:
    assert item in _items(text)


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        (
            "Alat: kamera Canon EOS M50 dengan lensa Canon EF-M 55-200mm, di atas tripod Takara",
            "tripod Takara",
        ),
        ("Peralatan: Sony A7 III, di atas tripod Benro TMA28A", "Benro TMA28A"),
        (
            "Equipment: Nikon D750, along with a Baader AstroSolar filter",
            "Baader AstroSolar filter",
        ),
        ("Ausrüstung: Nikon D750, zusammen mit Stativ Rollei C5i", "Rollei C5i"),
    ],
)
def test_a_connecting_phrase_a_piece_starts_with_is_no_part_of_it(text: str, tripod: str) -> None:
    items = _items(text)
    assert items[-1] == tripod
    assert not any(i.startswith(("di ", "along", "zusammen")) for i in items)


@pytest.mark.parametrize(
    "text",
    [
        "Equipment: Canon R6, no tripod",  # "no" is Portuguese "on the" too: a negation here
        "Sprzęt: Nikon Z6, bez statywu",
    ],
)
def test_a_one_word_lead_in_that_negates_still_negates(text: str) -> None:
    assert all(" " in i or any(c.isdigit() for c in i) for i in _items(text))

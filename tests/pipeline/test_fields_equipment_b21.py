"""equipment, by class (batch-21): words describing a kind between a name and the kind; a
kind written in two words around the name of Herschel; names in quotation marks; a size in
inches written apart; the f-ratio an instrument was used at; a tracker named by three
ordinary words; a product line in katakana or Chinese after its maker."""

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
            "Telescope: Sky-Watcher Evostar 80ED with a Baader AstroSolar full-aperture filter",
            "Baader AstroSolar",
        ),
        ("I used a Baader AstroSolar white-light filter on the Evostar.", "Baader AstroSolar"),
        ("Filter: Baader AstroSolar homemade front filter", "Baader AstroSolar"),
        ("Filter: Baader AstroSolar zelfgemaakt filter", "Baader AstroSolar"),
        ("Filtr: Baader AstroSolar pełnoaperturowy filtr", "Baader AstroSolar"),
        ("Filtr: Baader AstroSolar celoaperturní filtr", "Baader AstroSolar"),
        ("Фильтр: Baader AstroSolar полноапертурный фильтр", "Baader AstroSolar"),
        # a German compound says the same in one word
        ("Filter: Baader AstroSolar Vollaperturfilter", "Baader AstroSolar"),
        ("Filter: Baader AstroSolar Sonnenfilter", "Baader AstroSolar"),
        ("Kamera: Nikon D750 Vollformat-Kamera", "Nikon D750"),
        ("Ausrüstung: Sony A7 III Vollformatkamera", "Sony A7 III"),
        # other kinds keep their kind, which the reader of the value drops or keeps as written
        ("Camera: Nikon D750 full-frame camera", "Nikon D750 camera"),
        ("Tripod: Manfrotto 190 carbon tripod", "Manfrotto 190"),
        ("Statief: Manfrotto 190 carbon statief", "Manfrotto 190"),
        ("Mount: iOptron SkyGuider Pro star tracker", "iOptron SkyGuider Pro tracker"),
        ("I used an iOptron SkyGuider Pro star tracker.", "iOptron SkyGuider Pro tracker"),
        ("on my Sky-Watcher Star Adventurer tracking mount.", "Sky-Watcher Star Adventurer mount"),
    ],
)
def test_words_describing_a_kind_before_it_are_no_part_of_the_name(text: str, item: str) -> None:
    assert item in _items(text)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # traps: the words are the name's own, or the maker alone names no model
        ("Filter: Baader Solar Continuum filter", "Baader Solar Continuum filter"),
        ("Telescope: Lunt LS60 H-alpha", "Lunt LS60 H-alpha"),
        ("Tripod: Benro carbon tripod", "Benro carbon tripod"),
        ("Filter: Baader red filter", "Baader red filter"),
        ("Filter: Baader AstroSolar film filter", "Baader AstroSolar film filter"),
        ("Filter: Kase-Nachtfilter", "Kase-Nachtfilter"),
        ("Utstyr: Peak Design reisestativ", "Peak Design reisestativ"),
        ("Camera: ZWO ASI224MC color camera", "ZWO ASI224MC color camera"),
        ("Barlow: Baader Hyperion 2.25x barlow lens", "Baader Hyperion 2.25x barlow lens"),
        ('Equipment: Lunt 2" solar wedge', 'Lunt 2" solar wedge'),
        ("Montierung: Sky-Watcher EQ5-Montierung", "Sky-Watcher EQ5"),
        ("Felszerelés: Samyang 14 mm-es objektívvel, Canon EOS R6 vázzal", "Samyang 14 mm"),
    ],
)
def test_a_names_own_words_before_its_kind_stay(text: str, item: str) -> None:
    assert item in _items(text)


def test_a_maker_of_two_words_with_a_described_kind_names_no_model() -> None:
    # trap: "travel" names the Peak Design Travel Tripod; no "Peak Design tripod"
    items = _items("Camera: Fujifilm X-T5 + XF 16mm, on a Peak Design travel tripod")
    assert "Peak Design tripod" not in items
    assert any(i.startswith("Peak Design travel") for i in items)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Equipo: Sky-Watcher Evostar 100ED, una cámara ZWO ASI178MM y un prisma de "
            "Herschel Baader Cool-Ceramic.",
            "Baader Cool-Ceramic",
        ),
        ("Usé un prisma de Herschel Baader Cool-Ceramic.", "Baader Cool-Ceramic"),
        ("Equipamento: um prisma de Herschel Baader Cool-Ceramic", "Baader Cool-Ceramic"),
        ("Sprzęt: Sky-Watcher 120ED, pryzmat Herschela Baader Cool-Ceramic", "Baader Cool-Ceramic"),
        (
            "Аппаратура: Sky-Watcher 120ED, призма Гершеля Baader Cool-Ceramic",
            "Baader Cool-Ceramic",
        ),
        # with its maker alone or a size alone, the kind is the instrument's name
        ('Matériel : lunette TS 102, un coin de Herschel Lunt 2"', 'coin de Herschel Lunt 2"'),
        ("Matériel : lunette TS 102, un coin de Herschel Lunt", "coin de Herschel Lunt"),
        ("Attrezzatura: Skywatcher 120ED, cuneo di Herschel Lacerta", "cuneo di Herschel Lacerta"),
        ("Ausrüstung: TS 102, ein Herschelkeil von Baader", "Herschelkeil von Baader"),
        ("Equipment: Lunt LS60 H-alpha, a Herschel wedge Lunt", "Herschel wedge Lunt"),
    ],
)
def test_a_herschel_kind_around_a_name_is_no_maker(text: str, item: str) -> None:
    items = _items(text)
    assert item in items
    assert not any(i.startswith(("Herschel B", "Herschel L", "Herschela ")) for i in items)


def test_herschel_as_a_person_names_no_instrument() -> None:
    text = "Like William Herschel in 1800, I pointed my Sky-Watcher 120ED at the Sun."
    assert _items(text) == ["Sky-Watcher 120ED"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Аппаратура: фотоаппарат Canon EOS 600D с объективом «Зенитар-16» на штативе "
            "Manfrotto 055.",
            ["Canon EOS 600D", "Зенитар-16", "Manfrotto 055"],
        ),
        ("снимал объективом «Зенитар-16».", ["Зенитар-16"]),
        ('снимал объективом "Гелиос-44"', ["Гелиос-44"]),
        ("Objektiv: „Helios 44-2“", ["Helios 44-2"]),
        ("Lens: “Helios-44M”", ["Helios-44M"]),
        # traps: an inch mark after a size is no quotation mark; a quoted nickname names nothing
        ('Telescope: Meade 8" LX200, Lunt 2" wedge', ['Meade 8" LX200', 'Lunt 2" wedge']),
        ('my "big gun" a Celestron C8', ["Celestron C8"]),
    ],
)
def test_a_name_in_quotation_marks_is_read_without_them(text: str, expected: list[str]) -> None:
    assert _items(text) == expected


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


def test_in_after_a_number_is_a_word_before_no_f_ratio() -> None:
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Move Shoot Move 2 tracker", ["Move Shoot Move 2"]),
        (
            "Attrezzatura: Nikon Z6 II con obiettivo Laowa 15mm f/2 Zero-D, sull'inseguitore "
            "Move Shoot Move. 30 pose da 7 s",
            ["Nikon Z6 II", "Laowa 15mm f/2 Zero-D", "Move Shoot Move"],
        ),
        ("I put the camera on my Move Shoot Move Nano tracker.", ["Move Shoot Move Nano"]),
        # traps: the three words as verbs
        ("I move shoot move a lot.", []),
        ("Then I had to move, shoot, move again.", []),
    ],
)
def test_a_tracker_named_by_three_ordinary_words_is_read_with_its_capitals(
    text: str, expected: list[str]
) -> None:
    assert _items(text) == expected


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("三脚はマンフロット ビーフリー", "マンフロット ビーフリー"),
        ("三脚はマンフロット ビーフリーを使いました。", "マンフロット ビーフリー"),
        (
            "器材方面，使用信达 EQ5 赤道仪，搭配 Sky-Watcher Evostar 80ED 折射镜、Baader "
            "巴德膜滤光片和 ZWO ASI485MC 相机。",
            "Baader 巴德膜",
        ),
    ],
)
def test_a_known_local_product_word_after_its_maker_loses_the_words_glued_after_it(
    text: str, item: str
) -> None:
    assert item in _items(text)


def test_a_local_product_word_without_its_maker_names_nothing() -> None:
    assert _items("用巴德膜自制的滤镜") == []  # a filter made from Baader film, no maker

"""equipment: words that describe an instrument's kind are no part of its name ("the
small Maksutov teleskop"), a kind written in two words around the name of Herschel is no
maker, and Herschel the person names no instrument; a name's own words before its kind stay."""

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
    ("text", "scope"),
    [
        (
            "Ekipman: Sky-Watcher Skymax 127 Maksutov teleskop ile ZWO ASI462MC kamera",
            "Sky-Watcher Skymax 127",
        ),
        ("Telescope: Sky-Watcher Skymax 180 Pro Maksutov telescope", "Sky-Watcher Skymax 180 Pro"),
        (
            "Sprzęt: Sky-Watcher Skymax 127 Maksutov teleskop, ZWO ASI224MC",
            "Sky-Watcher Skymax 127",
        ),
        ("Equipo: Sky-Watcher Evostar 120 ED refractor telescopio", "Sky-Watcher Evostar 120 ED"),
        # named by its design, no product line before it: kept whole
        ("Sky-Watcher 200P Dobsonian telescope", "Sky-Watcher 200P Dobsonian telescope"),
    ],
)
def test_a_design_and_its_kind_after_a_product_line_are_no_part_of_its_name(
    text: str, scope: str
) -> None:
    assert _items(text)[0] == scope

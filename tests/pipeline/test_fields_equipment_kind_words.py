"""Kind words in the local language beside an instrument's name, as a curator reads them:
a kind in a case after the name (Hungarian, Turkish, Finnish, Estonian) is no part of it,
a kind in an oblique case before a Cyrillic name ("с линзой Барлоу 2x") or a Barlow's kind
in Cyrillic before a maker's Latin name neither, while in the nominative it stays as written;
a telescope's design named after the one who made it, written before the maker, is part of
the name (issue 13, batch-27)."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        # Icelandic dative: on a Manfrotto tripod
        ("Búnaður: Sony A7 IV með Sony FE 20mm f/1.8 G linsu, á Manfrotto þrífæti.", "Manfrotto"),
        ("Búnaður: Sony A7 IV á Manfrotto 190 þrífæti.", "Manfrotto 190"),
        ("Nikon Z6 géppel, Samyang 14 mm f/2.8 objektívvel, Benro állványon fotóztam.", "Benro"),
        ("Sony A7 IV, na Manfrotto stativu.", "Manfrotto"),
    ],
)
def test_a_tripods_kind_in_a_case_after_its_maker_leaves_the_maker(text: str, tripod: str) -> None:
    assert _items(text)[-1] == tripod


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        # traps: in the nominative the kind stays as written; before the maker it stays too,
        # in its base form; a Korean particle is no case
        (
            "Felszerelés: Fujifilm X-T4, Fujinon XF 10-24 mm objektív, Manfrotto állvány",
            "Manfrotto állvány",
        ),
        ("Sprzęt: Nikon Z6, na statywie Benro.", "statyw Benro"),
        ("Kalusto: Nikon Z6 II, Manfrotto-jalustalla.", "Manfrotto-jalusta"),
    ],
)
def test_a_tripods_kind_in_its_base_form_or_before_its_maker_stays(text: str, tripod: str) -> None:
    assert _items(text)[-1] == tripod


def test_a_tripods_kind_alone_in_a_case_names_no_maker() -> None:
    assert _items("Búnaður: Sony A7 IV á þrífæti.") == ["Sony A7 IV"]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Oprema: refraktor Skywatcher Evostar 102/500 s Baader AstroSolar filtrom, kamera ZWO ASI178MM",
            "Baader AstroSolar",
        ),
        ("Vybavení: Celestron C8 s Baader OIII filtrem", "Baader OIII"),
        ("Оборудование: Celestron C8 с Baader Solar фильтром", "Baader Solar"),
    ],
)
def test_a_filters_kind_in_a_case_after_its_name_is_no_part_of_it(text: str, item: str) -> None:
    assert item in _items(text)


def test_a_filters_kind_in_a_case_before_its_maker_alone_stays_in_its_base_form() -> None:
    assert _items("Kamera: ZWO ASI174MM s filtrom Baader")[-1] == "filtr Baader"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("камера QHY5III462C, линза Барлоу Explore Scientific 2x.", "Explore Scientific 2x"),
        ("камера ZWO ASI224MC, лінза Барлоу Celestron 2x, монтування EQ5", "Celestron 2x"),
        ("с камерой ZWO ASI462MC и линзой Барлоу Baader 2x", "Baader 2x"),
        (
            "Опрема: телескоп Celestron NexStar 8SE, камера ZWO ASI585MC, Барлоу Baader VIP 2x",
            "Baader VIP 2x",
        ),
    ],
)
def test_a_barlows_kind_in_cyrillic_before_a_maker_is_no_part_of_its_name(
    text: str, item: str
) -> None:
    assert item in _items(text)
    assert not any("арлоу" in x for x in _items(text))


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # traps: without a maker the kind is the name; in Latin script "Barlow" before a maker
        # and a multiplier is written as the product's own word (batch-02, batch-05 labels)
        ("камера ZWO ASI462MC, линза Барлоу 2x.", "линза Барлоу 2x"),
        ("Sky-Watcher 150/750, ZWO ASI224MC, Barlow Svbony 2x", "Barlow Svbony 2x"),
        (
            "Prístroje: kamera ZWO ASI678MC, Barlowova šošovka Baader 2,25x",
            "Barlowova šošovka Baader 2,25x",
        ),
    ],
)
def test_a_barlows_kind_without_a_maker_or_in_latin_script_stays(text: str, item: str) -> None:
    assert _items(text)[-1] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Sprzęt: Maksutov Sky-Watcher 127/1500 na montażu EQ5 z napędem, kamera Player One Neptune-C II.",
            "Maksutov Sky-Watcher 127/1500",
        ),
        ("Przez teleskop Maksutov Sky-Watcher 127/1500 na EQ5.", "Maksutov Sky-Watcher 127/1500"),
        ("Телескоп Максутов Sky-Watcher 127, камера ZWO ASI462MC", "Максутов Sky-Watcher 127"),
        (
            'Sprzęt: Dobson Sky-Watcher 10", kamera ZWO ASI224MC, Barlow 2x',
            'Dobson Sky-Watcher 10"',
        ),
    ],
)
def test_a_design_named_after_its_maker_before_the_maker_is_part_of_the_name(
    text: str, item: str
) -> None:
    assert _items(text)[0] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # traps: a kind before the maker is no design ("Refraktor", capitalised as German
        # nouns are), nor is a design written in lower case as a word describing it
        (
            "Ausrüstung: Refraktor Sky-Watcher Evostar 120ED, ZWO ASI585MC",
            "Sky-Watcher Evostar 120ED",
        ),
        ("Teleskop: maksutov Sky-Watcher 127/1500", "Sky-Watcher 127/1500"),
    ],
)
def test_a_kind_or_a_lower_case_design_before_the_maker_is_no_part_of_the_name(
    text: str, item: str
) -> None:
    assert _items(text)[0] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # Indonesian: a tripod of a maker sold there, named alone in prose, and "mounted on"
        # before a known maker's tripod in a labelled value
        (
            "Kamera Canon EOS 90D dengan lensa Canon EF 70-200mm f/4L yang dipasang di atas "
            "tripod Takara.",
            "tripod Takara",
        ),
        ("Peralatan: kamera Sony A6400, dipasang di tripod Benro TMA28A.", "Benro TMA28A"),
        (
            "Kamera: Canon EOS 800D, dipasang pada tripod Takara ECO-196A",
            "Takara ECO-196A",
        ),
    ],
)
def test_a_tripod_mounted_on_in_indonesian_is_its_makers(text: str, item: str) -> None:
    assert _items(text)[-1] == item


def test_a_tripod_without_a_maker_in_indonesian_names_none() -> None:
    assert _items("Kamera Canon EOS 90D di atas tripod tanpa merek.") == ["Canon EOS 90D"]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Оборудование: телескоп Sky-Watcher BK 150750 на монтировке EQ5 с камерой ZWO "
            "ASI462MC и линзой Барлоу 2x.",
            "Барлоу 2x",
        ),
        ("Обладнання: телескоп Sky-Watcher BK 150750 з лінзою Барлоу 2x.", "Барлоу 2x"),
        ("Абсталяванне: тэлескоп Sky-Watcher BK 150750 з лінзай Барлоу 2x.", "Барлоу 2x"),
        ("Опрема: телескоп Sky-Watcher 150/750 са сочивом Барлов 2x.", "Барлов 2x"),
        ("Оборудование: фотоаппарат Зенит-Е с объективом Гелиос-44-2.", "Гелиос-44-2"),
    ],
)
def test_a_kind_in_an_oblique_case_before_a_cyrillic_name_is_no_part_of_it(
    text: str, item: str
) -> None:
    items = _items(text)
    assert item in items
    assert not any(i.endswith(item) and i != item for i in items)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Оборудование: телескоп Sky-Watcher BK 150750, линза Барлоу 2x.", "линза Барлоу 2x"),
        ("Обладнання: телескоп Sky-Watcher BK 150750, лінза Барлоу 2x.", "лінза Барлоу 2x"),
        ("Оборудване: телескоп Sky-Watcher BK 150750 с Барлоу леща 2x.", "Барлоу леща 2x"),
    ],
)
def test_a_kind_in_the_nominative_stays_as_written(text: str, item: str) -> None:
    assert item in _items(text)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Felszerelés: Sky-Watcher 200P távcsövemmel, ZWO ASI462MC kamerámmal, Sky-Watcher EQ5 mechanikámon",
            ["Sky-Watcher 200P", "ZWO ASI462MC", "Sky-Watcher EQ5"],
        ),
        (
            "A képet a Sky-Watcher 200P Dobson-távcsövemmel és ZWO ASI462MC kamerámmal készítettem.",
            ["Sky-Watcher 200P Dobson", "ZWO ASI462MC"],
        ),
        (
            "Felszerelés: Sky-Watcher Skymax 127-es Makszutov-távcsővel, ZWO ASI462MC kamerával",
            ["Sky-Watcher Skymax 127", "ZWO ASI462MC"],
        ),
        (
            "Felszerelés: Samyang 14 mm-es objektívvel, Canon EOS R6 vázzal",
            ["Samyang 14 mm", "Canon EOS R6"],
        ),
        # a fisheye or telephoto lens written as one word (batch-36)
        (
            "Felszerelés: Canon EOS 5D Mark IV, Sigma 8 mm f/3,5 halszemobjektív",
            ["Canon EOS 5D Mark IV", "Sigma 8 mm f/3,5"],
        ),
        (
            "Felszerelés: Canon EOS R6, Sigma 150-600 mm teleobjektívvel",
            ["Canon EOS R6", "Sigma 150-600 mm"],
        ),
        (
            "Ekipman: Celestron C8 teleskobum, ZWO ASI462MC kameram, Sky-Watcher EQ5 kundağım",
            ["Celestron C8", "ZWO ASI462MC", "Sky-Watcher EQ5"],
        ),
        (
            "Ekipman: Celestron C8 teleskobumla, ZWO ASI462MC kameramla, Sky-Watcher EQ5 kundağımda",
            ["Celestron C8", "ZWO ASI462MC", "Sky-Watcher EQ5"],
        ),
        (
            "Kuvasin Celestron C8 -kaukoputkella ja ZWO ASI462MC-kameralla Sky-Watcher EQ5 -jalustalla.",
            ["Celestron C8", "ZWO ASI462MC", "Sky-Watcher EQ5"],
        ),
        (
            "Varustus: Celestron C8 teleskoobiga, ZWO ASI462MC kaameraga, Sky-Watcher EQ5 montaažil",
            ["Celestron C8", "ZWO ASI462MC", "Sky-Watcher EQ5"],
        ),
        (
            "Kalusto: Celestron C8 -kaukoputkellani, ZWO ASI462MC -kamerallani, Sky-Watcher EQ5 -jalustallani",
            ["Celestron C8", "ZWO ASI462MC", "Sky-Watcher EQ5"],
        ),
        ("Kalusto: Canon EOS R6, Manfrotto-jalustallani", ["Canon EOS R6", "Manfrotto-jalusta"]),
        # a tripod's kind in a case after its maker goes too: the maker alone names it
        # (batch-27: "á Manfrotto þrífæti" is the Manfrotto)
        (
            "Tehnika: Canon EOS R6 kaameraga ja Samyang 14mm objektiiviga, Manfrotto statiivil",
            ["Canon EOS R6", "Samyang 14mm", "Manfrotto"],
        ),
    ],
)
def test_a_kind_in_a_case_or_with_my_is_no_part_of_the_name(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # a name that only looks inflected, and a size whose kind is still written after it
        ("Setup: Celestron C8, cameră ZWO ASI120MM-S, reductor focal 0.63x.", "ZWO ASI120MM-S"),
        (
            'Felszerelés: Celestron EdgeHD 8", ZWO ASI174MM kamerával és 0,7x-es reduktorral.',
            "0,7x-es reduktor",
        ),
        (
            "Felszerelés: Sky-Watcher 150/750 Newton-távcső, ZWO ASI662MC kamera",
            "Sky-Watcher 150/750 Newton-távcső",
        ),
        (
            "Felszerelés: Sky-Watcher Star Adventurer GTi mechanikán",
            "Sky-Watcher Star Adventurer GTi",
        ),
    ],
)
def test_a_name_that_only_looks_inflected_stays_whole(text: str, item: str) -> None:
    assert item in _items(text)

"""Kind words in the local language beside an instrument's name, as a curator reads them:
a kind in a case after the name is no part of it, a Barlow's kind in Cyrillic before a
maker's Latin name neither, and a telescope's design named after the one who made it,
written before the maker, is (issue 13, batch-27)."""

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

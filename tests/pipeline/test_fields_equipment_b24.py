"""equipment, by class (batch-24): a maker's name with its kind joined by a hyphen before the
model ("Gitzo-Stativ GT2545T") is the maker and the model, as a curator writes it; a kind in
the instrumental or another oblique case before a name in Cyrillic ("с линзой Барлоу 2x":
with a Barlow lens) is no part of the name, while in the nominative it stays as written
("линза Барлоу 2x"); a tripod in Icelandic's cases ("á Manfrotto 190 þrífæti")."""

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
            "Ausrüstung: Nikon Z7 II mit dem Nikkor Z 24-70 mm f/4 S auf einem Gitzo-Stativ GT2545T",
            "Gitzo GT2545T",
        ),
        (
            "Die Kamera stand auf einem Gitzo-Stativ GT2545T und war eine Nikon Z7 II.",
            "Gitzo GT2545T",
        ),
        ("Ausrüstung: Celestron C8 auf der Sky-Watcher-Montierung EQ5", "Sky-Watcher EQ5"),
        ("Utrustning: Nikon Z6 på ett Gitzo-stativ GT2545T", "Gitzo GT2545T"),
        ("Uitrusting: Nikon Z6 op een Manfrotto-statief 190XPRO", "Manfrotto 190XPRO"),
        ("Felszerelés: Nikon Z6, Manfrotto-állvány 190XPRO", "Manfrotto 190XPRO"),
        ("Varusteet: Nikon Z6 ja Manfrotto-jalusta 190XPRO", "Manfrotto 190XPRO"),
    ],
)
def test_a_makers_kind_joined_by_a_hyphen_before_its_model_is_left_out(
    text: str, item: str
) -> None:
    items = _items(text)
    assert item in items
    assert not any("-Stativ" in i or "-stativ" in i or "-statief" in i for i in items)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # the maker alone keeps its kind: "Gitzo" names no instrument
        ("Ausrüstung: Nikon Z6 auf einem Gitzo-Stativ", "Gitzo-Stativ"),
        ("Ausrüstung: Nikon Z6 auf Rollei-Stativ", "Rollei-Stativ"),
        # a Barlow is no maker: its kind is the instrument's name
        ("Ausrüstung: Celestron C8 mit Barlow-Linse 2x", "Barlow-Linse 2x"),
    ],
)
def test_a_kind_joined_to_a_maker_alone_or_to_no_maker_stays(text: str, item: str) -> None:
    assert item in _items(text)


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
    "text",
    [
        "Búnaður: Sony A7S III með Sony FE 20mm f/1.8 G linsu á Manfrotto 190 þrífæti",
        "Búnaður: Sony A7S III, Manfrotto 190 þrífótur",
    ],
)
def test_an_icelandic_tripod_in_its_case_is_its_makers_model(text: str) -> None:
    assert "Manfrotto 190" in _items(text)

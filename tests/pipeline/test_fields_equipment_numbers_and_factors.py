"""equipment: a name is given whole, with the words its maker wrote at its end. A model's own
number after its name ("Rollei Compact Traveler No. 1", "Sony A7 Gen 2") was cut off at "No.";
the maker written after an accessory's kind and factor ("Barlow 2x Celestron", "Powermate 2.5x
de Tele Vue") was lost; a tripod in Belarusian ("на штатыве Velbon") named nothing."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Výbava: Olympus OM-D E-M1 Mark III na statíve\nRollei Compact Traveler No. 1. 6 s.",
            "Rollei Compact Traveler No. 1",
        ),
        ("I used a Rollei Compact Traveler No. 1 tripod.", "Rollei Compact Traveler No. 1"),
        ("Tripod: Rollei Compact Traveler No. 1", "Rollei Compact Traveler No. 1"),
        ("Stativ: Rollei Compact Traveler Nr. 2. 20 s, ISO 800", "Rollei Compact Traveler Nr. 2"),
        ("Shot with a Sony A7 Gen 2 on a Benro tripod.", "Sony A7 Gen 2"),
        (
            "Fotil jsem na stativ Rollei Compact Traveler č. 1 v parku.",
            "Rollei Compact Traveler č. 1",
        ),
        ("Foto gemacht mit der Canon EOS R Mk II und einem Stativ.", "Canon EOS R Mk II"),
    ],
)
def test_a_models_own_number_stays_with_its_name(text: str, whole: str) -> None:
    assert whole in _items(text)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Foto No. 1: Canon EOS R6. Foto No. 2: Nikon D750.", ["Canon EOS R6", "Nikon D750"]),
        ("Kamera: Canon EOS 6D. No. 1 is the wide one.", ["Canon EOS 6D"]),
        ("Bild Nr. 2 mit Canon EOS R6, Nr. 3 mit Nikon D750.", ["Canon EOS R6", "Nikon D750"]),
        ("Grabé con la Canon EOS R6 no 2 noches seguidas.", ["Canon EOS R6"]),
    ],
)
def test_a_photos_number_is_no_part_of_a_name(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Peralatan: teleskop Sky-Watcher 150/750 di atas mount EQ5 dengan kamera ZWO"
            " ASI585MC\ndan Barlow 2x Celestron. Video 2 ms, 150 fps.",
            "Barlow 2x Celestron",
        ),
        ("I used a Barlow 2x Celestron on the C8.", "Barlow 2x Celestron"),
        (
            "Avec une Powermate 2.5x de Tele Vue et une caméra ZWO ASI462MC.",
            "Powermate 2.5x de Tele Vue",
        ),
        ("Usé una Barlow 2x de Baader y una ZWO ASI290MC.", "Barlow 2x de Baader"),
        ("Ich nahm die Barlowlinse 2x von Baader dazu.", "Barlowlinse 2x von Baader"),
        ("Usé un reductor 0,63x Celestron con la Canon EOS 6D.", "reductor 0,63x Celestron"),
        ("Equipo: Canon EOS 6D, reductor 0,63x Celestron", "reductor 0,63x Celestron"),
        (
            "Ho usato il riduttore 0,63x di Celestron e una Nikon D750.",
            "riduttore 0,63x di Celestron",
        ),
        ("Scope: Celestron EdgeHD 8 and the 0.7x EdgeHD reducer. 1/2000 s.", "0.7x EdgeHD reducer"),
        ("I added the 0.7x Celestron reducer to the C8.", "0.7x Celestron reducer"),
    ],
)
def test_the_maker_after_a_kind_and_its_factor_is_the_accessorys(text: str, whole: str) -> None:
    assert whole in _items(text)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("I used a Barlow 2x, Celestron said it was fine.", ["Barlow 2x"]),
        ("Barlow 2x and a Celestron C8 on the mount.", ["Barlow 2x", "Celestron C8"]),
        ("I used a Barlow 2x Celestron C8 combination.", ["Barlow 2x", "Celestron C8"]),
        ("Zoom 2x on the Celestron C8 at 1/500 s.", ["Celestron C8"]),
        ("I used 2x ASI462MC binning, then a Nikon D750.", ["Nikon D750"]),
        ("Equipment: Canon 6D, reduktor Celestron 0.7x", ["Canon 6D", "Celestron 0.7x"]),
    ],
)
def test_a_maker_in_another_clause_or_with_its_model_is_its_own(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        ("Фотаапарат Canon EOS R8 на штатыве Velbon.", "штатыў Velbon"),
        ("Фотаапарат Canon EOS R8, штатыў Velbon.", "штатыў Velbon"),
        ("Камера Canon EOS R8 на штативу Velbon.", "штатив Velbon"),
        ("Апарат Nikon D750 са стативом Benro.", "статив Benro"),
        ("Камера Sony A7 III на стативот Benro.", "статив Benro"),
        ("Апаратура: Canon EOS 250D на штатыве Velbon Sherpa 435.", "Velbon Sherpa 435"),
    ],
)
def test_a_tripod_in_belarusian_ukrainian_and_serbian_names_its_maker(
    text: str, tripod: str
) -> None:
    assert tripod in _items(text)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "使用器材：Sony A7R IV、Sony FE 16-35mm F2.8 GM、Gitzo 三腳架",
            ["Sony A7R IV", "Sony FE 16-35mm F2.8 GM", "Gitzo 三腳架"],
        ),
        ("使用设备：佳能 EOS R6、Gitzo 三脚架", ["佳能 EOS R6", "Gitzo 三脚架"]),
        (
            "使用機材：ニコン Z 6II、NIKKOR Z 24-70mm f/4 S",
            ["ニコン Z 6II", "NIKKOR Z 24-70mm f/4 S"],
        ),
    ],
)
def test_the_equipment_used_labels_its_list_in_chinese_and_japanese(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items

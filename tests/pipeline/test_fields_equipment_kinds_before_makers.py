"""equipment (batch-26): a reducer's, flattener's or Barlow's kind written before its maker and
a model or multiplier is no part of the name ("uz reduktor Celestron 0.7x" is "Celestron
0.7x": no telescope is 0.7x), in any language, nor is a kind joined to its maker by a hyphen
("Gitzo-Stativ GT2545T"); before an f-ratio or a maker alone it stays ("redutor Celestron
f/6.3" would read as a telescope at f/6.3). A maker ending a line the mail program wrapped
is read with its model's words on the next ("… på ett Peak Design\\nTravel Tripod."), never
with a field line or a signature's town. A filter named in CJK by what it passes follows its
maker ("Baader 红色滤镜", Baader's red filter), as "Baader red filter" does."""

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
            "Teleskop Celestron EdgeHD 9.25, kamera ZWO ASI678MC uz reduktor Celestron 0.7x.",
            "Celestron 0.7x",
        ),
        (
            "Sprzęt: Celestron C8 z reduktorem Celestron 0,63x, kamera ZWO ASI462MC",
            "Celestron 0,63x",
        ),
        (
            "Equipo: Celestron C8 con reductor Celestron 0,63x y cámara ZWO ASI462MC",
            "Celestron 0,63x",
        ),
        (
            "Matériel : Celestron C8 avec réducteur Celestron 0,63x et caméra ZWO ASI462MC",
            "Celestron 0,63x",
        ),
        ("Celestron C8 mit Reducer Celestron 0,7x und ZWO ASI462MC.", "Celestron 0,7x"),
        ("Celestron C8 с редуктором Celestron 0,63x и камерой ZWO ASI462MC.", "Celestron 0,63x"),
        ("Esprit 100ED mit Flattener TS-Optics 1.0x und ZWO ASI2600MC.", "TS-Optics 1.0x"),
        (
            "Newton 200/1000 s korektorem Sky-Watcher 0.9x a kamerou ZWO ASI462MC.",
            "Sky-Watcher 0.9x",
        ),
    ],
)
def test_a_kind_before_maker_and_multiplier_is_no_part_of_the_name(text: str, item: str) -> None:
    items = _items(text)
    assert item in items
    assert not any(i.endswith(item) and i != item for i in items)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # an f-ratio alone after the maker reads as a telescope: the kind names the accessory
        ("Celestron C8 mit Reducer Celestron f/6.3 und ZWO ASI462MC.", "Reducer Celestron f/6.3"),
        (
            "Usei o Celestron NexStar 8SE com redutor Celestron f/6.3 e a câmera ZWO ASI585MC.",
            "redutor Celestron f/6.3",
        ),
        # a maker alone names nothing: the kind stays
        (
            "Equipamento: Celestron C8 com redutor Celestron, câmera ZWO ASI462MC",
            "redutor Celestron",
        ),
    ],
)
def test_a_kind_before_an_f_ratio_or_a_maker_alone_stays_once(text: str, item: str) -> None:
    items = _items(text)
    assert item in items
    assert len([i for i in items if "Celestron" in i and "C8" not in i and "8SE" not in i]) == 1


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Kamera Fujifilm X-T5 med Fujinon XF 16mm f/1.4 R WR, på ett Peak Design\n"
            "Travel Tripod. Det blåste lite men bilden blev skarp ändå.",
            "Peak Design Travel",
        ),
        (
            "I shot it with my trusty old camera and the tracker mounted on a Sky-Watcher\n"
            "Star Adventurer GTi that I balanced carefully in the dark.",
            "Sky-Watcher Star Adventurer GTi",
        ),
    ],
)
def test_a_maker_wrapped_before_its_models_words_is_read_with_them(text: str, item: str) -> None:
    assert item in _items(text)


@pytest.mark.parametrize(
    ("text", "run_on"),
    [
        # a field line under the maker
        (
            "Appareil : Sony A7 III, objectif grand-angle Samyang 14 mm, trépied Manfrotto\n"
            "Élévation max. : 71°, magnitude −3,6",
            "Manfrotto Élévation",
        ),
        # a signature's town under a club's name
        ("Pozdrawiamy serdecznie,\nZarząd Klubu Astronomicznego Orion\nLublin", "Orion Lublin"),
        # a table's columns
        (
            "Equipamento    Nikon Z6 II + Nikkor Z 70-200mm VR S, tripé Sirui\n"
            "Exposição      1/2 s, ISO 3200",
            "Sirui Exposição",
        ),
    ],
)
def test_no_name_runs_on_into_a_line_of_its_own(text: str, run_on: str) -> None:
    assert not any(i.startswith(run_on) for i in _items(text))


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("设备：Celestron C8 望远镜，相机 ZWO ASI174MM，加 Baader 红色滤镜。", "Baader 红色滤镜"),
        ("器材：Celestron C8，ZWO ASI174MM，加了 Baader 紅色濾鏡。", "Baader 紅色濾鏡"),
        ("機材：Celestron C8、ZWO ASI174MM、Baader 赤フィルター。", "Baader 赤フィルター"),
    ],
)
def test_a_cjk_filter_named_by_what_it_passes_follows_its_maker(text: str, item: str) -> None:
    assert item in _items(text)


def test_a_bare_cjk_filter_word_names_no_instrument() -> None:
    assert _items("这次没有用滤镜，直接拍的。") == []


@pytest.mark.parametrize(
    ("text", "barlow"),
    [
        (
            "Matériel : lunette Sky-Watcher Evostar 80ED, avec une Barlow Celestron X-Cel LX 2x"
            " et une caméra ZWO ASI224MC.",
            "Celestron X-Cel LX 2x",
        ),
        ("Equipment: Celestron C8, a Barlow Baader VIP, ZWO ASI462MC", "Baader VIP"),
        ("Ausrüstung: C8 mit einer Barlow TeleVue Powermate 2.5x", "TeleVue Powermate 2.5x"),
        (
            "Equipo: Skymax 127 + una Barlow Celestron Ultima 2x + ZWO ASI224MC",
            "Celestron Ultima 2x",
        ),
    ],
)
def test_a_barlows_kind_before_its_makers_model_is_no_part_of_its_name_in_a_labelled_value(
    text: str, barlow: str
) -> None:
    assert barlow in _items(text)


@pytest.mark.parametrize(
    ("text", "barlow"),
    [
        (
            "Matériel : C8 avec une Barlow Celestron 2x et une caméra ZWO ASI224MC",
            "Barlow Celestron 2x",
        ),
        ("Equipo: Skymax 127 + una Barlow Svbony 2x + ZWO ASI224MC", "Barlow Svbony 2x"),
        ("Equipo: Celestron C8, Barlow Celestron 2,5x, ZWO ASI224MC", "Barlow Celestron 2,5x"),
    ],
)
def test_a_barlow_named_by_its_maker_and_magnification_alone_keeps_its_kind(
    text: str, barlow: str
) -> None:
    assert barlow in _items(text)


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

"""equipment, by class (batch-22): a tripod's kind alone beside a named tripod is that tripod
again, in any language; a product line's words before its model code after a tripod's maker;
the words that join two instruments ("together with", "pamoja na", "cùng với") end a name in
every language, never a capital that is a model's own word ("iPhone 15 Plus")."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.fields.equipment_names import is_support
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        # the kind after the name ("…N635 の三脚": Velbon's tripod), or said again later
        (
            "カメラはニコン Z 6II、ベルボン Geo Carmagne N635 の三脚に載せて撮影しました。",
            "ベルボン Geo Carmagne N635",
        ),
        (
            "器材：佳能EOS R6，架在捷信GT3543LS三脚架上\n\n那天晚上风很大，三脚架上挂了背包才稳住。",
            "捷信 GT3543LS",
        ),
        (
            "Equipment: Nikon Z6 II, Manfrotto 055\n\nI stood the camera on a tripod in the sand.",
            "Manfrotto 055",
        ),
        (
            "Ausrüstung: Sony A7 III, Gitzo GT2545T\n\nDie Kamera stand auf einem Stativ im Schnee.",
            "Gitzo GT2545T",
        ),
        (
            "Equipo: Nikon D850, Manfrotto 055\n\nPuse la cámara sobre un trípode en la arena.",
            "Manfrotto 055",
        ),
        (
            "Оборудование: Canon EOS 6D, штатив Benro TMA28A\n\nСнимал на штативе у реки.",
            "Benro TMA28A",
        ),
        (
            "장비: 소니 A7 IV, 맨프로토 삼각대\n\n삼각대에 모래주머니를 달았습니다.",
            "맨프로토 삼각대",
        ),
    ],
)
def test_a_tripods_kind_beside_a_named_tripod_is_no_second_item(text: str, tripod: str) -> None:
    items = _items(text)
    assert tripod in items
    assert not any(is_support(item) for item in items)


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        # traps: a tripod named by its kind alone, with no named tripod, is one
        ("Nikon D750 on a tripod, Baader AstroSolar filter.", "tripod"),
        ("Fotocamera Sony A7 III su treppiede, obiettivo Samyang 14mm f/2.8.", "treppiede"),
        ("華為 Mate 60 Pro 加三脚架拍的。", "三脚架"),
        ("iPhone 16 Proのナイトモードで、ミニ三脚に固定して撮影です", "ミニ三脚"),
    ],
)
def test_a_tripod_named_by_its_kind_alone_stays_an_item(text: str, tripod: str) -> None:
    assert tripod in _items(text)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Tripod: Velbon Geo Carmagne N635", "Velbon Geo Carmagne N635"),
        ("on a Velbon Geo Carmagne N635 tripod.", "Velbon Geo Carmagne N635"),
        ("ベルボン Geo Carmagne N635 の三脚に載せて", "ベルボン Geo Carmagne N635"),
        ("Statyw: Sirui Traveler 5C", "Sirui Traveler 5C"),
    ],
)
def test_a_product_lines_words_before_its_model_code_are_the_name(text: str, item: str) -> None:
    assert item in _items(text)


def test_capitalised_words_after_a_maker_without_a_model_name_nothing_more() -> None:
    assert _items("Canon Last Night 21:34 UT") == ["Canon"]


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

"""equipment: where an item ends and what it keeps: a Herschel prism named whole, a fitting
participle, a CJK locative suffix, a tripod's word before a maker in a local script."""

from __future__ import annotations

import time

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "prism"),
    [
        (
            "Equipo: Celestron C8 con prisma de Herschel Baader y cámara QHY5III",
            "prisma de Herschel Baader",
        ),
        (
            "Usei o refrator com um prisma de Herschel Lunt e a câmera ZWO ASI290MM.",
            "prisma de Herschel Lunt",
        ),
        ("器材：Lunt 赫歇爾稜鏡、ZWO ASI174MM", "Lunt 赫歇爾稜鏡"),
        ("机材：Baader ハーシェルプリズム + ZWO ASI174MM", "Baader ハーシェルプリズム"),
        ("장비: Lunt 허셜 프리즘, ZWO ASI174MM", "Lunt 허셜 프리즘"),
        ("Sprzęt: pryzmat Herschela Baader, kamera ZWO ASI174MM", "pryzmat Herschela Baader"),
        ("Ausrüstung: Baader Herschelprisma, ZWO ASI174MM", "Baader Herschelprisma"),
        ("Equipo: refractor con prisma de Herschel, cámara ZWO ASI174MM", "prisma de Herschel"),
    ],
)
def test_a_herschel_prism_is_named_whole_with_its_maker(text: str, prism: str) -> None:
    items = _items(text)
    assert prism in items
    assert "Herschel" not in items and not any(i in ("Baader", "Lunt") for i in items)


@pytest.mark.parametrize(
    "text",
    ['Herschel prism: Lacerta 2"', 'Herschelův hranol: Lacerta 2"', '赫歇尔棱镜：Lacerta 2"'],
)
def test_an_accessory_kind_heading_a_line_labels_its_value(text: str) -> None:
    assert _items(text) == ['Lacerta 2"']


def test_a_line_led_by_blanks_is_read_at_once() -> None:
    """Mail laid out with spaces (an event log, a table): the accessory label's pattern took
    about a second for a line of 300 blanks and minutes for longer ones (backtracking)."""
    started = time.monotonic()
    assert _items(
        " " * 3000 + "Security Event Log\n" + " " * 3000 + 'Herschel prism: Lacerta 2"'
    ) == ['Lacerta 2"']
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Setup: Celestron C8 fitted with a Baader 2.25x Barlow, ZWO ASI462MC",
            ["Celestron C8", "Baader 2.25x Barlow", "ZWO ASI462MC"],
        ),
        (
            "Setup: Celestron C8 fitted to a Sky-Watcher EQ5, ZWO ASI224MC",
            ["Celestron C8", "Sky-Watcher EQ5", "ZWO ASI224MC"],
        ),
        (
            "Gear: Sky-Watcher 150P equipped with a ZWO ASI224MC",
            ["Sky-Watcher 150P", "ZWO ASI224MC"],
        ),
        (
            "Ausrüstung: TS-Optics 80/480 ausgestattet mit ZWO ASI224MC",
            ["TS-Optics 80/480", "ZWO ASI224MC"],
        ),
        (
            "Matériel : lunette Sky-Watcher 80ED équipée d'un Baader Herschelprisma",
            ["Sky-Watcher 80ED", "Baader Herschelprisma"],
        ),
        (
            "Attrezzatura: Celestron C8 dotato di camera ZWO ASI462MC",
            ["Celestron C8", "ZWO ASI462MC"],
        ),
        (
            "Apparatuur: Sky-Watcher Evostar 80ED uitgerust met een ZWO ASI174MM",
            ["Sky-Watcher Evostar 80ED", "ZWO ASI174MM"],
        ),
        (
            "Utrustning: Sky-Watcher 150P utrustad med ZWO ASI224MC",
            ["Sky-Watcher 150P", "ZWO ASI224MC"],
        ),
    ],
)
def test_a_participle_of_fitting_ends_the_item_before_it(text: str, expected: list[str]) -> None:
    assert _items(text) == expected


def test_a_fitted_word_inside_prose_is_no_item() -> None:
    # trap: "fitted" here is no connecting word between names, and names no instrument
    assert _items("The dew heater fitted nicely. Camera: ZWO ASI224MC") == ["ZWO ASI224MC"]


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        ("器材：Nikon Z6 II 相機，架在 Benro TMA38C 三腳架上。曝光20秒", "Benro TMA38C"),
        ("器材：尼康 Z7 相机，固定在 Benro TMA38C 三脚架上面。ISO 1600", "Benro TMA38C"),
        ("機材：Nikon Z6 を Manfrotto 055 三脚に載せて撮影。露出 20 秒", "Manfrotto 055"),
        ("장비: 니콘 Z6, Manfrotto 055 삼각대 위에 올려서 촬영. 노출 20초", "Manfrotto 055"),
    ],
)
def test_a_cjk_locative_and_sentence_end_close_a_tripod(text: str, tripod: str) -> None:
    items = _items(text)
    assert items[-1] == tripod
    assert not any(c in item for item in items for c in "。.上に위曝露노")


def test_a_cjk_full_stop_ends_the_value_before_a_setting() -> None:
    # trap: the exposure sentence after "。" names no instrument
    assert _items("器材：Nikon Z7 II 相機。曝光25秒，ISO 1600") == ["Nikon Z7 II"]


@pytest.mark.parametrize(
    "text",
    [
        "카메라는 니콘 Z6, 삼각대는 맨프로토 비프리",
        "三脚はマンフロット ビーフリー",
        "삼각대는 벤로 슬림",
    ],
)
def test_a_local_makers_unread_line_gives_no_cut_item(text: str) -> None:
    # a miss is better than "삼각대 맨프로토" for the Manfrotto Befree
    assert not any(item.endswith(("맨프로토", "マンフロット", "벤로")) for item in _items(text))


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        ("캐논 EOS R6 + 맨프로토 삼각대", "맨프로토 삼각대"),  # trap: a kind after the maker
        ("삼각대는 맨프로토", "삼각대 맨프로토"),  # trap: the maker alone ends the line
    ],
)
def test_a_local_maker_with_its_kind_or_alone_stays(text: str, tripod: str) -> None:
    assert tripod in _items(text)

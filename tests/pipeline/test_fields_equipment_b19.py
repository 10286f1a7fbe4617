"""equipment (batch-19): an instrument set aside by "not … but" (after "this time"), a kind in
a case of an agglutinative language (Hungarian, Turkish, Finnish, Estonian), an observatory
or institution named after a maker, an accessory named by its kind, maker and ratio, a
telescope's f-ratio after its size in inches, and the Catalan label "Equip:"."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Felszerelés: ezúttal nem a Skymax 127-es Makszutovval, hanem fotóobjektívvel: "
            "Canon EOS 250D + Canon EF-S 10-18mm f/4.5-5.6 IS STM, Sky-Watcher Star Adventurer "
            "GTi mechanikán",
            [
                "Canon EOS 250D",
                "Canon EF-S 10-18mm f/4.5-5.6 IS STM",
                "Sky-Watcher Star Adventurer GTi",
            ],
        ),
        (
            "Felszerelés: ma nem a Celestron C8, hanem egy Samyang 14 mm-es objektív, Canon EOS R6",
            ["Samyang 14 mm", "Canon EOS R6"],
        ),
        (
            "Equipment: this time not the Skymax 127 but a Samyang 14mm f/2.8 on a Canon EOS R6",
            ["Samyang 14mm f/2.8", "Canon EOS R6"],
        ),
        (
            "Ausrüstung: diesmal nicht das Skymax 127, sondern ein Samyang 14mm f/2.8 an der Canon EOS R6",
            ["Samyang 14mm f/2.8", "Canon EOS R6"],
        ),
        (
            "Attrezzatura: stavolta non il Mak Skymax 127 ma un Samyang 14mm f/2.8 su Canon EOS R6",
            ["Samyang 14mm f/2.8", "Canon EOS R6"],
        ),
        (
            "Ausrüstung: heute ohne Barlow, Celestron C8 und ZWO ASI462MC",
            ["Celestron C8", "ZWO ASI462MC"],
        ),
    ],
)
def test_an_instrument_set_aside_by_not_but_is_no_item(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "Equipment: not only the Canon EOS R6 but also a Samyang 14mm f/2.8",
        "Ausrüstung: nicht nur die Canon EOS R6, sondern auch das Samyang 14mm f/2.8",
        "Felszerelés: nem csak a Canon EOS R6, hanem a Samyang 14mm f/2.8",
        "Attrezzatura: non solo la Canon EOS R6 ma anche il Samyang 14mm f/2.8",
    ],
)
def test_not_only_but_also_keeps_both_instruments(text: str) -> None:
    assert _items(text) == ["Canon EOS R6", "Samyang 14mm f/2.8"]


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


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Saya kirimkan foto ISS yang melintas di atas kubah teleskop Zeiss Observatorium "
            "Bosscha, Lembang. Kamera Sony A6400 dengan lensa Sigma 16mm f/1.4 DC DN.",
            ["Sony A6400", "Sigma 16mm f/1.4 DC DN"],
        ),
        (
            "I shot it next to the Zeiss Planetarium Jena with my Nikon Z6 and a Nikkor Z 20mm f/1.8 S.",
            ["Nikon Z6", "Nikkor Z 20mm f/1.8 S"],
        ),
        ("Saya memotret dengan Sony A6400 di dekat Observatorium Bosscha.", ["Sony A6400"]),
    ],
)
def test_an_observatory_named_after_a_maker_is_no_instrument(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Eyepiece: Baader Planetarium Hyperion Zoom, camera ZWO ASI462MC",
            "Baader Planetarium Hyperion Zoom",
        ),
        (
            "Das Foto entstand an der Volkssternwarte; Kamera Canon EOS R6 mit Zeiss Batis 25mm.",
            "Zeiss Batis 25mm",
        ),
    ],
)
def test_a_maker_whose_name_holds_an_institutions_word_stays(text: str, item: str) -> None:
    assert item in _items(text)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Equipamento: telescópio Celestron NexStar 8SE com redutor Celestron f/6.3, câmera ZWO ASI585MC.",
            "redutor Celestron f/6.3",
        ),
        (
            "Usei o Celestron NexStar 8SE com redutor Celestron f/6.3 e a câmera ZWO ASI585MC.",
            "redutor Celestron f/6.3",
        ),
        (
            "Matériel : Celestron C8, réducteur Celestron f/6.3, caméra ZWO ASI462MC",
            "réducteur Celestron f/6.3",
        ),
        (
            "Attrezzatura: Celestron C8 con riduttore Celestron f/6,3 e camera ZWO ASI462MC",
            "riduttore Celestron f/6,3",
        ),
        (
            "Equipment: Celestron C8, reducer Celestron f/6.3, ZWO ASI462MC",
            "reducer Celestron f/6.3",
        ),
        (
            "Equipamento: Celestron C8 com redutor Celestron, câmera ZWO ASI462MC",
            "redutor Celestron",
        ),
        # the kind after the name, a model's own name, a ratio without a maker: as before
        (
            "Equipment: Celestron C8 with the Celestron f/6.3 reducer and a ZWO ASI462MC",
            "Celestron f/6.3 reducer",
        ),
        (
            "Equipamento: Celestron C8 com redutor Starizona Night Owl 0.4x, câmera ZWO ASI462MC",
            "Starizona Night Owl 0.4x",
        ),
        ("Equipamento: Celestron C8 com redutor f/6.3 e câmera ZWO ASI385MC", "redutor f/6.3"),
        # a multiplier names the accessory by itself (batch-26): test_fields_equipment_kinds_before_makers.py
    ],
)
def test_an_accessory_named_by_kind_maker_and_ratio_keeps_its_kind(text: str, item: str) -> None:
    items = _items(text)
    assert item in items
    assert not any(
        i in ("Celestron f/6.3", "Celestron f/6,3", "Celestron 0,63x", "Celestron") for i in items
    )


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            'Equip: telescopi Sky-Watcher Quattro 10" f/4, càmera QHY5III174M, muntura Sky-Watcher EQ8-R Pro',
            'Sky-Watcher Quattro 10" f/4',
        ),
        (
            'I used my Sky-Watcher Quattro 10" f/4 with a QHY5III174M.',
            'Sky-Watcher Quattro 10" f/4',
        ),
        ("Orion 10-inch f/5 Dobsonian with a ZWO ASI224MC", "Orion 10-inch f/5 Dobsonian"),
        # after a model, an f-ratio is its specification
        ("My Celestron C8 f/10 with a ZWO ASI462MC.", "Celestron C8"),
    ],
)
def test_an_f_ratio_after_a_size_in_inches_is_part_of_the_name(text: str, item: str) -> None:
    assert item in _items(text)


def test_the_catalan_label_equip_reads_a_list() -> None:
    text = "Equip: una Canon EOS 90D amb un Tamron 18-400 mm sobre un trípode Benro Rhino."
    assert _items(text) == ["Canon EOS 90D", "Tamron 18-400 mm", "Benro Rhino"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "소니 a6400 + 시그마 16mm f1.4 렌즈, 삼각대는 맨프로토 비프리",
            ["소니 a6400", "시그마 16mm f1.4", "맨프로토 비프리"],
        ),
        ("삼각대는 맨프로토 비프리 쓰고 카메라는 캐논 샀어요", ["맨프로토 비프리"]),
        ("스카이와처 에보스타 80ED 망원경", ["스카이와처 에보스타 80ED"]),
    ],
)
def test_a_known_product_line_in_hangul_or_katakana_names_the_instrument(
    text: str, items: list[str]
) -> None:
    # "캐논 샀어요" (bought a Canon): a word of the script that is no known line names nothing
    assert _items(text) == items

"""equipment (batch-20): words that join or describe instruments in more languages ("di
atas", "kit lens", "Maksutov teleskop", "fisheye"), a tripod's head joined to its maker, a
tripod named in Arabic, Hebrew, Persian, Vietnamese, Thai or Swahili, a CJK maker with its
Latin name in brackets, a reducer by its ratio, a lens by its kind and focal length."""

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
            "Peralatan: Sony A7 III dengan lensa Sony FE 16-35mm f/4 di atas tripod Benro TMA28A",
            ["Sony A7 III", "Sony FE 16-35mm f/4", "Benro TMA28A"],
        ),
        (
            "Saya memotret dengan Canon EOS R6 dan Sigma 14mm f/1.8 di atas tripod Benro.",
            ["Canon EOS R6", "Sigma 14mm f/1.8", "tripod Benro"],
        ),
        (
            "Saya guna Nikon Z6 dengan Nikkor Z 20mm f/1.8 S pada Sky-Watcher Star Adventurer.",
            ["Nikon Z6", "Nikkor Z 20mm f/1.8 S", "Sky-Watcher Star Adventurer"],
        ),
    ],
)
def test_indonesian_and_malay_joining_words_are_no_part_of_a_name(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # Italian "di" (of) and Tamron's "Di" series stay as they were
        ("Attrezzatura: Canon 6D, Samyang 14mm, treppiede di Manfrotto", "Manfrotto"),
        ("Tamron SP 15-30mm f/2.8 Di VC USD on a Nikon D750", "Tamron SP 15-30mm f/2.8 Di VC USD"),
        ("tamron 70-300 di vc on my nikon", "tamron 70-300 di vc"),
    ],
)
def test_a_lone_di_still_belongs_to_its_name_or_its_maker(text: str, item: str) -> None:
    assert item in _items(text)


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("Equipment: Canon EOS M50 with the EF-M 15-45mm kit lens", "EF-M 15-45mm"),
        ("I used my Canon 2000D and the Canon EF-S 18-55mm kit lens.", "Canon EF-S 18-55mm"),
        ("Ausrüstung: Canon EOS 250D mit dem EF-S 18-55mm Kit-Objektiv", "EF-S 18-55mm"),
        # a lens named by its focal length alone keeps the words: a number names nothing
        ("Camera: Nikon D5600 with 18-55mm kit lens", "18-55mm kit lens"),
        ("nikon z50 w/ the 16-50 kit lens on my joby gorillapod", "16-50 kit lens"),
        ("Nikon D5600 and the kit lens.", "kit lens"),
    ],
)
def test_a_kit_lens_named_by_its_line_is_named_without_kit(text: str, lens: str) -> None:
    assert lens in _items(text)


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


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("canon 2000d + samyang 8mm fisheye на штативі manfrotto", "samyang 8mm fisheye"),
        ("Canon 6D + Sigma 15mm f/2.8 fish-eye", "Sigma 15mm f/2.8 fish-eye"),
        ("Nikon D750 with a Samyang 8mm f/3.5 Fisheye", "Samyang 8mm f/3.5 Fisheye"),
    ],
)
def test_a_fisheye_is_part_of_its_lenss_name(text: str, lens: str) -> None:
    assert lens in _items(text)


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        ("Kalusto: Sony A7 IV, Benro-kolmijalka ja Benro-pallopää", "Benro-kolmijalka"),
        ("Ausrüstung: Sony A7 IV, Benro-Stativ und Benro-Kugelkopf", "Benro-Stativ"),
        ("Utrustning: Sony A7 IV, Benro-stativ och Benro-kulled", "Benro-stativ"),
        ("Kit: Sony A7 IV, Benro tripod and a Benro ball head", "Benro tripod"),
    ],
)
def test_a_tripods_head_joined_to_its_maker_is_no_instrument(text: str, tripod: str) -> None:
    assert _items(text) == ["Sony A7 IV", tripod]


@pytest.mark.parametrize(
    "text",
    [
        "Stativ Sirui W-2204 mit Kugelkopf Sirui K-20X.",
        "Jalusta Sirui W-2204 ja Sirui K-20X-pallopää",
    ],
)
def test_a_tripods_head_named_by_its_model_is_one(text: str) -> None:
    assert "Sirui K-20X" in _items(text)


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        ("المعدات: كاميرا نيكون D850 على حامل ثلاثي من Manfrotto", "Manfrotto"),
        ("ציוד: מצלמת Canon 90D על חצובה של Manfrotto", "Manfrotto"),
        ("Vifaa: kamera Canon EOS 2000D juu ya tripodi ya Manfrotto.", "Manfrotto"),
        ("Thiết bị: máy ảnh Fujifilm X-T30, đặt trên chân máy Benro.", "chân máy Benro"),
        ("อุปกรณ์: กล้อง Canon EOS RP บนขาตั้งกล้อง Benro", "ขาตั้งกล้อง Benro"),
        ("تجهیزات: دوربین Canon EOS 77D روی سه\u200cپایه Manfrotto", "سه\u200cپایه Manfrotto"),
    ],
)
def test_a_makers_tripod_is_read_in_more_languages(text: str, tripod: str) -> None:
    assert _items(text)[-1] == tripod


@pytest.mark.parametrize(
    "text",
    [
        "Thiết bị: máy ảnh Fujifilm X-T30, không dùng chân máy.",  # no maker: no item
        "كاميرا نيكون D850 بدون حامل ثلاثي",
    ],
)
def test_a_tripods_kind_alone_in_those_languages_names_no_maker(text: str) -> None:
    assert len(_items(text)) == 1


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("المعدات: كاميرا نيكون D850 مع عدسة نيكور 14-24 مم f/2.8", "نيكور 14-24 مم f/2.8"),
        ("استخدمت كاميرا سوني A7 III مع عدسة سيجما 14 مم f/1.8", "سيجما 14 مم f/1.8"),
        ("تجهیزات: دوربین نیکون D750 با لنز سیگما 14mm", "سیگما 14mm"),
    ],
)
def test_a_lens_written_in_arabic_script_is_read_with_its_focal_length(
    text: str, lens: str
) -> None:
    assert lens in _items(text)


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        ("器材：尼康 Z6，架在富图宝（Fotopro）三脚架上。", "富图宝(Fotopro)三脚架"),
        ("器材：尼康 Z6，架在捷信 (Gitzo) 三脚架上。", "捷信(Gitzo)三脚架"),
        ("器材：尼康 Z6，架在富图宝三脚架上。", "富图宝三脚架"),
    ],
)
def test_a_cjk_makers_tripod_keeps_its_latin_name_in_brackets(text: str, tripod: str) -> None:
    assert _items(text) == ["尼康 Z6", tripod]


@pytest.mark.parametrize(
    ("text", "reducer"),
    [
        ("Kit: Celestron C8 with the f/6.3 reducer, ZWO ASI290MM", "f/6.3 reducer"),
        ("Celestron C8 + f/6.3 focal reducer + ASI462MC", "f/6.3 focal reducer"),
        ("Setup: Celestron EdgeHD 8 + f/7 reducer + ZWO ASI533MC", "f/7 reducer"),
    ],
)
def test_a_reducer_named_by_its_ratio_is_an_instrument(text: str, reducer: str) -> None:
    assert reducer in _items(text)


@pytest.mark.parametrize(
    "text",
    ["Equipment: Celestron C8, f/6.3, ZWO ASI290MM", "I shot at f/6.3 with a reducer"],
)
def test_a_ratio_alone_is_a_setting(text: str) -> None:
    assert not any(item.startswith("f/") for item in _items(text))


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("foi com a canon t7 + lente 50mm f/1.8 no tripé velbon", "50mm f/1.8"),
        ("Nikon D750 con obiettivo 35 mm f/1.4 su treppiede", "35 mm f/1.4"),
        ("Sony A7 III mit Objektiv 24mm f/1.4", "24mm f/1.4"),
    ],
)
def test_a_lens_named_by_its_kind_and_focal_length_is_the_focal_length(
    text: str, lens: str
) -> None:
    assert lens in _items(text)


@pytest.mark.parametrize(
    "text",
    ["I zoomed the lens 50mm further", "Canon 6D, objectif 14mm f/2.8 Samyang"],
)
def test_a_focal_length_after_a_lens_kind_that_goes_on_names_no_lens_alone(text: str) -> None:
    assert not any(item[0].isdigit() for item in _items(text))


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "उपकरण: Sony A7 III कैमरा और Sigma 24mm f/1.4 DG HSM Art लेंस, Sky-Watcher Star"
            " Adventurer 2i ट्रैकर पर।",
            ["Sony A7 III", "Sigma 24mm f/1.4 DG HSM Art", "Sky-Watcher Star Adventurer 2i"],
        ),
        (
            "कैमरा: Canon EOS 1500D\nलेंस: Canon EF-S 10-18mm\nट्राइपॉड: Digitek DTR 550 LW",
            ["Canon EOS 1500D", "Canon EF-S 10-18mm", "Digitek DTR 550 LW"],
        ),
    ],
)
def test_hindi_labels_kinds_and_joining_words(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("อุปกรณ์: กล้อง Canon EOS RP บนขาตั้งกล้อง Benro", ["Canon EOS RP", "ขาตั้งกล้อง Benro"]),
        (
            "Thiết bị: máy ảnh Canon 6D với ống kính Samyang 14mm trên chân máy Benro",
            ["Canon 6D", "Samyang 14mm", "chân máy Benro"],
        ),
        (
            "Alat: teleskop Sky-Watcher Skymax 127 dengan kamera ZWO ASI224MC",
            ["Sky-Watcher Skymax 127", "ZWO ASI224MC"],
        ),
        ("Vifaa: darubini Celestron C8 na kamera ZWO ASI462MC", ["Celestron C8", "ZWO ASI462MC"]),
    ],
)
def test_a_labelled_value_in_thai_vietnamese_indonesian_or_swahili_is_cut_into_instruments(
    text: str, items: list[str]
) -> None:
    assert _items(text) == items

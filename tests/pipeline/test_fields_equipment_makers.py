"""equipment: makers and product lines as people write them in their own script or case (a
Samyang in Cyrillic, a Soviet Helios, a tripod "as" its kind in Finnish, a Manfrotto in
traditional Chinese, a product line in hangul or katakana), a maker that is a common word in
lower case before its model, a product line's words before its model code; an observatory
named after a maker is no instrument, in many languages."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _items(text: str) -> list[str]:
    return list(find_equipment(text, NO_MEDIA))


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("Оборудование: Sony A7 III, объектив Самъянг 24 мм f/1.4", "Самъянг 24 мм f/1.4"),
        ("Снимал на Никон D5300 с объективом Тамрон 17-50 мм.", "Тамрон 17-50 мм"),
        ("Обладнання: Canon 6D і Самъянг 14 мм на штативі.", "Самъянг 14 мм"),
        ("Знімав на Соні A7 III з Самянг 24 мм", "Самянг 24 мм"),
        ("器材：索尼 A7R4，森养 14mm F2.8 镜头", "森养 14mm F2.8"),
    ],
)
def test_a_lens_maker_written_in_cyrillic_starts_its_lens(text: str, lens: str) -> None:
    assert lens in _items(text)


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("Камера Canon 600D, объектив Гелиос-44-2, без штатива", "Гелиос-44-2"),
        ("Nikon D750 with an old Helios 44M-4 at f/2, 8 s", "Helios 44M-4"),
        ("Sprzęt: Sony A7 II + Jupiter-9 przez adapter M42", "Jupiter-9"),
        ("Fotocamera Pentax K-1 e un vecchio Industar-61 L/Z", "Industar-61"),
    ],
)
def test_a_soviet_lens_is_named_by_its_line_and_number(text: str, lens: str) -> None:
    assert lens in _items(text)


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("Sony A7 II with a Pentacon 135mm f/2.8 adapted to E-mount", "Pentacon 135mm f/2.8"),
        ("Canon 6D mit altem Carl Zeiss Jena Sonnar 135mm", "Carl Zeiss Jena Sonnar 135mm"),
        ("Nikon Z6 + Super-Takumar 55mm f/1.8, 4 s", "Super-Takumar 55mm f/1.8"),
        (
            "Fotoaparát Sony A7 III, objektiv Meyer-Optik Görlitz Trioplan 100",
            "Meyer-Optik Görlitz Trioplan 100",
        ),
        ("Камера Canon 600D, объектив МС Гелиос-44М-6 и штатив", "МС Гелиос-44М-6"),
    ],
)
def test_an_old_lens_adapted_to_a_camera_is_named_by_its_maker_or_line(
    text: str, lens: str
) -> None:
    assert lens in _items(text)


def test_the_planet_jupiter_names_no_lens() -> None:
    assert _items("Jupiter was bright in the west and the ISS passed right under it.") == []


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        ("Kamera Nikon Z6 ja objektiivi Nikkor 20 mm, jalustana Benro", "jalusta Benro"),
        ("Kaamera Sony A7 IV, statiivina Manfrotto", "statiiv Manfrotto"),
        ("Fényképezőgép Canon R6, állványként Sirui", "állvány Sirui"),
        ("Aparat Nikon D750 ze statywem Benro", "statyw Benro"),
    ],
)
def test_a_tripods_kind_in_a_case_before_its_maker_is_given_in_its_base_form(
    text: str, tripod: str
) -> None:
    assert _items(text)[-1] == tripod


@pytest.mark.parametrize(
    ("text", "tripod"),
    [
        ("Sony A7 IV with a Sigma 14mm, Really Right Stuff tripod", "Really Right Stuff tripod"),
        ("Nikon Z6 mit Samyang 24mm auf einem Slik Stativ", "Slik Stativ"),
        ("器材：Canon EOS R8，搭配 RF 15-30mm 鏡頭，曼富圖三腳架", "曼富圖三腳架"),
        ("器材：Sony A7C，捷信腳架", "捷信腳架"),
    ],
)
def test_a_tripod_maker_is_found_in_any_script(text: str, tripod: str) -> None:
    assert _items(text)[-1] == tripod


@pytest.mark.parametrize(
    ("text", "camera"),
    [
        ("Attrezzatura: Canon EOS 6D modificata e Samyang 14 mm", "Canon EOS 6D"),
        ("Ausrüstung: Nikon D810 astromodifiziert, Sigma 20mm Art", "Nikon D810"),
        ("Matériel : Canon 700D défiltré, objectif Samyang 24 mm", "Canon 700D"),
        ("Техника: Canon 600D модифицированный, Гелиос-44-2", "Canon 600D"),
        ("I shot it with my Canon 6D astro modified and a Rokinon 14mm", "Canon 6D"),
        ("Camera: Sony A7 III full spectrum", "Sony A7 III"),
        ("Appareil : Canon 6D défiltré partiellement, Samyang 14 mm", "Canon 6D"),
        ("Cámara: Canon 6D modificada por Astro Mod", "Canon 6D"),
        ("Equipment: Nikon Z6 modified by Kolari, Sigma 14mm", "Nikon Z6"),
    ],
)
def test_a_remark_that_a_camera_was_modified_is_no_part_of_its_name(text: str, camera: str) -> None:
    assert _items(text)[0] == camera


def test_a_modification_in_brackets_stays_with_its_camera() -> None:
    assert _items("Equipment: Canon 600D (modified), Sigma 10-20mm")[0] == "Canon 600D (modified)"


@pytest.mark.parametrize(
    ("text", "lens"),
    [
        ("器材：尼康 Z6 II，搭配腾龙 28-75mm 镜头", "腾龙 28-75mm"),
        ("器材：Sony A7 IV 相機，配適馬 14mm 鏡頭", "適馬 14mm"),
        ("機材：キヤノン EOS R6、レンズ シグマ 14mm F1.8", "シグマ 14mm F1.8"),
        ("赤道仪：虚拟星空 SkyGuider Pro，相机：尼康 Z6", "虚拟星空 SkyGuider Pro"),
        ("器材：虛擬星空 SkyTracker Pro 追蹤器與 Sony A7 III", "虛擬星空 SkyTracker Pro"),
    ],
)
def test_a_lens_maker_in_cjk_after_a_cjk_word_keeps_its_name(text: str, lens: str) -> None:
    assert lens in _items(text)


@pytest.mark.parametrize(
    ("text", "camera"),
    [
        ("fuji x-t4 with the xf 16mm f1.4 on top of my old sirui t-025x", "fuji x-t4"),
        ("fuji x100v on a tripod, 10 s", "fuji x100v"),
        ("foto tirada com a fuji xt3 e uma lente de 12mm", "fuji xt3"),
        ("orion xt8 and a zwo asi224mc", "orion xt8"),
    ],
)
def test_a_makers_name_that_is_a_common_word_names_a_camera_before_its_model_in_lower_case(
    text: str, camera: str
) -> None:
    assert camera in _items(text)


@pytest.mark.parametrize(
    "text",
    [
        "mount fuji at dusk, shot with a canon r6",
        "orion m42 was up as well, canon 600d",
        "the iss went past fuji x2 times tonight",
        "fuji f2 at dusk",
    ],
)
def test_a_lower_case_common_word_before_no_model_names_no_camera(text: str) -> None:
    assert not any(item.startswith(("fuji", "orion")) for item in _items(text))


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
    ("text", "item"),
    [
        ("三脚はマンフロット ビーフリー", "マンフロット ビーフリー"),
        ("三脚はマンフロット ビーフリーを使いました。", "マンフロット ビーフリー"),
        (
            "器材方面，使用信达 EQ5 赤道仪，搭配 Sky-Watcher Evostar 80ED 折射镜、Baader "
            "巴德膜滤光片和 ZWO ASI485MC 相机。",
            "Baader 巴德膜",
        ),
    ],
)
def test_a_known_local_product_word_after_its_maker_loses_the_words_glued_after_it(
    text: str, item: str
) -> None:
    assert item in _items(text)


def test_a_local_product_word_without_its_maker_names_nothing() -> None:
    assert _items("用巴德膜自制的滤镜") == []  # a filter made from Baader film, no maker


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

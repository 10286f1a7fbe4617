"""Where the photographer stood, not the town they live in, the landmark in view, the town
or area that only holds the spot, nor words past the site's name (batch-33's classes)."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_cjk import site_of_part
from ipom_mail.pipeline.fields.place_held import held_area, held_place
from ipom_mail.pipeline.fields.place_suffixed import suffixed_name
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    "body",
    [
        "Я жыву ў Гродне, але для здымка паехаў на бераг возера Свір. МКС праляцела над вадой.",
        "Аз живея в Пловдив, но снимката е от хижа в планината. МКС премина в 21:10.",
        "Es dzīvoju Rīgā, bet bildi uzņēmu pie ezera laukos. ISS pārlidoja 22:05.",
    ],
)
def test_the_town_a_sender_lives_in_is_not_the_photos_place(body: str) -> None:
    place = mail_place("ISS", body) or ""
    assert not {"Гродне", "Гродна", "Пловдив", "Rīgā", "Rīga"} & set(place.split())


@pytest.mark.parametrize(
    "body",
    [
        "Vi var på tur og sov på Skogadalsbøen turisthytte. ISS kom over Storen kl 22.\n"
        "Stativet lå igjen hjemme i Bergen.",
        "Vi var på Kebnekaise fjällstation. ISS syntes över Tuolpagorni.\n"
        "Stativet blev hemma i Umeå.",
    ],
)
def test_gear_left_at_home_and_a_peak_in_view_give_no_town(body: str) -> None:
    place = mail_place("ISS", body)
    assert place not in {"Bergen", "Umeå", "Storen", "Tuolpagorni"}


def test_a_japanese_site_at_a_lake_is_the_place_not_the_mountain_passed_over() -> None:
    body = "富士山の上空を通過するISSを撮りました。精進湖の湖畔キャンプ場から撮りました。"
    assert mail_place("ISS写真", body) == "精進湖の湖畔キャンプ場"


@pytest.mark.parametrize(
    ("value", "site"),
    [
        ("紫金山天文台的观测平台", "紫金山天文台"),
        ("兴隆观测基地的圆顶", "兴隆观测基地"),
        ("我朋友的院子", "我朋友的院子"),  # no named site before "的": kept whole
    ],
)
def test_a_chinese_site_before_de_is_the_name_without_its_part(value: str, site: str) -> None:
    assert site_of_part(value) == site


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Ürgüp'teki Kızılçukur Vadisi'nin tepesinden çektim.", "Kızılçukur Vadisi"),
        ("Fethiye'deki Babadağ'ın zirvesinden çektim.", "Babadağ"),
        ("İstanbul'daki Galata Kulesi'nin üzerinden geçti.", None),  # a tower passed over
        ("Kapadokya'da, Göreme'deki peri bacalarının üzerinden geçti.", "Göreme"),
    ],
)
def test_a_turkish_site_in_a_deki_town_is_the_place(line: str, place: str | None) -> None:
    assert suffixed_name(line) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("عکس را از کنار قلعه قدیمی رایین در کرمان گرفتم.", "کرمان"),
        ("התמונה צולמה מתצפית הר הכרמל הגבוהה בחיפה בלילה.", "חיפה"),
        ("التقطت الصورة من ساحة قلعة الحصن القديمة في حمص.", "حمص"),
    ],
)
def test_a_town_that_only_holds_a_named_spot_is_no_value(text: str, place: str) -> None:
    assert held_place(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("این عکس را از پشت‌بام خانه‌مان در تهران گرفتم.", "تهران"),  # one's home: the town
        ("התמונה צולמה מהטיילת במצפה רמון.", "מצפה רמון"),  # a bare kind: the town
        # a bare kind and where it lies ("on the crater's rim"), no name of its own: the town
        ("צילמתי מהטיילת בשפת המכתש במצפה רמון.", "מצפה רמון"),
        ("التقطت الصورة في دبي.", "دبي"),  # no spot at all
    ],
)
def test_a_town_after_a_home_or_a_bare_spot_stays_the_place(text: str, place: str) -> None:
    assert not held_place(text, place)


def test_an_area_after_an_article_in_is_written_as_the_phrase_writes_it() -> None:
    text = "A ISS passou sobre o Mirante da Janela, na Chapada dos Veadeiros (GO), ontem."
    assert held_area(text, "Chapada dos Veadeiros (GO)") == "Chapada dos Veadeiros"
    town = "A ISS passou sobre a cúpula do Observatório, em Brazópolis (MG), ontem."
    assert held_area(town, "Brazópolis (MG)") is None  # a town takes no article


@pytest.mark.parametrize(
    ("label", "place"),
    [
        ("مقام: مری، ضلع راولپنڈی", "مری، ضلع راولپنڈی"),
        ("இடம்: ஊட்டி, நீலகிரி மாவட்டம்", "ஊட்டி, நீலகிரி மாவட்டம்"),
        ("ठिकाण: लोणावळा, पुणे", "लोणावळा, पुणे"),
    ],
)
def test_a_labelled_place_line_in_urdu_tamil_and_marathi(label: str, place: str) -> None:
    assert mail_place("ISS", f"ISS photo.\n{label}\nCanon EOS 90D") == place

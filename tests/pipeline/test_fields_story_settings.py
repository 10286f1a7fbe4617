"""story: a line whose content is an exposure's values is a field line in any language, whatever
its label ("Asetukset 15 s, f/4, ISO 640"); a sentence that names a setting in passing stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.data_lines import is_settings_line
from ipom_mail.pipeline.fields.story import find_story

STORY = "The ISS crossed the Moon right over the old church."


@pytest.mark.parametrize(
    "line",
    [
        "Asetukset 15 s, f/4, ISO 640",
        "Cada toma 8 segundos, f/2.2, ISO 2500.",
        "Ogni scatto 5 s a f/4, ISO 1250",
        "Každý snímek 4 s, clona f/2,8, ISO 1600.",
        "Hver mynd 6 sek., f/2,8, ISO 1600",
        "الضبط: ٨ ثوانٍ، f/2، ISO 2000",
        "تنظیمات: ۱۰ ثانیه، f/2.8، ISO 1600",
        "ตั้งค่า 10 วินาที f/2.8 ISO 1600",
        "Videó 120 fps, 0,5 ms",
        "露出 8秒、F2.8、ISO 3200",
    ],
)
def test_a_line_of_exposure_values_under_any_label_is_not_story(line: str) -> None:
    assert is_settings_line(line)
    assert find_story(f"{STORY}\n\n{line}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "I waited 10 s for the wind to calm before each frame.",
        "Bei ISO 800 sah man die Station kaum, erst mit 2 s wurde sie zur Spur.",
        "Con f/2.8 y ISO 3200 el cielo salió verde por la aurora.",
        "Jeg ventet 10 s på at vinden skulle roe seg.",
        "ISO 400 bastava: la stazione era luminosissima.",
        "Mezi snímky jsem čekal 2 s, ISO jsem nechal na 800.",
        "ISO 1600、F2.8 で撮りましたが、風が強くて三脚が揺れ、何枚もぶれてしまいました。",
    ],
)
def test_a_sentence_naming_a_setting_in_passing_stays(line: str) -> None:
    assert not is_settings_line(line)
    assert find_story(f"{STORY}\n\n{line}\n") == f"{STORY}\n\n{line}"


@pytest.mark.parametrize("line", ["Wartezeit 10 s.", "ISO 3200", "f/2.8 wide open"])
def test_one_kind_of_value_alone_is_not_an_exposure_line(line: str) -> None:
    assert not is_settings_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kameraeinstellungen: 25 Bilder à 4 s, Blende 4, ISO 1250",
        "Camera-instellingen: 12 opnames van 5 s, f/3,5",
        "Kamerainställningar: 8 s, bländare 2,8",
        "Kamera-asetukset: 20 kuvaa, 6 s, ISO 800",
        "Fényképezőgép-beállítások: 10 s, f/2,8",
        "Pengaturan kamera: 15 detik, f/2.8, ISO 1600",
        "Ajustos: 20 s, f/4, ISO 640",
    ],
)
def test_a_settings_line_under_a_compound_or_local_label_is_not_story(line: str) -> None:
    assert find_story(f"{STORY}\n\n{line}\n") == STORY

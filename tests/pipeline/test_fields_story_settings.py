"""story: a line whose content is an exposure's values is a field line in any language, whatever
its label ("Asetukset 15 s, f/4, ISO 640"), also with a video's format, frame rate or frame
count and the programs that processed it ("riprese a 1 ms, 200 fps, elaborazione con
AutoStakkert e Photoshop"); a sentence that names a setting in passing stays."""

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


@pytest.mark.parametrize(
    "line",
    [
        "Acquisition : vidéo SER, 1/4000 s, 150 i/s, FireCapture.",
        "Capture: SER video, 1/2000 s, 120 fps, SharpCap",
        "Aufnahme SER-Video, 1/4000 s, 150 Bilder/s, FireCapture",
        "Съёмка: видео SER, 1/3000 с, 100 к/с, FireCapture",
        "Ripresa video AVI, 1/2000 s, 90 fps, SharpCap",
        "Captura: vídeo SER, 1/1000 s, 60 fps, FireCapture",
        "Nagranie wideo SER, 1/2500 s, 120 kl/s, SharpCap",
        "動画 SER、1/2000秒、120fps、FireCapture",
    ],
)
def test_a_line_of_a_videos_settings_and_program_is_not_story(line: str) -> None:
    assert is_settings_line(line)
    assert find_story(f"{STORY}\n\n{line}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "J'ai filmé en vidéo SER à 150 i/s avec FireCapture, puis empilé les meilleures images.",
        "Grabé a 60 fps con FireCapture y la estación cruzó en apenas 0,8 s.",
        "The 1/4000 s exposures at 150 fps froze the station's solar panels beautifully.",
        "Das SER-Video mit 150 Bilder/s zeigt die Station in 40 Einzelbildern vor der Sonne.",
    ],
)
def test_a_sentence_telling_of_the_video_stays(line: str) -> None:
    assert not is_settings_line(line)
    assert find_story(f"{STORY}\n\n{line}\n") == f"{STORY}\n\n{line}"


@pytest.mark.parametrize(
    "line",
    [
        "- riprese a 1 ms, 200 fps, elaborazione con AutoStakkert e Photoshop",
        "Shot at 1/1000 s and 150 fps, stacked in AutoStakkert and Photoshop",
        "Aufnahme mit 2 ms und 100 fps, gestackt mit AutoStakkert",
        "Captura a 1/2000 s y 120 fps, procesado con AutoStakkert y Photoshop",
    ],
)
def test_a_processing_line_naming_programs_beside_settings_is_not_story(line: str) -> None:
    assert is_settings_line(line)
    assert find_story(f"{STORY}\n\n{line}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "I waited 10 s for the wind to calm and then shot at 30 fps.",
        "The ISS was visible for 300 s and I shot it at f/8 with my old camera.",
        "Ho aspettato 10 s che il vento calasse e poi ho ripreso a 30 fps con la mia camera.",
    ],
)
def test_a_sentence_with_settings_and_joining_words_stays(line: str) -> None:
    assert not is_settings_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Captura: vídeo de 1500 fotogramas a 1/4000 s, procesado en AutoStakkert y Photoshop",
        "Capture: 2000 frames at 1/2000 s, stacked in AutoStakkert",
        "Aufnahme: Video mit 900 Bildern, 1/3000 s, gestackt in AutoStakkert",
        "Ripresa: video di 1500 fotogrammi a 1/2000 s, elaborato con AutoStakkert",
        "Acquisition : vidéo de 2000 images, 1/3000 s, empilée avec AutoStakkert",
    ],
)
def test_a_labelled_line_of_a_videos_frames_and_exposure_is_not_story(line: str) -> None:
    assert is_settings_line(line)
    assert find_story(f"{STORY}\n\n{line}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Hand guided with a joystick, 3000 frames at 2 ms.",
        "Grabé 1500 fotogramas a 1/4000 s y la estación cruzó el disco en 0,6 s.",
        "I caught it in 9 frames, each of 1/2000 s.",
    ],
)
def test_a_sentence_counting_frames_without_a_label_stays(line: str) -> None:
    assert not is_settings_line(line)
    assert find_story(f"{STORY}\n\n{line}\n") == f"{STORY}\n\n{line}"

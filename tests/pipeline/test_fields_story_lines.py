"""story: field lines in any language, their wrapped rest and a bare "photo attached" are no story."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.field_lines import is_labelled
from ipom_mail.pipeline.fields.story import find_story

STORY = "The ISS crossed the Moon right over the old church."


@pytest.mark.parametrize(
    "line",
    [
        "機材：キヤノン EOS R7、RF100-500mm F4.5-7.1 L IS USM（手持ち）",
        "撮影日時：2024年3月12日 19時05分30秒（日本時間）",
        "最大仰角：72度　明るさ：-3.6等",
        "拍攝時間：2023/11/18 18:25（台灣時間）",
        "地点：江苏省南京市紫金山",
        "촬영 일시: 2024년 6월 1일 오후 8시 57분 (한국 시간)",
        "Įranga: teleskopas Celestron C8 ant Sky-Watcher HEQ5 montuotės, kamera ZWO ASI224MC",
        "Aprīkojums: kamera Nikon Z5 ar objektīvu Nikkor Z 100-400 mm",
        "Varustus: Canon EOS R5 ja Canon RF 800mm F11 objektiiv, statiivil.",
        "Equip: càmera Canon EOS R7 amb l'objectiu Canon RF 100-400",
        "Техника: фотоаппарат Nikon D7500 и объектив Tamron SP 150-600mm G2",
        "Дата: 3 липня 2024",
        "Tarih: 7 Eylül 2023, saat 20:48:12 UTC+3",
        "Ημερομηνία και ώρα: Σάββατο 15 Ιουνίου 2024, 22:18:40 ώρα Ελλάδος",
        "Innstillinger: f/5,6, ISO 100",
        "Ajustes: 1/1600 s, f/6.3, ISO 3200",
        "Parametry: f/2.8, ISO 800, 210 s",
        "Maksimum yükseklik: 73°, parlaklık: -3,6",
    ],
)
def test_a_field_line_labelled_in_any_language_or_script_is_not_story(line: str) -> None:
    assert is_labelled(line)
    assert find_story(f"{STORY}\n\n{line}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Fue mi regalo de San Valentín: el volcán con fumarola y la estación pasando encima.",
        "Küldöm az ISS-ről készült felvételemet: 2024. augusztus 11., 21:02, Szeged.",
        "Belle journée : le lancement de Crew-9 a eu lieu, et quelques heures plus tard l'ISS.",
    ],
)
def test_a_sentence_with_a_colon_but_no_label_stays_in_the_story(line: str) -> None:
    assert not is_labelled(line)
    assert line in (find_story(f"{STORY}\n\n{line}\n") or "")


@pytest.mark.parametrize(
    ("field", "rest"),
    [
        (
            "Equipo: refractor Lunt LS60THa sobre montura Sky-Watcher AZ-EQ6 GT, con la",
            "cámara ZWO ASI178MM. Exposición de 0,8 ms, ganancia 180, vídeo a 120 fps.",
        ),
        (
            "Matériel : lunette Sky-Watcher Evolux 82ED, caméra ZWO ASI462MC,",
            "barlow Explore Scientific 3x, le tout sur une monture Sky-Watcher EQ6-R.",
        ),
        (
            "Teleskop: Sky-Watcher Evostar 120ED, montiert auf einer EQ6-R Pro, dazu die ZWO ASI224MC",
            "mit einer Baader 2,25x Barlowlinse.",
        ),
        (
            "Vybavení: dalekohled Sky-Watcher Esprit 100ED na montáži iOptron CEM40, kamera",
            "ZWO ASI462MC a k tomu Barlowova čočka TeleVue 2.5x Powermate",
        ),
        (
            "Ekipman: Celestron NexStar 8SE teleskop, üzerine ZWO ASI662MC kamera ve 2x Barlow lens",
            "taktım. Poz süresi 1/1500 sn, kazanç 300.",
        ),
        ("機材：キヤノン EOS R5、", "キヤノン RF800mm F11 IS STM"),
        ("Camera: Nikon Z6 II", "(ISO 400, 1/1000 s)"),
    ],
)
def test_the_wrapped_rest_of_a_field_line_is_not_story(field: str, rest: str) -> None:
    text = f"Hello,\n\n{STORY}\n\n{field}\n{rest}\n\nIt was a windy evening at the coast.\n"
    assert find_story(text) == f"{STORY}\n\nIt was a windy evening at the coast."


@pytest.mark.parametrize(
    ("field", "sentence"),
    [
        ("Standort: Kahlenberg, Wien", "die iss war richtig hell, heller als die venus"),
        ("konum: Kordon, İzmir", "gün batımının hemen ardından körfezin üstünden geçti"),
        ("locatie: Graslei, Gent", "het vloog recht over het Belfort, zalig om te zien"),
        # (a line only naming the instruments is no story: test_fields_story_gear_and_link_lines)
        ("Místo: Jihlava", "Canon EOS 77D jsem měla na stativu u vodárny."),
    ],
)
def test_a_sentence_of_its_own_after_a_field_line_stays_in_the_story(
    field: str, sentence: str
) -> None:
    assert sentence in (find_story(f"{STORY}\n{field}\n{sentence}\n") or "")


@pytest.mark.parametrize(
    "line",
    [
        "Photo attached.",
        "see attached 👍",
        "Foto anbei.",
        "Photo en pièce jointe.",
        "Foto adjunta.",
        "Zdjęcie w załączniku.",
        "Nuotrauka prisegta.",
        "写真を添付します。",
        "사진 첨부합니다.",
    ],
)
def test_a_line_that_only_says_the_photo_is_attached_is_not_story_anywhere(line: str) -> None:
    assert find_story(f"Hello,\n\n{STORY}\n\n{line}\n\nThanks,\nAnna\n") == STORY
    assert find_story(f"{line}\n\n{STORY}\nWhat a night!\n") == f"{STORY}\nWhat a night!"


@pytest.mark.parametrize("line", ["Photo attached.", "Foto anbei.", "写真を添付します。"])
def test_a_mail_whose_only_sentence_says_the_photo_is_attached_has_no_story(line: str) -> None:
    assert find_story(f"Hi,\n\n{line}\n\nEquipment: Celestron C8\nTime: 21:34 UT\n") is None


def test_a_longer_sentence_that_sends_the_photo_and_says_when_stays() -> None:
    text = "please find attached my ISS photo from last night.\n\nThe panels are visible.\n"
    assert find_story(text) == (
        "please find attached my ISS photo from last night.\n\nThe panels are visible."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Екипировка: рефрактор Sky-Watcher Equinox 80 с филтър Baader AstroSolar",
        "Càmera: Nikon Z5",
        "Objectiu: Nikkor Z 20mm f/1.8 S",
        "Makine: Sony A6400 + Sigma 16mm, Ulanzi tripod üzerinde.",
        "celu: Samsung Galaxy S24 Ultra en modo pro, arriba de un trípode Benro",
        "Statīvs: Manfrotto 190",
        "Штатив: Benro Mach3",
        "Support: Manfrotto 055 tripod with a ball head",
        "Zeitpunkt: Donnerstag, 05.11.2026, 18:03:20 MESZ",
        "Апаратура: Nikon D750 з об'єктивом Nikkor 24-70mm, штатив Benro",
        "Φωτογραφική: Nikon Z8, φακός Nikkor Z 24-120mm, τρίποδο Gitzo.",
        "Foto-aparat: Sony A7 III, objektiv Samyang AF 18mm F2.8, stativ Sirui AM-284",
        "經緯儀  Sky-Watcher AZ-GTi",
    ],
)
def test_an_equipment_label_in_more_languages_makes_a_field_line(line: str) -> None:
    assert is_labelled(line)
    assert find_story(f"{STORY}\n\n{line}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Full res: https://www.flickr.com/photos/x/1",
        "사진 링크: https://photos.app.goo.gl/abc",
        "영상 링크: https://www.dropbox.com/scl/fi/k2m9q4solar/iss.mp4?dl=0",
        "Enlace: https://drive.google.com/file/d/1/view",
        "Büyük dosya: https://drive.google.com/file/d/1/view",
        "Foto en alta: https://drive.google.com/file/d/1/view",
    ],
)
def test_a_link_under_a_short_label_is_a_field_line_not_story(line: str) -> None:
    assert find_story(f"{STORY}\n\n{line}\n") == STORY


@pytest.mark.parametrize(
    "line", ["here is the link: https://example.org/p", "Aquí está: https://example.org/p"]
)
def test_a_sentence_pointing_at_a_link_stays_beside_a_story(line: str) -> None:
    assert line in (find_story(f"{STORY}\n\n{line}\n") or "")


def test_a_settings_line_with_a_connecting_word_is_not_story() -> None:
    assert find_story(f"{STORY}\n\nExposició de 20 s, ISO 500.\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "20 s, ISO 400, f/5.6",
        "1/1000, ISO 1600.",
        "ISO 1250 · 4s · f/2",
        "20:51 UTC+2, 8 sec belichting",
        "Saat 18:12 (GMT+3), 10 sn poz.",
        "Yhteensä 60 kuvaa, 5 s valotus.",
    ],
)
def test_a_line_of_only_the_photos_time_and_settings_is_not_story(line: str) -> None:
    assert find_story(f"{STORY}\n\n{line}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "15 s at f/2.8 was plenty, the station was that bright.",
        "Twenty frames, 1/500 s, ISO 800, the best one attached.",
    ],
)
def test_settings_inside_a_sentence_of_prose_stay(line: str) -> None:
    assert line in (find_story(f"{STORY}\n\n{line}\n") or "")


@pytest.mark.parametrize(
    ("field", "rest"),
    [
        (
            "Utstyr: Celestron EdgeHD 9.25 på en Celestron CGEM II montering, med ZWO ASI183MM Pro",
            "og et Baader IR-pass filter.",
        ),
        (
            "L'equip: un Celestron C11 EdgeHD. Vaig gravar amb FireCapture a",
            '0,3 ms per frame, "best 10% stacked" amb AutoStakkert.',
        ),
    ],
)
def test_the_rest_of_a_field_line_after_or_before_a_joining_word_is_not_story(
    field: str, rest: str
) -> None:
    assert find_story(f"{STORY}\n\n{field}\n{rest}\n") == STORY


def test_a_sentence_of_its_own_after_a_field_line_stays_even_if_it_starts_like_a_join() -> None:
    body = f"{STORY}\n\npaikka: Puumala, Saimaa\nse meni ihan järven yli ja heijastui veteen\n"
    assert "se meni ihan järven yli" in (find_story(body) or "")

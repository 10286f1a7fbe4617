"""story, by class (batch-22): a line of an exposure's values with a video's format, its frame
rate and the capture program, label or not; a sign-off sending greetings from a place, with a
chat after it; a note on how the mail travels ("sent from my phone, hope it arrives"); a
flyby's data without a label in more languages; the wrapped rest of an equipment line that
opens with an instrument's name; a sentence naming the photo's file over its link. Each in
several languages, beside sentences of the story that use the same words and stay."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.data_lines import is_flyby_data, is_settings_line
from ipom_mail.pipeline.fields.story import find_story
from ipom_mail.pipeline.fields.transport_notes import is_transport_note

STORY = "The ISS crossed the Moon right over the old church."


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
        "Saludos desde el Elqui, cachai que acá el cielo es otra cosa 😄",
        "Greetings from sunny Tenerife, what a night that was!",
        "Liebe Grüße aus dem Allgäu, hier war der Himmel endlich mal klar",
        "Saluti da Matera, qui il cielo è sempre speciale",
        "Abraços de Curitiba, aqui o céu estava limpíssimo",
        "Amitiés de Québec, le ciel était parfait ce soir-là",
        "Pozdrowienia z Bieszczad, tu niebo jest najciemniejsze w Polsce",
        "Groeten uit Drenthe, hier is het nog echt donker",
        "Cheers from the Karoo, the sky out here is unreal",
    ],
)
def test_greetings_from_a_place_with_a_chat_after_them_close_the_mail(line: str) -> None:
    assert find_story(f"{STORY}\n\n{line}\n\nAna\n", "Ana") == STORY


@pytest.mark.parametrize(
    "line",
    [
        # a time tells the photo; "greetings" inside a sentence; a long line tells more
        "Greetings from the crew came over the ham radio while the station passed at 21:34 UT.",
        "We sent greetings from Elqui to the astronauts over the radio as it passed.",
        "Wir haben Grüße aus dem Allgäu an die Crew gefunkt, als die Station vorbeizog.",
        "Saludos desde la estación fueron transmitidos por radio mientras pasaba justo encima de "
        "la cúpula grande del observatorio esa noche",
    ],
)
def test_greetings_inside_a_story_sentence_stay(line: str) -> None:
    assert find_story(f"{STORY}\n\n{line}\n\nAna\n", "Ana") == f"{STORY}\n\n{line}"


@pytest.mark.parametrize(
    "note",
    [
        "skickar bilden direkt från mobilen, hoppas det går bra",
        "Sending this straight from my phone, hope it comes through 🙏",
        "Sending this from my phone, sorry for typos",
        "Schicke das Bild direkt vom Handy, hoffe es kommt an",
        "Te lo mando desde el celular, espero que llegue",
        "Je vous envoie ça depuis mon téléphone, j'espère que ça passe",
        "Vi scrivo dal cellulare, spero che arrivi",
        "Verstuur dit vanaf mijn telefoon, hopelijk komt het aan",
        "Wysyłam prosto z telefonu, mam nadzieję, że dojdzie",
        "Posílám rovnou z mobilu, doufám, že to dorazí",
        "Отправляю с телефона, надеюсь, всё дойдёт",
        "Lähetän kuvan suoraan puhelimesta, toivottavasti menee perille",
        "Sender bildet direkte fra mobilen, håper det kommer fram",
        "スマホから送信します",
        # a hope that it works, beside a note on the sending
        "Sending this from my phone, hope it works",
        "Vi scrivo dal cellulare, spero che funzioni",
    ],
)
def test_a_note_on_how_the_mail_travels_is_not_story(note: str) -> None:
    assert is_transport_note(note)
    phone = "Fick ISS rakt över bron från Lernacken i Malmö 🛰️✨"
    assert find_story(f"Hej!\n{phone}\n{note}\n/Ana\n", "Ana Berg") == phone
    assert find_story(f"{STORY} {note}.\n") == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "Sending from my phone, the ISS was so bright tonight",
        "I sent it from my phone to the laptop to stack 40 frames in AutoStakkert",
        "I shot it straight from my phone through the eyepiece",
        "Mobilen låg kvar i bilen, så jag fotade med kameran på stativet",
        "Jag hoppades att molnen skulle skingras, och det gick bra till slut",
    ],
)
def test_a_sentence_telling_more_than_the_sending_stays(sentence: str) -> None:
    assert not is_transport_note(sentence)
    assert find_story(f"{STORY}\n{sentence}\n") == f"{STORY}\n{sentence}"


@pytest.mark.parametrize(
    "hope",
    ["Hope it works well!", "hoppas det går bra", "Spero che funzioni!", "Ich hoffe, es klappt."],
)
def test_a_hope_that_it_works_alone_is_no_note_on_the_sending(hope: str) -> None:
    assert not is_transport_note(hope)  # it may hope for the photo's chance


@pytest.mark.parametrize(
    "line",
    [
        "Högsta höjd 61°",
        "Maks høyde 44°, lysstyrke -3,0.",
        "Maksimikorkeus 58°, kirkkaus -3,3 mag",
        "Максимальная высота 56°, яркость −3,1",
        "Maksimum yükseklik 62°, parlaklık -3,4.",
        "最大仰角69°，亮度-3.8等",
        "最大仰角48°、明るさ −3.1等",
        "최대 고도 58°, 밝기 -3.5등급",
    ],
)
def test_a_flybys_data_without_a_label_is_not_story(line: str) -> None:
    assert is_flyby_data(line)
    assert find_story(f"{STORY}\n\n{line}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Högsta höjd 61° nådde den precis över bron där jag stod.",
        "最大仰角69°，那天晚上风很大。",
        "Максимальная высота была 56°, и станция прошла прямо над куполом.",
    ],
)
def test_a_sentence_with_the_flybys_data_stays(line: str) -> None:
    assert not is_flyby_data(line)
    assert find_story(f"{STORY}\n\n{line}\n") == f"{STORY}\n\n{line}"


@pytest.mark.parametrize(
    ("field", "rest"),
    [
        (
            "Équipement : lunette Sky-Watcher Evostar 100ED avec un filtre solaire pleine ouverture",
            "Baader AstroSolar, caméra ZWO ASI178MM, le tout sur une monture Celestron AVX.",
        ),
        (
            "Gear: Celestron C9.25 on a Losmandy GM811G mount, ZWO ASI183MM camera with a",
            "Tele Vue 2x Powermate. 1 ms exposures at 94 fps, best frames stacked in AutoStakkert.",
        ),
        (
            "Обладнання: фотоапарат Nikon D750 з об'єктивом Nikkor AF-S 85mm f/1.8G на штативі",
            "Manfrotto 190go!",
        ),
    ],
)
def test_the_wrapped_rest_of_an_equipment_line_opening_with_a_name_is_not_story(
    field: str, rest: str
) -> None:
    assert find_story(f"{STORY}\n\n{field}\n{rest}\n") == STORY


def test_a_sentence_after_a_field_line_opening_with_a_maker_alone_stays() -> None:
    line = "Nikon hat mir die Kamera repariert, und die Aufnahme ist scharf geworden."
    story = find_story(f"{STORY}\n\nOrt: am Ufer des Bodensees bei Konstanz\n{line}\n")
    assert story == f"{STORY}\n\n{line}"


@pytest.mark.parametrize(
    "over",
    [
        "Le fichier complet est ici :",
        "Die volle Datei liegt hier:",
        "El archivo en alta resolución está aquí:",
        "The full-size file is here:",
    ],
)
def test_a_sentence_naming_the_photos_file_over_its_link_is_not_story(over: str) -> None:
    text = f"{STORY}\n\n{over}\nhttps://www.dropbox.com/s/abc123/iss.tif?dl=0\n"
    assert find_story(text) == STORY

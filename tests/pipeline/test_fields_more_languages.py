"""Equipment and story in the languages beyond the first ten (issue 13), tested as classes.

Connecting words join two instruments and are never part of one; CJK labels and
punctuation end names; bare numbers and lower-case words alone name nothing; a
trailing sentence ends a labelled value. Greetings, sign-offs and phone footers of
each language stay out of the story; a mail forwarded for a member tells the
member's story.
"""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.fields.story import find_story
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Canon EOS R5 med Canon RF 100-500mm på stativ.",
            ("Canon EOS R5", "Canon RF 100-500mm", "stativ"),
        ),
        ("Nikon Z8 med Nikkor Z 14-24mm.", ("Nikon Z8", "Nikkor Z 14-24mm")),
        ("Fujifilm X-T5 s objektivom Fujinon XF 10-24mm.", ("Fujifilm X-T5", "Fujinon XF 10-24mm")),
        ("Nikon Z 5 z obiektywem Nikkor Z 24-200mm.", ("Nikon Z 5", "Nikkor Z 24-200mm")),
        (
            "Canon EOS 6D Mark II cu obiectiv Canon EF 70-200mm.",
            ("Canon EOS 6D Mark II", "Canon EF 70-200mm"),
        ),
        (
            "Oprema: Sky-Watcher Skymax 150 Pro na montaži Sky-Watcher EQ5 Pro, uz ZWO ASI462MC kameru.",
            ("Sky-Watcher Skymax 150 Pro", "Sky-Watcher EQ5 Pro", "ZWO ASI462MC"),
        ),
        (
            "Kit: Sky-Watcher Evostar 120ED on an EQ6-R Pro, with a ZWO ASI290MC behind a Tele Vue "
            "2.5x Powermate. Hand-tracked with the finder, best 40 frames stacked.",
            ("Sky-Watcher Evostar 120ED", "EQ6-R Pro", "ZWO ASI290MC", "Tele Vue 2.5x Powermate"),
        ),
        (
            "Equipment: Nikon Z 6II with a Nikkor Z 14-30mm lens, 8 s at ISO 800.",
            ("Nikon Z 6II", "Nikkor Z 14-30mm lens"),
        ),
    ],
)
def test_connecting_words_join_instruments_in_many_languages(
    text: str, want: tuple[str, ...]
) -> None:
    assert find_equipment(text, NO_MEDIA) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("鏡筒：Celestron C9.25\nカメラ：ZWO ASI462MC", ("Celestron C9.25", "ZWO ASI462MC")),
        (
            "器材：Celestron C8 望远镜，架在 Sky-Watcher EQ6-R 赤道仪上，相机 ZWO ASI585MC。",
            ("Celestron C8", "Sky-Watcher EQ6-R", "ZWO ASI585MC"),
        ),
        (
            "망원경: Sky-Watcher Esprit 100ED\n카메라: ZWO ASI462MC",
            ("Sky-Watcher Esprit 100ED", "ZWO ASI462MC"),
        ),
        ("iPhone 15 Proです。", ("iPhone 15 Pro",)),
        (
            "Телескоп: Sky-Watcher Explorer 150P\nКамера: QHY5III462C",
            ("Sky-Watcher Explorer 150P", "QHY5III462C"),
        ),
        ("kuva puhelimella (Google Pixel 7)", ("Google Pixel 7",)),
        ("snel een foto gemaakt met m'n gsm (iPhone 15 Pro Max)", ("iPhone 15 Pro Max",)),
    ],
)
def test_cjk_and_cyrillic_labels_and_punctuation_end_names(
    text: str, want: tuple[str, ...]
) -> None:
    assert find_equipment(text, NO_MEDIA) == want


@pytest.mark.parametrize(
    "text",
    ["Estava muito vento e o Dobson abanava.", "Equipment: 8", "Kit: with the finder"],
)
def test_bare_numbers_and_lone_words_name_no_instrument(text: str) -> None:
    assert find_equipment(text, NO_MEDIA) == ()


@pytest.mark.parametrize(
    ("body", "greeting", "sign_off"),
    [
        (
            "Здравствуйте!\n\nСтанция прошла над куполом.\n\nС уважением,",
            "Здравствуйте",
            "С уважением",
        ),
        ("Добрий день!\n\nСтанція пролетіла над містом.\n\nЗ повагою,", "Добрий день", "З повагою"),
        (
            "Καλησπέρα σας,\n\nΟ σταθμός πέρασε πάνω από τον ναό.\n\nΜε εκτίμηση,",
            "Καλησπέρα",
            "Με εκτίμηση",
        ),
        ("Merhaba,\n\nİstasyonu elle takip ettim.\n\nSaygılarımla,", "Merhaba", "Saygılarımla"),
        ("Hej,\n\nStationen passerade söder om Vega.\n\nMvh", "Hej", "Mvh"),
        ("Hei,\n\nStasjonen gled over fjorden.\n\nHilsen Ingrid", "Hei", "Hilsen"),
        ("Hej igen,\n\nJeg fik solpanelerne skarpe.\n\nVenlig hilsen", "Hej igen", "Venlig hilsen"),
        ("Hei,\n\nPakkasta oli paljon mutta kuva onnistui.\n\nTerveisin,", "Hei", "Terveisin"),
        ("Dobrý deň,\n\nStanicu som sledoval ručne.\n\nS pozdravom", "Dobrý deň", "S pozdravom"),
        ("Pozdravljeni,\n\nPostaja je lepo ostra.\n\nLep pozdrav,", "Pozdravljeni", "Lep pozdrav"),
        (
            "Poštovani,\n\nPostaja je prošla iznad zvonika.\n\nSrdačan pozdrav,",
            "Poštovani",
            "Srdačan pozdrav",
        ),
        ("Bună ziua,\n\nSe vede modulul japonez Kibo.\n\nCu stimă,", "Bună ziua", "Cu stimă"),
        ("Здравейте,\n\nБях на Алеко с телескопа.\n\nПоздрави,", "Здравейте", "Поздрави"),
        ("您好！\n\n太阳能帆板都能看清楚。\n\n此致\n敬礼", "您好", "此致"),
        (
            "안녕하세요,\n\n조카가 정말 신기해했어요.\n\n감사합니다.\n김민준 드림",
            "안녕하세요",
            "감사합니다",
        ),
        (
            "お世話になっております。\n\n電波望遠鏡を前景に入れています。\n\n以上、よろしくお願いします。",
            "お世話",
            "よろしく",
        ),
    ],
)
def test_greetings_and_sign_offs_of_each_language_stay_out_of_the_story(
    body: str, greeting: str, sign_off: str
) -> None:
    story = find_story(body)
    assert story is not None
    assert greeting not in story and sign_off not in story


@pytest.mark.parametrize(
    "footer",
    [
        "iPhoneから送信",
        "Xiaomi cihazımdan gönderildi",
        "Poslato sa iPhone uređaja",
        "Skickat från min iPhone",
    ],
)
def test_phone_footers_of_each_language_stay_out_of_the_story(footer: str) -> None:
    story = find_story(f"The station crossed the bay, very bright.\n\n{footer}")
    assert story is not None and footer not in story


@pytest.mark.parametrize(
    ("note", "mark"),
    [
        (
            "Forwarding this on behalf of our member Gareth, please credit him.",
            "---------- Forwarded message ---------",
        ),
        (
            "Пересылаем снимок участницы нашего клуба, просим указать автором её.",
            "-------- Пересылаемое сообщение --------",
        ),
        (
            "preposielame príspevok nášho člena, prosíme uviesť ho ako autora.",
            "---------- Forwarded message ---------",
        ),
        (
            "přeposíláme snímek naší členky, prosíme uvést jako autorku ji.",
            "Začátek přeposlané zprávy:",
        ),
    ],
)
def test_a_mail_forwarded_for_a_member_tells_the_members_story(note: str, mark: str) -> None:
    body = f"Hello,\n\n{note}\n\nThe club secretary\n\n{mark}\n\nThe station crossed the church spire at dusk.\n"
    story = find_story(body)
    assert story is not None
    assert "church spire" in story and note[:20] not in story


@pytest.mark.parametrize(
    ("sender", "body", "want"),
    [
        ("山田 太郎 <yamada@example.jp>", "ISSの写真です。", "山田 太郎"),
        ("李明 <liming@example.cn>", "国际空间站照片。", "李明"),
        ("이서연 <seoyeon.lee@example.kr>", "ISS 사진이에요.", "이서연"),
        (
            "김민준 <minjun.kim@example.co.kr>",
            "사진을 보내드립니다.\n\n감사합니다.\n김민준 드림",
            "김민준",
        ),
        ("Андрій Бондар <andriy@example.ua>", "Фото МКС.", "Андрій Бондар"),
    ],
)
def test_sender_names_in_any_script_are_credited(sender: str, body: str, want: str) -> None:
    from ipom_mail.pipeline.fields.people import find_photographer

    name = sender.split(" <")[0]
    assert find_photographer(name, body, ()).name == want


def test_a_yandex_style_forward_credits_the_original_author() -> None:
    from ipom_mail.pipeline.fields.people import find_photographer

    body = (
        "Добрый день!\n\nПересылаем снимок участницы нашего клуба, просим указать автором её.\n\n"
        "-------- Пересылаемое сообщение --------\n"
        '03.03.2024, 09:41, "Ирина Ковалёва" <irina.kovaleva@example.ru>:\n\n'
        "МКС 3 марта 2024 г. в 02:15 UTC.\nКамера: Nikon D7500\n"
    )
    assert find_photographer("Астроклуб «Орион»", body, ()).name == "Ирина Ковалёва"


def test_a_forward_under_an_original_message_line_is_the_submission() -> None:
    from email.message import EmailMessage

    from ipom_mail.config import Config
    from ipom_mail.pipeline.stages import check_message

    msg = EmailMessage()
    msg["From"] = "Gruppo Astrofili Brianza <segreteria@gab.example.it>"
    msg["To"] = "ipom@example.org"
    msg["Subject"] = "I: ISS sopra Monza"
    msg["Date"] = "Mon, 15 Apr 2024 09:00:00 +0200"
    msg.set_content(
        "Buongiorno, inoltriamo la foto della nostra socia Giulia Ferri.\nLa segreteria GAB\n\n"
        "-----Messaggio originale-----\nDa: Giulia Ferri <giulia.ferri@example.it>\n"
        "Inviato: domenica 14 aprile 2024 10:12\nA: segreteria@gab.example.it\n"
        "Oggetto: ISS sopra Monza\n\nEcco la ISS ripresa sabato 13 aprile 2024 alle 21:02 UTC.\n"
        "Strumentazione: Celestron C6 con camera ZWO ASI224MC.\n\n"
        "Era la prima volta che la seguivo con il cercatore.\n"
    )
    fields = check_message(msg.as_bytes(), Config()).fields
    assert fields.photographer.name == "Giulia Ferri"
    assert fields.story is not None and "cercatore" in fields.story
    assert "inoltriamo" not in fields.story


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "I aftes fangede jeg ISS over Aarhus (Ole Rømer Observatoriet).",
            "Aarhus (Ole Rømer Observatoriet)",
        ),
        ("Sted: Odense (Tarup)", "Odense (Tarup)"),
    ],
)
def test_a_site_in_brackets_after_a_place_belongs_to_it(text: str, want: str) -> None:
    from ipom_mail.pipeline.fields.location import find_location

    assert find_location(text) == want


@pytest.mark.parametrize(
    "line", ["Valotus 1/2000 s.", "Exposure 1/1000 s, ISO 800.", "Pozlama 1/1250 sn"]
)
def test_a_camera_settings_line_is_no_story(line: str) -> None:
    story = find_story(f"The station crossed the moon, a lucky frame.\n{line}")
    assert story is not None and line not in story


@pytest.mark.parametrize(
    ("note", "record"),
    [
        (
            "Hei, lähetin tämän väärään osoitteeseen, tiedot alla.",
            "Kuvattu 3.10.2024 klo 19.22 Suomen aikaa.",
        ),
        (
            "Pozdrav, vidi dolje – prvo sam poslao na krivu adresu.",
            "Snimljeno 18. 7. 2024. u 21:33 (CEST).",
        ),
        (
            "Forwarding this on behalf of our member, see below.",
            "Taken 14 October 2023 at 21:34 UT.",
        ),
    ],
)
def test_a_forwarded_records_date_line_is_a_field_not_a_story(note: str, record: str) -> None:
    body = f"{note}\n\n---------- Forwarded message ---------\nFrom: A B <a@example.org>\nDate: x\nSubject: ISS\nTo: c@example.org\n\n{record}\n"
    assert find_story(body) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("dazu eine Baader Q-Turret Barlow 2,25x.", ("Baader Q-Turret Barlow 2,25x",)),
        ("Canon EOS 6D with a Baader Barlow", ("Canon EOS 6D", "Baader Barlow")),
    ],
)
def test_an_accessory_word_after_a_makers_model_names_that_model(
    text: str, want: tuple[str, ...]
) -> None:
    assert find_equipment(text, NO_MEDIA) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Vieta: Vilnius, Antakalnis", "Vilnius, Antakalnis"),
        ("Koht: Tallinn, Pirita", "Tallinn, Pirita"),
        ("Σας στέλνω τη φωτογραφία, στις 20:05 ώρα Ελλάδος, από την Πάτρα.", "Πάτρα"),
        ("Снимката е направена в 21:33 ч. българско време от Пловдив.", "Пловдив"),
        ("la ora 22:05 (ora României), din Cluj-Napoca.", "Cluj-Napoca"),
        ("prise hier soir à 21h34 heure de Paris depuis Lyon (Fourvière).", "Lyon (Fourvière)"),
        (
            "Η φωτογραφία τραβήχτηκε στις 21:10 EET, από τη Θεσσαλονίκη (Σέιχ Σου).",
            "Θεσσαλονίκη (Σέιχ Σου)",
        ),
    ],
)
def test_places_in_many_languages_and_scripts(text: str, want: str) -> None:
    from ipom_mail.pipeline.fields.location import find_location

    assert find_location(text) == want

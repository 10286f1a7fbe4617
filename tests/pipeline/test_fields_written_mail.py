"""The flyby numbers and the parts of a mail that blind batches 02–05 missed (issue 13), each
class in several languages: the highest point and brightness in more words, a question
before a pass, equipment kinds, closings and forward requests, the sender's own quoted mail."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


@pytest.mark.parametrize(
    ("text", "elevation"),
    [
        ("Пролёт хороший (макс. высота 77°), очень яркий.", 77.0),
        ("Макс. висота: 63°", 63.0),
        ("Altura máx. 45º sobre el horizonte.", 45.0),
        ("Max. Höhe 52°, sehr hell.", 52.0),
        ("Макс. височина  68°", 68.0),
        ("Станция была в кульминации 81°.", 81.0),
    ],
)
def test_the_highest_point_written_with_an_abbreviation_is_the_max_elevation(
    text: str, elevation: float
) -> None:
    assert (
        find_flyby(text, find_taken_at(text, NO_MEDIA, None), None).max_elevation_deg == elevation
    )


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [("最高仰角 70°，星等 -3.2", -3.2), ("Maksimaalne kõrgus 44°, heledus -2,9.", -2.9),
     ("Spožums -3,1, augstums 60°.", -3.1)],
)  # fmt: skip
def test_brightness_words_in_more_languages_give_the_magnitude(text: str, magnitude: float) -> None:
    assert find_flyby(text, find_taken_at(text, NO_MEDIA, None), None).magnitude == magnitude


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("Vou tentar fotografar a passagem da ISS amanhã, 14 de setembro, às 20:05 UTC. "
         "Posso mandar em RAW?", "Fri, 13 Sep 2024 10:00:00 -0300"),
        ("Morgen am 14. September 2024 um 21:10 MESZ fliegt die ISS über uns. Soll ich das Foto "
         "als TIFF schicken?", "Fri, 13 Sep 2024 10:00:00 +0200"),
        ("I'm planning to shoot the ISS pass on 14 September 2024 at 8:05 pm EDT. Which format "
         "do you prefer for the photo?", "Fri, 13 Sep 2024 10:00:00 -0400"),
    ],
)  # fmt: skip
def test_a_pass_still_to_come_with_no_photo_is_no_submission(body: str, date: str) -> None:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.stages import check_message
    from tests.pipeline.test_fields_submission import _raw

    raw = _raw(body, "ISS").replace(b"Mon, 13 May 2024 08:00:00 +0200", date.encode())
    fields = check_message(raw, Config()).fields
    assert fields.taken_at is None and fields.story is None and fields.photographer.name is None
    assert fields.notes == ("not a submission: no photo, and its pass is still to come",)


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("Utrustning: Sky-Watcher Evostar 80ED på en Sky-Watcher EQ3-montering",
         ("Sky-Watcher Evostar 80ED", "Sky-Watcher EQ3")),
        ("Ausrüstung: Nikon Z6 mit Sigma 150-600-Objektiv", ("Nikon Z6", "Sigma 150-600")),
        ("Kalusto: Canon EOS R6 -kamera ja Canon RF 600mm F11 -objektiivi",
         ("Canon EOS R6", "Canon RF 600mm F11")),
        ("Ausrüstung: Celestron C8 und eine Baader Barlow 2,25x", ("Celestron C8", "Baader Barlow 2,25x")),
        ("Equipo: Celestron C8, Barlow Celestron 2,5x, ZWO ASI224MC",
         ("Celestron C8", "Barlow Celestron 2,5x", "ZWO ASI224MC")),
        ("Обладнання: камера Canon EOS 600D через Т-кільце, телескоп Sky-Watcher 150/750",
         ("Canon EOS 600D", "Sky-Watcher 150/750")),
        ("機材：キヤノン EOS R7、RF100-500mm F4.5-7.1 L IS USM（手持ち）",
         ("キヤノン EOS R7", "RF100-500mm F4.5-7.1 L IS USM")),
        ("機材：ミード LX90 鏡筒をビクセン SXP 赤道儀に載せ", ("ミード LX90", "ビクセン SXP")),
        ("Strumentazione: filtro IR-pass Astronomik ProPlanet 742, camera ZWO ASI462MM",
         ("Astronomik ProPlanet 742", "ZWO ASI462MM")),
        ("Equipamento: Sky-Watcher 150P com a câmara ZWO ASI224MC acoplada, barlow 2x",
         ("Sky-Watcher 150P", "ZWO ASI224MC", "barlow 2x")),
        ("Оборудование: Sky-Watcher BK MAK127, ZWO ASI462MC, выдержка 1/2000 с, усиление 320",
         ("Sky-Watcher BK MAK127", "ZWO ASI462MC")),
        ("Prístroje: Sky-Watcher 200PDS, Barlowova šošovka Baader 2,25x",
         ("Sky-Watcher 200PDS", "Barlowova šošovka Baader 2,25x")),
        ("Přístroje: Celestron C8, Barlowova čočka Celestron 2x",
         ("Celestron C8", "Barlowova čočka Celestron 2x")),
        ("Телескоп Sky-Watcher BK MAK127 на монтировке Sky-Watcher AZ-GTi, камера QHY5III178M.",
         ("Sky-Watcher BK MAK127", "Sky-Watcher AZ-GTi", "QHY5III178M")),
        ("Gép: Nikon Z6, objektív: Nikkor Z 180-600mm", ("Nikon Z6", "Nikkor Z 180-600mm")),
        ("器材：Nikon Z6 + 尼克尔 Z 100-400mm 镜头", ("Nikon Z6", "尼克尔 Z 100-400mm")),
        ("Equipment: Lunt LS50THa H-alpha telescope, ZWO ASI174MM",
         ("Lunt LS50THa", "ZWO ASI174MM")),
        ("Eszközök: Sky-Watcher 200/1000 Newton-távcső, ZWO ASI462MC",
         ("Sky-Watcher 200/1000 Newton-távcső", "ZWO ASI462MC")),
    ],
)  # fmt: skip
def test_equipment_kinds_joined_by_hyphens_decimal_commas_adapters_notes_and_gain(
    line: str, items: tuple[str, ...]
) -> None:
    from ipom_mail.pipeline.fields.equipment import find_equipment

    assert find_equipment(line, NO_MEDIA) == items


@pytest.mark.parametrize(
    ("text", "kept", "left_out"),
    [
        ("Could you forward this to the ISS Photo of the Month people?\n\n"
         "The seeing was superb, the panels are sharp.\n\nTom",
         "The seeing was superb", "Could you forward"),
        ("Перешлите, пожалуйста, на конкурс.\n\nСтанция прошла прямо над мостом.\n\nИрина",
         "прямо над мостом", "Перешлите"),
        ("Kunnen jullie deze doorsturen naar de redactie?\n\nDe vuurtoren stond mooi in beeld.\n\n"
         "Met vriendelijke groet,\nJan", "De vuurtoren", "doorsturen"),
        ("Respected Sir/Madam,\n\nThe ISS crossed the crescent Moon near the terminator.\n\n"
         "Thanking you,\nRavi", "crossed the crescent", "Thanking you"),
        ("Hej!\n\nStationen syntes tydligt över inloppet.\n\nMed vänliga hälsningar\nAnna",
         "syntes tydligt", "hälsningar"),
        ("Tere!\n\nJaam liikus üle kupli.\n\nParimate soovidega\nKadri", "liikus üle kupli",
         "Parimate"),
        ("Stacija pārlidoja pāri tornim.\n\nUzaicinu uz novērošanas vakaru 7. septembrī plkst. 20:30.",
         "pāri tornim", "novērošanas vakaru"),
    ],
)  # fmt: skip
def test_forward_requests_closings_and_invitations_are_no_story(
    text: str, kept: str, left_out: str
) -> None:
    from ipom_mail.pipeline.fields.story import find_story

    story = find_story(text)
    assert story is not None and kept in story and left_out not in story


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [
        ("It was a very bright pass, about -3.7, almost overhead.", -3.7),
        ("Die ISS war sehr hell, etwa -3,8.", -3.8),
        ("pasó altísima y brillaba un montón (-3.8 más o menos)", -3.8),
        ("Fairly faint (around -2.1) but visible.", -2.1),
        ("ISS je preletela, sij -3,3.", -3.3),
    ],
)
def test_brightness_written_as_bright_or_faint_with_a_signed_number(
    text: str, magnitude: float
) -> None:
    assert find_flyby(text, find_taken_at(text, NO_MEDIA, None), None).magnitude == magnitude


@pytest.mark.parametrize(
    "text",
    ["A bright pass on 4 August 2024 over the lake.", "Jupiter was bright (-2.5) beside the ISS."],
)
def test_a_bright_word_before_a_date_or_a_planet_gives_no_magnitude(text: str) -> None:
    assert find_flyby(text, find_taken_at(text, NO_MEDIA, None), None).magnitude is None


@pytest.mark.parametrize(
    ("text", "elevation"),
    [("Suurin korkeus 47°.", 47.0), ("Suurim kõrgus 54°.", 54.0),
     ("Высота пролёта 48°, яркость −2,9m", 48.0), ("Wysokość przelotu 61°.", 61.0),
     ("didžiausias aukštis 49°", 49.0), ("Elevació màxima 68°", 68.0)],
)  # fmt: skip
def test_highest_point_words_in_more_languages(text: str, elevation: float) -> None:
    assert (
        find_flyby(text, find_taken_at(text, NO_MEDIA, None), None).max_elevation_deg == elevation
    )


@pytest.mark.parametrize(
    ("subject", "body", "story"),
    [
        ("Re: [IPOM-2024-0077] ISS", "Tere,\n\nKoht: Tartu\nVarustus: Sky-Watcher 100ED\n\n"
         "Jaam kadus just enne horisonti Maa varju.\n\nKadri", "Jaam kadus"),
        ("Re: [IPOM-2024-0131] 정보", "안녕하세요.\n\n장비: Celestron C8\n\n"
         "구름 사이로 겨우 잡았는데 태양전지판이 또렷하게 나왔어요.\n\n이지은 드림", "구름 사이로"),
        ("Re: [IPOM-2024-0044] missing time", "Hi,\n\nThe time was 21:34 UT.\n\nTom", None),
    ],
)  # fmt: skip
def test_an_answer_to_our_reply_keeps_only_its_words_without_values_as_story(
    subject: str, body: str, story: str | None
) -> None:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.fields import extract_fields
    from ipom_mail.pipeline.parse.message import parse_message
    from tests.pipeline.test_fields_submission import _raw

    fields = extract_fields(parse_message(_raw(body, subject)), NO_MEDIA, Config(), True)
    assert (fields.story is None) if story is None else (story in (fields.story or ""))


@pytest.mark.parametrize(
    "body", ["Pozdrav,\n\nStanica je prošla kroz Vegu!\n\nLijep pozdrav,\nIvana",
             "Поздрав,\n\nСтаница је прошла кроз Вегу!\n\nСрдачан поздрав,\nИвана"],
)  # fmt: skip
def test_a_closing_word_on_top_is_a_greeting_and_keeps_the_story(body: str) -> None:
    from ipom_mail.pipeline.fields.story import find_story

    story = find_story(body)
    assert (story is not None and "Vegu" in story) or "Вегу" in (story or "")


def _own_quote(top: str, sender: str = "marco@example.it") -> bytes:
    from tests.pipeline.test_fields_submission import _raw

    body = (
        f"{top}\n\nMarco\n\n-----Original Message-----\nFrom: Marco <{sender}>\n"
        "Sent: domenica 26 novembre 2023 00:31\nTo: soci@example.it\nSubject: ISS\n\n"
        "Data: 25/11/2023 ore 17:52:30 UTC\nStrumenti: Nikon D850 + Nikkor 500mm f/5.6 PF\n"
    )
    return _raw(body, "R: ISS").replace(b"someone@example.org", b"marco@example.it")


@pytest.mark.parametrize(
    ("top", "sender", "found"),
    [
        ("vi giro i dati che avevo scritto al gruppo, la foto è nel link.", "marco@example.it", True),
        ("vi giro i dati che avevo scritto al gruppo, la foto è nel link.", "anna@example.it", False),
        ("Nuova foto: 26/11/2023 ore 18:10:00 UTC, Canon EOS R6.", "marco@example.it", False),
    ],
)  # fmt: skip
def test_data_in_the_senders_own_quoted_mail_are_read_when_the_top_gives_none(
    top: str, sender: str, found: bool
) -> None:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.stages import check_message

    fields = check_message(_own_quote(top, sender), Config()).fields
    want = datetime(2023, 11, 25, 17, 52, 30, tzinfo=UTC)
    assert (fields.taken_at == want) is found
    assert ("Nikon D850" in fields.equipment) is found


def test_a_forward_under_the_senders_own_timed_submission_stays_a_quote() -> None:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.stages import check_message
    from tests.pipeline.test_fields_submission import _raw

    body = (
        "Sending you my ISS solar transit from this morning, Saturday 2024/05/18.\n\n"
        "Time of transit: 11:23:07 SAST\nEquipment: Lunt LS60THa, ZWO ASI178MM\n\n"
        "The silhouette crosses a prominence.\n\nRegards\nJohan\n\n-----Original Message-----\n"
        "From: Pieter <pieter@example.co.za>\nSent: Wednesday, 15 May 2024 20:11\n"
        "To: Johan <johan@example.co.za>\nSubject: transit\n\n"
        "Centre line on Saturday at 11:23 local. Good luck!\nPieter\n"
    )
    raw = _raw(body, "FW: ISS solar transit").replace(
        b"Mon, 13 May 2024 08:00:00 +0200", b"Sat, 18 May 2024 16:05:00 +0200"
    )
    fields = check_message(raw, Config()).fields
    assert fields.taken_at == datetime(2024, 5, 18, 9, 23, 7, tzinfo=UTC)
    assert fields.story is not None and "Good luck" not in fields.story


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("I used my Canon EOS R5 with the RF 800mm f/11 on a Manfrotto head.",
         ("Canon EOS R5", "RF 800mm f/11")),
        ("Nikon Z6 II mit Nikkor Z 400mm auf einem Benro Kugelkopf.",
         ("Nikon Z6 II", "Nikkor Z 400mm")),
    ],
)  # fmt: skip
def test_a_tripod_head_is_no_instrument(text: str, items: tuple[str, ...]) -> None:
    from ipom_mail.pipeline.fields.equipment import find_equipment

    assert find_equipment(text, NO_MEDIA) == items


@pytest.mark.parametrize(
    ("body", "items"),
    [
        ("ISS over the church, 3 May 2024 22:10:05 UT, shot with my usual setup.\n\n-- \n"
         "Jane Doe\nGear: Sky-Watcher Esprit 100ED, Canon 600D\n",
         ("Sky-Watcher Esprit 100ED", "Canon 600D")),
        ("ISS über der Kirche, 3. Mai 2024 22:10:05 UT, mit Canon EOS R6.\n\n-- \n"
         "Max Muster\nAusrüstung: Sky-Watcher Esprit 100ED\n", ("Canon EOS R6",)),
    ],
)  # fmt: skip
def test_gear_in_the_signature_counts_only_when_the_mail_names_none(
    body: str, items: tuple[str, ...]
) -> None:
    from ipom_mail.config import Config
    from ipom_mail.pipeline.stages import check_message
    from tests.pipeline.test_fields_submission import _raw

    assert check_message(_raw(body, "ISS"), Config()).fields.equipment == items

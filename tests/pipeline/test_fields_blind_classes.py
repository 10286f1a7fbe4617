"""The classes blind batch 03 found wrong (issue 13), each in several languages: gear
items cut at connecting words and settings, makers in a local script, software, the
greetings and closings around a story, a club's forwarding preamble, a newsletter."""

from __future__ import annotations

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.story import find_story
from ipom_mail.pipeline.stages import check_message
from ipom_mail.pipeline.values import Media
from tests.pipeline.test_fields_submission import _empty, _raw

NO_MEDIA = Media(items=())


@pytest.mark.parametrize(
    ("line", "items"),
    [
        (
            "Обладнання: Sky-Watcher Skymax 127 на монтуванні AZ-GTi",
            ("Sky-Watcher Skymax 127", "AZ-GTi"),
        ),
        (
            "Attrezzatura: Nikon Z6 II, sull'inseguitore Move Shoot Move",
            ("Nikon Z6 II", "Move Shoot Move"),
        ),
        ("Оборудование: Canon EOS 6D, монтировке SkyGuider Pro", ("Canon EOS 6D", "SkyGuider Pro")),
        ("Ekipman: objektifi Samyang 14mm, Canon EOS 600D", ("Samyang 14mm", "Canon EOS 600D")),
    ],
)
def test_a_lower_case_word_before_a_name_in_any_script_is_not_part_of_it(
    line: str, items: tuple[str, ...]
) -> None:
    assert find_equipment(line, NO_MEDIA) == items


@pytest.mark.parametrize(
    ("line", "items"),
    [
        (
            "Equipamento: Sky-Watcher Evostar 80ED acoplada a uma montagem HEQ5 Pro",
            ("Sky-Watcher Evostar 80ED", "HEQ5 Pro"),
        ),
        (
            "Equipo: Celestron C8 montado sobre una montura AVX",
            ("Celestron C8", "AVX"),
        ),
        (
            "Oprema: Sky-Watcher Evostar 102 montiran na Sky-Watcher EQ3-2",
            ("Sky-Watcher Evostar 102", "Sky-Watcher EQ3-2"),
        ),
        (
            "Matériel : Takahashi FSQ-106 monté sur 10Micron GM1000",
            ("Takahashi FSQ-106", "10Micron GM1000"),
        ),
        (
            "设备：Sky-Watcher 200P 牛反搭配 EQ6-R 赤道仪",
            ("Sky-Watcher 200P", "EQ6-R"),
        ),
    ],
)
def test_a_connecting_verb_or_a_cjk_word_between_two_names_separates_them(
    line: str, items: tuple[str, ...]
) -> None:
    assert find_equipment(line, NO_MEDIA) == items


@pytest.mark.parametrize(
    ("line", "items"),
    [
        (
            "Ekipman: Sky-Watcher Evostar 120 refraktör, Canon EOS 600D gövde",
            ("Sky-Watcher Evostar 120", "Canon EOS 600D"),
        ),
        ("Echipament: telescop Celestron NexStar 8SE", ("Celestron NexStar 8SE",)),
    ],
)
def test_the_kind_of_instrument_around_a_name_is_left_out_in_turkish_and_romanian(
    line: str, items: tuple[str, ...]
) -> None:
    assert find_equipment(line, NO_MEDIA) == items


@pytest.mark.parametrize(
    "line",
    [
        "Εξοπλισμός: Canon EOS R6 Mark II, έκθεση 25 δευτ., ISO 1250",
        "Ekipman: Canon EOS R6 Mark II; enstantane 1/1000 sn, ISO 800.",
        "Oprema: Canon EOS R6 Mark II. Ekspozicija 0,3 ms, gain 100.",
        "Echipament: Canon EOS R6 Mark II. Expunere 1 ms, gain 250.",
        "Оборудование: Canon EOS R6 Mark II, выдержка 1/500 сек",
        "设备：Canon EOS R6 Mark II，曝光 3ms，增益 300，用 FireCapture 录制、AutoStakkert 叠加",
    ],
)
def test_settings_and_software_in_any_language_are_not_equipment(line: str) -> None:
    assert find_equipment(line, NO_MEDIA) == ("Canon EOS R6 Mark II",)


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("機材：タカハシ FSQ-106ED、ZWO ASI462MC", "タカハシ FSQ-106ED"),
        ("機材：ビクセン SXP2、ZWO ASI462MC", "ビクセン SXP2"),
        ("器材：星特朗 C8、ZWO ASI462MC", "星特朗 C8"),
    ],
)
def test_a_maker_written_in_a_local_script_stays_with_its_model(line: str, item: str) -> None:
    assert find_equipment(line, NO_MEDIA) == (item, "ZWO ASI462MC")


@pytest.mark.parametrize(
    ("greeting", "sign_off"),
    [
        ("¡Hola!", "¡Hasta pronto!"),
        ("编辑老师好：", "祝 聖誕快樂"),
        ("Merhaba,", "Saygılar,"),
        ("Bonsoir,", "À la prochaine,"),
        ("Ciao a tutti,", "Un abbraccio,"),
        ("Bon dia,", "Salut i cel serè,"),
    ],
)
def test_greetings_and_closings_of_more_languages_stay_out_of_the_story(
    greeting: str, sign_off: str
) -> None:
    body = f"{greeting}\n\nThe station crossed the church spire at dusk.\n\n{sign_off}\nAna\n"
    assert find_story(body) == "The station crossed the church spire at dusk."


@pytest.mark.parametrize(
    "preamble",
    [
        "Vă transmitem mai jos fotografia colegului nostru, Andrei Munteanu.",
        "Vă transmitem fotografia membrului nostru Andrei, care nu are adresa.",
        "Transmitem mai jos poza lui Andrei.",
        "We are forwarding the photo of our member Andrew below.",
    ],
)
def test_a_clubs_forwarding_preamble_is_not_in_the_members_story(preamble: str) -> None:
    body = (
        f"Bună ziua,\n\n{preamble}\n\nCu stimă,\nSecretariatul\n\n"
        "---------- Forwarded message ---------\nFrom: Andrei <a@example.ro>\n\n"
        "The station crossed the church spire at dusk.\n\nAndrei\n"
    )
    story = find_story(body)
    assert story is not None
    assert "church spire" in story and preamble[:15] not in story


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Hyvä jäsen,\n\ntässä marraskuun jäsenkirje. ISS näkyy 8.11. klo 17.42.\n\n"
            "Peru tilaus: https://example.fi/peru",
            "Jäsenkirje 11/2023",
        ),
        (
            "Liebe Mitglieder, im Mitgliederbrief: die ISS am 14.05.2024 um 21:34 UT.",
            "Mitgliederbrief Mai",
        ),
        (
            "Chers membres, la lettre aux membres : passage de l'ISS le 14 mai à 21h34 TU.",
            "Lettre aux membres",
        ),
        (
            "Kära medlemmar! Medlemsbrev: ISS syns 14 maj kl. 21.34.",
            "Medlemsbrev maj",
        ),
    ],
)
def test_a_clubs_member_newsletter_yields_no_story_nor_fields(body: str, subject: str) -> None:
    result = check_message(_raw(body, subject), Config())
    assert _empty(result.fields)


@pytest.mark.parametrize(
    "body",
    [
        "링크 보내드립니다 🙏\nhttps://www.icloud.com/photos/#0a1B2c\n",
        "Bonjour,\n\nLa photo est toujours ici : https://example.fr/p\n\nBonne journée,\nCéline\n",
        "Buongiorno,\nvi giro i dati, la foto è nel link qui sotto.\n\nSaluti,\nMarco\n",
        "Hi,\n\nhere is the link: https://example.org/p\n\nCheers,\nAnn\n",
        "リンクを送ります。\nhttps://example.jp/p\n",
    ],
)
def test_words_that_only_say_where_the_photo_is_are_no_story(body: str) -> None:
    assert find_story(body) is None


def test_a_sentence_saying_where_the_photo_is_stays_beside_a_real_story() -> None:
    body = "Hi,\n\nhere is the link: https://example.org/p\n\nThe panels glinted twice.\n"
    story = find_story(body)
    assert story is not None and "panels glinted" in story and "here is the link" in story


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Here is my ISS shot from Whitby, North Yorkshire, taken at 20:41 UTC.",
            "Whitby, North Yorkshire",
        ),
        ("I photographed it in Padstow, Cornwall, last night.", "Padstow, Cornwall"),
        ("My photo from Crail, Fife, at 21:10 UT.", "Crail, Fife"),
    ],
)
def test_a_town_followed_by_its_british_county_keeps_the_county(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Segue minha foto da ISS sobre Campinas/SP em 15/03/2024.", "Campinas/SP"),
        ("Minha foto da ISS, tirada desde Curitiba/PR.", "Curitiba/PR"),
        ("Foto da ISS passando sobre Niterói/RJ ontem.", "Niterói/RJ"),
    ],
)
def test_a_brazilian_town_keeps_its_state_code_after_a_slash(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("Equipment: Sony A7 IV, lens", ("Sony A7 IV",)),
        ("Mount: tripod, no tracking", ("tripod",)),
    ],
)
def test_a_bare_kind_counts_only_as_the_whole_value_of_its_label(
    line: str, items: tuple[str, ...]
) -> None:
    assert find_equipment(line, NO_MEDIA) == items


@pytest.mark.parametrize(
    ("line", "items"),
    [
        (
            "Sprzęt: Nikon Z7 + Nikkor Z 24-70mm f/4 S, statyw, czas 15 s",
            ("Nikon Z7", "Nikkor Z 24-70mm f/4 S", "statyw"),
        ),
        ("Equipment: Sony A7 IV, tripod", ("Sony A7 IV", "tripod")),
        ("Ausrüstung: Canon EOS R6 + stativ", ("Canon EOS R6", "stativ")),
    ],
)
def test_a_bare_tripod_counts_among_named_instruments_too(
    line: str, items: tuple[str, ...]
) -> None:
    assert find_equipment(line, NO_MEDIA) == items


@pytest.mark.parametrize(
    ("line", "item"),
    [
        # batch-03 labels the first "Baader AstroSolar filter", batch-27 "s Baader AstroSolar
        # filtrom" as "Baader AstroSolar": after its name, a kind in a case is no part of it
        ("Oprema: Sky-Watcher Evostar 102 s Baader AstroSolar filterom", "Baader AstroSolar"),
        (
            "Oprema: refraktor Skywatcher Evostar 102/500 s Baader AstroSolar filtrom",
            "Baader AstroSolar",
        ),
        ("Оборудование: Celestron C8 с Baader Solar фильтром", "Baader Solar"),
        ("Vybavení: Celestron C8 s Baader OIII filtrem", "Baader OIII"),
    ],
)
def test_a_filter_named_in_a_case_after_its_name_is_the_name_alone(line: str, item: str) -> None:
    assert find_equipment(line, NO_MEDIA)[-1] == item

"""Where the photo was taken from, as written (batch-16): a label a sentence starts with, a
Subject's place echoed by a body in a script without capitals, an area passed over that
yields to what is pictured, a Hungarian word that only looks like a town with an ending."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.fields import extract_fields
from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.parse.message import parse_message
from ipom_mail.pipeline.values import Media


def _place(subject: str, body: str) -> str | None:
    """The location the fields stage reads from a mail with this Subject and body."""
    msg = EmailMessage()
    msg["From"] = "Sky Watcher <watcher@example.org>"
    msg["To"] = "ipom@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Fri, 16 Apr 2027 08:00:00 +0000"
    msg["Message-ID"] = "<place@example.org>"
    msg.set_content(body + "\n\nTaken on 15 April 2027 at 19:40 UT.\n")
    parsed = parse_message(msg.as_bytes())
    return extract_fields(parsed, Media(items=()), Config(), follow_up=True).location


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Снимал с холма. Место съёмки — Коломна, Московская область. Было холодно.",
         "Коломна, Московская область"),
        ("Кадр одиночный. Місце зйомки — Вінниця.", "Вінниця"),
        ("那天风很大。拍摄地点是四川成都龙泉山，天气很好。", "四川成都龙泉山"),
        ("附件是我昨晚拍的照片，拍摄地点是杭州西湖边的宝石山顶。", "杭州西湖边的宝石山顶"),
        ("這是昨晚的照片，拍攝地點是台北象山。", "台北象山"),
        ("Una sola toma. Lugar de observación — Calar Alto.", "Calar Alto"),
    ],
)  # fmt: skip
def test_a_label_that_starts_a_sentence_gives_the_place(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Place — well, somewhere dark.",  # one word a sentence may begin with
        "Место — просто поле.",
        "The site — a field near the road — was dark.",
        "朋友问了拍摄地点是不是在山顶。",  # the label's words inside a clause
    ],
)
def test_a_plain_word_before_a_dash_is_no_label(text: str) -> None:
    assert find_location(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ich habe sie von meiner Dachterrasse in\nLeipzig-Gohlis aus fotografiert.", "Leipzig-Gohlis"),
        ("I took it from my balcony in\nDenver last night.", "Denver"),
    ],
)  # fmt: skip
def test_a_town_wrapped_onto_the_line_after_its_in_is_read(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("어제 경주 보문호수에서 찍었습니다.", "경주 보문호수"),
        ("사진은 포항 영일대에서 촬영했어요.", "포항 영일대"),
        ("제목에 적은 시간에 양평 두물머리 주차장에서 찍은 사진입니다.", "양평 두물머리"),
        ("어제 저녁에 경주 보문호수에서 찍었습니다.", "경주 보문호수"),
    ],
)
def test_a_korean_town_written_without_its_word_for_city_is_a_town(text: str, place: str) -> None:
    assert find_location(text) == place


def test_a_lake_is_not_cut_into_a_foreign_town_with_a_hungarian_ending() -> None:
    text = "A háttérben a Balaton látszik, nagyon szép este volt, ő is ott volt."
    assert find_location(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [("Tegnap Szegeden fotóztam, győztes kép.", "Szeged"),
     ("Londonban készült, ő is látta.", "London")],
)  # fmt: skip
def test_a_town_with_its_hungarian_ending_is_still_read(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        # an area passed over on the way out yields to the landmark Subject and body name
        ("ISS boven de molen van Kinderdijk",
         "De ISS boven de molen van Kinderdijk. Hij verdween daarna boven Alblasserwaard.",
         "Kinderdijk"),
        # a club's town in its name is no other place taken from
        ("L'ISS au-dessus du phare de Ploumanac'h",
         "L'ISS au-dessus du phare de Ploumanac'h, vendredi soir.\n"
         "Notre club (Astro Club de Lannion) observe samedi.", "Ploumanac'h"),
        # a name after a landmark's kind keeps its base form after a declining "over"
        ("ISS nad majákem Rozewie?", "Fotka ISS nad majákem Rozewie, bylo jasno.", "Rozewie"),
    ],
)  # fmt: skip
def test_what_subject_and_body_say_is_pictured_is_the_place(
    subject: str, body: str, place: str
) -> None:
    assert _place(subject, body) == place


def test_a_town_under_the_signature_is_no_place_when_a_hungarian_spot_was_taken_from() -> None:
    body = (
        "A szigligeti várból fotóztam, nagyon hideg volt, ő is ott volt.\n\nÜdv,\nKiss Anna\nPécs"
    )
    assert _place("ISS kép", body) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("तस्वीर – उदयपुर", "मैंने यह तस्वीर उदयपुर में झील के किनारे से ली।", "उदयपुर"),
        ("عکس ایستگاه – شیراز", "این عکس را از پشت‌بام خانه در شیراز گرفتم.", "شیراز"),
        ("התחנה מעל המצודה בעכו", "התחנה עברה מעל המצודה בעכו, היה נהדר.", "עכו"),
        ("ایستگاه بر فراز کویر لوت", "با دوستان به کویر لوت رفتیم و آسمان تاریک بود.", "کویر لوت"),
    ],
)  # fmt: skip
def test_a_subjects_place_in_a_script_without_capitals_echoed_by_the_body(
    subject: str, body: str, place: str
) -> None:
    assert _place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("तस्वीर – उदयपुर", "मेरे दोस्त उदयपुर के हैं।"),  # named, but not as a place
        ("ایستگاه بر فراز کویر لوت", "آسمان تاریک بود."),  # the body does not name it
    ],
)
def test_a_subjects_caseless_name_alone_is_no_place(subject: str, body: str) -> None:
    assert _place(subject, body) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [("التقطتها من شرفة بيتي في حي الملقا بالرياض.", "حي الملقا بالرياض"),
     ("صورتها من حي الزمالك.", "حي الزمالك")],
)  # fmt: skip
def test_an_arabic_district_after_from_is_the_place(text: str, place: str) -> None:
    assert find_location(text) == place


def test_the_subjects_place_with_its_region_is_kept_whole() -> None:
    body = "Ortahisar Kalesi'nin hemen üstünden geçti, çok güzeldi."
    subject = "ISS - 2 Nisan 2027 20:10 TSİ - Ortahisar, Kapadokya"
    assert _place(subject, body) == "Ortahisar, Kapadokya"

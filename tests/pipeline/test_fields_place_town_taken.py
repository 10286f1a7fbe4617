"""A town a sentence in Arabic, Persian, Hebrew or Thai says the photo was taken in or from
(fields/place_town_taken.py, fields/place_thai.py; issue 13): led by a word or a prefix
("في", "در", "ב", "מ", "ب", "ถ่ายที่"), near a verb of taking in the same sentence. Never a
town in a greeting or a date line, where one lives, nor a country alone."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_thai import thai_site
from ipom_mail.pipeline.fields.place_town_taken import taken_in_named, taken_town
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("התמונה צולמה בירושלים.", "ירושלים"),
        ("צילמתי מתל אביב את המעבר.", "תל אביב"),  # a town of two words
        ("צילמתי את התחנה מהמרפסת בחיפה.", "חיפה"),  # one's balcony: the town
        ("التقطت الصورة في الرياض.", "الرياض"),
        ("التقطتها بالرياض.", "الرياض"),  # "in" written onto the town
        ("التقطت الصورة من جدة مساء أمس.", "جدة"),
        ("این عکس را در تهران گرفتم.", "تهران"),  # the verb after the town
        ("این عکس در اصفهان گرفته شد.", "اصفهان"),
        ("عکس از کاشان گرفته شد.", "کاشان"),  # Persian's kaf: GeoNames writes Arabic's
        # a zone's country after a clock's word is part of the time, not a word between
        ("צילמתי אותה ביום חמישי בערב ב-17:45 שעון ישראל, מהטיילת בשפת המכתש במצפה רמון.",
         "מצפה רמון"),
    ],
)  # fmt: skip
def test_a_town_led_near_a_verb_of_taking_is_the_place(text: str, place: str) -> None:
    assert taken_town(text) == place
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ภาพนี้ถ่ายที่เชียงใหม่", "เชียงใหม่"),
        ("ภาพนี้ถ่ายที่เชียงใหม่ครับ", "เชียงใหม่"),  # a polite particle written onto it
        ("ผมถ่ายภาพจากกรุงเทพมหานคร เมื่อคืน", "กรุงเทพมหานคร"),
        ("ภาพนี้ถ่ายจากดาดฟ้าบ้านที่กรุงเทพมหานคร", "กรุงเทพมหานคร"),  # one's roof in the town
        ("ถ่ายจากประเทศไทย", None),  # a country alone
        ("ถ่ายที่บ้าน", None),  # at home: no town
    ],
)  # fmt: skip
def test_a_thai_town_straight_after_taken_at_is_the_place(text: str, place: str | None) -> None:
    assert thai_site(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "مساء الخير من الرياض، التقطت صورة رائعة للمحطة.",  # a greeting's town, before the verb
        "אני גר בירושלים. צילמתי את המעבר אתמול.",  # where one lives, another sentence
        "التقطت الصورة في مصر.",  # a country alone
        "الرياض في 15 أبريل 2027",  # a date line: no verb of taking
        "من در تهران زندگی می‌کنم و عکاسی را دوست دارم.",  # where one lives
        "צילמתי את התחנה בשעה שבע.",  # "at seven": no town
        "צילמתי את התחנה ב-17:45 שעון ירושלים.",  # a clock's town is the zone, no place
        "التقطتها الساعة 19:40 بتوقيت مكة.",  # so in Arabic
    ],
)  # fmt: skip
def test_no_town_from_a_greeting_a_home_a_date_line_or_a_country(text: str) -> None:
    assert taken_town(text) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("תמונת ISS",
         "שלום רב,\n\nהתמונה צולמה בחיפה אתמול בערב, 21:14 שעון ישראל.\n\nבברכה,\nדנה לוי\n"
         "מועדון האסטרונומיה תל אביב\n", "חיפה"),
        ("عکس ایستگاه فضایی",
         "سلام،\n\nاین عکس را در اصفهان گرفتم.\n\nبا سپاس،\nسارا رضایی\nتهران\n", "اصفهان"),
        ("صورة المحطة",  # the city is only the sender's, under the name
         "السلام عليكم،\n\nأرسل لكم صورتي لمحطة الفضاء الدولية.\n\nمع التحية،\nخالد\nالرياض\n", None),
    ],
)  # fmt: skip
def test_the_town_taken_in_beats_the_club_and_home_town_under_the_name(
    subject: str, body: str, place: str | None
) -> None:
    assert mail_place(subject, body) == place


@pytest.mark.parametrize(
    "text",
    [
        # "passing over the Ramon crater, that I photographed on Friday … in Mitzpe Ramon"
        "תחנת החלל חולפת מעל מכתש רמון, שצילמתי ביום שישי, 29 בינואר 2027, בשעה 18:44 במצפה רמון.",
        "תחנת החלל מעל המכתש, שצילמתי במצפה רמון ביום שישי.",
        # "I photographed it in the village of … over the mountain"
        "التقطت الصورة يوم الجمعة في قرية الجبل فوق جبل حفيت.",
        "این عکس را در روستای ابیانه گرفتم.",
    ],
)
def test_a_place_the_photo_was_taken_in_is_named_however_far_after_its_verb(text: str) -> None:
    assert taken_in_named(text)


@pytest.mark.parametrize(
    "text",
    [
        "צילמתי מהטיילת, כשהים היה שקט והאורות השתקפו במים.",  # another clause's water
        "התמונה צולמה ביום חמישי, 25 במרץ 2027, בשעה 19:21:05.",  # a day, a month, an hour
        "צילמתי במצלמת Canon EOS R6 על חצובה.",  # with a camera
        "التقطت الصورة في الساعة 19:40 مساء.",
        "תחנת החלל חולפת מעל מכתש רמון.",  # no verb of taking
    ],
)
def test_times_instruments_and_other_clauses_name_no_place_taken_in(text: str) -> None:
    assert not taken_in_named(text)


def test_a_crater_passed_over_is_no_place_when_the_photo_was_taken_in_a_town_read_nowhere() -> None:
    body = (
        "מצורף צילום של תחנת החלל חולפת מעל מכתש רמון, שצילמתי במצפה רמון ביום שישי, "
        "29 בינואר 2027, בשעה 18:44 IDT.\n\nהיה קר מאוד ליד שפת המכתש."
    )
    assert find_location(body) != "מכתש רמון"
    assert mail_place("צילום תחנת החלל מעל מכתש רמון", body) != "מכתש רמון"  # the Subject's too

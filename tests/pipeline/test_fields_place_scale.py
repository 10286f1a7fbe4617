"""location (batch-28, batch-30, batch-32): the place is where the photographer stood, never
a place at another scale the mail names beside it: the peak or landmark in view, the crater
the station passed over, a lake's town, a generic spot before the named site. Where the mail
names two places and does not make clear which one they stood at, no place is right."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # Romanian: the weather station on the peak is in view, the hut is where one stood
        (
            "Vă trimit fotografia cu ISS deasupra stației meteo de pe Vârful Omu, făcută de "
            "lângă Cabana Omu, în Bucegi.",
            "Cabana Omu, în Bucegi",
        ),
        ("Fotografia cu ISS deasupra farului, făcută de pe Platoul Bucegi aseară.", "Platoul Bucegi"),
        ("Fotografia ISS deasupra Sibiului, făcută din Cisnădie.", "Cisnădie"),
        # Catalan: the needles of Montserrat in view, the village one stood in
        (
            "Us envio la foto de l'ISS passant per sobre de les agulles de Montserrat, feta "
            "aquesta nit des del Bruc.",
            "Bruc",
        ),
        ("La foto de l'ISS sobre el castell de Cardona, presa ahir des de Súria.", "Súria"),
        # the verb of taking at a line's end, its two-word "from" on the next line
        (
            "us envio la meva foto de l'ISS passant per sobre de les agulles de Montserrat, feta\n"
            "aquesta nit des del Bruc. La fotografia és de les 22:31:15 CEST.",
            "Bruc",
        ),
    ],
)  # fmt: skip
def test_the_spot_taken_from_beats_the_site_in_view(body: str, place: str) -> None:
    assert mail_place("ISS", body) == place


@pytest.mark.parametrize(
    "body",
    [
        # a site after "from on" inside what the station passed over is the thing in view
        "Fotografia cu ISS deasupra stației meteo de pe Vârful Omu.",
        "ISS deasupra observatorului de pe Vârful Omu, cu ceață în văi.",
    ],
)  # fmt: skip
def test_a_site_within_what_was_passed_over_is_never_read_as_stood_at(body: str) -> None:
    assert find_location(body) is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # the viewpoint on Doi Suthep: a generic spot, the named site kept with its town
        (
            "ผมขอส่งภาพสถานีอวกาศนานาชาติโคจรผ่านเหนือพระธาตุดอยสุเทพ ถ่ายจากจุดชมวิวบนดอยสุเทพ เชียงใหม่",
            "ดอยสุเทพ เชียงใหม่",
        ),
        # the viewpoint beside the Bhumibol dam, Tak province
        ("ภาพสถานีอวกาศ ถ่ายจากจุดชมวิวริมเขื่อนภูมิพล จังหวัดตาก", "เขื่อนภูมิพล จังหวัดตาก"),
        # trap: a viewpoint with a name of its own is the place
        ("ภาพสถานีอวกาศ ถ่ายจากจุดชมวิวกิ่วแม่ปาน จ.เชียงใหม่", "จุดชมวิวกิ่วแม่ปาน จ.เชียงใหม่"),
    ],
)  # fmt: skip
def test_a_thai_viewpoint_on_a_named_site_is_the_site(body: str, place: str) -> None:
    assert find_location(body) == place


def test_a_crater_passed_over_yields_when_a_later_sentence_says_where_it_was_taken() -> None:
    """The date's dots ("9.4.2027") end no sentence: the verb of taking and "in Mitzpe
    Ramon" are one sentence, so the crater passed over is not where one stood."""
    body = (
        "מצורפת התמונה שלי של תחנת החלל הבינלאומית חולפת מעל מכתש רמון. צילמתי אותה אתמול,\n"
        "יום שישי 9.4.2027, בשעה 20:12 שעון ישראל, מהתצפית שליד מרכז המבקרים במצפה רמון.\n"
    )
    assert mail_place("תחנת החלל מעל מכתש רמון", body) != "מכתש רמון"


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # a mountain passed over in a named area: the area, with its emirate as written
        (
            "أرسل لكم صورتي لمحطة الفضاء الدولية وهي تعبر فوق جبل الفاية في منطقة مليحة، الشارقة.",
            "منطقة مليحة، الشارقة",
        ),
        ("المحطة تعبر فوق جبل حفيت في منطقة العين.", "منطقة العين"),
        # trap: "in" and a town, no word for an area: the mountain with its town, as before
        ("أرسل لكم صورتي لمرور المحطة فوق جبل جيس في رأس الخيمة، التُقطت مساء أمس.", "جبل جيس في رأس الخيمة"),
    ],
)  # fmt: skip
def test_a_landmark_passed_over_in_a_named_area_gives_the_area(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    ("subject", "body", "wrong"),
    [
        (
            "ISS over the lake - Cherry Hill NJ",
            "I would like to submit this picture of the ISS rising over Cooper River Lake in\n"
            "Cherry Hill, New Jersey. It was taken Saturday evening.",
            "Cherry Hill, New Jersey",
        ),
        (
            "ISS",
            "My photo of the ISS over Cooper River Lake in\nCherry Hill, NJ, taken last night.",
            "Cherry Hill, NJ",
        ),
    ],
)  # fmt: skip
def test_a_site_named_by_its_kind_is_not_replaced_by_its_town(
    subject: str, body: str, wrong: str
) -> None:
    assert mail_place(subject, body) != wrong


@pytest.mark.parametrize(
    "body",
    [
        "The ISS over the skyline, shot from Crescent Heights in Calgary, Alberta.",
        # trap: a site taken from, not passed over, keeps its town
        "Taken at 11:58 PM from the parking lot of the Observatory in Calgary, Alberta.",
    ],
)  # fmt: skip
def test_a_spot_taken_from_still_gives_its_town(body: str) -> None:
    assert mail_place("ISS", body) == "Calgary, Alberta"


@pytest.mark.parametrize(
    "body",
    [
        # a sea's beach in one word is no named place; the sender's home town is no answer
        "Tijdens een weekendje Terschelling heb ik het ISS gefotografeerd vanaf het "
        "Noordzeestrand bij paal 8.\n\nThuis in Leeuwarden was het bewolkt.",
        "Het ISS gefotografeerd vanaf de Waddenkust, met de vuurtoren in de verte.",
    ],
)  # fmt: skip
def test_a_general_beach_word_is_never_the_place(body: str) -> None:
    place = mail_place("ISS foto", body, "Sietske de Boer <s@example.nl>")
    assert place not in {"Noordzeestrand", "Waddenkust", "Leeuwarden"}


def test_a_named_beach_taken_from_is_still_the_place() -> None:
    body = "Het ISS gefotografeerd vanaf het Zuiderstrand, met de pier in de verte."
    assert find_location(body) == "Zuiderstrand"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Foto ISS del mes - Montsec",
            "Us envio la meva foto de l'ISS passant per sobre de la cúpula de l'Observatori "
            "Astronòmic del Montsec, a Sant Esteve de la Sarga.",
        ),
        (
            "Foto ISS - Montserrat",
            "La foto de l'ISS passant per sobre de les agulles de Montserrat, ahir a la nit.",
        ),
    ],
)  # fmt: skip
def test_a_subject_name_the_body_says_was_passed_over_is_not_the_place(
    subject: str, body: str
) -> None:
    assert mail_place(subject, body) is None


def test_a_subject_name_the_body_says_was_taken_from_is_the_place() -> None:
    body = "La foto de l'ISS, feta ahir a la nit a Montserrat amb el trípode."
    assert mail_place("Foto ISS - Montserrat", body) == "Montserrat"

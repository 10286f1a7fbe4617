"""A submission written in Icelandic, Hebrew, Arabic, Persian, Hindi, Thai, Indonesian or
Swahili with no photo attached in this message is still read (its words say it is about a
photo of the station), and its place is read from the label of its language ("Staður:",
"מיקום:", "Lokasi:")."""

from __future__ import annotations

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.stages import check_message
from tests.pipeline.test_fields_submission import _raw


@pytest.mark.parametrize(
    "body",
    [
        "Hér er ljósmynd af geimstöðinni yfir Heklu.\nKristín Ólafsdóttir",
        "מצרף תמונה של תחנת החלל מעל הכנרת.\nדנה לוי",
        "أرسل لكم صورة محطة الفضاء فوق جبل حفيت.\nسلمى الكعبي",
        "عکس ایستگاه فضایی را از بالای دماوند گرفتم.\nمریم کریمی",
        "अंतरिक्ष स्टेशन की तस्वीर जयपुर से ली।\nसीमा गुप्ता",
        "ถ่ายภาพสถานีอวกาศเหนือเชียงราย\nสมชาย ใจดี",
        "Gambar stasiun luar angkasa di atas Borobudur.\nSari Lestari",
        "Picha ya kituo cha anga juu ya Ziwa Victoria.\nNeema Otieno",
    ],
)
def test_a_mail_about_a_photo_of_the_station_in_more_languages_is_read(body: str) -> None:
    result = check_message(_raw(body, subject="—"), Config())
    assert result.fields.story is not None


@pytest.mark.parametrize("label", ["Staður:", "מיקום:", "Lokasi:", "Plek:", "Địa điểm:", "Mahali:"])
def test_a_place_labelled_in_more_languages_is_read(label: str) -> None:
    assert find_location(f"Time: 21:34 UT\n{label} Sankt Andreasberg (Harz)\n") == (
        "Sankt Andreasberg (Harz)"
    )

"""Mail in the languages batch-31 brought (Azerbaijani, Kazakh, Mongolian, Uzbek, Kyrgyz,
Tajik, Tamil, Marathi, Nepali, Urdu, Telugu, Kannada, Malayalam, Sinhala): a photo sent in
them is a submission (data/submission.toml), the pass's height, brightness and time are read
after their labels (data/labels.toml), their dates and clocks named through CLDR
(fields/words.py LOCALES), and a city's or country's time ("Bakı vaxtı") through CLDR's
region format. Sentences written for these tests, with traps where no value may be read."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ipom_mail.pipeline.fields.dates import find_dates
from ipom_mail.pipeline.fields.flyby_numbers import find_magnitude, find_max_elevation
from ipom_mail.pipeline.fields.submission import has_submission_wording
from ipom_mail.pipeline.fields.words import relative_day_pattern
from tests.mailkit import mail_fields


@pytest.mark.parametrize(
    "text",
    [
        "Beynəlxalq Kosmik Stansiyanın şəklini göndərirəm.",
        "Бұл суретті Көлсай көлдеріне барғанда түсірдім.",
        "Олон улсын сансрын станцын зургаа илгээж байна.",
        "Xalqaro kosmik stansiya suratimni yuboryapman.",
        "சர்வதேச விண்வெளி நிலையத்தின் புகைப்படத்தை அனுப்புகிறேன்.",
        "आंतरराष्ट्रीय अंतराळ स्थानकाचे छायाचित्र पाठवत आहे.",
        "بین الاقوامی خلائی اسٹیشن کی اپنی تصویر بھیج رہا ہوں۔",
        "ನನ್ನ ಫೋಟೋ ಲಗತ್ತಿಸಿದ್ದೇನೆ.",
    ],
)
def test_a_photo_sent_in_the_new_languages_is_submission_wording(text: str) -> None:
    assert has_submission_wording(text)


@pytest.mark.parametrize(
    "text",
    [
        "Salam, sabah görüşə gələcəyəm.",  # Azerbaijani: "I'll come to the meeting tomorrow"
        "Сәлеметсіз бе, жиналыс бейсенбіде болады.",  # Kazakh: the meeting is on Thursday
        "Сайн байна уу, хурал маргааш болно.",  # Mongolian: the meeting is tomorrow
    ],
)
def test_a_greeting_or_meeting_note_is_no_submission_wording(text: str) -> None:
    assert not has_submission_wording(text)


@pytest.mark.parametrize(
    ("text", "height", "magnitude"),
    [
        ("Ən yüksək hündürlük: 70°, parlaqlıq: -3,7", 70.0, -3.7),
        ("Ең жоғарғы биіктік: 59°, жарықтығы: -3.3", 59.0, -3.3),
        ("Дээд өндөр: 77°, тод байдал: -3.8", 77.0, -3.8),
        ("Eng yuqori balandlik: 68°, yorqinlik: -3.6", 68.0, -3.6),
        ("அதிகபட்ச உயரம்: 80°, ஒளிர்வு: -3.9", 80.0, -3.9),
        ("कमाल उंची: ५८°, तेजस्विता: -३.२", 58.0, -3.2),
        ("زیادہ سے زیادہ بلندی: 64°، چمک: -3.4", 64.0, -3.4),
        ("მაქს. სიმაღლე 72°, სიკაშკაშე -3.7", 72.0, -3.7),
    ],
)
def test_height_and_brightness_after_the_new_labels(
    text: str, height: float, magnitude: float
) -> None:
    assert find_max_elevation(text) == height
    assert find_magnitude(text) == magnitude


def test_a_temperature_after_a_highest_word_is_no_height() -> None:
    assert find_max_elevation("Ең жоғарғы температура 31 градус болды") is None


@pytest.mark.parametrize("word", ["kecha", "sabah", "काल"])
def test_a_relative_day_that_is_another_word_is_not_read(word: str) -> None:
    # Uzbek "kecha" is also night, Azerbaijani "sabah" Turkish morning, Marathi "काल" either day
    for kind in ("yesterday", "tomorrow", "today"):
        assert not relative_day_pattern(kind).search(f"ideal {word} edi")


_AZ = """Salam,

Şamaxı Rəsədxanasının üzərindən keçən Beynəlxalq Kosmik Stansiyanın şəklini göndərirəm.
Şənbə axşamı, 1 avqust 2026-cı ildə, saat 21:26:40-da {zone} çəkmişəm.

Hörmətlə,
Leyla Məmmədova
"""

_UZ = """Assalomu alaykum!

Chorvoq suv omboridan olgan Xalqaro kosmik stansiya suratimni yuboryapman. 2026-yil
27-iyul, dushanba kuni kechqurun stansiya tog'lar ustidan o'tdi.

Vaqt: soat 20:33:15{zone}

Tog' havosi toza edi — ideal kecha.

Hurmat bilan,
Jasur Karimov
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_AZ.format(zone="Bakı vaxtı ilə"), datetime(2026, 8, 1, 17, 26, 40, tzinfo=UTC)),
        (_UZ.format(zone=", Toshkent vaqti bilan"), datetime(2026, 7, 27, 15, 33, 15, tzinfo=UTC)),
        (_UZ.format(zone=" (UTC+5)"), datetime(2026, 7, 27, 15, 33, 15, tzinfo=UTC)),
    ],
)
def test_a_time_by_a_citys_clock_in_the_new_languages(body: str, expected: datetime) -> None:
    fields = mail_fields("ISS", body, date="Mon, 03 Aug 2026 12:45:00 +0400")
    assert fields.taken_at == expected


@pytest.mark.parametrize(
    "body", [_AZ.format(zone="yerli vaxtla"), _UZ.format(zone=", mahalliy vaqt")]
)
def test_a_local_time_with_no_zone_gives_no_taken_at(body: str) -> None:
    # "yerli vaxtla", "mahalliy vaqt": local time, no zone named
    fields = mail_fields("ISS", body, date="Mon, 03 Aug 2026 12:45:00 +0400")
    assert fields.taken_at is None


_FR = """Bonjour,

Je vous propose mon transit de l'ISS devant le Soleil, capturé le vendredi 12 juin 2026.

Heure du transit : 14h27min08s heure légale française (UTC+2){gap}12h27min08s TU.

Bon ciel,
Étienne Marchal
"""


@pytest.mark.parametrize(
    ("gap", "expected"),
    [
        (", soit ", datetime(2026, 6, 12, 12, 27, 8, tzinfo=UTC)),  # "that is": one moment
        (", puis ", None),  # "then": two moments, which one is the photo's?
    ],
)
def test_a_time_restated_after_that_is_is_one_moment(gap: str, expected: datetime | None) -> None:
    fields = mail_fields("Transit ISS", _FR.format(gap=gap), date="Sat, 13 Jun 2026 17:20:00 +0200")
    assert fields.taken_at == expected


@pytest.mark.parametrize(
    "text",
    [
        "Зураг 2026 оны 9-р сарын 4-ний орой авсан.",
        "2026 оны 9 сарын 4-нд Тэрэлжид авсан зураг.",
        "Огноо: 2026 оны 9-р сарын 4",
    ],
)
def test_a_mongolian_date_with_its_year_month_and_day_words_is_read(text: str) -> None:
    assert [h.readings for h in find_dates(text)] == [(date(2026, 9, 4),)]


def test_a_mongolian_year_and_month_without_a_day_give_no_date() -> None:
    assert find_dates("2026 оны 9-р сард олон удаа харсан.") == []

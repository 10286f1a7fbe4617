"""Landmarks passed over in Arabic, Persian and Hebrew (fields/place_above.py, issue 13), and
where the sender says they went or stood (fields/place_went.py): a landmark one stands at
is the place with its area; one seen from afar (a tower, a lighthouse) gives the town
written with it, or nothing; a plural of terrain before a name is left out."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_above import above_place
from ipom_mail.pipeline.fields.place_went import went_place
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("لمرور المحطة فوق كثبان الثمامة شمال شرق الرياض، مساء يوم الاثنين.", "الثمامة شمال شرق الرياض"),
        ("المحطة تعبر فوق صخرة الفيل في العُلا.", "صخرة الفيل في العُلا"),
        ("عکس عبور ایستگاه از بالای کاروانسرای مرنجاب را برایتان می‌فرستم.", "کاروانسرای مرنجاب"),
        ("عکس عبور ایستگاه بر فراز تپه‌های شنی کویر مرنجاب (نزدیک کاشان) را می‌فرستم.",
         "کویر مرنجاب (نزدیک کاشان)"),
        ("תחנת החלל חלפה מעל מכתש רמון.", "מכתש רמון"),
    ],
)  # fmt: skip
def test_a_landmark_one_stands_at_is_the_place_with_its_area(text: str, place: str) -> None:
    assert above_place(text) == place
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("عکس من از عبور ایستگاه از کنار برج میلاد تهران را پیوست کرده‌ام.", "تهران"),
        ("صورة المحطة فوق برج المملكة في الرياض.", "الرياض"),
        ("התחנה עברה מעל המגדלור ביפו.", "יפו"),
        ("התחנה עוברת מעל מגדל דוד, בירושלים.", "ירושלים"),
        ("صورة المحطة فوق برج خليفة.", None),  # no town written with it
        ("عکس ایستگاه از کنار برج میلاد را پیوست کرده‌ام.", None),
    ],
)  # fmt: skip
def test_a_landmark_seen_from_afar_gives_the_town_written_with_it(
    text: str, place: str | None
) -> None:
    assert above_place(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("فوق قلعة صلاح الدين في القاهرة، التقطتها من شرفة منزلي.", "القاهرة"),
        ("عکس عبور ایستگاه از بالای کاروانسرای مرنجاب را از پشت‌بام خانه‌مان گرفتم.", None),
        ("תחנת החלל חלפה מעל הר תבור, צילמתי מהמרפסת שלי.", None),
    ],
)  # fmt: skip
def test_a_landmark_passed_over_seen_from_home_gives_only_its_town(
    text: str, place: str | None
) -> None:
    assert above_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "تظهر الألواح الشمسية رغم الاضطراب الجوي فوق رمال الصحراء.",  # the desert's sands
        "ظهرت المحطة فوق الأفق الشرقي.",  # over the horizon
        "ارتفعت المحطة فوق ٣٠ درجة.",  # above 30 degrees
        "المحطة مرت فوق جبل حفيت أمس.",  # a word of time in it
        "المحطة فوق جبل.",  # a kind alone
        "عبور ایستگاه از کنار دوستانم دیده شد.",  # beside my friends: no kind
        "لمرور المحطة فوق كثبان الرمل.",  # over the dunes of sand: no name (batch-41)
        "مرت المحطة فوق صخور الحجارة.",  # rocks of stone
        "ایستگاه درست از بالای کاروانسرا گذشت.",  # "passed": a verb, no name (batch-41)
        "ایستگاه از روی کوه عبور کرد.",  # "crossed": a verb's noun, no name
        "ایستگاه از فراز تپه‌های شن گذشت.",  # hills of sand
    ],
)  # fmt: skip
def test_no_landmark_from_sands_a_horizon_a_number_or_a_kind_alone(text: str) -> None:
    assert above_place(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("برای رصد به کویر مرنجاب رفته بودیم و آسمان تاریک بود.", "کویر مرنجاب"),
        ("ذهبنا إلى جبل حفيت لرصد المحطة.", "جبل حفيت"),
        ("كنت في القاهرة.", "القاهرة"),
        ("נסענו למצפה רמון כדי לצלם.", "מצפה רמון"),
        ("התמונה צולמה כשהייתי בירושלים.", None),  # "when I was": not a "went" verb alone
        ("التقطتها من موقف السيارات عند بحيرات القدرة في صحراء دبي.", "بحيرات القدرة في صحراء دبي"),
        ("ذهبنا إلى مصر.", None),  # a country alone
        ("ذهبنا إلى اجتماع النادي.", None),  # a meeting, no place
    ],
)  # fmt: skip
def test_where_the_sender_went_or_stood_is_the_place(text: str, place: str | None) -> None:
    assert went_place(text) == place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        # the desert one went to beats the caravanserai passed over
        ("عکس ایستگاه فضایی بین‌المللی بر فراز کویر مرنجاب",
         "سلام و وقت بخیر،\n\nعکس من از عبور ایستگاه فضایی بین‌المللی بر فراز کاروانسرای مرنجاب را "
         "برایتان می‌فرستم. با چند نفر از دوستان انجمن نجوم کاشان برای رصد به کویر مرنجاب رفته بودیم."
         "\n\nبا سپاس،\nسارا محمدی\n", "کویر مرنجاب"),
        # the city under the name is the sender's home; the photo's place is the town the rocks
        # lie near
        ("مشاركة في مسابقة صورة الشهر",
         "السلام عليكم،\n\nأرسل لكم صورتي لمحطة الفضاء الدولية وهي تعبر فوق صخور حافة العالم قرب "
         "الرياض، التقطتها مساء الخميس 15 أبريل 2027.\n\nمع خالص التحية،\nفيصل العتيبي\nجدة\n",
         "الرياض"),
        # a greeting from a city and a signature's club: no place
        ("صورة المحطة",
         "مساء الخير من الرياض،\n\nأرسل لكم صورتي لمحطة الفضاء الدولية فوق برج خليفة.\n\n"
         "مع التحية،\nخالد\nالجمعية الفلكية بجدة\n", None),
    ],
)  # fmt: skip
def test_a_mail_in_arabic_script_gives_the_spot_not_the_senders_city(
    subject: str, body: str, place: str | None
) -> None:
    assert mail_place(subject, body) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وهي تعبر فوق جبل الفيل بالقرب من العُلا، منطقة المدينة المنورة. التقطت الصورة مساءً.",
         "العُلا، منطقة المدينة المنورة"),
        ("وهي تعبر فوق صخور حافة العالم قرب الرياض، التقطتها مساء الخميس.", "الرياض"),
        ("עברה מעל הר תבור ליד עפולה.", "עפולה"),
        ("عبور ایستگاه از بالای کوه کرکس نزدیک کاشان را می‌فرستم.", "کاشان"),
        # a spot of it after its comma, near a town
        ("عکس عبور ایستگاه بر فراز گنبد رصدخانه ملی ایران، روی کوه گرگش نزدیک کاشان را می‌فرستم.",
         "کاشان"),
        ("התחנה עברה מעל המגדלור, על החוף ליד חיפה.", "חיפה"),
        # "near" a word that is no town: no place rather than a phrase with "near" in it
        ("התחנה עברה מעל המגדלור, על החוף ליד החברים.", None),
        ("وهي تعبر فوق جبل الفيل بالقرب من المخيم.", None),
        ("עברה מעל הר תבור ליד החברים.", None),
    ],
)  # fmt: skip
def test_a_landmark_passed_over_near_a_town_gives_the_town_never_near(
    text: str, place: str | None
) -> None:
    """Where a landmark passed over lies "near" a town, the photographer was near the town:
    the place is the town, with its region after its comma, never "X near Y" (batch-27)."""
    assert above_place(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("תחנת החלל חולפת מעל מכתש רמון, מצוק המכתש במצפה רמון.", "מצפה רמון"),
        ("תחנת החלל חולפת מעל הר הכרמל, המצפור בחיפה.", "חיפה"),
        ("المحطة تعبر فوق جبل الفيل، عند سفح الجبل بالرياض.", "الرياض"),
        # a spot of it in no town nor a place its kind names: the crater was only pictured
        ("תחנת החלל חולפת מעל מכתש רמון, מצוק המכתש בחושך.", None),
        # no spot after its comma: the crater one stands at is the place
        ("תחנת החלל חולפת מעל מכתש רמון.", "מכתש רמון"),
    ],
)  # fmt: skip
def test_a_spot_of_the_landmark_in_a_town_gives_the_town_one_stood_in(
    text: str, place: str | None
) -> None:
    """A crater, a mountain passed over, then after its comma a spot of it in a town ("מצוק
    המכתש במצפה רמון", the crater's cliff in Mitzpe Ramon): the place is the town one stood in,
    not the landmark (batch-27)."""
    assert above_place(text) == place


def test_a_mail_over_a_crater_from_its_town_gives_the_town() -> None:
    body = (
        "שלום רב,\n\nמצורפת התמונה שלי של תחנת החלל הבינלאומית חולפת מעל מכתש רמון, מצוק "
        "המכתש במצפה רמון.\nצילמתי ביום שלישי, 10 בנובמבר 2026, בשעה 17:42 שעון ישראל.\n\n"
        "בברכה,\nנועה ברקוביץ\nבאר שבע\n"
    )
    assert mail_place("תמונת תחנת החלל מעל מכתש רמון", body) == "מצפה רמון"


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        (
            "صورة محطة الفضاء الدولية - الثمامة",
            "أرسل لكم صورتي لمرور محطة الفضاء الدولية فوق كثبان الرمل، التقطتها من صحراء"
            " الثمامة شمال الرياض مساء يوم الخميس ١٤ أغسطس ٢٠٢٥.",
            "صحراء الثمامة شمال الرياض",
        ),
        (
            "عکس ایستگاه فضایی از کویر مرنجاب",
            "عکس عبور ایستگاه را که از کویر مرنجاب، نزدیک کاشان گرفته‌ام برایتان می‌فرستم."
            " ایستگاه درست از بالای کاروانسرا گذشت.",
            "کویر مرنجاب",
        ),
    ],
)  # fmt: skip
def test_no_word_of_the_sentence_passed_over_beats_where_it_was_taken(
    subject: str, body: str, place: str
) -> None:
    assert mail_place(subject, body) == place

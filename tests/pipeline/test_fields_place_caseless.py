"""location in scripts without capitals (fields/place_caseless.py, issue 13): a place after
"from" and a kind of place heading its name, in Hebrew and Arabic; never a place the
station passed over, an adverb, or a phrase that ends with a word of time."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_caseless import caseless_place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("התמונה צולמה ממצפה רמון, ליד שפת המכתש.", "מצפה רמון"),
        ("צילמתי את התחנה מהחוף בקיבוץ עין גדי.", "קיבוץ עין גדי"),
        ("צילמתי מהמרפסת שלי ברמת גן.", "רמת גן"),
        ("צילמתי מגג הבניין ברמת גן, אחרי השקיעה.", "רמת גן"),  # a spot in construct
        ("התמונה צולמה מחניון החוף בקיבוץ עין גדי.", "קיבוץ עין גדי"),
        ("التقطت الصورة من جبل حفيت، قرب العين.", "جبل حفيت"),
        ("صورتها من سطح منزلي في وادي حلفا.", "وادي حلفا"),
        ("التقطتها من منطقة رأس الخيمة.", "رأس الخيمة"),
        # a date after the name ends it ("on Tuesday")
        ("שצילמתי מטיילת המצפה במצפה רמון ביום שלישי, 14 ביולי 2026.", "מצפה רמון"),
        ("التقطتها من جبل حفيت يوم الجمعة.", "جبل حفيت"),
        # the area it lies in, as written; a part of the day ends it (batch-41)
        ("التقطتها من صحراء الثمامة شمال الرياض مساء يوم الخميس.", "صحراء الثمامة شمال الرياض"),
        ("صورتها من جبل حفيت قرب العين.", "جبل حفيت قرب العين"),
        ("التقطتها من وادي رم جنوب الأردن ليلة السبت.", "وادي رم جنوب الأردن"),
    ],
)  # fmt: skip
def test_a_place_after_from_and_its_kind_is_where_the_photo_was_taken(
    body: str, place: str
) -> None:
    assert caseless_place(body) == place
    assert find_location(body) == place


@pytest.mark.parametrize(
    "body",
    [
        "התחנה חלפה מעל מצפה רמון.",  # over the place: what the photo shows
        "المحطة مرت فوق جبل حفيت.",  # over the mountain: what the photo shows
        "צילמתי מהר מאוד.",  # "quickly", not "from the mountain"
        "צילמתי מגג הבניין בשעה שבע.",  # "at seven": no kind of place heads it
        "צולמה מטיילת המצפה במכתש.",  # "in the crater": no kind of place heads it
        "צילמתי מהגבעה בכפר תבור אתמול.",  # ends with "yesterday": no end of a name to read
        "التقطتها من جبل عال أمس.",  # ends with "yesterday"
        "التقطتها من منطقة مظلمة.",  # "a dark area": no kind heads it
    ],
)  # fmt: skip
def test_no_place_without_from_a_kind_of_place_and_a_clean_end(body: str) -> None:
    assert caseless_place(body) is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("المحطة تعبر فوق قلعة صلاح الدين في القاهرة.", "قلعة صلاح الدين في القاهرة"),
        # a lighthouse, a tower: seen from afar, from the town named with it (place_above)
        ("صورة المحطة فوق منارة الإسكندرية.", "الإسكندرية"),
        ("תחנת החלל חלפה מעל הר תבור.", "הר תבור"),
        ("התחנה עוברת מעל מגדל דוד, בירושלים.", "ירושלים"),
    ],
)  # fmt: skip
def test_a_landmark_passed_over_headed_by_its_kind_is_read_last(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("صورتها من سطح منزلي في وادي حلفا، والمحطة فوق جبل عال.", "وادي حلفا"),
        ("צילמתי ממצפה רמון, התחנה חלפה מעל הר הנגב.", "מצפה רמון"),
    ],
)  # fmt: skip
def test_a_place_taken_from_beats_the_landmark_passed_over(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    "body",
    [
        "المحطة مرت فوق الأفق الغربي.",  # the horizon: no kind of place heads it
        "المحطة مرت فوق جبل عال أمس.",  # ends with "yesterday"
        "התחנה חלפה מעל העיר.",  # "the city": no name
        "התחנה חלפה מעל הר גבוה מאוד ויפה מאוד בלילה",  # no end of a name to read
    ],
)  # fmt: skip
def test_no_landmark_passed_over_without_its_kind_and_a_clean_end(body: str) -> None:
    assert find_location(body) is None

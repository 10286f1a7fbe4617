"""location, issue 13: a small town in its own country's script (GeoNames' cities500), after a
Hebrew or Arabic lead or with an Armenian or Georgian locative ending, where the sentence says
the photo was taken or the station passed; never a town of the same name elsewhere, a home
the telescope stayed in, nor a word no town's name is."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("מצורף צילום של התחנה, שצילמתי במצפה רמון ביום שישי בערב.", "מצפה רמון"),
        ("מצורף צילום של התחנה, שצילמתי ביום שלישי,\n29 בספטמבר 2026, בשעה 19:12 שעון ישראל"
         " (שעון קיץ), במצפה רמון. התחנה עלתה מעל המכתש.", "מצפה רמון"),
        ("صورة المحطة التي التقطتها صباح اليوم الجمعة ٩ أكتوبر ٢٠٢٦ من صحراء الخاتم في أبوظبي.",
         "أبوظبي"),
        ("Լուսանկարել եմ երեկ երեկոյան Բյուրականում, ժամը 19:40-ին։", "Բյուրական"),
        ("სადგური გუშინ 18:34 საათზე აბასთუმანში ობსერვატორიის თავზე გადაიფრინა.",
         "აბასთუმანი"),
        # the town in the genitive before its observatory
        ("Լուսանկարը երեկ արել եմ Բյուրականի աստղադիտարանի մոտ։", "Բյուրական"),
    ],
)  # fmt: skip
def test_a_small_town_written_with_its_locative_is_where_the_photo_was_taken(
    body: str, place: str
) -> None:
    assert mail_place("ISS", body) == place


@pytest.mark.parametrize(
    "body",
    [
        # the telescope stayed at home: no verb of taking in that sentence
        "התחנה חלפה מעל המכתש. הטלסקופ שלי נשאר בבית במצפה רמון, לא היה לו מקום ברכב.",
        # a locative town with no verb of the photo or the pass: where the sender lives
        "Ես ապրում եմ Բյուրականում և սիրում եմ աստղերը։",
        "მე ვცხოვრობ აბასთუმანში და მიყვარს ვარსკვლავები.",
        # a word in a locative ending that is no town's base form
        "Լուսանկարել եմ երեկ երեկոյան այգում, ժամը 19:40-ին։",
        # a town in the genitive before no site: a clock's town ("Yerevan time")
        "Լուսանկարել եմ երեկ երեկոյան այգում, ժամը 19:40-ին՝ Երևանի ժամանակով։",
        "სადგური გუშინ ბაღში ხეების თავზე გადაიფრინა.",
    ],
)
def test_no_town_without_a_verb_of_the_photo_or_a_known_base_form(body: str) -> None:
    assert mail_place("ISS", body) is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Em xin gửi ảnh Trạm Vũ trụ Quốc tế bay qua hồ Tuyền Lâm ở Đà Lạt. Ảnh gồm 40 khung.",
         "Đà Lạt"),
        ("Tối qua em chụp ảnh này tại Đà Lạt, lúc 19:20.", "Đà Lạt"),
    ],
)  # fmt: skip
def test_a_vietnamese_town_after_at_is_the_place(body: str, place: str) -> None:
    assert mail_place("ISS", body) == place


def test_a_vietnamese_clubs_town_under_the_name_is_no_place() -> None:
    body = (
        "Em xin gửi ảnh Trạm Vũ trụ Quốc tế.\n\nTrân trọng,\nNguyễn Văn Hùng\nCLB Thiên văn Đà Lạt"
    )
    assert mail_place("ISS", body) is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # a Thai line wrapped before the site's province
        ("ผมขอส่งภาพ ISS เคลื่อนผ่านเหนือพระธาตุบนดอยอินทนนท์\nจ.เชียงใหม่ ถ่ายเมื่อวันที่ 8 ครับ",
         "ดอยอินทนนท์ จ.เชียงใหม่"),
        # "on the summit of" the site
        ("ผมขอส่งภาพ ISS บนยอดดอยอินทนนท์ จ.เชียงใหม่ ครับ", "ดอยอินทนนท์ จ.เชียงใหม่"),
    ],
)  # fmt: skip
def test_a_thai_site_on_a_wrapped_line_or_its_summit_is_the_place(body: str, place: str) -> None:
    assert mail_place("ISS", body) == place


def test_a_thai_summit_nothing_says_the_photo_was_taken_on_is_no_place() -> None:
    assert mail_place("ISS", "ผมชอบไปเที่ยวบนยอดดอยอินทนนท์\nมากครับ") is None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("10月7日の夕方、長野県南牧村の野辺山高原にて国際宇宙ステーションを撮影しました。",
         "長野県南牧村の野辺山高原"),
    ],
)  # fmt: skip
def test_a_japanese_place_before_nite_is_where_the_photo_was_taken(body: str, place: str) -> None:
    assert mail_place("ISS", body) == place


def test_a_japanese_venue_before_nite_with_no_verb_of_taking_is_no_place() -> None:
    assert mail_place("ISS", "来月、東京の科学館にて写真展を開きます。") is None

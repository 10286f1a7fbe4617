"""location said twice in a script without capitals (fields/place_caseless.py, issue 13):
the Subject's name after a dash that the body writes after "from" ("– מצפה רמון" and
"ממצפה רמון"), with its region after a comma ("– हानले, लद्दाख" and "हानले गाँव, लद्दाख
से"); a Subject ending in "from" and a kind of place heading a name the body writes again
("… از کویر مرنجاب", "… จากดอยอินทนนท์"). Never a name the body writes only after "over",
never a Persian "از" that means "of", never a name no kind heads."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_caseless import caseless_subject_from, caseless_titled_place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("מעבר של תחנת החלל – מצפה רמון", "התמונה צולמה ממצפה רמון ביום שלישי בערב.", "מצפה רמון"),
        ("תחנת החלל – ירוחם", "צילמתי מירוחם אחרי השקיעה.", "ירוחם"),
        ("صورة المحطة – مرصد الختم", "ملتقطة من مرصد الختم الفلكي يوم الأحد.", "مرصد الختم"),
        ("صورة المحطة – العلا", "التقطتها من العلا مساء الجمعة.", "العلا"),
        ("ISS फ़ोटो – हानले, लद्दाख", "कल रात हानले गाँव, लद्दाख से ली गई थी।", "हानले गाँव, लद्दाख"),
        ("ISS फ़ोटो – शिमला, हिमाचल", "यह फ़ोटो शिमला, हिमाचल में ली गई।", "शिमला, हिमाचल"),
    ],
)  # fmt: skip
def test_the_subjects_name_written_again_after_from_is_the_place(
    subject: str, body: str, place: str
) -> None:
    assert caseless_titled_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("תחנת החלל – מצפה רמון", "התחנה חלפה מעל מצפה רמון, צילמתי מבאר שבע."),  # over it
        ("صورة المحطة – مرصد الختم", "المحطة مرت فوق مرصد الختم، صورتها من بيتي."),  # over it
        ("ISS फ़ोटो – हानले, लद्दाख", "मैं लेह से हूँ और हानले के बारे में पढ़ा।"),  # region unsaid
        ("ISS फ़ोटो – हानले, लद्दाख", "हानले गाँव, लद्दाख के ऊपर से स्टेशन गुज़रा।"),  # over it
    ],
)  # fmt: skip
def test_no_place_where_the_body_writes_the_name_otherwise(subject: str, body: str) -> None:
    assert caseless_titled_place(subject, body) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        (
            "عکس ایستگاه فضایی از کویر مرنجاب",
            "عبور ایستگاه بر فراز تپه‌های شنی کویر مرنجاب (نزدیک کاشان) را می‌فرستم.",
            "کویر مرنجاب (نزدیک کاشان)",
        ),
        ("عکس ایستگاه از روستای ابیانه", "شب در روستای ابیانه بودیم و آسمان صاف بود.", "روستای ابیانه"),
        (
            "ภาพสถานีอวกาศนานาชาติ ISS จากดอยอินทนนท์",
            "ลอยผ่านเหนือยอดเขาที่อุทยานแห่งชาติดอยอินทนนท์ จ.เชียงใหม่ ถ่ายเมื่อวันศุกร์",
            "ดอยอินทนนท์",
        ),
        ("ภาพถ่ายจากเกาะล้าน", "คืนนั้นเราพักที่เกาะล้าน ท้องฟ้าเปิด", "เกาะล้าน"),
    ],
)  # fmt: skip
def test_a_subject_ending_in_from_and_a_kind_names_the_place_the_body_repeats(
    subject: str, body: str, place: str
) -> None:
    assert caseless_subject_from(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("عکس از ایستگاه فضایی بین‌المللی", "عکس ایستگاه فضایی بین‌المللی را می‌فرستم."),  # "of"
        ("عکس ایستگاه از کویر مرنجاب", "عکس را از تهران گرفتم."),  # the body names it not
        ("ภาพ ISS จากสมาชิกชมรม", "สมาชิกชมรมถ่ายภาพนี้ที่บ้าน"),  # from a member: no kind
        ("ภาพ ISS เหนือดอยสุเทพ", "ถ่ายจากในเมือง เห็นดอยสุเทพ ชัดเจน"),  # over it, not from
    ],
)  # fmt: skip
def test_no_place_from_a_subject_without_from_and_a_kind(subject: str, body: str) -> None:
    assert caseless_subject_from(subject, body) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS की तस्वीर - वाराणसी",
         "यह आज शाम वाराणसी में अस्सी घाट के पास हमारे घर की छत से ली गई है।",
         "वाराणसी में अस्सी घाट के पास"),
        ("ISS फ़ोटो – उदयपुर", "तस्वीर उदयपुर में फ़तेह सागर झील के किनारे से ली।",
         "उदयपुर में फ़तेह सागर झील के किनारे"),
        ("ISS फ़ोटो – जयपुर", "तस्वीर जयपुर में आमेर किला से ली गई।", "जयपुर में आमेर किला"),
    ],
)  # fmt: skip
def test_a_site_by_its_kind_in_the_subjects_town_is_the_place_as_written(
    subject: str, body: str, place: str
) -> None:
    assert caseless_titled_place(subject, body) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS की तस्वीर - वाराणसी", "यह वाराणसी में गंगा आरती के समय हमारी छत से ली गई।"),  # no kind
        ("ISS की तस्वीर - वाराणसी", "वाराणसी में ली गई। अस्सी घाट के पास भीड़ थी।"),  # another sentence
    ],
)  # fmt: skip
def test_the_subjects_town_alone_where_no_site_follows_it(subject: str, body: str) -> None:
    assert caseless_titled_place(subject, body) == "वाराणसी"

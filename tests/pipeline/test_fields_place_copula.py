"""A verb closing the sentence after a landmark passed over is no part of its name: Persian
"است" (is), "بود" (was), Arabic "كانت", Hebrew "היה" (fields/place_above.py [name_ends])."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("عکس من از عبور ایستگاه بر فراز تپه‌های شنی کویر مرنجاب است.", "کویر مرنجاب"),
        ("عکس ایستگاه بر فراز کویر مرنجاب بود.", "کویر مرنجاب"),
        ("عکس ایستگاه از بالای کاروانسرای مرنجاب است، شب بسیار تاریکی بود.", "کاروانسرای مرنجاب"),
        ("صورة المحطة فوق صخرة الفيل كانت رائعة.", "صخرة الفيل"),
        ("התחנה עברה מעל מכתש רמון היה לילה בהיר.", "מכתש רמון"),
    ],
)  # fmt: skip
def test_a_copula_after_a_landmark_is_left_out_of_the_place(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "عکس ایستگاه بر فراز کویر است.",  # a kind alone before the verb: no name
        "عکس ایستگاه از کنار برج میلاد است.",  # a tower seen from afar, no town written
    ],
)  # fmt: skip
def test_a_copula_after_a_kind_alone_leaves_no_place(text: str) -> None:
    assert find_location(text) is None

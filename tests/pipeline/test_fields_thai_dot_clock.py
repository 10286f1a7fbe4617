"""Thai times written with a dot and "น." (นาฬิกา, o'clock), as Thai mail writes the time
("18.52 น. (เวลาประเทศไทย UTC+7)"): a 24-hour clock time, converted with its zone. A dot
number with no such unit (a sum, a version) is no time, and one without a zone gives no
UT time (issue 13, batch-12)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.clock import find_times
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())
SENT = parsedate_to_datetime("Fri, 11 Dec 2026 09:02:00 +0700")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("วันที่ 10 ธันวาคม 2569\nเวลา 18.52 น. (เวลาประเทศไทย UTC+7)",
         datetime(2026, 12, 10, 11, 52, tzinfo=UTC)),
        ("ถ่ายเมื่อวันที่ 10 ธันวาคม 2569 เวลา 18.52.30 น. UTC+7",
         datetime(2026, 12, 10, 11, 52, 30, tzinfo=UTC)),
        ("ถ่ายเมื่อวันที่ 10 ธันวาคม 2569 เวลา 11.52 น. UTC",
         datetime(2026, 12, 10, 11, 52, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_a_thai_dot_time_with_its_unit_and_zone(text: str, want: datetime) -> None:
    assert find_taken_at(text, NO_MEDIA, SENT).taken_at == want


def test_a_thai_dot_time_is_a_24_hour_clock() -> None:
    (hit,) = find_times("เวลา 06.52 น.")
    assert (hit.clock.hour, hit.clock.minute, hit.hour_certain) == (6, 52, True)


@pytest.mark.parametrize(
    "text",
    [
        "ราคา 18.52 บาท",  # a price in baht: no unit of the clock
        "เวอร์ชัน 18.52 นะครับ",  # "นะ" is no "น."
    ],
)
def test_a_dot_number_without_the_clocks_unit_is_no_time(text: str) -> None:
    assert find_times(text) == []


def test_a_thai_dot_time_without_a_zone_gives_no_ut_time() -> None:
    taken = find_taken_at("วันที่ 10 ธันวาคม 2569 เวลา 18.52 น.", NO_MEDIA, SENT)
    assert taken.taken_at is None and taken.taken_date == "2026-12-10"

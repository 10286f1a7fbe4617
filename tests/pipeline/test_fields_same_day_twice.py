"""One day written twice gives a labelled time its date (issue 13, batch-23).

"عصر چهارشنبه ۸ مهر ۱۴۰۵ (۳۰ سپتامبر ۲۰۲۶)" is one day in two calendars; "Sunday 4
October (04/10/2026)" one day in two forms. A time on its own labelled line ("زمان عکس:
ساعت ۱۹:۰۵:۲۰ به وقت تهران") takes that day, as it takes a date written once. Two
different days leave it none.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())

_FA = (
    "عکس ایستگاه فضایی را که عصر چهارشنبه ۸ مهر ۱۴۰۵ ({gregorian}) در کویر مرنجاب گرفته‌ام"
    " برایتان می‌فرستم.\n\nزمان عکس: ساعت ۱۹:۰۵:۲۰ به وقت تهران"
)


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        (_FA.format(gregorian="۳۰ سپتامبر ۲۰۲۶"), "Thu, 01 Oct 2026 10:25:17 +0330",
         datetime(2026, 9, 30, 15, 35, 20, tzinfo=UTC)),
        ("Here is my ISS photo from Sunday 4 October (04/10/2026), over Kielder.\n\n"
         "Time: 19:41:10 UTC", "Tue, 06 Oct 2026 10:25:17 +0100",
         datetime(2026, 10, 4, 19, 41, 10, tzinfo=UTC)),
        ("Hier mein Bild der ISS vom 4. Oktober 2026 über Wien.\nDatum: 04.10.2026\n\n"
         "Zeit: 19:41:10 UTC", "Tue, 06 Oct 2026 10:25:17 +0200",
         datetime(2026, 10, 4, 19, 41, 10, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_one_day_written_twice_dates_a_labelled_time(
    text: str, header: str, want: datetime
) -> None:
    assert find_taken_at(text, NO_MEDIA, parsedate_to_datetime(header)).taken_at == want


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # the two calendars disagree: 8 Mehr 1405 is 30 September, not the 29th
        (_FA.format(gregorian="۲۹ سپتامبر ۲۰۲۶"), "Thu, 01 Oct 2026 10:25:17 +0330"),
        ("Here is my ISS photo from Sunday 4 October, over Kielder. I also tried on\n"
         "3 October from the same spot.\n\nTime: 19:41:10 UTC", "Tue, 06 Oct 2026 10:25:17 +0100"),
    ],
)  # fmt: skip
def test_two_different_days_leave_a_labelled_time_none(text: str, header: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, parsedate_to_datetime(header))
    assert taken.taken_at is None

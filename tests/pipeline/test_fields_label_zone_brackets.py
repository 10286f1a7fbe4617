"""A zone in full-width brackets on a time's label (issue 13, batch-23).

"時間（香港時間）：04:12:33" (a table row of a Hong Kong mail) names its clock as
"Time (HKT): 04:12:33" does: CJK text writes brackets and colons full-width, and so may a
Latin label typed on a CJK keyboard. Words in the brackets that name no clock ("大約",
about) leave the time without a zone; a zone out of season is asked about.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())
SENT = parsedate_to_datetime("Fri, 02 Oct 2026 12:05:31 +0800")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("今朝凌晨喺大帽山影到國際太空站凌月！\n\n日期：2026年10月2日\n時間（香港時間）：04:12:33",
         datetime(2026, 10, 1, 20, 12, 33, tzinfo=UTC)),
        ("日期：2026年10月2日\n時間（HKT）：04:12:33", datetime(2026, 10, 1, 20, 12, 33, tzinfo=UTC)),
        ("日期：2026年10月2日\n時間（UTC）：04:12:33", datetime(2026, 10, 2, 4, 12, 33, tzinfo=UTC)),
        ("撮影日：2026年10月1日\n撮影時刻（日本時間）：20:12:33",
         datetime(2026, 10, 1, 11, 12, 33, tzinfo=UTC)),
        ("Date: 2 October 2026\nTime（CEST）：04:12:33", datetime(2026, 10, 2, 2, 12, 33, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_a_zone_in_full_width_brackets_on_the_label(text: str, want: datetime) -> None:
    assert find_taken_at(text, NO_MEDIA, SENT).taken_at == want


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("日期：2026年10月2日\n時間（大約）：04:12:33", "has no zone"),  # "about": no clock
        ("Datum: 2. Januar 2026\nZeit（MESZ）：04:12:33", "CET"),  # summer time in January
    ],
)
def test_no_clock_or_one_out_of_season_gives_no_ut_time(text: str, note: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, SENT)
    assert taken.taken_at is None
    assert any(note in n for n in taken.notes)

"""The pass's highest point named with its own time beside the photo's (blind batch 10,
issue 13): "Passagen toppede kl. 20:26 …; billedet er taget kl. 20:24:50" gives the
photo's time, never the culmination's, in the languages' words for "peaked at"."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        ("Overflyvningen toppede kl. 19:12 dansk tid; billedet er taget kl. 19:10:30 dansk "
         "tid, lørdag den 7. november 2026.", "Sun, 08 Nov 2026 10:00:00 +0100",
         "2026-11-07T18:10:30"),
        ("Passagen toppade kl. 19:12 svensk tid, och bilden togs kl. 19:10:30 svensk tid "
         "lördagen den 7 november 2026.", "Sun, 08 Nov 2026 10:00:00 +0100",
         "2026-11-07T18:10:30"),
        ("Der Überflug kulminierte um 19:12 MEZ, das Foto entstand am 7. November 2026 um "
         "19:10:30 MEZ.", "Sun, 08 Nov 2026 10:00:00 +0100", "2026-11-07T18:10:30"),
        ("Kulminace přeletu v 19:12 SEČ, snímek je ze 7. listopadu 2026 z 19:10:30 SEČ.",
         "Sun, 08 Nov 2026 10:00:00 +0100", "2026-11-07T18:10:30"),
    ],
)  # fmt: skip
def test_the_passs_highest_point_with_its_time_leaves_the_photos_own_time(
    text: str, header: str, ut: str
) -> None:
    taken = find_taken_at(text, Media(items=()), parsedate_to_datetime(header))
    assert taken.taken_at == datetime.fromisoformat(ut).replace(tzinfo=UTC)

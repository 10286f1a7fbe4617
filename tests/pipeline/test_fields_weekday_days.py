"""A weekday named alone dates a time that has no date (blind batch 35): the last such day
before the mail was sent, on the photographer's clock; never the mail's own weekday, a
small-hours time, two weekdays, or a week's word ("minggu") that is also a weekday's."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

THU = "Thu, 15 Apr 2027 08:20:00 +0200"
SUN_WIB = "Sun, 04 Apr 2027 10:00:00 +0700"
MON_MDT = "Mon, 22 Mar 2027 07:18:40 -0600"


def _taken(text: str, sent: str) -> str | None:
    found = find_taken_at(text, Media(items=()), parsedate_to_datetime(sent)).taken_at
    return found.isoformat() if found else None


@pytest.mark.parametrize(
    ("text", "sent", "want"),
    [
        ("Taken from Bloubergstrand on Tuesday evening. My photo is at 19:52 SAST.", THU,
         "2027-04-13T17:52:00+00:00"),
        ("diambil Jumat malam pukul 18.55 WIB dari Bukit Punthuk Setumbu.", SUN_WIB,
         "2027-04-02T11:55:00+00:00"),
        ("Saturday night I caught the ISS. My frame is at 9:47:30 PM MDT.", MON_MDT,
         "2027-03-21T03:47:30+00:00"),
        ("Aufgenommen am Dienstag um 19:52 Uhr MESZ.", THU,
         "2027-04-13T17:52:00+00:00"),
        ("Prise mardi soir à 19h52, heure de Paris.", THU, "2027-04-13T17:52:00+00:00"),
    ],
)  # fmt: skip
def test_a_weekday_alone_dates_its_time_by_the_last_such_day(
    text: str, sent: str, want: str
) -> None:
    assert _taken(text, sent) == want


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("Taken on Thursday evening at 19:52 SAST.", THU),  # the mail's own weekday: which?
        ("Taken on Tuesday night at 01:30 SAST.", THU),  # the small hours: which night?
        ("Tried on Monday, got it on Tuesday at 19:52 SAST.", THU),  # two weekdays
        ("Foto diambil dua minggu lalu pukul 18.55 WIB.", SUN_WIB),  # "minggu": a week
    ],
)
def test_a_weekday_that_names_no_one_day_dates_nothing(text: str, sent: str) -> None:
    assert _taken(text, sent) is None


def test_a_set_word_far_from_the_rise_still_closes_the_pass() -> None:
    text = (
        "Taken on 13 April 2027. The pass started at 19:49 and it disappeared into the "
        "earth's shadow at\n19:55 (all SAST); my photo is at 19:52, right as it passed over."
    )
    assert _taken(text, THU) == "2027-04-13T17:52:00+00:00"

"""Dates with the Levantine and Iraqi month names (issue 13, batch-25): "١٢ تشرين الثاني ٢٠٢٦"
is 12 November 2026, as Jordanians, Syrians, Lebanese, Palestinians and Iraqis write it, with
Arabic-Indic digits or ASCII ones. The names are CLDR's (Babel's ar_SY; ar_LB, ar_JO and ar_IQ
hold the same), not hand-written; the Egyptian and Gulf names ("نوفمبر") still read."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.fields.words import month_names
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())
SENT = parsedate_to_datetime("Fri, 13 Nov 2026 11:05:27 +0300")


@pytest.mark.parametrize(
    ("name", "month"),
    [
        ("كانون الثاني", 1),
        ("شباط", 2),
        ("آذار", 3),
        ("نيسان", 4),
        ("أيار", 5),
        ("حزيران", 6),
        ("تموز", 7),
        ("آب", 8),
        ("أيلول", 9),
        ("تشرين الأول", 10),
        ("تشرين الثاني", 11),
        ("كانون الأول", 12),
    ],
)
def test_every_levantine_month_is_its_month(name: str, month: int) -> None:
    assert month_names()[0][name] == month


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "التُقطت مساء يوم الخميس ١٢ تشرين الثاني ٢٠٢٦ الساعة ١٧:٤٤:١٠ بتوقيت الأردن (UTC+3).",
            datetime(2026, 11, 12, 14, 44, 10, tzinfo=UTC),
        ),
        (
            "صورت المحطة يوم ٨ تشرين الأول ٢٠٢٦ الساعة ١٩:٠٢ (UTC+3) من بغداد.",
            datetime(2026, 10, 8, 16, 2, tzinfo=UTC),
        ),
        (
            "التقطت الصورة في 3 أيلول 2026 الساعة 20:15 UTC.",
            datetime(2026, 9, 3, 20, 15, tzinfo=UTC),
        ),
        (  # the Egyptian name of the same month still reads
            "التقطت الصورة يوم ١٢ نوفمبر ٢٠٢٦ الساعة ١٧:٤٤ (UTC+3).",
            datetime(2026, 11, 12, 14, 44, tzinfo=UTC),
        ),
    ],
)
def test_a_levantine_date_with_a_zone_gives_the_ut_time(text: str, want: datetime) -> None:
    assert find_taken_at(text, NO_MEDIA, SENT).taken_at == want


def test_a_levantine_date_without_a_zone_gives_no_ut_time() -> None:
    text = "التُقطت مساء يوم الخميس ١٢ تشرين الثاني ٢٠٢٦ الساعة ١٧:٤٤:١٠."
    assert find_taken_at(text, NO_MEDIA, SENT).taken_at is None

"""A series written as starting and ending, verb first, in Arabic and Hebrew (issue 13,
batch-12): "سلسلة من ٢٥ لقطة متتالية بدأت الساعة ١٧:٤١:٢٠ وانتهت الساعة ١٧:٤٥:٠٥ بتوقيت
مكة المكرمة" is the photo's own span (taken_at its start, taken_until its end), "and"
written onto the end's verb. The same verbs with no series' word are the pass's rise and
set: its window, never the photo's time."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())


def _ut(y: int, mo: int, d: int, h: int, mi: int, s: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


SERIES = [
    ("أرسل لكم صورتي لمرور المحطة مساء يوم الاثنين ١٤ ديسمبر ٢٠٢٦.\n\n"
     "الصورة عبارة عن تجميع لسلسلة من ٢٥ لقطة متتالية بدأت الساعة ١٧:٤١:٢٠ وانتهت الساعة "
     "١٧:٤٥:٠٥ بتوقيت مكة المكرمة.",
     "Tue, 15 Dec 2026 09:20:00 +0300", _ut(2026, 12, 14, 14, 41, 20), _ut(2026, 12, 14, 14, 45, 5)),
    ("التقطت سلسلة صور يوم ٣ مايو ٢٠٢٧ بدأت الساعة 21:05:10 وانتهت الساعة 21:08:40 UTC.",
     "Tue, 04 May 2027 09:00:00 +0300", _ut(2027, 5, 3, 21, 5, 10), _ut(2027, 5, 3, 21, 8, 40)),
    ("צילמתי סדרה של 30 תמונות ב-3 במאי 2027, הסדרה התחילה ב-21:05:10 והסתיימה ב-21:08:40 UTC.",
     "Tue, 04 May 2027 09:00:00 +0300", _ut(2027, 5, 3, 21, 5, 10), _ut(2027, 5, 3, 21, 8, 40)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "header", "start", "end"), SERIES)
def test_a_series_started_and_ended_is_the_photos_span(
    text: str, header: str, start: datetime, end: datetime
) -> None:
    taken = find_taken_at(text, NO_MEDIA, parsedate_to_datetime(header))
    assert (taken.taken_at, taken.until) == (start, end)


PASSES = [
    ("مرت المحطة يوم ٣ مايو ٢٠٢٧: ظهرت الساعة 21:04 واختفت الساعة 21:10 UTC.",
     "Tue, 04 May 2027 09:00:00 +0300", _ut(2027, 5, 3, 21, 4), _ut(2027, 5, 3, 21, 10)),
    ("המעבר ב-3 במאי 2027: התחנה הופיעה ב-21:04 ונעלמה ב-21:10 UTC.",
     "Tue, 04 May 2027 09:00:00 +0300", _ut(2027, 5, 3, 21, 4), _ut(2027, 5, 3, 21, 10)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "header", "start", "end"), PASSES)
def test_the_same_verbs_without_a_series_are_the_pass_window(
    text: str, header: str, start: datetime, end: datetime
) -> None:
    sent = parsedate_to_datetime(header)
    taken = find_taken_at(text, NO_MEDIA, sent)
    assert taken.taken_at is None
    flyby = find_flyby(text, taken, sent, "")
    assert (flyby.start, flyby.end) == (start, end)


def test_a_series_without_its_zone_gives_no_ut_time() -> None:
    text = "التقطت سلسلة صور يوم ٣ مايو ٢٠٢٧ بدأت الساعة 21:05:10 وانتهت الساعة 21:08:40."
    taken = find_taken_at(text, NO_MEDIA, parsedate_to_datetime("Tue, 04 May 2027 09:00:00 +0300"))
    assert taken.taken_at is None and taken.until is None


def test_a_persian_series_from_to_on_a_jalali_date() -> None:
    # 12 Ordibehesht 1406 is 2 May 2027; Tehran keeps UTC+3:30
    text = (
        "یک سری ۳۰ تایی عکس پشت سر هم در ۱۲ اردیبهشت ۱۴۰۶ از ساعت ۲۱:۰۵:۱۰ تا ۲۱:۰۸:۴۰ "
        "به وقت تهران گرفتم."
    )
    taken = find_taken_at(text, NO_MEDIA, parsedate_to_datetime("Sun, 03 May 2027 09:00:00 +0330"))
    assert (taken.taken_at, taken.until) == (
        _ut(2027, 5, 2, 17, 35, 10),
        _ut(2027, 5, 2, 17, 38, 40),
    )

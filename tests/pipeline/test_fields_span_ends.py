"""A span's end is never the photo's time alone, and a string of shots is the photos' own
span (batch 25).

"เวลา: ๑๘.๕๒.๑๐ – ๑๘.๕๕.๔๐ น. (เวลาประเทศไทย)" gave 11:55:40 UT, the span's end: its start,
in Thai digits, was not read as a time. Times are read in any script's digits; a time after
a dash or a span word with a time-shaped start before it is never read alone. "Gre za niz 28
posnetkov …, posnetih od 17:12:03 do 17:16:58" was read as the pass window: a string of
shots ("niz posnetkov", "niz od 30 snimaka", "низа од 20 снимки") and the plural of shots
("posnetkov", "snimaka") name the photos in the South Slavic languages.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.clock import find_times
from ipom_mail.pipeline.fields.clock_spans import unread_start
from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

SENT = datetime(2026, 11, 19, 20, 2, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("เวลา: ๑๘.๕๒.๑๐ – ๑๘.๕๕.๔๐ น.", "๑๘.๕๒.๑๐"),
        ("الساعة ١٧:٤٤:١٠ - ١٧:٤٧:٣٠ بتوقيت الأردن", "١٧:٤٤:١٠"),
        ("Zeit: 18.52.10 bis 18.55.40 Uhr", "18.52.10"),
    ],
)
def test_a_span_in_any_digits_is_read_from_its_start(text: str, start: str) -> None:
    assert find_times(text)[0].text == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("เวลา: ๑๘.๕๒.๑๐ – ๑๘.๕๕.๔๐ น.", "๑๘.๕๒.๑๐"),
        ("Aika: 18.52.10 – 18:55:40 UTC", "18.52.10"),
        ("from 21:32 until 21:36 UT", "21:32"),
    ],
)
def test_a_time_after_a_span_word_knows_the_start_before_it(text: str, start: str) -> None:
    assert unread_start(text, find_times(text)[-1]) == start


@pytest.mark.parametrize(
    "text",
    [
        "Datum: 12.11.2026 – 18:55 UTC",  # a date before the dash, no time
        "Photos at 21.30 and 21:34 UT",  # "and" without "between" joins no span
        "Series 3 – 21:34 UT",
    ],
)
def test_a_time_after_no_time_shaped_start_is_read_alone(text: str) -> None:
    assert unread_start(text, find_times(text)[-1]) is None


def test_a_thai_span_in_thai_digits_never_gives_its_end_as_the_photos_time() -> None:
    text = "วันที่ถ่าย: ๑๕ พฤศจิกายน ๒๕๖๙\nเวลา: ๑๘.๕๒.๑๐ – ๑๘.๕๕.๔๐ น. (เวลาประเทศไทย)"
    sent = datetime(2026, 11, 16, 10, 15, tzinfo=timezone(timedelta(hours=7)))
    taken = find_taken_at(text, Media(()), sent)
    assert taken.taken_at != datetime(2026, 11, 15, 11, 55, 40, tzinfo=UTC)


SERIES_START = datetime(2026, 11, 18, 16, 12, 3, tzinfo=UTC)
SERIES_UNTIL = datetime(2026, 11, 18, 16, 16, 58, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Gre za niz 28 posnetkov po 10 sekund, posnetih 18. novembra 2026 od 17:12:03 do "
        "17:16:58 po srednjeevropskem času.",
        "Riječ je o nizu od 28 snimaka, 18. studenoga 2026. od 17:12:03 do 17:16:58 CET.",
        "Radi se o nizu od 28 snimaka, 18. novembra 2026. od 17:12:03 do 17:16:58 CET.",
        "Ова е низа од 28 снимки, 18 ноември 2026, од 17:12:03 до 17:16:58 CET.",
        "Това е поредица от 28 снимки на 18 ноември 2026 г. от 17:12:03 до 17:16:58 CET.",
        "Složeno z 28 posnetkov, 18. novembra 2026 od 17:12:03 do 17:16:58 CET.",
        "Je to 28 záběrů z 18. listopadu 2026 od 17:12:03 do 17:16:58 SEČ.",
    ],
)
def test_a_string_of_shots_is_the_photos_span_never_the_pass(text: str) -> None:
    taken = find_taken_at(text, Media(()), SENT)
    assert (taken.taken_at, taken.until) == (SERIES_START, SERIES_UNTIL)
    flyby = find_flyby(text, taken, SENT)
    assert (flyby.start, flyby.end) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "ISS je prošla niz nebo 18. studenoga 2026. od 17:12:03 do 17:16:58 CET.",
        "Prelet 18. novembra 2026 je trajal od 17:12:03 do 17:16:58 CET, posnetek je en sam.",
    ],
)
def test_niz_down_the_sky_and_one_shot_leave_the_span_the_pass(text: str) -> None:
    taken = find_taken_at(text, Media(()), SENT)
    assert taken.taken_at is None
    flyby = find_flyby(text, taken, SENT)
    assert (flyby.start, flyby.end) == (SERIES_START, SERIES_UNTIL)


THAI_SENT = datetime(2026, 11, 16, 10, 15, tzinfo=timezone(timedelta(hours=7)))
STACK_START = datetime(2026, 11, 15, 11, 52, 10, tzinfo=UTC)
STACK_UNTIL = datetime(2026, 11, 15, 11, 55, 40, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "เป็นภาพซ้อนจากการถ่ายต่อเนื่อง เห็นเส้นทางของสถานี\n\nวันที่ถ่าย: ๑๕ พฤศจิกายน ๒๕๖๙\n"
        "เวลา: ๑๘.๕๒.๑๐ – ๑๘.๕๕.๔๐ น. (เวลาประเทศไทย)",
        "A stack of 40 frames over the temple.\n\nDate: 15 November 2026\n"
        "Time: 18:52:10 – 18:55:40 Thailand time",
        # the pass named in another sentence, not on the time line: the line is the stack's
        "A stack of 40 frames; the pass was visible for six minutes.\n\nDate: 15 November 2026\n"
        "Time: 18:52:10 – 18:55:40 Thailand time",
    ],
)
def test_the_photos_time_line_in_a_stacks_mail_is_the_stacks_span(text: str) -> None:
    taken = find_taken_at(text, Media(()), THAI_SENT)
    assert (taken.taken_at, taken.until) == (STACK_START, STACK_UNTIL)
    flyby = find_flyby(text, taken, THAI_SENT)
    assert (flyby.start, flyby.end) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "One frame over the temple.\n\nDate: 15 November 2026\n"
        "Time: 18:52:10 – 18:55:40 Thailand time",
        "Ein einziges Bild über dem Tempel.\n\nDatum: 15. November 2026\n"
        "Uhrzeit: 18:52:10 – 18:55:40 Thailand time",
        "Una sola foto sobre el templo.\n\nFecha: 15 de noviembre de 2026\n"
        "Hora: 18:52:10 – 18:55:40 Thailand time",
        "Один кадр над храмом.\n\nДата: 15 ноября 2026\nВремя: 18:52:10 – 18:55:40 Thailand time",
        # the pass named on the time line itself
        "Over the temple.\n\nDate: 15 November 2026\nPass: 18:52:10 – 18:55:40 Thailand time",
        "Sobre el templo.\n\nFecha: 15 de noviembre de 2026. Pase de 18:52:10 a 18:55:40 Thailand time",
    ],
)
def test_a_time_line_span_of_one_frame_or_the_pass_is_no_photos_span(text: str) -> None:
    taken = find_taken_at(text, Media(()), THAI_SENT)
    assert taken.taken_at is None

"""The Subject's date dates the body's time that has none (blind batches 6 and 19, issue 13):
"ISS-passering foran månen – Harestua 21.02.2027" over "Transitten skjedde kl. 02:14:37
UTC", "WG: Mondtransit der ISS am 27.10." over a forwarded "um 19:33:41 MEZ". A day and
month with dots and no year are read after a word that says a date follows ("am 27.10."),
never as a time ("um 21.10."). Traps: a body that gives its own date keeps it; a Subject
with two dates dates nothing; a Subject's date after the mail was sent dates nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.message import EmailMessage

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.fields import extract_fields
from ipom_mail.pipeline.fields.dates import find_dates
from ipom_mail.pipeline.media import extract_media
from ipom_mail.pipeline.parse.message import parse_message
from ipom_mail.pipeline.values import Fields


def _fields(subject: str, body: str, sent: str) -> Fields:
    msg = EmailMessage()
    msg["From"] = "Ingrid Solberg <ingrid@example.no>"
    msg["To"] = "ISS Photo of the Month <ipom@example.org>"
    msg["Subject"] = subject
    msg["Date"] = sent
    msg.set_content(body + "\n\nTeleskop: Celestron EdgeHD 9.25\n", cte="8bit")
    parsed = parse_message(msg.as_bytes())
    config = Config()
    return extract_fields(parsed, extract_media(parsed.parts, config.limits), config)


@pytest.mark.parametrize(
    ("subject", "body", "sent", "want"),
    [
        (
            "ISS-passering foran månen – Harestua 21.02.2027",
            "Vedlagt er mitt bidrag: en transitt av romstasjonen foran fullmånen, fotografert "
            "fra Harestua. Transitten skjedde kl. 02:14:37 UTC og varte bare 0,39 sekunder.",
            "Sun, 21 Feb 2027 14:02:17 +0100",
            datetime(2027, 2, 21, 2, 14, 37, tzinfo=UTC),
        ),
        (
            "Mondtransit der ISS am 27.10.",
            "Anbei mein Foto: die ISS ist um 19:33:41 MEZ vor dem Mond vorbeigezogen.",
            "Mon, 2 Nov 2026 08:40:00 +0100",
            datetime(2026, 10, 27, 18, 33, 41, tzinfo=UTC),
        ),
        (
            "ISS over the lighthouse, 15 October 2026",
            "Here is my photo, taken at 20:51 UTC+2 with 8 s exposure.",
            "Tue, 3 Nov 2026 07:51:40 +0100",
            datetime(2026, 10, 15, 18, 51, tzinfo=UTC),
        ),
    ],
)
def test_the_subjects_date_dates_the_bodys_time(
    subject: str, body: str, sent: str, want: datetime
) -> None:
    assert _fields(subject, body, sent).taken_at == want


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # two dates in the Subject: which is the photo's?
        ("ISS 20.02.2027 und 21.02.2027", "Der Transit war um 02:14:37 UTC."),
        # a date after the mail was sent
        ("ISS-passering 28.02.2027", "Transitten skjedde kl. 02:14:37 UTC."),
    ],
)
def test_a_subject_that_gives_no_one_past_date_dates_nothing(subject: str, body: str) -> None:
    fields = _fields(subject, body, "Sun, 21 Feb 2027 14:02:17 +0100")
    assert fields.taken_at is None


def test_the_bodys_own_date_beats_the_subjects() -> None:
    fields = _fields(
        "ISS 20.02.2027",
        "Foto vom 19. Februar 2027, der Transit war um 02:14:37 UTC.",
        "Sun, 21 Feb 2027 14:02:17 +0100",
    )
    assert fields.taken_at == datetime(2027, 2, 19, 2, 14, 37, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mondtransit der ISS am 27.10.", [(date(2026, 10, 27),)]),
        ("Aufnahme vom 30.9. am Pöstlingberg", [(date(2026, 9, 30),)]),
        ("snímek dne 15.10. z Ondřejova", [(date(2026, 10, 15),)]),
        ("um 21.10. war es dunkel", []),  # a time, not a date
        ("Version 2.10. ist neu", []),
        ("am 27.10.2026", [(date(2026, 10, 27),)]),  # with its year: read as before
    ],
)
def test_a_yearless_dotted_date_after_a_date_word(text: str, want: list[tuple[date]]) -> None:
    assert [h.readings for h in find_dates(text, date(2026, 11, 2))] == want

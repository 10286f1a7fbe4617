"""A series written in more ways (blind batch 17, issue 13): when the words say the photos,
the shooting or the exposures ran from one time to another, the span is the photo's
(taken_at its start, taken_until its end) and never the pass's window; only a span the mail
calls the pass stays the flyby's; and what may be either gives neither.

The ways: a word for the shooting or its frames beside "started … ended" ("Η λήψη ξεκίνησε
… και τελείωσε …"), Arabic series words ("سلسلة لقطات", "وقت التصوير"), a bracketed start
followed by a clause ending in "until" ("(početak), snimanje u nizu do …", "(inicio de la
serie), terminó a las …"), and "first … T1, last … T2" with a series' word.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import TakenAt, find_taken_at
from ipom_mail.pipeline.values import Media


def _ut(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _taken(text: str, header: str) -> TakenAt:
    return find_taken_at(text, Media(items=()), parsedate_to_datetime(header))


def _pass(text: str, header: str) -> tuple[datetime | None, datetime | None]:
    sent = parsedate_to_datetime(header)
    flyby = find_flyby(text, find_taken_at(text, Media(items=()), sent), sent)
    return flyby.start, flyby.end


SERIES = [
    # Greek: the shooting (λήψη) started and ended, no frames counted
    ("Σάββατο 8 Μαΐου 2027. Η λήψη ξεκίνησε στις 22:14:10 ώρα Ελλάδος και τελείωσε στις "
     "22:17:40.", "Sun, 09 May 2027 10:00:00 +0300", "2027-05-08T19:14:10",
     "2027-05-08T19:17:40"),
    # Greek: a composite of frames from … to
    ("Στις 8 Μαΐου 2027, σύνθεση από 30 καρέ, από τις 22:14:10 ώρα Ελλάδος έως τις "
     "22:17:40.", "Sun, 09 May 2027 10:00:00 +0300", "2027-05-08T19:14:10",
     "2027-05-08T19:17:40"),
    # Arabic: a series of shots, 12-hour clock with the evening word
    ("التقطت سلسلة لقطات يوم السبت 8 مايو 2027 من 8:12:05 مساءً حتى 8:15:30 مساءً بتوقيت "
     "السعودية.", "Sun, 09 May 2027 09:00:00 +0300", "2027-05-08T17:12:05",
     "2027-05-08T17:15:30"),
    # Arabic: a labelled time of shooting
    ("التاريخ: 8 مايو 2027\nوقت التصوير: من 9:02:00 مساءً حتى 9:04:45 مساءً بتوقيت "
     "السعودية", "Sun, 09 May 2027 09:00:00 +0300", "2027-05-08T18:02:00",
     "2027-05-08T18:04:45"),
    # Croatian: a bracketed start, then "in a row until"
    ("Datum: 8. svibnja 2027.\nVrijeme: 19:10:00 UTC (početak), snimanje u nizu do "
     "19:13:30 UTC", "Sun, 09 May 2027 10:00:00 +0200", "2027-05-08T19:10:00",
     "2027-05-08T19:13:30"),
    # Spanish: a bracketed start of the series, then "ended at"
    ("Fecha: 8 de mayo de 2027\nHora: 22:31:20 CEST (inicio de la serie), que terminó a "
     "las 22:34:05", "Sun, 09 May 2027 10:00:00 +0200", "2027-05-08T20:31:20",
     "2027-05-08T20:34:05"),
    # English: a bracketed start, then a clause running until the end
    ("Date: 8 May 2027\nTime: 21:40:00 BST (start of the sequence), which ran until "
     "21:43:15", "Sun, 09 May 2027 10:00:00 +0100", "2027-05-08T20:40:00",
     "2027-05-08T20:43:15"),
    # first … last, in four languages
    ("On 8 May 2027 the first exposure was at 20:05:10 UTC, the last at 20:08:40.",
     "Sun, 09 May 2027 10:00:00 +0000", "2027-05-08T20:05:10", "2027-05-08T20:08:40"),
    ("Am 8. Mai 2027: erste Aufnahme der Serie um 22:05:10 MESZ, letzte um 22:08:40.",
     "Sun, 09 May 2027 10:00:00 +0200", "2027-05-08T20:05:10", "2027-05-08T20:08:40"),
    ("Lørdag 08.05.2027, første eksponering kl. 23:05:10 norsk sommertid, siste kl. "
     "23:08:40.", "Sun, 09 May 2027 10:00:00 +0200", "2027-05-08T21:05:10",
     "2027-05-08T21:08:40"),
    ("8 maja 2027. Seria: pierwsza klatka o 22:05:10 CEST, ostatnia o 22:08:40.",
     "Sun, 09 May 2027 10:00:00 +0200", "2027-05-08T20:05:10", "2027-05-08T20:08:40"),
    # "first" naming one frame, no series word on the line, each time with its own words
    ("First frame 11:02:30 PM EDT on Saturday, June 5, 2027, last frame 11:06:30 PM EDT.",
     "Mon, 07 Jun 2027 13:22:00 -0400", "2027-06-06T03:02:30", "2027-06-06T03:06:30"),
    ("Am 8. Mai 2027 erstes Bild um 22:05:10 MESZ, letztes Bild um 22:08:40 MESZ.",
     "Sun, 09 May 2027 10:00:00 +0200", "2027-05-08T20:05:10", "2027-05-08T20:08:40"),
    ("Le 8 mai 2027, première image à 22:05:10 heure de Paris, dernière à 22:08:40.",
     "Sun, 09 May 2027 10:00:00 +0200", "2027-05-08T20:05:10", "2027-05-08T20:08:40"),
    ("8 мая 2027 первый кадр в 23:05:10 мск, последний в 23:08:40.",
     "Sun, 09 May 2027 10:00:00 +0300", "2027-05-08T20:05:10", "2027-05-08T20:08:40"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "header", "start", "end"), SERIES)
def test_a_span_the_words_give_the_photos_is_the_series(
    text: str, header: str, start: str, end: str
) -> None:
    taken = _taken(text, header)
    assert (taken.taken_at, taken.until) == (_ut(start), _ut(end))


@pytest.mark.parametrize(("text", "header", "start", "end"), SERIES)
def test_the_series_is_never_the_pass_window(text: str, header: str, start: str, end: str) -> None:
    assert _pass(text, header) == (None, None)


@pytest.mark.parametrize(
    ("text", "header", "shot", "until", "window"),
    [
        # a series and the pass, each in its own sentence
        ("Bildet er tatt lørdag 08.05.2027, første eksponering kl. 23:05:10 norsk sommertid, "
         "siste kl. 23:08:40.\nPassering fra 23:03 til 23:10 (norsk sommertid), høyeste "
         "punkt 50°.", "Sun, 09 May 2027 10:00:00 +0200", "2027-05-08T21:05:10",
         "2027-05-08T21:08:40", ("2027-05-08T21:03", "2027-05-08T21:10")),
        # an Arabic span called the pass, and one shot in it
        ("مرت المحطة يوم السبت 8 مايو 2027 من 8:10 مساءً حتى 8:16 مساءً بتوقيت السعودية.\n"
         "التقطت الصورة في 8:13:20 مساءً بتوقيت السعودية.", "Sun, 09 May 2027 09:00:00 +0300",
         "2027-05-08T17:13:20", None, ("2027-05-08T17:10", "2027-05-08T17:16")),
    ],
)  # fmt: skip
def test_a_span_the_mail_calls_the_pass_stays_the_flyby(
    text: str, header: str, shot: str, until: str | None, window: tuple[str, str]
) -> None:
    taken = _taken(text, header)
    assert (taken.taken_at, taken.until) == (_ut(shot), _ut(until) if until else None)
    assert _pass(text, header) == (_ut(window[0]), _ut(window[1]))


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # "first" and "last" with no word of photos or a series: seen, not shot
        ("On 8 May 2027 it was first seen at 20:04:10 UTC and last seen at 20:10:30.",
         "Sun, 09 May 2027 10:00:00 +0000"),
        # a bracketed start, then a clause naming no series: the later time is another's
        ("On 8 May 2027: 20:14 UTC (start), waited until 20:31 UTC",
         "Sun, 09 May 2027 10:00:00 +0000"),
        # a bracketed start, then a long clause: the later time is another photo's
        ("On 8 May 2027: 20:14 UTC (start), then I waited for the clouds to clear and "
         "took one more until 20:31 UTC", "Sun, 09 May 2027 10:00:00 +0000"),
    ],
)  # fmt: skip
def test_times_not_written_as_a_series_give_no_series_end(text: str, header: str) -> None:
    assert _taken(text, header).until is None
    assert _pass(text, header) == (None, None)

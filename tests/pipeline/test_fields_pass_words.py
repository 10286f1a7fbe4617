"""Pass windows, heights and brightness written in words that blind batch 08 found missed
(issue 13), each class in several languages with sentences written here: a window whose
zone is named in its clause's words or in a sentence for all the mail's times, a table
row "start / end" of two times, rise and set in a list of rows, the height after its
number or "peaked at", a magnitude before a colon, a transit "across the Sun at" a time,
a series inside the pass's window on the photo's date (a date the photo's sentence gives
before a later "while we waited for sunrise"); and what must stay null beside them."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.clause_zone import clause_zone, stated_zone
from ipom_mail.pipeline.fields.flyby import find_span
from ipom_mail.pipeline.fields.flyby_numbers import find_magnitude, find_max_elevation
from ipom_mail.pipeline.fields.taken_at import TakenAt, find_taken_at
from ipom_mail.pipeline.values import Media


def _ut(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _span(text: str, day: str, header: str) -> tuple[datetime | None, datetime | None]:
    return find_span(text, TakenAt(None, None, day), parsedate_to_datetime(header))


@pytest.mark.parametrize(
    ("text", "day", "header", "start", "end"),
    [
        ("Le passage, toujours en heure de Paris, a duré de 18:31 à 18:37.",
         "2026-11-05", "Fri, 06 Nov 2026 09:00:00 +0100", "2026-11-05T17:31", "2026-11-05T17:37"),
        ("Der Überflug, ebenfalls in MEZ, ging von 17:02 bis 17:08.",
         "2026-11-12", "Fri, 13 Nov 2026 09:00:00 +0100", "2026-11-12T16:02", "2026-11-12T16:08"),
        ("Pass (CET): rose in the west at 18:12, set in the east at 18:18.",
         "2026-11-20", "Sat, 21 Nov 2026 09:00:00 +0100", "2026-11-20T17:12", "2026-11-20T17:18"),
        ("El paso (hora peninsular) fue de 19:05 a 19:11, altísimo.",
         "2026-11-14", "Sun, 15 Nov 2026 09:00:00 +0100", "2026-11-14T18:05", "2026-11-14T18:11"),
    ],
)  # fmt: skip
def test_a_windows_zone_named_in_its_own_clause_gives_it_in_ut(
    text: str, day: str, header: str, start: str, end: str
) -> None:
    assert _span(text, day, header) == (_ut(start), _ut(end))


@pytest.mark.parametrize(
    ("text", "day", "header", "start", "end"),
    [
        ("Rise / set of the pass   21:40 / 21:46 (UTC)",
         "2026-11-03", "Wed, 04 Nov 2026 09:00:00 +0000", "2026-11-03T21:40", "2026-11-03T21:46"),
        ("Beginn / Ende des Überflugs: 18:01 / 18:07 MEZ",
         "2026-11-09", "Tue, 10 Nov 2026 09:00:00 +0100", "2026-11-09T17:01", "2026-11-09T17:07"),
        ("Inicio / fin del paso   20:15 / 20:21 (hora del centro)",
         "2026-11-18", "Thu, 19 Nov 2026 09:00:00 -0600", "2026-11-19T02:15", "2026-11-19T02:21"),
    ],
)  # fmt: skip
def test_a_row_labelled_start_and_end_with_two_times_is_the_window(
    text: str, day: str, header: str, start: str, end: str
) -> None:
    assert _span(text, day, header) == (_ut(start), _ut(end))


def test_rise_culmination_and_set_in_a_list_of_rows_are_the_window() -> None:
    text = (
        "- Lever de l'ISS : 18 h 02 min (nord-ouest)\n"
        "- Culmination : 18 h 05 min, à 55° de hauteur\n"
        "- Coucher (entrée dans l'ombre) : 18 h 08 min\n"
        "Toutes les heures sont en heure normale de l'Est (HNE)."
    )
    got = _span(text, "2026-11-15", "Mon, 16 Nov 2026 09:00:00 -0500")
    assert got == (_ut("2026-11-15T23:02"), _ut("2026-11-15T23:08"))


@pytest.mark.parametrize(
    "text",
    [
        "Inicio / fin del paso   20:15 / 21:40 (hora peninsular)",  # too long for a pass
        "Times 21:40 / 21:46 (UTC)",  # a slash without start and end words: two times
        "El paso fue de 19:05 a 19:11.",  # no zone anywhere
        "El paso, en hora canaria o en UTC, fue de 19:05 a 19:11.",  # two zones
    ],
)
def test_a_window_without_its_words_or_with_two_zones_is_none(text: str) -> None:
    assert _span(text, "2026-11-14", "Sun, 15 Nov 2026 09:00:00 +0100") == (None, None)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("All times are in UT.", "UT"),
        ("Toutes les heures sont en heure normale de l'Est (HNE).", "HNE"),
        ("Alle Zeiten in MEZ; das Foto um 19:41 Uhr.", "MEZ"),
        ("Todas las horas están en hora canaria.", "hora canaria"),
        ("All times in CET or UT, I am not sure.", None),  # two clocks: none
        ("The times are what the app said.", None),
    ],
)
def test_a_sentence_for_all_the_mails_times_names_their_one_zone(
    text: str, zone: str | None
) -> None:
    assert stated_zone(text) == zone


def test_a_time_without_a_zone_of_its_own_takes_the_one_the_mail_gives_all_times() -> None:
    text = "Photo taken on 12 November 2026 at 18:44:10 from Lethbridge.\nAll times are MST."
    taken = find_taken_at(
        text, Media(items=()), parsedate_to_datetime("Fri, 13 Nov 2026 09:00:00 -0700")
    )
    assert taken.taken_at == _ut("2026-11-13T01:44:10")


def test_an_ordinary_word_is_no_zone_of_a_clause() -> None:
    assert clause_zone("The sun set at ") is None
    assert clause_zone("Est-ce que le passage ") is None


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("pasó re alto, 79° de elevación máxima según la app", 79.0),
        ("passou a 66° de altura máxima, muito bonita", 66.0),
        ("Passagen toppede i 57° højde.", 57.0),
        ("Passagen toppade på 61° höjd.", 61.0),
        ("Ylin korkeus oli 34°.", 34.0),
        ("Korkeus enimmillään 41°, kirkkaus -2,9 mag", 41.0),
        ("Asema oli korkeimmillaan 58° etelässä.", 58.0),
        ("the pass topped out at 83° over the garden", 83.0),
    ],
)
def test_a_height_written_after_its_number_or_as_peaking_is_the_passs(
    text: str, degrees: float
) -> None:
    assert find_max_elevation(text) == degrees


@pytest.mark.parametrize(
    "text",
    [
        "the Moon was 40° high above the roof",  # the Moon's
        "the Sun peaked at 20° that day",  # the Sun's
        "a 79° field of view",
        "Kuu oli enimmillään 30° korkeudella",  # the Moon's ("Kuu")
    ],
)
def test_a_height_of_another_body_or_a_field_of_view_is_none(text: str) -> None:
    assert find_max_elevation(text) is None


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [
        ("elevación máxima de 70° y magnitud -3,6: un espectáculo", -3.6),
        ("brightness -2.9: not bad for a low pass", -2.9),
        ("Helligkeit -3,1: sehr hell", -3.1),
    ],
)
def test_a_magnitude_before_a_colon_is_read(text: str, magnitude: float) -> None:
    assert find_magnitude(text) == magnitude


def test_a_clocks_minutes_after_a_colon_are_no_magnitude() -> None:
    assert find_magnitude("magnitude 21:34 UT") is None


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("The ISS crossed the Sun at 11:02:15 CET on Saturday 7 November 2026.",
         "Sat, 07 Nov 2026 20:00:00 +0100", "2026-11-07T10:02:15"),
        ("My transit: the station went across the sun at 13:40:05 UTC on 9 November 2026.",
         "Mon, 09 Nov 2026 20:00:00 +0000", "2026-11-09T13:40:05"),
    ],
)  # fmt: skip
def test_a_transit_across_the_sun_at_a_time_is_the_photos_time(
    text: str, header: str, want: str
) -> None:
    taken = find_taken_at(text, Media(items=()), parsedate_to_datetime(header))
    assert taken.taken_at == _ut(want)


def test_the_suns_own_height_at_a_time_stays_another_events() -> None:
    text = "On 9 November 2026 the sun at 12° was too low; sunset came at 16:40 UTC."
    taken = find_taken_at(
        text, Media(items=()), parsedate_to_datetime("Mon, 09 Nov 2026 20:00:00 +0000")
    )
    assert taken.taken_at is None


def _fields(body: str, date: str) -> tuple[datetime | None, datetime | None]:
    from email.message import EmailMessage

    from ipom_mail.config import Config
    from ipom_mail.pipeline.stages import check_message

    msg = EmailMessage()
    msg["From"] = "Ravi Iyer <ravi@example.org>"
    msg["To"] = "ipom@example.org"
    msg["Subject"] = "ISS trail"
    msg["Date"] = date
    msg["Message-ID"] = "<w1@example.org>"
    msg.set_content(body)
    fields = check_message(msg.as_bytes(), Config()).fields
    return fields.taken_at, fields.taken_until


@pytest.mark.parametrize(
    "opening",
    [
        "Attached is my image of the ISS trail, taken from the fort walls,\n"
        "on the morning of 14th November 2026 while we waited for sunrise.",
        "Here is my photo of the ISS, taken from the harbour wall\n"
        "on 14 November 2026, a few minutes before sunrise.",
    ],
)
def test_a_series_inside_the_passs_window_on_the_photos_date_gets_its_start_and_end(
    opening: str,
) -> None:
    body = (
        f"{opening}\n\n"
        "Exposure sequence: 05:41:10 to 05:44:30 (UTC+5:30), 20 frames stacked\n"
        "Pass (IST): rose in the NW at 05:40, set in the SE at 05:46, max elevation 60°\n"
    )
    got = _fields(body, "Sun, 15 Nov 2026 09:00:00 +0530")
    assert got == (_ut("2026-11-14T00:11:10"), _ut("2026-11-14T00:14:30"))


def test_a_date_after_another_events_word_stays_that_events() -> None:
    body = (
        "Here is my photo of the ISS, a day after the crew\n"
        "launch on 14 November 2026.\n\n"
        "Exposure sequence: 05:41:10 to 05:44:30 (UTC+5:30)\n"
        "Pass (IST): rose in the NW at 05:40, set in the SE at 05:46\n"
    )
    assert _fields(body, "Sun, 15 Nov 2026 09:00:00 +0530") == (None, None)

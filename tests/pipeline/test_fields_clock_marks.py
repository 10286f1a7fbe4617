"""Clocks and zones as photographers write them (blind batch 18, issue 13): the Dutch and
Flemish hour mark ("21u14"), a dot time settled by a day-period word ("9.41 in the
evening", "9.38pm"), East Africa Time, and an ambiguous "IST" settled by a town the mail
names. Sentences written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media


def _at(text: str, header: str) -> datetime | None:
    return find_taken_at(text, Media(items=()), parsedate_to_datetime(header)).taken_at


def _ut(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


HEADER = "Mon, 05 Apr 2027 19:32:08 +0200"


@pytest.mark.parametrize(
    "text",
    [
        "Mijn foto, genomen op zondag 4 april 2027 om 21u14 (Belgische tijd).",
        "Foto van 4 april 2027, 21u14 Belgische tijd, vanop mijn zolder.",
        "Mijn foto van de ISS op 4 april 2027 om 21u14 CEST.",
    ],
)
def test_the_flemish_hour_mark_is_a_clock(text: str) -> None:
    assert _at(text, HEADER) == _ut("2027-04-04T19:14")


@pytest.mark.parametrize(
    "text",
    [
        "Mijn foto van 4 april 2027: 2u30 belichting in totaal.",  # no zone: no UT time
        "Foto 4 april 2027 met de Pro14u30 (Belgische tijd).",  # a model's name
    ],
)
def test_an_hour_mark_without_a_clock_s_zone_gives_no_time(text: str) -> None:
    assert _at(text, HEADER) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("My photo, taken on Friday 2nd April 2027 at 9.41 in the evening BST.",
         "2027-04-02T20:41"),
        ("My photo, taken on Friday 2nd April 2027 at 9.41pm BST.", "2027-04-02T20:41"),
        ("Mi foto del 2 de abril de 2027 a las 9.41 de la noche (UTC+2).", "2027-04-02T19:41"),
        ("Ma photo du 2 avril 2027 à 9.41 du soir (UTC+2).", "2027-04-02T19:41"),
    ],
)  # fmt: skip
def test_a_dot_time_with_a_day_period_word_is_a_clock(text: str, want: str) -> None:
    assert _at(text, "Sat, 03 Apr 2027 10:14:07 +0100") == _ut(want)


def test_a_dot_number_without_a_clock_word_stays_no_time() -> None:
    text = "My photo of 2 April 2027: ISO 9.41 in the evening light, BST."
    assert _at(text, "Sat, 03 Apr 2027 10:14:07 +0100") is None


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("Picha yangu ya tarehe 13 Machi 2027, saa 20:10 EAT.", "Sun, 14 Mar 2027 09:18:00 +0300",
         "2027-03-13T17:10"),
        ("Photo taken on 13 March 2027 at 20:10 CAT from Lusaka.",
         "Sun, 14 Mar 2027 09:18:00 +0200", "2027-03-13T18:10"),
        ("Photo taken on 13 March 2027 at 19:10 WAT in Lagos.", "Sun, 14 Mar 2027 09:18:00 +0100",
         "2027-03-13T18:10"),
    ],
)  # fmt: skip
def test_african_zone_abbreviations_are_read(text: str, header: str, want: str) -> None:
    assert _at(text, header) == _ut(want)


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("Here's the ISS over Lough Gur, Co. Limerick on 29 March 2027, taken at 21:12:40 IST.",
         "Tue, 30 Mar 2027 07:48:19 +0000", "2027-03-29T20:12:40"),
        ("ISS from the pier at Galway on 29 March 2027, taken at 21:12:40 IST.",
         "Tue, 30 Mar 2027 07:48:19 +0000", "2027-03-29T20:12:40"),
        ("ISS over Koramangala, Bengaluru on 12 March 2027 at 19:36:42 IST.",
         "Sat, 13 Mar 2027 10:22:05 +0000", "2027-03-12T14:06:42"),
        ("The ISS from a rooftop in Haifa on 12 March 2027 at 19:36:42 IST.",
         "Sat, 13 Mar 2027 10:22:05 +0000", "2027-03-12T17:36:42"),
    ],
)  # fmt: skip
def test_a_town_the_mail_names_settles_ist(text: str, header: str, want: str) -> None:
    assert _at(text, header) == _ut(want)


@pytest.mark.parametrize(
    "text",
    [
        # no town: India, Ireland or Israel?
        "The ISS from my garden on 29 March 2027, taken at 21:12:40 IST.",
        # a word that is also a town of India ("Along") starting a sentence names no place
        "Along the shore of the lake on 29 March 2027, taken at 21:12:40 IST.",
        # towns of two of its countries: no one clock
        "ISS from Cork on 29 March 2027 at 21:12:40 IST, on my way to Mumbai.",
        # an Irish IST is summer time: on a winter date Ireland keeps GMT
        "ISS over Lough Gur, Co. Limerick on 29 January 2027, taken at 21:12:40 IST.",
    ],
)
def test_ist_without_one_country_s_town_gives_no_time(text: str) -> None:
    assert _at(text, "Tue, 30 Mar 2027 07:48:19 +0000") is None


@pytest.mark.parametrize(
    "text",
    [
        "Picha yangu ya tarehe 13 Machi 2027, saa 1:40 (EAT).",  # the Swahili dial, or 01:40?
        "Picha ya tarehe 13 Machi 2027 saa 2:10 usiku EAT.",
        "Photo taken on 13 March 2027 at 8:10 EAT in Nairobi.",  # morning or evening?
    ],
)
def test_an_east_african_hour_of_twelve_without_its_half_gives_no_time(text: str) -> None:
    assert _at(text, "Sun, 14 Mar 2027 09:18:00 +0300") is None


def test_an_east_african_hour_with_pm_is_read() -> None:
    text = "Photo taken on 13 March 2027 at 8:10 pm EAT in Nairobi."
    assert _at(text, "Sun, 14 Mar 2027 09:18:00 +0300") == _ut("2027-03-13T17:10")

"""The photo's time in UT: read from the sender's words in many languages, never guessed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from ipom_mail.pipeline.fields.dates import find_dates
from ipom_mail.pipeline.fields.taken_at import TakenAt, find_taken_at, parse_time_answer
from ipom_mail.pipeline.values import Media

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed"
SEED_PAGE = SEED / "iss-photo-of-the-month-page.txt"
SENT = datetime(2024, 5, 20, 10, 0, tzinfo=timezone(timedelta(hours=2)))
NO_MEDIA = Media(())

DRAGON = (
    "The SpaceX Dragon CRS-20 cargo spacecraft was captured with the International Space "
    "Station’s robotic Canadarm2 by NASA astronaut Jessica Meir, with Andrew Morgan of NASA "
    "acting as a backup, on 9 March 2020 at 10:25 UTC (06:25 EDT). The CRS-20 Dragon spacecraft "
    "was launched by a SpaceX Falcon 9 rocket from Space Launch Complex 40 (SLC-40) at Cape "
    "Canaveral Air Force Station, Florida, on 7 March 2020 at 04:50 UTC (6 March, at 23:50 EST)."
    "\n\nI imaged the SpaceX Dragon CRS-20 cargo spacecraft from my back Manorville NY, USA "
    "backyard. The telescope was an Edge HD 14″ with an Astrodon Red filter on a ZWO ASI174 mono "
    "camera and 1.6 barlow lens. The ISS and SpaceX Dragon CRS-20 passed time was at 6:47am EST "
    "at Max Pass 84°. The sky clear 20 minutes before imaging. The ISS brightness was at -3.9 "
    "and the Sun was at -15.3° below the horizon."
)
ELK_GROVE = (
    "Here’s a my image of an ISS transit last night. This was taken at 11:59:12PM in my backyard "
    "in Elk Grove, California. ISS Angular Size: 59.78″ Moon Phase: 96.9% Waxing Gibbous Transit "
    "Duration: .47s This was captured using a reduced EdgeHD 800 with an ASI1600mm."
)
PALMDALE = (
    "Skywatcher Esprit 150 Skywatcher EQ8 Rh Pro Lunt 2″ Solar Wedge (Herschel Wedge) ZWO "
    "ASI174MM 27.04.2020 Palmdale, California."
)
TARJAN = "2016.07.28-30. Tarján, Hungary Canon EOS 5D Mark II + Sigma EF 8/4.0"


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


# --- the four quotes of issue 4 -------------------------------------------------------------


def test_equipment_line_with_a_date_and_no_time_gives_the_date_alone() -> None:
    result = find_taken_at(PALMDALE, NO_MEDIA, datetime(2020, 5, 2, tzinfo=UTC))
    assert (result.taken_at, result.taken_date) == (None, "2020-04-27")


def test_local_clock_time_without_zone_is_not_ut() -> None:
    result = find_taken_at(ELK_GROVE, NO_MEDIA, datetime(2020, 5, 8, tzinfo=UTC))
    assert (result.taken_at, result.source, result.taken_date) == (None, None, None)
    assert "the time 23:59:12 has no zone" in result.notes


def test_times_of_the_berthing_and_launch_are_not_the_photos_time() -> None:
    result = find_taken_at(DRAGON, NO_MEDIA, datetime(2020, 3, 12, tzinfo=UTC))
    assert result.taken_at is None
    assert result.taken_date is None  # the pass's own date is not written
    assert any("6:47am EST" in n and "no date" in n for n in result.notes)


def test_a_range_of_days_gives_no_date_and_says_why() -> None:
    result = find_taken_at(TARJAN, NO_MEDIA, datetime(2020, 7, 2, tzinfo=UTC))
    assert (result.taken_at, result.taken_date) == (None, None)
    assert any("range of days" in n for n in result.notes)


def test_the_seed_page_quotes_give_no_wrong_time() -> None:
    if not SEED_PAGE.is_file():
        pytest.skip(f"seed page not found at {SEED_PAGE}")
    page = SEED_PAGE.read_text(encoding="utf-8")
    result = find_taken_at(page, NO_MEDIA, datetime(2020, 9, 1, tzinfo=UTC))
    assert result.taken_at is None


# --- a table of real-style snippets, eight languages ----------------------------------------

CASES: list[tuple[str, str | None, str | None]] = [
    # English
    ("Time/date (UT): 2024-05-12 21:34:10", "2024-05-12T21:34:10", None),
    ("Date: 12 May 2024\nTime: 21:34 UTC", "2024-05-12T21:34:00", None),
    ("Taken: May 12, 2024 at 9:34:05 PM UTC", "2024-05-12T21:34:05", None),
    ("Photographed on 2024-05-12 at 23:34 CEST from my garden", "2024-05-12T21:34:00", None),
    ("The pass was on 12 May 2024 at 5:34pm EDT, lovely and bright.", "2024-05-12T21:34:00", None),
    ("Shot 12 May 2024, 14:34 PDT", "2024-05-12T21:34:00", None),
    ("Taken 12 May 2024 at 22:34 BST from Leeds, England", "2024-05-12T21:34:00", None),
    ("Taken 12 May 2024 at 22:34 BST", None, "2024-05-12"),
    ("Taken on 05/12/2024 at 21:34 UT", "2024-05-12T21:34:00", None),
    ("Taken on 03/04/2024 at 21:34 UT", None, None),
    ("Time: 21:34 UT\nDate: 12/13/2023", "2023-12-13T21:34:00", None),
    ("ISS pass at 21:34 local time on 12 May 2024", None, "2024-05-12"),
    ("2024-05-12T21:34:10Z", "2024-05-12T21:34:10", None),
    ("Captured 2024-05-12 21:34:10+02:00", "2024-05-12T19:34:10", None),
    ("Taken 12 May 2024 21:34 (UTC+2)", "2024-05-12T19:34:00", None),
    ("Taken 12 May 2024 at 16:34 GMT-5", "2024-05-12T21:34:00", None),
    ("Taken 12 May 2024 at 23:34 Europe/Budapest", "2024-05-12T21:34:00", None),
    (
        "The Falcon 9 launched on 10 May 2024 at 03:00 UTC. "
        "I imaged the ISS on 12 May 2024 at 21:34 UTC.",
        "2024-05-12T21:34:00",
        None,
    ),
    (
        "Sunset was at 20:45 UT. The ISS passed at 21:34 UT on 12 May 2024.",
        "2024-05-12T21:34:00",
        None,
    ),
    ("Taken 12 May 2024 at 21:34 UT and again at 21:50 UT", None, "2024-05-12"),
    ("ISS captured on 12 May at 21:34 UT", "2024-05-12T21:34:00", None),
    ("ISS pass at 21:34 UT, max elevation 67°", None, None),
    # CST out of season in Austin (CDT in force): no time, the reply asks which
    ("Taken 12 May 2024 at 4:34 pm CST in Austin, Texas", None, "2024-05-12"),
    ("Taken 12 May 2024 at 4:34 pm CST", None, "2024-05-12"),
    # German
    ("Aufnahmezeit: 12. Mai 2024, 23:34 Uhr MESZ", "2024-05-12T21:34:00", None),
    ("Datum: 12.05.2024\nUhrzeit: 21:34:10 UT", "2024-05-12T21:34:10", None),
    ("Aufgenommen am 12.05.2024 um 23.34 Uhr", None, "2024-05-12"),
    # MEZ in May with no place: not in force, so no time (the reply asks)
    ("Datum: 12.05.2024, Uhrzeit 23:34 MEZ", None, "2024-05-12"),
    ("Die ISS flog am 12. Mai 2024 um 21.34 Uhr UT über uns hinweg.", "2024-05-12T21:34:00", None),
    # French
    ("Date de prise de vue : 12 mai 2024 à 23h34 (heure locale)", None, "2024-05-12"),
    ("Date : 12/05/2024 — Heure : 21h34 TU", "2024-05-12T21:34:00", None),
    ("Photo prise le 1er mai 2024 à 22:10 UTC", "2024-05-01T22:10:00", None),
    # Spanish
    ("Fecha: 12 de mayo de 2024\nHora: 21:34 UTC", "2024-05-12T21:34:00", None),
    ("Tomada el 12/05/2024 a las 23:34 hora local", None, "2024-05-12"),
    ("La foto fue tomada el 12 de mayo de 2024 a las 21:34:15 UT", "2024-05-12T21:34:15", None),
    # Italian
    ("Data: 12 maggio 2024\nOra: 21:34 UT", "2024-05-12T21:34:00", None),
    ("Scattata il 12/05/2024 alle 23:34 CEST", "2024-05-12T21:34:00", None),
    # Portuguese
    ("Data e hora: 12 de maio de 2024, 21:34 UTC", "2024-05-12T21:34:00", None),
    ("Foto tirada em 12/05/2024 às 18:34 BRT", "2024-05-12T21:34:00", None),
    # Dutch
    ("Datum/tijd: 12-05-2024 21:34 UT", "2024-05-12T21:34:00", None),
    ("Opname gemaakt op 12 mei 2024 om 23:34 uur", None, "2024-05-12"),
    # Polish
    ("Czas: 12 maja 2024, 21:34 UTC", "2024-05-12T21:34:00", None),
    ("Data wykonania: 12.05.2024, godz. 23:34 CEST", "2024-05-12T21:34:00", None),
    # Czech
    ("Datum pořízení: 12. května 2024, 23:34 SELČ", "2024-05-12T21:34:00", None),
    ("Čas: 12. 5. 2024 21:34:10 UT", "2024-05-12T21:34:10", None),
    # Hungarian
    ("Időpont: 2024. május 12. 21:34 UT", "2024-05-12T21:34:00", None),
    ("A kép 2024. május 12-én 23:34-kor készült (helyi idő).", None, "2024-05-12"),
    ("Dátum: 2024.05.12. 21:34:10 UTC", "2024-05-12T21:34:10", None),
    ("L'ISS le 15 mai 2024 à 21 h 18 HAE (UTC-4), Québec, Canada.", "2024-05-16T01:18:00", None),
    ("Az ISS 2024. május 18-án 20:29:47 CEST-kor, Debrecen.", "2024-05-18T18:29:47", None),
    (
        "I attach a photo from 2024-05-12 at 21:34:10 UTC, sent 2024-05-13.",
        "2024-05-12T21:34:10",
        None,
    ),
    ("Zdjęcie wykonane 12 maja 2024 o godz. 21:34 czasu UTC", "2024-05-12T21:34:00", None),
    ("Photo prise le 12 mai 2024 à 21:34 heure UTC", "2024-05-12T21:34:00", None),
    ("12 May 2024 — ISS imaged between 21:34:05 and 21:34:09 UT", "2024-05-12T21:34:05", None),
    ("Scattata alle ore 21:34 UT del 12 maggio 2024", "2024-05-12T21:34:00", None),
    ("Date: 2024-05-12, 21:34 UT (23:34 CEST)", "2024-05-12T21:34:00", None),
    ("Date: 2024-05-12, 21:34 UT (23:44 CEST)", None, "2024-05-12"),
    # Mail furniture: forwarded headers and quoted replies are not the sender's words
    (
        "---------- Forwarded message ---------\nFrom: Bob <bob@example.org>\n"
        "Date: Mon, 13 May 2024 at 10:00\nSubject: ISS\nTo: ipom@example.org\n\n"
        "ISS on 12 May 2024 at 21:34 UT",
        "2024-05-12T21:34:00",
        None,
    ),
    ("> taken at 20:00 UT\nThe time was 21:34 UT on 12 May 2024", "2024-05-12T21:34:00", None),
    (
        "Date: 12.05.2024, 21:34 UTC\n\nOn Mon, 13 May 2024 at 10:00, ISS Photo of the Month <\n"
        "ipom@example.org> wrote:\n> Please send the time of 13.05.2024 22:00 UTC",
        "2024-05-12T21:34:00",
        None,
    ),
    ("Taken 12 May 2024 at 9:34 EDT", None, "2024-05-12"),
    ("Taken 12 May 2024 at 09:34 EDT", "2024-05-12T13:34:00", None),
    # An HTML table turned into text
    ("| Date | 12.05.2024 |\n| Time (UT) | 21:34:10 |", "2024-05-12T21:34:10", None),
]


@pytest.mark.parametrize(("text", "taken_at", "taken_date"), CASES)
def test_snippet_gives_exactly_the_expected_time_or_nothing(
    text: str, taken_at: str | None, taken_date: str | None
) -> None:
    result = find_taken_at(text, NO_MEDIA, SENT)
    expected = datetime.fromisoformat(taken_at).replace(tzinfo=UTC) if taken_at else None
    assert result.taken_at == expected
    assert result.taken_date == taken_date
    assert result.source == ("body" if expected else None)


def test_a_time_with_seconds_keeps_its_seconds_and_fraction() -> None:
    result = find_taken_at("Time (UT): 2024-05-12 21:34:10.25", NO_MEDIA, SENT)
    assert result.taken_at == datetime(2024, 5, 12, 21, 34, 10, 250000, tzinfo=UTC)


def test_est_in_july_with_no_place_gives_no_time_and_a_note() -> None:
    result = find_taken_at("Taken 12 July 2024 at 9:34 pm EST", NO_MEDIA, SENT + timedelta(60))
    assert result.taken_at is None
    assert any("EST" in n and "EDT" in n for n in result.notes)


def test_an_ambiguous_date_is_noted_with_both_readings() -> None:
    result = find_taken_at("Taken on 03/04/2024 at 21:34 UT", NO_MEDIA, SENT)
    assert any("3 April" in n and "4 March" in n for n in result.notes)


def test_the_senders_clock_settles_ist() -> None:
    india = datetime(2024, 5, 13, 9, 0, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    result = find_taken_at("Taken on 12 May 2024 at 03:04 IST", NO_MEDIA, india)
    assert result.taken_at == utc(2024, 5, 11, 21, 34)


def test_a_us_time_without_am_or_pm_is_not_guessed() -> None:
    result = find_taken_at("Taken 12 May 2024 at 9:34 EDT", NO_MEDIA, SENT)
    assert result.taken_at is None
    assert "the time 9:34 EDT may be am or pm" in result.notes


def test_the_senders_summer_clock_settles_bst_as_british() -> None:
    london = datetime(2024, 5, 13, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    result = find_taken_at("Taken 12 May 2024 at 22:34 BST", NO_MEDIA, london)
    assert result.taken_at == utc(2024, 5, 12, 21, 34)


def test_tonight_is_the_senders_own_date_when_the_header_kept_its_offset() -> None:
    sent = datetime(2024, 6, 15, 23, 40, tzinfo=timezone(timedelta(hours=-5)))
    result = find_taken_at("Got the ISS tonight at 10:52pm with my Nikon Z6 II", NO_MEDIA, sent)
    assert (result.taken_at, result.taken_date) == (None, "2024-06-15")


def test_last_night_before_midnight_is_the_day_before_the_message() -> None:
    sent = datetime(2020, 5, 8, 9, 30, tzinfo=timezone(timedelta(hours=-7)))
    assert find_taken_at(ELK_GROVE, NO_MEDIA, sent).taken_date == "2020-05-07"


def test_relative_days_are_not_read_from_a_header_without_the_senders_offset() -> None:
    sent = datetime(2024, 6, 16, 4, 40, tzinfo=UTC)
    result = find_taken_at("Got the ISS tonight at 10:52pm", NO_MEDIA, sent)
    assert result.taken_date is None


def test_last_night_in_the_small_hours_is_the_morning_the_mail_was_sent() -> None:
    sent = datetime(2024, 6, 16, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    assert find_taken_at("ISS last night at 00:40", NO_MEDIA, sent).taken_date == "2024-06-16"


@pytest.mark.parametrize("hour", [15, 23])
def test_last_night_in_the_small_hours_is_not_guessed_from_an_afternoon_mail(hour: int) -> None:
    sent = datetime(2024, 6, 16, hour, 0, tzinfo=timezone(timedelta(hours=2)))
    assert find_taken_at("ISS last night at 00:40", NO_MEDIA, sent).taken_date is None


def test_machine_timestamps_in_the_text_are_not_the_photos_time() -> None:
    text = (
        "Received: from mx.example.org by mail.example.org; Fri, 01 Oct 2010 19:15:19 +0900\n"
        "  by 0 with SMTP; 29 Apr 2009 01:23:49 -0000\n"
        "Linux version 2.6.28-11-generic"
    )
    result = find_taken_at(text, NO_MEDIA, datetime(2010, 10, 2, tzinfo=UTC))
    assert (result.taken_at, result.taken_date) == (None, None)


def test_a_date_after_the_message_was_sent_is_not_used() -> None:
    result = find_taken_at("Taken 12 June 2024 at 21:34 UT", NO_MEDIA, SENT)
    assert (result.taken_at, result.taken_date) == (None, None)


def test_empty_text_gives_nothing() -> None:
    assert find_taken_at("", NO_MEDIA, None) == TakenAt(None, None, None, ())


# --- follow-up answers ---------------------------------------------------------------------


def test_a_follow_up_time_completes_the_known_date() -> None:
    answer = "The time was 21:34 UT.\n\n> Please tell us the time (UT) of your photo."
    result = parse_time_answer(answer, date(2024, 5, 12), SENT)
    assert (result.taken_at, result.source) == (utc(2024, 5, 12, 21, 34), "body")


def test_a_follow_up_local_time_keeps_the_date_and_asks_again() -> None:
    result = parse_time_answer("It was 23:34", date(2024, 5, 12), SENT)
    assert (result.taken_at, result.taken_date) == (None, "2024-05-12")
    assert "the time 23:34 has no zone" in result.notes


def test_a_follow_up_without_a_known_date_gives_no_time() -> None:
    result = parse_time_answer("21:34 UT", None, SENT)
    assert result.taken_at is None


def test_a_follow_up_in_cest_crosses_midnight_correctly() -> None:
    result = parse_time_answer("Uhrzeit: 00:30 MESZ", date(2024, 5, 13), SENT)
    assert result.taken_at == utc(2024, 5, 12, 22, 30)


# --- relative days, culmination times, four-digit times --------------------------------------


def test_yesterday_with_a_ut_time_is_dated_by_the_senders_own_clock() -> None:
    sent = datetime(2024, 5, 13, 7, 12, tzinfo=timezone(timedelta(hours=2)))
    result = find_taken_at("taken at 21:34 UT yesterday", NO_MEDIA, sent)
    assert result.taken_at == utc(2024, 5, 12, 21, 34)


def test_yesterday_with_a_ut_time_across_the_date_line_is_not_guessed() -> None:
    sent = datetime(2024, 5, 14, 8, 5, tzinfo=timezone(timedelta(hours=10)))
    result = find_taken_at("ISS pass taken at 19:40 UT yesterday", NO_MEDIA, sent)
    assert (result.taken_at, result.taken_date) == (None, None)


def test_the_time_of_the_pass_culmination_is_not_the_photos() -> None:
    text = (
        "The pass on 12 May 2024 ran from 21:31:20 to 21:37:50 UT, max elevation 81° at "
        "21:34:35 UT. My photo was taken at 21:34:40 UT."
    )
    assert find_taken_at(text, NO_MEDIA, SENT).taken_at == utc(2024, 5, 12, 21, 34, 40)


def test_four_digit_times_count_only_with_a_ut_word() -> None:
    assert find_taken_at("ISS, 12 May 2024, 2134 UT", NO_MEDIA, SENT).taken_at == utc(
        2024, 5, 12, 21, 34
    )
    assert find_taken_at("ISS, 12 May 2024, 2134 frames", NO_MEDIA, SENT).taken_at is None


@pytest.mark.parametrize("text", ["12-V-2024", "12.V.2024", "12. V. 2024"])
def test_a_roman_month_is_read(text: str) -> None:
    assert [h.readings for h in find_dates(text)] == [(date(2024, 5, 12),)]


def test_a_multiplication_sign_is_not_a_roman_month() -> None:
    assert find_dates("3 X 2024 frames") == []

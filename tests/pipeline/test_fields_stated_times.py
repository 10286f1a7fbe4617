"""Times and flyby values a mail states with certainty that blind batch 05 found missed
(issue 13), each class in several languages with sentences written here: a zone written
in words that wraps onto the next line, CLDR's zone names of regional variants ("heure
normale de l'Est" in Quebec) and in declined forms ("po srednjoeuropskom vremenu"), and
the traps that must stay null beside them."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _ut(text: str) -> str:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).isoformat()


def _taken(text: str, header: str) -> tuple[str | None, str | None]:
    taken = find_taken_at(text, NO_MEDIA, parsedate_to_datetime(header))
    return (taken.taken_at.isoformat() if taken.taken_at else None), taken.taken_date


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("vi invio la foto scattata il 4 novembre 2026, alle 18:09:30 ora\nitaliana, da Bergamo.",
         "Thu, 05 Nov 2026 09:12:00 +0100", "2026-11-04T17:09:30"),
        ("zdjęcie zrobione 11 listopada 2026 o 17:34:20 czasu\npolskiego nad Wawelem.",
         "Thu, 12 Nov 2026 20:40:00 +0100", "2026-11-11T16:34:20"),
        ("fotografia făcută pe 14 noiembrie 2026 la 18:13 ora\nRomâniei, din Cluj.",
         "Sat, 14 Nov 2026 21:02:00 +0200", "2026-11-14T16:13:00"),
        ("foto tirada em 7 de novembro de 2026 às 20:51 horário de\nBrasília.",
         "Sun, 08 Nov 2026 09:00:00 -0300", "2026-11-07T23:51:00"),
        ("снимок сделан 3 ноября 2026 г. в 23:58:40 по\nмосковскому времени.",
         "Wed, 04 Nov 2026 09:00:00 +0300", "2026-11-03T20:58:40"),
    ],
)  # fmt: skip
def test_a_zone_in_words_wrapped_onto_the_next_line_is_still_the_times_zone(
    text: str, header: str, want: str
) -> None:
    assert _taken(text, header)[0] == _ut(want)


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        # Quebec's French: CLDR fr_CA, with a straight apostrophe as typed
        ("Photo prise le 2 novembre 2026 à 17 h 42 min 10 s, heure normale de l'Est, "
         "depuis Sherbrooke.", "Mon, 02 Nov 2026 21:05:00 -0500", "2026-11-02T22:42:10"),
        ("Photo prise le 2 juillet 2026 à 22 h 15, heure avancée de l’Est.",
         "Fri, 03 Jul 2026 09:00:00 -0400", "2026-07-03T02:15:00"),
        # Mexico's Spanish: CLDR es_MX
        ("Foto tomada el 3 de julio de 2026 a las 21:10 hora de verano del Pacífico.",
         "Sat, 04 Jul 2026 09:00:00 -0700", "2026-07-04T04:10:00"),
        # Croatian "vrijeme" declined: "po srednjoeuropskom vremenu"
        ("snimljeno 6. studenoga 2026. u 17:52:18 po\nsrednjoeuropskom vremenu.",
         "Sat, 07 Nov 2026 10:00:00 +0100", "2026-11-06T16:52:18"),
        ("snimljeno 3. srpnja 2026. u 23:10 po srednjoeuropskom ljetnom vremenu.",
         "Sat, 04 Jul 2026 10:00:00 +0200", "2026-07-03T21:10:00"),
        # a generic name follows the clock that keeps summer time: Chicago's, not Mexico's
        ("Shot on 3 July 2026 at 21:10 Central Time from Peoria.",
         "Sat, 04 Jul 2026 09:00:00 -0500", "2026-07-04T02:10:00"),
    ],
)  # fmt: skip
def test_a_zone_named_as_a_regional_variant_of_cldr_names_it_is_certain(
    text: str, header: str, want: str
) -> None:
    assert _taken(text, header)[0] == _ut(want)


@pytest.mark.parametrize(
    ("text", "header", "day"),
    [
        # a standard-time name in summer stays a question
        ("Photo prise le 2 juillet 2026 à 22 h 15, heure normale de l'Est.",
         "Fri, 03 Jul 2026 09:00:00 -0400", "2026-07-02"),
        ("snimljeno 3. srpnja 2026. u 23:10 po srednjoeuropskom standardnom vremenu.",
         "Sat, 04 Jul 2026 10:00:00 +0200", "2026-07-03"),
    ],
)  # fmt: skip
def test_a_zone_name_that_does_not_fit_gives_only_the_date(
    text: str, header: str, day: str
) -> None:
    assert _taken(text, header) == (None, day)


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("am prins ISS-ul azi seara la 18:13 ora României, din Cluj",
         "Sat, 14 Nov 2026 21:02:00 +0200", "2026-11-14T16:13:00"),
        ("Die ISS heute Abend um 18:13 MEZ über Graz fotografiert.",
         "Sat, 14 Nov 2026 21:02:00 +0100", "2026-11-14T17:13:00"),
        ("ISS snimljena danas navečer u 18:13 CET iznad Zagreba.",
         "Sat, 14 Nov 2026 21:02:00 +0100", "2026-11-14T17:13:00"),
        ("Ho fotografato la ISS oggi di sera alle 18:13 CET.",
         "Sat, 14 Nov 2026 21:02:00 +0100", "2026-11-14T17:13:00"),
    ],
)  # fmt: skip
def test_today_with_an_evening_word_from_cldr_is_tonight(text: str, header: str, want: str) -> None:
    assert _taken(text, header)[0] == _ut(want)


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("Сфотографував МКС учора о 17:34:20 UTC над Києвом.",
         "Thu, 12 Nov 2026 20:40:00 +0200", "2026-11-11T17:34:20"),
        ("Vaig fotografiar l'ISS ahir a les 17:34:20 UTC des de Girona.",
         "Thu, 12 Nov 2026 20:40:00 +0100", "2026-11-11T17:34:20"),
        ("przesyłam zdjęcie ISS zrobione wczoraj o 17:34:20 czasu\npolskiego.\n\nPrzy okazji: "
         "start Falcona 9 zaplanowano na 15.11.2026 o 17:20 czasu polskiego.",
         "Thu, 12 Nov 2026 20:40:00 +0100", "2026-11-11T16:34:20"),
    ],
)  # fmt: skip
def test_yesterday_in_cldrs_words_dates_the_time_not_an_unrelated_launch(
    text: str, header: str, want: str
) -> None:
    assert _taken(text, header)[0] == _ut(want)


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # an evening later than the mail was sent is not "this evening"
        ("Die ISS heute Abend um 22:13 MEZ über Graz fotografiert.",
         "Sat, 14 Nov 2026 21:02:00 +0100"),
        # a two-letter today word ("ma") is no relative day: Italian "ma" is "but"
        ("Ho fotografato la ISS, ma sera nuvolosa: alle 18:13 CET.",
         "Sat, 14 Nov 2026 21:02:00 +0100"),
        # a converted Date header (UTC+0) does not say the sender's own day, nor does UT
        ("am prins ISS-ul azi seara la 16:13 UTC",
         "Sat, 14 Nov 2026 19:02:00 +0000"),
    ],
)  # fmt: skip
def test_a_relative_day_that_is_not_certain_gives_no_date(text: str, header: str) -> None:
    assert _taken(text, header) == (None, None)


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("촬영 일시: 2026년 11월 6일 19시 14분 08초 (한국 표준시)",
         "Sat, 07 Nov 2026 00:20:00 +0900", "2026-11-06T10:14:08"),
        ("撮影日時：2026年11月6日 19時14分08秒（日本標準時）",
         "Sat, 07 Nov 2026 00:20:00 +0900", "2026-11-06T10:14:08"),
        ("拍摄时间：2026年11月6日 19:14:08（中国标准时间）",
         "Sat, 07 Nov 2026 00:20:00 +0800", "2026-11-06T11:14:08"),
        ("拍攝時間：2026年11月6日 19:14:08（台北標準時間）",
         "Sat, 07 Nov 2026 00:20:00 +0800", "2026-11-06T11:14:08"),
    ],
)  # fmt: skip
def test_a_cjk_zone_name_from_cldr_is_certain(text: str, header: str, want: str) -> None:
    assert _taken(text, header)[0] == _ut(want)


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("Segue minha foto da ISS na noite de sábado, 7 de novembro, em Porto Alegre.\n\n"
         "Data: 07/11/2026\nHora: 20:51:22 (horário de Brasília)",
         "Sun, 08 Nov 2026 10:00:00 -0300", "2026-11-07T23:51:22"),
        ("My ISS photo from the evening of November 7th.\n\nDate: 11/07/2026\n"
         "Time: 23:51:22 UTC", "Sun, 08 Nov 2026 10:00:00 -0500", "2026-11-07T23:51:22"),
        ("Hier mein Foto vom 7. November.\n\nDatum: 07/11/2026\nZeit: 23:51:22 UTC",
         "Sun, 08 Nov 2026 10:00:00 +0100", "2026-11-07T23:51:22"),
    ],
)  # fmt: skip
def test_a_numeric_date_the_mail_also_writes_by_the_months_name_reads_one_way(
    text: str, header: str, want: str
) -> None:
    assert _taken(text, header)[0] == _ut(want)


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # the month's name belongs to a launch: it settles nothing
        ("Data: 07/11/2026\nHora: 20:51:22 (horário de Brasília)\n\n"
         "O lançamento do Falcon 9 foi em 7 de novembro.",
         "Sun, 08 Nov 2026 10:00:00 -0300"),
        # a named day that is neither reading settles nothing
        ("Minha foto de 5 de novembro.\n\nData: 07/11/2026\n"
         "Hora: 20:51:22 (horário de Brasília)", "Sun, 08 Nov 2026 10:00:00 -0300"),
    ],
)  # fmt: skip
def test_a_numeric_date_not_settled_by_the_mail_gives_no_time(text: str, header: str) -> None:
    assert _taken(text, header)[0] is None


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        ("Saturday night (21 Nov) was a late one – the ISS rose in the WNW at 11:56 PM NZDT\n"
         "and set in the ESE at 12:03 AM. I took this frame at 12:00:41 AM, a few seconds\n"
         "after it culminated.", "Sun, 22 Nov 2026 10:05:00 +1300", "2026-11-21T11:00:41"),
        ("Am 20. Juni 2026 erschien die ISS um 23:56 MESZ im Westen und verschwand\n"
         "um 00:03 im Osten. Mein Bild entstand um 00:00:41.",
         "Sun, 21 Jun 2026 10:05:00 +0200", "2026-06-20T22:00:41"),
        ("Le 20 juin 2026, l'ISS est apparue à 23:56 CEST et a disparu à 00:03.\n"
         "Ma photo a été prise à 00:00:41.",
         "Sun, 21 Jun 2026 10:05:00 +0200", "2026-06-20T22:00:41"),
    ],
)  # fmt: skip
def test_a_time_after_midnight_inside_a_pass_that_crosses_it_is_on_the_next_day(
    text: str, header: str, want: str
) -> None:
    assert _taken(text, header)[0] == _ut(want)


def test_a_time_before_midnight_inside_a_pass_that_crosses_it_keeps_the_day() -> None:
    text = (
        "Am 20. Juni 2026 erschien die ISS um 23:56 MESZ im Westen und verschwand\n"
        "um 00:03 im Osten. Mein Bild entstand um 23:58:41."
    )
    assert _taken(text, "Sun, 21 Jun 2026 10:05:00 +0200")[0] == _ut("2026-06-20T21:58:41")


def test_a_weekday_before_a_word_and_a_bracket_must_fit_a_yearless_date() -> None:
    # 21 Nov 2026 is a Saturday, not a Friday: "21 Nov" stays too weak to be a date
    text = "Friday night (21 Nov) the ISS passed; my frame at 11:58:41 PM NZDT."
    assert _taken(text, "Sun, 22 Nov 2026 10:05:00 +1300") == (None, None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Belle journée : le lancement de Crew-9 a eu lieu à 17h17 UTC le 28 septembre 2024, "
         "et quelques heures plus tard j'ai photographié l'ISS au-dessus de Bordeaux à "
         "19h51m05s UTC.", "2024-09-28T19:51:05"),
        ("The launch of Crew-9 was at 17:17 UTC on 28 September 2024, and a few hours later "
         "I photographed the ISS over Bristol at 19:51:05 UTC.", "2024-09-28T19:51:05"),
        ("Der Raketenstart von Crew-9 war am 28. September 2024 um 17:17 UTC, und ein paar Stunden "
         "später habe ich die ISS um 19:51:05 UTC fotografiert.", "2024-09-28T19:51:05"),
        ("El lanzamiento de Crew-9 fue el 28 de septiembre de 2024 a las 17:17 UTC, y unas "
         "horas después fotografié la ISS a las 19:51:05 UTC.", "2024-09-28T19:51:05"),
        # hours later, across midnight: the next day
        ("The launch was at 22:30 UTC on 28 September 2024, and a few hours later I "
         "photographed the ISS at 01:10:05 UTC.", "2024-09-29T01:10:05"),
    ],
)  # fmt: skip
def test_a_photo_clause_hours_after_an_event_in_one_sentence_takes_the_events_date(
    text: str, want: str
) -> None:
    assert _taken(text, "Sun, 29 Sep 2024 09:00:00 +0200")[0] == _ut(want)


@pytest.mark.parametrize(
    "text",
    [
        # no word says the photo came hours after the launch: the launch's date is not its
        "The launch was at 17:17 UTC on 28 September 2024, and I photographed the ISS at "
        "19:51:05 UTC.",
        # "hours later" yet before the launch: no date fits
        "The launch was at 17:17 UTC on 28 September 2024, and a few hours later I "
        "photographed the ISS at 16:51:05 UTC.",
        # the launch gives no time to be hours after
        "The launch was on 28 September 2024, and a few hours later I photographed the ISS "
        "at 19:51:05 UTC.",
        # the later clause is another event's too
        "The launch was at 17:17 UTC on 28 September 2024, and a few hours later the capsule "
        "docked at 19:51:05 UTC.",
    ],
)
def test_an_event_sentence_without_a_certain_later_photo_clause_gives_no_time(
    text: str,
) -> None:
    assert _taken(text, "Sun, 29 Sep 2024 09:00:00 +0200")[0] is None


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # "summer time" alone starts the summer names of a dozen clocks: none is meant
        ("Foto tomada el 3 de julio de 2026 a las 22:10 hora de verano.",
         "Sat, 04 Jul 2026 09:00:00 +0200"),
        # (Italian "ora legale" and French "heure d'été" alone are their countries' summer
        # clock, settled by a town or the sender's clock: test_fields_summer_words.py)
        ("Foto tirada em 3 de julho de 2026 às 22:10 hora de verão.",
         "Sat, 04 Jul 2026 09:00:00 +0100"),
        ("Snimljeno 3. srpnja 2026. u 22:10 po ljetnom vremenu.",
         "Sat, 04 Jul 2026 09:00:00 +0200"),
    ],
)  # fmt: skip
def test_a_name_without_the_word_that_says_which_clock_is_no_zone(text: str, header: str) -> None:
    assert _taken(text, header)[0] is None


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        # Finland's summer time starts on 29 March 2026, Egypt's a month later
        ("Kuvattu 5. huhtikuuta 2026 klo 21:10 Itä-Euroopan aikaa.",
         "Mon, 06 Apr 2026 09:00:00 +0300", "2026-04-05T18:10:00"),
        ("Nufotografuota 2026 m. balandžio 5 d. 21:10 Rytų Europos laiku.",
         "Mon, 06 Apr 2026 09:00:00 +0300", "2026-04-05T18:10:00"),
        # Chicago keeps summer time, Mexico City does not
        ("Taken on 5 April 2026 at 21:10 Central Time.",
         "Mon, 06 Apr 2026 09:00:00 -0500", "2026-04-06T02:10:00"),
    ],
)  # fmt: skip
def test_a_generic_zone_name_follows_the_clock_most_of_its_members_keep_now(
    text: str, header: str, want: str
) -> None:
    assert _taken(text, header)[0] == _ut(want)


@pytest.mark.parametrize(
    "text",
    [
        "hier meine Daten zur Aufnahme: 19:10 MEZ",  # German "hier" is "here", not "yesterday"
        "hier is mijn foto van 19:10 CET",  # Dutch too
        "dünne Wolken, aufgenommen um 19:10 MEZ",  # "dün" only as a whole word
    ],
)
def test_a_word_that_is_yesterday_in_another_language_dates_nothing(text: str) -> None:
    assert _taken(text, "Sun, 10 Nov 2024 11:00:00 +0100") == (None, None)

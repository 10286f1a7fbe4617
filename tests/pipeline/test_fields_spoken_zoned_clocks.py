"""A photo time said in words with its zone given once, often in brackets after it ("last
night at a quarter to seven (EST)", "às oito e vinte da noite (horário de Brasília)",
"eilen illalla kello puoli seitsemän (Suomen aikaa)", "вчора ввечері о пів на сьому за
київським часом"). A day-period word before the time, or after it, makes the 12-hour
reading certain; without one, or with a zone out of season, no time is read. Said again
to the second without a zone, inside its minute, the exact time is the photo's."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_fields
from tests.pipeline.test_fields_period_words import _taken

NOV = "Wed, 18 Nov 2026 07:02:41 +0000"


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        (
            "On 17 November 2026 I caught the iss last night at a quarter to seven (EST).",
            "Wed, 18 Nov 2026 07:02:41 -0500",
            "2026-11-17T23:45",
        ),
        (
            "On 17 November 2026 it passed at twenty-five past nine in the evening (EST).",
            "Wed, 18 Nov 2026 07:02:41 -0500",
            "2026-11-18T02:25",
        ),
        (
            "No dia 17 de novembro de 2026 ela passou às oito e vinte da noite (horário de "
            "Brasília), bem alta.",
            "Wed, 18 Nov 2026 09:03:27 -0300",
            "2026-11-17T23:20",
        ),
        (
            "Sain 17.11.2026 illalla kello puoli seitsemän (Suomen aikaa) kuvan ISS:stä.",
            "Wed, 18 Nov 2026 09:00:00 +0200",
            "2026-11-17T16:30",
        ),
        (
            "Фото зроблене 17 листопада 2026 ввечері о пів на сьому за київським часом.",
            "Wed, 18 Nov 2026 09:00:00 +0200",
            "2026-11-17T16:30",
        ),
        (
            "2026. november 17-én este háromnegyed hétkor (magyar idő szerint) fotóztam le "
            "az ISS-t a csillagparkban, az állomás nyugatról jött.",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T17:45",
        ),
        (
            "Jag tog bilden den 17 november 2026 på kvällen kvart i sju (svensk tid).",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T17:45",
        ),
        (
            "Jeg tok bildet 17. november 2026 i går kveld klokka halv sju (norsk tid).",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T17:30",
        ),
        (
            "Jeg tog billedet den 17. november 2026 om aftenen kvart over ni (dansk tid).",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T20:15",
        ),
        (
            "Fotku som urobil 17. novembra 2026 večer o pol siedmej (SEČ) nad Tatrami.",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T17:30",
        ),
        (
            "Am făcut poza pe 17 noiembrie 2026 la opt și jumătate seara (ora României).",
            "Wed, 18 Nov 2026 09:00:00 +0200",
            "2026-11-17T18:30",
        ),
        (
            "Op dinsdag 17 november 2026 's avonds om kwart over tien (MET) schoot het ISS "
            "voorbij.",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T21:15",
        ),
        (
            "Am 17. November 2026 gestern Abend um Viertel nach zehn (MEZ) kam die ISS.",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T21:15",
        ),
        (
            "Tomé la foto el 17 de noviembre de 2026 a las nueve y veinticinco de la noche "
            "(hora peninsular).",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T20:25",
        ),
        (
            "Ho fatto la foto il 17 novembre 2026 alle nove e trentacinque di sera (ora italiana).",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T20:35",
        ),
        # Italian minutes in words, a vowel elided ("trentuno"), an hour on the 24-hour dial
        (
            "Ho fatto la foto il 17 novembre 2026 alle ventuno e trentuno (ora italiana).",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T20:31",
        ),
        (
            "Ho fatto la foto il 17 novembre 2026 alle 21 e trentacinque (ora italiana).",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T20:35",
        ),
        (
            "Ho fatto la foto il 17 novembre 2026 alle diciotto e quarantotto (ora italiana).",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T17:48",
        ),
        (
            "Ho fatto la foto il 17 novembre 2026 alle nove e trentuno di sera (ora italiana).",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T20:31",
        ),
        (
            "Ho fatto la foto il 17 novembre 2026 alle 9 e un quarto di sera (ora italiana).",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T20:15",
        ),
        (
            "Tomé la foto el 17 de noviembre de 2026 a las nueve y cuarenta y uno de la noche "
            "(hora peninsular).",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T20:41",
        ),
        # Russian "пол-одиннадцатого" with its hyphen, again to the second (batch-36)
        (
            "Снято 17 ноября 2026 в пол-одиннадцатого вечера по мск.",
            "Wed, 18 Nov 2026 09:00:00 +0300",
            "2026-11-17T19:30",
        ),
        # Catalan counts quarters toward the coming hour (batch-36)
        (
            "Vaig fer la foto el 17 de novembre de 2026 a tres quarts de set del vespre, hora "
            "oficial (CET).",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T17:45",
        ),
        (
            "Vaig fer la foto el 17 de novembre de 2026 a dos quarts de deu del vespre (CET).",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T20:30",
        ),
        (
            "Vaig fer la foto el 17 de novembre de 2026 a un quart d'onze del matí (CET).",
            "Wed, 18 Nov 2026 09:00:00 +0100",
            "2026-11-17T09:15",
        ),
    ],
)
def test_a_time_said_in_words_with_its_zone_is_read(text: str, header: str, ut: str) -> None:
    assert _taken(text, header) == ut


@pytest.mark.parametrize(
    ("text", "ut"),
    [
        # Spanish and Catalan say the night's small hours "de la noche", "de la nit"
        (
            "Tomé la foto el 18 de noviembre de 2026 a las dos y cuarto de la noche (hora "
            "peninsular).",
            "2026-11-18T01:15",
        ),
        (
            "Vaig fer la foto el 18 de novembre de 2026 a les 2:15 de la nit (CET).",
            "2026-11-18T01:15",
        ),
        # eleven "de la noche" is still the evening
        (
            "Tomé la foto el 17 de noviembre de 2026 a las once de la noche (hora peninsular).",
            "2026-11-17T22:00",
        ),
    ],
)
def test_the_small_hours_of_the_night_are_read_as_such(text: str, ut: str) -> None:
    assert _taken(text, "Wed, 18 Nov 2026 09:00:00 +0100") == ut


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # no day-period word: morning or evening?
        (
            "On 17 November 2026 it passed at a quarter to seven (EST).",
            "Wed, 18 Nov 2026 07:02:41 -0500",
        ),
        ("Sain 17.11.2026 kello puoli seitsemän (Suomen aikaa) kuvan.", NOV),
        ("Jag tog bilden den 17 november 2026 kvart i sju (svensk tid).", NOV),
        ("Фото зроблене 17 листопада 2026 о пів на сьому за київським часом.", NOV),
        ("No dia 17 de novembro de 2026 ela passou às oito e vinte (horário de Brasília).", NOV),
        ("Vaig fer la foto el 17 de novembre de 2026 a tres quarts de set (CET).", NOV),
        ("Снято 17 ноября 2026 в пол-одиннадцатого по мск.", NOV),
        # an Italian hour of the 12-hour dial with no period word; two hours in digits
        ("Ho fatto la foto il 17 novembre 2026 alle nove e trentuno (ora italiana).", NOV),
        ("Il 17 novembre 2026 ho scattato foto alle 21 e 22 (ora italiana).", NOV),
        # "tres quarts d'hora": three quarters of an hour, no clock
        ("El 17 de novembre de 2026 vaig esperar tres quarts d'hora del vespre (CET).", NOV),
        # a zone out of season: summer time written for a November evening
        ("Am 17. November 2026 um halb elf abends (MESZ) gelang der Transit.", NOV),
        ("Jag tog bilden den 17 november 2026 på kvällen kvart i sju (svensk sommartid).", NOV),
        # "half an hour later", minutes in prose: no clock at all
        ("On 17 November 2026 in the evening, half an hour later, it came back (EST).", NOV),
        ("No dia 17 de novembro de 2026 à noite esperei vinte minutos (horário de Brasília).", NOV),
        ("On 17 November 2026 at night I waited twenty minutes past the pass (EST).", NOV),
        # "15 h de route": a journey's hours, no clock
        ("Le 17 novembre 2026, après 15 h de route (HNE), le ciel était clair.", NOV),
        # "five to ten" may be a span of hours: not read as a clock
        ("On 17 November 2026 we watched from five to ten in the evening (EST).", NOV),
    ],
)
def test_a_time_in_words_its_words_do_not_settle_is_not_read(text: str, header: str) -> None:
    assert _taken(text, header) is None


@pytest.mark.parametrize(
    ("text", "ut"),
    [
        ("17. november 2026. I går kveld var jeg ute. ISS kom kvart over seks (norsk tid).",
         "2026-11-17T17:15"),
        ("Den 17 november 2026 på kvällen var jag ute vid sjön. ISS kom halv sju (svensk tid).",
         "2026-11-17T17:30"),
        ("Den 17. november 2026 om aftenen var vi ude i haven. ISS kom kvart i syv (dansk tid).",
         "2026-11-17T17:45"),
        # "i går kveld" is written with its day, so it settles the hour however far before
        # the time it stands in the same paragraph (fields/day_period_elsewhere.py)
        ("17. november 2026. I går kveld så vi på TV. ISS kom kvart over seks (norsk tid).",
         "2026-11-17T17:15"),
        ("17. november 2026. I går kveld var jeg ute. Det var kaldt. ISS kom kvart over seks "
         "(norsk tid).", "2026-11-17T17:15"),
    ],
)  # fmt: skip
def test_a_day_period_in_the_sentence_before_about_the_same_outing_settles_the_hour(
    text: str, ut: str
) -> None:
    assert _taken(text, "Wed, 18 Nov 2026 09:00:00 +0100") == ut


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph between
        "17. november 2026. I går kveld var jeg ute.\n\nISS kom kvart over seks (norsk tid).",
    ],
)
def test_a_day_period_in_an_unrelated_sentence_settles_nothing(text: str) -> None:
    assert _taken(text, "Wed, 18 Nov 2026 09:00:00 +0100") is None


def test_a_time_in_words_without_a_zone_gives_the_date() -> None:
    fields = mail_fields(
        "iss pic",
        "caught the iss last night at a quarter to seven from Cherry Springs, "
        "sony a7iii, 25 sec at f/2.8",
        date="Wed, 18 Nov 2026 07:02:41 -0500",
        follow_up=True,
    )
    assert fields.taken_at is None
    assert fields.taken_date == "2026-11-17"


@pytest.mark.parametrize(
    ("text", "ut"),
    [
        (
            "Gisteravond, 23 november 2026, om kwart over tien 's avonds (MET) schoot het ISS "
            "voor de maan langs – volgens mijn laptop precies om 22:15:37.",
            "2026-11-23T21:15:37",
        ),
        (
            "On 23 November 2026 at a quarter past ten in the evening (GMT) the station "
            "crossed the Moon, at 22:15:37 by my laptop's clock.",
            "2026-11-23T22:15:37",
        ),
        (
            "Am 23. November 2026 um 22:15 MEZ, laut Laptop genau um 22:15:37, lief die ISS "
            "vor dem Mond vorbei.",
            "2026-11-23T21:15:37",
        ),
    ],
)
def test_a_time_said_again_to_the_second_inside_its_minute_is_the_photos(
    text: str, ut: str
) -> None:
    got = _taken_seconds(text, "Tue, 24 Nov 2026 13:37:51 +0100")
    assert got == ut


@pytest.mark.parametrize(
    "text",
    [
        "Gisteravond, 23 november 2026, om kwart over tien 's avonds (MET) schoot het ISS "
        "voor de maan langs – volgens mijn laptop precies om 22:17:37.",
        "On 23 November 2026 at a quarter past ten in the evening (GMT) the station crossed "
        "the Moon, at 22:21:37 by my laptop's clock.",
    ],
)
def test_a_time_said_again_outside_its_minute_gives_no_time(text: str) -> None:
    assert _taken(text, "Tue, 24 Nov 2026 13:37:51 +0100") is None


def _taken_seconds(text: str, header: str) -> str | None:
    from email.utils import parsedate_to_datetime

    from ipom_mail.pipeline.fields.taken_at import find_taken_at
    from tests.pipeline.test_fields_period_words import NO_MEDIA

    got = find_taken_at(text, NO_MEDIA, parsedate_to_datetime(header)).taken_at
    return None if got is None else got.strftime("%Y-%m-%dT%H:%M:%S")

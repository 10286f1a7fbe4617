"""Times and flyby values a mail states with certainty that blind batches 06 and 07 found
missed (issue 13), each class in several languages with sentences written here: the
pass's height as "the largest height" ("Najveća visina 68°"), brightness words of more
languages ("ryškis -3,3", "μέγεθος -3,7"); and what must stay null beside them."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.flyby_numbers import find_magnitude, find_max_elevation
from ipom_mail.pipeline.fields.taken_at import TakenAt, find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _taken(text: str, header: str) -> str | None:
    """The photo's UT time read from `text` sent at `header`, as "YYYY-MM-DDTHH:MM:SS"."""
    taken = find_taken_at(text, NO_MEDIA, parsedate_to_datetime(header))
    return f"{taken.taken_at.astimezone(UTC):%Y-%m-%dT%H:%M:%S}" if taken.taken_at else None


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("Najveća visina 68°, sjaj -3,5.", 68.0),
        ("Najveća visina: 49°", 49.0),
        ("Највећа висина 52°, сјај -3,1.", 52.0),
        ("Didžiausias aukštis 46°, ryškis -3,3.", 46.0),
        ("Kõrgeim punkt 24°, heledus -2,8", 24.0),
    ],
)
def test_the_largest_height_of_the_pass_is_its_elevation(text: str, degrees: float) -> None:
    assert find_max_elevation(text) == degrees


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [
        ("Didžiausias aukštis 46°, ryškis -3,3.", -3.3),
        ("Μέγιστο ύψος 74°, μέγεθος -3,7.", -3.7),
        ("Μέγιστο ύψος 74°, μέγεθος −2,9 περίπου.", -2.9),
    ],
)
def test_brightness_words_of_more_languages_give_the_magnitude(text: str, magnitude: float) -> None:
    assert find_magnitude(text) == magnitude


@pytest.mark.parametrize(
    "text",
    [
        "Najveća visina planine je 1500 m.",  # a mountain's height, no degrees
        "μέγεθος αισθητήρα 23,5 mm",  # a sensor's size
        "το μέγεθος της φωτογραφίας είναι 12 MB",  # a file's size, no sign
    ],
)
def test_a_height_or_size_that_is_no_passs_stays_null(text: str) -> None:
    assert find_max_elevation(text) is None
    assert find_magnitude(text) is None


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        (
            "31 Ekim 2026 akşamı çektiğim ISS fotoğrafını gönderiyorum.\n\nSaat: 18:27:10 TSİ",
            "Sun, 1 Nov 2026 11:05:00 +0300",
            "2026-10-31T15:27:10",
        ),
        (
            "Kuupäev / Date              2026-11-06\nAeg / Time (UT)             15:47:22",
            "Sat, 7 Nov 2026 09:12:00 +0200",
            "2026-11-06T15:47:22",
        ),
        (
            "Bilden togs den 12 oktober 2026.\n\nTid: 19:22 svensk tid",
            "Tue, 13 Oct 2026 08:00:00 +0200",
            "2026-10-12T17:22:00",
        ),
        (
            "Снимок сделан 12 октября 2026 года.\n\nВремя съёмки: 21:22 мск",
            "Tue, 13 Oct 2026 08:00:00 +0300",
            "2026-10-12T18:22:00",
        ),
        (
            "ISSの写真を送ります。2026年10月12日に撮影しました。\n\n撮影時刻：19:22 JST",
            "Tue, 13 Oct 2026 08:00:00 +0900",
            "2026-10-12T10:22:00",
        ),
    ],
)
def test_a_time_line_labelled_in_more_languages_takes_the_mails_one_date(
    text: str, header: str, want: str
) -> None:
    assert _taken(text, header) == want


@pytest.mark.parametrize(
    "text",
    [
        # a labelled time without a zone: no UT time
        "31 Ekim 2026 akşamı çektiğim ISS fotoğrafını gönderiyorum.\n\nSaat: 18:27:10",
        # two dates in the mail: the labelled time has none of its own
        "Bilden togs den 12 oktober 2026. Förra försöket var den 3 oktober 2026.\n\nTid: 19:22 UTC",
    ],
)
def test_a_labelled_time_without_a_zone_or_one_date_stays_null(text: str) -> None:
    assert _taken(text, "Tue, 13 Oct 2026 08:00:00 +0300") is None


def _window(text: str, header: str, taken: str) -> tuple[str | None, str | None]:
    """The pass's window read from `text` beside the photo's UT time `taken`."""
    when = datetime.fromisoformat(taken).replace(tzinfo=UTC)
    flyby = find_flyby(text, TakenAt(when, "body", None), parsedate_to_datetime(header))
    return (
        f"{flyby.start:%H:%M:%S}" if flyby.start else None,
        f"{flyby.end:%H:%M:%S}" if flyby.end else None,
    )


@pytest.mark.parametrize(
    ("text", "header", "taken", "want"),
    [
        (  # a dotted span ends without a time word, its zone in words
            "Passagen varede fra kl. 19.19 til 19.25 dansk tid, maks. højde 38°.",
            "Thu, 15 Oct 2026 10:14:00 +0200",
            "2026-10-14T17:22:00",
            ("17:19:00", "17:25:00"),
        ),
        (
            "Ylilento kesti klo 19.19–19.25 Suomen aikaa.",
            "Thu, 15 Oct 2026 10:14:00 +0300",
            "2026-10-14T16:22:00",
            ("16:19:00", "16:25:00"),
        ),
        (  # a 12-hour span whose period is written after its end only
            "Heavens-Above had it visible from 7:45 to 7:51 pm NZST, max elevation 58°.",
            "Mon, 28 Sep 2026 20:15:00 +1300",
            "2026-09-26T07:48:00",
            ("07:45:00", "07:51:00"),
        ),
        (
            "Visible from 11:52 to 11:58 p.m. EDT, max 61°.",
            "Mon, 12 Oct 2026 20:15:00 -0400",
            "2026-10-11T03:55:00",
            ("03:52:00", "03:58:00"),
        ),
        (  # start and end words with the culmination between, the zone in the heading
            "Údaje o přeletu (středa 4. listopadu 2026, SEČ):\n"
            "začátek 17:15:20, kulminace 17:18:05 ve výšce 62°, konec 17:21:40",
            "Thu, 5 Nov 2026 19:30:00 +0100",
            "2026-11-04T16:17:52",
            ("16:15:20", "16:21:40"),
        ),
        (
            "Pass details (Wednesday 4 November 2026, UTC):\n"
            "start 16:15:20, culmination 16:18:05 at 62°, end 16:21:40",
            "Thu, 5 Nov 2026 19:30:00 +0100",
            "2026-11-04T16:17:52",
            ("16:15:20", "16:21:40"),
        ),
    ],
)
def test_a_pass_window_stated_with_its_clock_is_read(
    text: str, header: str, taken: str, want: tuple[str, str]
) -> None:
    assert _window(text, header, taken) == want


@pytest.mark.parametrize(
    "text",
    [
        "Passagen varede fra kl. 19.19 til 19.25, maks. højde 38°.",  # no zone
        "začátek 17:15:20, kulminace 17:18:05 ve výšce 62°, konec 17:21:40",  # no zone
        "Visible from 7:45 to 7:51, max elevation 58°.",  # no zone, no half of the day
        "Údaje o přeletu (SEČ nebo SELČ?):\nzačátek 17:15:20, konec 17:21:40",  # two zones
    ],
)
def test_a_window_without_its_clock_stays_null(text: str) -> None:
    assert _window(text, "Thu, 5 Nov 2026 19:30:00 +0100", "2026-11-04T16:17:52") == (None, None)


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        (
            "Údaje o přeletu (středa 4. listopadu 2026, SEČ):\n"
            "začátek 17:15:20, kulminace 17:18:05 ve výšce 62°, konec 17:21:40\n\n"
            "Snímek je pořízen v 17:17:52 SEČ, expozice 4 s.",
            "Thu, 5 Nov 2026 19:30:00 +0100",
            "2026-11-04T16:17:52",
        ),
    ],
)
def test_the_shot_inside_a_dated_window_takes_its_date_not_the_culmination(
    text: str, header: str, want: str
) -> None:
    from ipom_mail.pipeline.fields.taken_at import in_window

    sent = parsedate_to_datetime(header)
    taken = find_taken_at(text, NO_MEDIA, sent)
    flyby = find_flyby(text, taken, sent)
    assert flyby.start is not None and flyby.end is not None
    inside = in_window(text, sent, (flyby.start, flyby.end))
    assert inside is not None and f"{inside.astimezone(UTC):%Y-%m-%dT%H:%M:%S}" == want


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        (
            "Voici l'ISS hier soir depuis mon balcon à Villeurbanne.\n\nHeure : 18h52 TU, pose de 6 s",
            "Fri, 13 Nov 2026 08:55:03 +0100",
            "2026-11-12T18:52:00",
        ),
        (
            "les mando la foto de anoche, la iss sobre el lago\nfue a las 21:08 hs (UTC-3)",
            "Sun, 1 Nov 2026 10:22:15 -0300",
            "2026-11-01T00:08:00",
        ),
        (
            "Here's the ISS last night over the harbour.\n\n19:41:05 UTC, 4 s exposure",
            "Fri, 13 Nov 2026 08:55:03 +0000",
            None,  # a Date header at UTC+0 may be a converted one: no sender's day
        ),
        (
            "Hier die ISS gestern Abend über dem Rathaus.\n\n18:52 UTC, 6 s belichtet",
            "Fri, 13 Nov 2026 08:55:03 +0100",
            "2026-11-12T18:52:00",
        ),
    ],
)
def test_a_relative_day_in_the_sentence_presenting_the_station_dates_its_time(
    text: str, header: str, want: str | None
) -> None:
    assert _taken(text, header) == want


@pytest.mark.parametrize(
    "text",
    [
        "ISS last night at 00:40",  # after midnight: which day?
        "Voici l'ISS hier soir.\n\nHeure : 18h52",  # no zone
        "Voici l'ISS hier soir, et ce soir encore !\n\nHeure : 18h52 TU",  # two days
    ],
)
def test_a_relative_day_that_does_not_settle_the_time_gives_none(text: str) -> None:
    taken = find_taken_at(text, NO_MEDIA, parsedate_to_datetime("Sun, 16 Jun 2024 09:00 +0200"))
    assert taken.taken_at is None


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        (
            "Time: 2026-10-30 0134Z (7:34 pm MDT on the 29th)",
            "Mon, 2 Nov 2026 10:31:00 -0700",
            "2026-10-30T01:34:00",
        ),
        (
            "Zeit: 30.10.2026, 00:34 UTC (01:34 MEZ)",
            "Mon, 2 Nov 2026 10:31:00 +0100",
            "2026-10-30T00:34:00",
        ),
        (
            "Hora: 30/10/2026 01:34 UTC (22:34 hora de Brasília do dia 29)",
            "Mon, 2 Nov 2026 10:31:00 -0300",
            "2026-10-30T01:34:00",
        ),
    ],
)
def test_a_time_restated_in_brackets_on_another_clock_is_the_same_moment(
    text: str, header: str, want: str
) -> None:
    assert _taken(text, header) == want


def test_a_bracketed_time_that_says_another_moment_leaves_no_time() -> None:
    text = "Time: 2026-10-30 0134Z (8:34 pm MDT on the 29th)"  # an hour apart: which?
    assert _taken(text, "Mon, 2 Nov 2026 10:31:00 -0700") is None


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        (
            "posielam fotku ISS, ktorú som odfotil predvčerom o 17:55 SEČ z vrcholu Zobora.",
            "Tue, 10 Nov 2026 20:10:00 +0100",
            "2026-11-08T16:55:00",
        ),
        (
            "Die ISS habe ich vorgestern um 17:55 MEZ über dem Dom fotografiert.",
            "Tue, 10 Nov 2026 20:10:00 +0100",
            "2026-11-08T16:55:00",
        ),
        (
            "Os envío la foto de la ISS que tomé anteayer a las 18:55 hora de Madrid.",
            "Tue, 10 Nov 2026 20:10:00 +0100",
            "2026-11-08T17:55:00",
        ),
        (
            "Zdjęcie ISS zrobiłem przedwczoraj o 17:55 CET.",
            "Tue, 10 Nov 2026 20:10:00 +0100",
            "2026-11-08T16:55:00",
        ),
    ],
)
def test_the_day_before_yesterday_from_cldr_dates_the_time(
    text: str, header: str, want: str
) -> None:
    assert _taken(text, header) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("la nit del 26 d'octubre de 2026 a les 23:05:48 UT", "2026-10-26T23:05:48"),
        ("la nit del 26 d’octubre de 2026 a les 23:05:48 UT", "2026-10-26T23:05:48"),
        ("el 14 d'abril de 2026 a les 21:05 UT", "2026-04-14T21:05:00"),
        ("le 14 d'août 2026… non : 14 août 2026 à 21:05 UTC", "2026-08-14T21:05:00"),
    ],
)
def test_a_month_name_elided_with_a_typed_apostrophe_dates_the_time(text: str, want: str) -> None:
    assert _taken(text, "Mon, 9 Nov 2026 12:00:00 +0100") == want


@pytest.mark.parametrize(
    "text",
    [
        "predvčerom a včera som fotil ISS, o 17:55 SEČ",  # two days: which?
        "Vorgestern war Vortrag; die ISS um 17:55",  # no zone
    ],
)
def test_a_day_before_yesterday_that_does_not_settle_it_gives_no_time(text: str) -> None:
    assert _taken(text, "Tue, 10 Nov 2026 20:10:00 +0100") is None


@pytest.mark.parametrize(
    ("text", "header", "want"),
    [
        (
            "Os envío mi tránsito de la ISS por delante del Sol de hoy al mediodía.\n\n"
            "Hora del tránsito: 12:41:07 hora de Madrid",
            "Sun, 8 Nov 2026 19:40:00 +0100",
            "2026-11-08T11:41:07",
        ),
        (
            "Voici mon transit solaire de l'ISS, aujourd'hui à midi.\n\nHeure : 12:41:07 TU",
            "Sun, 8 Nov 2026 19:40:00 +0100",
            "2026-11-08T12:41:07",
        ),
        (
            "Mein Sonnentransit der ISS von heute Mittag.\n\nZeit: 12:41:07 MEZ",
            "Sun, 8 Nov 2026 19:40:00 +0100",
            "2026-11-08T11:41:07",
        ),
        (
            "My solar transit of the ISS, today at noon.\n\nTime: 12:41:07 UTC",
            "Sun, 8 Nov 2026 19:40:00 +0100",
            "2026-11-08T12:41:07",
        ),
    ],
)
def test_today_with_a_day_period_from_cldr_dates_the_time(
    text: str, header: str, want: str
) -> None:
    assert _taken(text, header) == want


@pytest.mark.parametrize(
    "text",
    [
        "Os envío mi tránsito de hoy al mediodía.\n\nHora: 21:41:07 hora de Madrid",  # after send
        "Os envío mi tránsito de hoy.\n\nHora del tránsito: 12:41:07",  # no zone
    ],
)
def test_today_that_cannot_be_the_photos_day_gives_no_time(text: str) -> None:
    assert _taken(text, "Sun, 8 Nov 2026 19:40:00 +0100") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("do 15 okt de iss gezien bij de vuurtoren, 20:51 UTC+2", "2026-10-15T18:51:00"),
        ("Do 15 Okt die ISS gesehen, 20:51 MESZ", "2026-10-15T18:51:00"),
        ("za 17 okt de iss gezien, 19:02 UTC+2", "2026-10-17T17:02:00"),
    ],
)
def test_a_two_letter_weekday_that_fits_dates_a_yearless_abbreviated_month(
    text: str, want: str
) -> None:
    assert _taken(text, "Tue, 3 Nov 2026 07:51:40 +0100") == want


@pytest.mark.parametrize(
    "text",
    [
        "di 15 okt de iss gezien, 20:51 UTC+2",  # 15 Oct 2026 is a Thursday, not a Tuesday
        "wo 15 okt de iss gezien, 20:51 UTC+2",  # a Wednesday: no date
        "15 okt de iss gezien, 20:51 UTC+2",  # an abbreviation alone: too weak
    ],
)
def test_a_two_letter_word_that_does_not_fit_the_date_gives_none(text: str) -> None:
    assert _taken(text, "Tue, 3 Nov 2026 07:51:40 +0100") is None

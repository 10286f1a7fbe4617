"""A clock said in words on a 12-hour dial, its day-period word written with the photo's
day in another sentence (batch-39): "Gestern Abend … ¶ Das Bild entstand um Viertel nach
zehn (MESZ)" is 22:15. Only a period word written with its day counts ("gestern Abend",
"gisteravond", "tegnap este", "ieri sera", "ahir al vespre"), from the same message as the
time, and every such phrase must settle the hour alike; else the time is not read."""

from __future__ import annotations

import pytest

from tests.pipeline.test_fields_period_words import _taken

HEADER = "Fri, 11 Sep 2026 08:00:00 +0200"
FORWARD = "---------- Forwarded message ---------\nFrom: Anna Berger <anna@example.de>\n"


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        (
            "Gestern Abend bin ich auf den Feldberg gefahren, endlich war es klar.\n\n"
            "Das Bild entstand um Viertel nach zehn (MESZ), eine Belichtung von 15 s.",
            HEADER,
            "2026-09-10T20:15",
        ),
        (
            "Gisteravond stonden we op de dijk bij Lauwersoog.\n\n"
            "Om kwart over tien (Nederlandse tijd) kwam het station over de vuurtoren.",
            HEADER,
            "2026-09-10T20:15",
        ),
        (
            "Tegnap este a Kékestetőn voltam a családdal.\n\n"
            "A kép fél tízkor készült, magyar idő szerint, a kupola fölött.",
            HEADER,
            "2026-09-10T19:30",
        ),
        (
            "Ahir al vespre vam pujar al Montseny amb la colla.\n\n"
            "La foto és de dos quarts de deu (hora peninsular), just sobre el far.",
            HEADER,
            "2026-09-10T19:30",
        ),
        (
            "Ieri sera sono salito al Monte Grappa con mio figlio.\n\n"
            "Il passaggio è avvenuto alle dieci e un quarto, ora italiana.",
            HEADER,
            "2026-09-10T20:15",
        ),
        (
            "This morning I drove up to the ridge before work.\n\n"
            "The shot was taken at a quarter to six (BST), just before sunrise.",
            "Fri, 11 Sep 2026 09:00:00 +0100",
            "2026-09-11T04:45",
        ),
    ],
)
def test_the_photo_days_period_in_another_sentence_settles_a_said_clock(
    text: str, header: str, ut: str
) -> None:
    assert _taken(text, header) == ut


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # a period word alone, with no day, says nothing of the photo's day
        (
            "Abends beobachte ich oft vom Balkon aus. Gestern war es klar.\n\n"
            "Das Bild entstand um Viertel nach zehn (MESZ), kurz vor dem Erdschatten.",
            HEADER,
        ),
        # two phrases that read the hour apart: which half of the day?
        (
            "Gestern Abend war es klar, heute Morgen habe ich das Bild bearbeitet.\n\n"
            "Das Bild entstand um Viertel nach zehn (MESZ), kurz vor dem Erdschatten.",
            HEADER,
        ),
        # the forwarder's evening is not the inner mail's
        (
            "Hallo, gestern Abend hatten wir Vereinsabend; hier Annas Bild.\n\n"
            + FORWARD
            + "Date: Thu, 10 Sep 2026 23:10:00 +0200\nSubject: ISS\n\n"
            "Das Bild entstand um Viertel nach zehn (MESZ), kurz vor dem Erdschatten.",
            HEADER,
        ),
        # a weekday evening after the time, in a sentence of its own: a club's plan
        (
            "Gisteren stonden we op de dijk bij Lauwersoog.\n\n"
            "Om kwart over tien (Nederlandse tijd) kwam het station over de vuurtoren.\n\n"
            "Volgende week zaterdagavond is er weer een clubavond.",
            HEADER,
        ),
        # "este" alone in another sentence is no day's evening
        (
            "Tegnap a Kékestetőn voltam. A kép fél tízkor készült, magyar idő szerint. "
            "Este még sokáig néztük a csillagokat.",
            HEADER,
        ),
        # the evening of another event: a club's meeting
        (
            "Ieri sera c'era la riunione del club.\n\n"
            "Il passaggio è avvenuto alle dieci e un quarto, ora italiana.",
            HEADER,
        ),
        (
            "Yesterday evening we had our club meeting.\n\n"
            "The shot was taken at half past nine British Summer Time, over the lighthouse.",
            "Fri, 11 Sep 2026 09:00:00 +0100",
        ),
        # the time's own sentence names another day: the evening is another day's
        (
            "Gestern Abend war Vereinssitzung.\n\n"
            "Das Foto entstand am Sonntag um Viertel nach zehn (MESZ).",
            HEADER,
        ),
        (
            "Ahir al vespre vam fer la reunió del club.\n\n"
            "La foto és del 6 de setembre, a dos quarts de deu (hora peninsular).",
            HEADER,
        ),
        # the morning's phrase cannot settle ten as the evening's
        (
            "Ahir al matí vaig preparar l'equip.\n\n"
            "Ahir al vespre vam pujar al Montseny.\n\n"
            "La foto és de dos quarts de deu (hora peninsular).",
            HEADER,
        ),
    ],
)
def test_a_period_without_its_day_or_read_two_ways_leaves_the_clock_unread(
    text: str, header: str
) -> None:
    assert _taken(text, header) is None


CLUB = "Mon, 14 Sep 2026 12:15:00 +0200"


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        (
            "Buongiorno, vi inoltriamo la foto del nostro socio.\n\n"
            "---------- Forwarded message ---------\nDa: Luca Rossi <luca@example.it>\n"
            "Date: dom 13 set 2026 alle ore 23:02\nSubject: foto ISS\n\n"
            "Ieri sera sono salito al Monte Grappa.\n\n"
            "Il passaggio è avvenuto alle dieci e un quarto, ora italiana.",
            CLUB,
            "2026-09-12T20:15",
        ),
        (
            "Hallo, hier das Bild unseres Mitglieds.\n\n"
            "---------- Forwarded message ---------\nFrom: Anna Berger <anna@example.de>\n"
            "Date: Sun, 13 Sep 2026 23:02:00 +0200\nSubject: ISS\n\n"
            "Gestern Abend war ich auf dem Feldberg.\n\n"
            "Das Bild entstand um Viertel nach zehn (MESZ), kurz vor dem Erdschatten.",
            CLUB,
            "2026-09-12T20:15",
        ),
        (
            "Hi all, forwarding a member's entry.\n\n"
            "---------- Forwarded message ---------\nFrom: Tom Hale <tom@example.org>\n"
            "Date: Sun, 13 Sep 2026 23:02:00 +0100\nSubject: ISS\n\n"
            "Yesterday evening I drove up to the ridge.\n\n"
            "The shot was taken at half past nine British Summer Time, over the lighthouse.",
            "Mon, 14 Sep 2026 12:15:00 +0100",
            "2026-09-12T20:30",
        ),
    ],
)
def test_a_forwarded_mails_day_counts_from_its_own_date_line(
    text: str, header: str, ut: str
) -> None:
    assert _taken(text, header) == ut


def test_a_forwarded_mail_without_a_date_line_of_its_own_gives_no_day() -> None:
    text = (
        "Hallo, hier das Bild unseres Mitglieds.\n\n"
        "---------- Forwarded message ---------\nFrom: Anna Berger <anna@example.de>\n"
        "Subject: ISS\n\n"
        "Gestern Abend war ich auf dem Feldberg.\n\n"
        "Das Bild entstand um Viertel nach zehn (MESZ), kurz vor dem Erdschatten."
    )
    assert _taken(text, CLUB) is None

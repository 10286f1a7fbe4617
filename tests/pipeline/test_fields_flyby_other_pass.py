"""flyby, issue 13 (batch-42): another pass's window ("the next pass tomorrow from 20:10 to
20:16", "Der nächste Überflug morgen von … bis …") is never the photo's pass, and a sentence
of another pass ("A következő áthaladás 20:44-kor lett volna") neither names the photo's pass
nor gives it a clock: a series under the photo's time label stays the photo's own. The
photo's own window beside it is kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.mailkit import mail_fields

SHOT = "taken at 21:07:30 CEST on 10 April 2027"


@pytest.mark.parametrize(
    "other",
    [
        "The next pass tomorrow from 20:10 to 20:16 CEST is even higher.",
        "Der nächste Überflug morgen von 20:10 bis 20:16 MESZ wird noch höher.",
        "Le prochain passage, demain de 20h10 à 20h16 (heure de Paris), sera plus haut.",
        "El próximo paso, mañana de 20:10 a 20:16 hora peninsular, será más alto.",
        "Następny przelot jutro od 20:10 do 20:16 czasu polskiego będzie wyżej.",
        "Příští přelet zítra od 20:10 do 20:16 SELČ bude ještě výš.",
    ],
)
def test_another_passs_window_is_not_the_photos(other: str) -> None:
    body = f"Hello,\n\nMy photo of the ISS, {SHOT}.\n\n{other}\n\nBest,\nJan Novak\n"
    fields = mail_fields("ISS photo", body, "Jan Novak <j@example.org>")
    assert fields.taken_at == datetime(2027, 4, 10, 19, 7, 30, tzinfo=UTC)
    assert (fields.flyby.start, fields.flyby.end) == (None, None)


def test_the_photos_own_window_stays_beside_the_next_passs() -> None:
    body = (
        f"Hello,\n\nMy photo of the ISS over Prague, {SHOT}.\nThe pass was from 21:04 to "
        "21:10 CEST, max elevation 60°.\n\nThe next pass tomorrow from 20:10 to 20:16 CEST "
        "is even higher.\n\nBest,\nJan Novak\n"
    )
    flyby = mail_fields("ISS over Prague", body, "Jan Novak <j@example.cz>").flyby
    assert flyby.start == datetime(2027, 4, 10, 19, 4, tzinfo=UTC)
    assert flyby.end == datetime(2027, 4, 10, 19, 10, tzinfo=UTC)


def test_a_series_under_the_time_label_stays_the_photos_beside_the_next_pass() -> None:
    body = (
        "Kedves Szerkesztőség!\n\nBeküldöm a képemet: az ISS teljes átvonulása a Zselici "
        "Csillagpark kilátója\nfelett, 66 darab 5 másodperces felvétel összeadásából.\n\n"
        "Időpont: 2027. március 19. (péntek), 19:08:10 és 19:13:40 között, közép-európai "
        "idő (CET)\nMaximális magasság 82°, fényesség -3,9\n\nA Hold 89%-os fázisban volt. "
        "A következő\náthaladás 20:44-kor lett volna, de addigra beborult.\n\n"
        "Üdvözlettel:\nNagy Balázs\n"
    )
    fields = mail_fields(
        "ISS Zselic", body, "Nagy Balázs <n@example.hu>", date="Sun, 21 Mar 2027 16:44:12 +0100"
    )
    assert fields.taken_at == datetime(2027, 3, 19, 18, 8, 10, tzinfo=UTC)
    assert fields.taken_until == datetime(2027, 3, 19, 18, 13, 40, tzinfo=UTC)
    assert (fields.flyby.start, fields.flyby.end) == (None, None)

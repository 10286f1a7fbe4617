"""taken_at, issue 13: a weekday written with its own date ("lørdag den 23. august kl. 20:00",
a star party's; "dijous 11 de desembre", a meeting's) names that date, never a day alone for a
time the mail gives no date: such a time keeps no date. A weekday alone still dates it."""

from __future__ import annotations

import pytest

from tests.mailkit import mail_fields

_OPENING = "Here is my photo of the ISS over the lighthouse.\n\n"


def _fields(body: str, date: str):  # type: ignore[no-untyped-def]
    return mail_fields("ISS photo", body, date=date)


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("Jeg sender hermed mit billede af ISS over Skagen Fyr. Billedet er taget kl. 22:07 "
         "dansk tid fra stranden.\n\nHusk vores stjernetræf lørdag den 23. august kl. 20:00 "
         "ved Grenen.\n\nVenlig hilsen\nMette", "Mon, 18 Aug 2025 20:14:33 +0200"),
        ("Us envio la meva foto de l'ISS sobre l'església de Prades. La vaig fer a les 18:12 "
         "UTC.\n\nUs recordo que dijous 11 de desembre fem la reunió mensual, a les 19:30.\n\n"
         "Salutacions,\nPau", "Sat, 06 Dec 2025 11:48:20 +0100"),
        (f"{_OPENING}Taken at 21:14 UTC.\n\nOur star party is on Saturday, the 23rd of August, "
         "at 20:00.\n\nCheers,\nTom", "Mon, 18 Aug 2025 20:14:33 +0200"),
        ("Hier mein Foto der ISS über dem Leuchtturm, aufgenommen um 21:14 MESZ.\n\nUnser "
         "Vereinsabend ist am Freitag, 22. August, um 19 Uhr.\n\nGrüße\nJonas",
         "Mon, 18 Aug 2025 20:14:33 +0200"),
        ("Zdjęcie ISS nad latarnią, zrobione o 21:14 czasu polskiego.\n\nSpotkanie koła w "
         "sobotę 23.08. o 18:00.\n\nPozdrawiam\nTomasz", "Mon, 18 Aug 2025 20:14:33 +0200"),
    ],
)  # fmt: skip
def test_a_weekday_with_its_own_date_gives_a_time_without_one_no_date(body: str, date: str) -> None:
    fields = _fields(body, date)
    assert fields.taken_at is None
    assert fields.taken_date is None


@pytest.mark.parametrize(
    ("body", "date", "ut"),
    [
        # a weekday alone still dates the time
        (f"{_OPENING}Taken on Saturday evening at 21:14 UTC.\n\nCheers,\nTom",
         "Mon, 18 Aug 2025 20:14:33 +0200", "2025-08-16T21:14"),
        ("Billedet er taget lørdag aften kl. 22:07 dansk tid fra stranden.\n\nVenlig hilsen\n"
         "Mette", "Mon, 18 Aug 2025 20:14:33 +0200", "2025-08-16T20:07"),
    ],
)  # fmt: skip
def test_a_weekday_alone_still_dates_the_time(body: str, date: str, ut: str) -> None:
    taken = _fields(body, date).taken_at
    assert taken is not None and taken.strftime("%Y-%m-%dT%H:%M") == ut

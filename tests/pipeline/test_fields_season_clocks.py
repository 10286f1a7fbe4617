"""A country's clock named with its season ("svensk normaltid", "dansk sommertid",
"българско лятно време", "ora legale italiana"; blind batch 10, issue 13): that season's offset, checked against
the date like "CEST": a summer name written for a winter date (or the reverse) gives the
date only, never a UT time an hour off; and a sentence naming it for all the mail's
times ("Alla tider i svensk normaltid (UTC+1).") gives those times their zone."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.taken_at import TakenAt, find_taken_at
from ipom_mail.pipeline.values import Media


def _taken(text: str, header: str) -> TakenAt:
    return find_taken_at(text, Media(items=()), parsedate_to_datetime(header))


@pytest.mark.parametrize(
    ("text", "header", "ut"),
    [
        ("Bilden togs den 9 mars 2026 kl. 18:44 svensk normaltid.",
         "Tue, 10 Mar 2026 09:00:00 +0100", "2026-03-09T17:44"),
        ("Billedet er taget den 9. juli 2026 kl. 22:44 dansk sommertid.",
         "Fri, 10 Jul 2026 09:00:00 +0200", "2026-07-09T20:44"),
        ("Bildet ble tatt 9. juli 2026 kl. 22:44 norsk sommertid.",
         "Fri, 10 Jul 2026 09:00:00 +0200", "2026-07-09T20:44"),
        ("Снимката е направена на 9 юли 2026 г. в 22:44 българско лятно време.",
         "Fri, 10 Jul 2026 09:00:00 +0300", "2026-07-09T19:44"),
        ("Foto scattata il 9 luglio 2026 alle 22:44 ora legale italiana.",
         "Fri, 10 Jul 2026 09:00:00 +0200", "2026-07-09T20:44"),
        ("Bilden är tagen kl. 18.44.30 den 9 mars 2026.\nAlla tider i svensk normaltid (UTC+1).",
         "Tue, 10 Mar 2026 09:00:00 +0100", "2026-03-09T17:44:30"),
    ],
)  # fmt: skip
def test_a_clock_named_with_its_season_in_force_gives_the_ut_time(
    text: str, header: str, ut: str
) -> None:
    assert _taken(text, header).taken_at == datetime.fromisoformat(ut).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "header", "day"),
    [
        ("Billedet er taget den 9. december 2026 kl. 18:44 dansk sommertid.",
         "Thu, 10 Dec 2026 09:00:00 +0100", "2026-12-09"),
        ("Bilden togs den 9 juli 2026 kl. 22:44 svensk normaltid.",
         "Fri, 10 Jul 2026 09:00:00 +0200", "2026-07-09"),
        ("Снимката е направена на 9 декември 2026 г. в 18:44 българско лятно време.",
         "Thu, 10 Dec 2026 09:00:00 +0200", "2026-12-09"),
        ("Foto scattata il 9 dicembre 2026 alle 18:44 ora legale italiana.",
         "Thu, 10 Dec 2026 09:00:00 +0100", "2026-12-09"),
    ],
)  # fmt: skip
def test_a_clock_named_with_the_other_season_gives_the_date_only(
    text: str, header: str, day: str
) -> None:
    taken = _taken(text, header)
    assert (taken.taken_at, taken.taken_date) == (None, day)

"""A summer clock named alone, in a language's own words ("ora legale", "heure d'été",
"Sommerzeit", "vasaras laiks"; data/zone_words.toml [season_words], batch-41): that clock's
summer offset, checked against the date. Which country's clock: a town the mail names, or
the sender's clock when every country of that language keeps one summer offset; never a
guess (a place on another clock, a language whose summer clocks differ, a summer time a
country has given up)."""

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
        ("Foto scattata il 9 luglio 2026 alle 22:44:10 ora legale, dal Monte Baldo.",
         "Fri, 10 Jul 2026 09:00:00 +0200", "2026-07-09T20:44:10"),
        # a webmail's clock at UT says nothing: the town does
        ("Photo prise le 12 septembre 2026 à 21h34 (heure d'été), près de Toulouse.",
         "Sun, 13 Sep 2026 09:00:00 +0000", "2026-09-12T19:34"),
        ("Aufgenommen am 9. Juli 2026 um 22:44:30 Uhr Sommerzeit.",
         "Fri, 10 Jul 2026 09:00:00 +0200", "2026-07-09T20:44:30"),
        ("Uzņemts 2026. gada 9. augustā plkst. 22:18:30 pēc Latvijas vasaras laika.",
         "Mon, 10 Aug 2026 09:00:00 +0300", "2026-08-09T19:18:30"),
        ("Foto gemaakt op 9 juli 2026 om 22:44 zomertijd, in Utrecht.",
         "Fri, 10 Jul 2026 09:00:00 +0000", "2026-07-09T20:44"),
        ("Kuva otettu 9.7.2026 klo 22.44 kesäaikaa.",
         "Fri, 10 Jul 2026 09:00:00 +0300", "2026-07-09T19:44"),
    ],
)  # fmt: skip
def test_a_summer_clock_named_alone_gives_its_country_s_summer_offset(
    text: str, header: str, ut: str
) -> None:
    assert _taken(text, header).taken_at == datetime.fromisoformat(ut).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # summer time written for a winter date
        ("Foto scattata il 9 dicembre 2026 alle 18:44 ora legale.", "Thu, 10 Dec 2026 09:00:00 +0100"),
        # a local time with no zone
        ("Foto scattata il 9 luglio 2026 alle 22:44.", "Fri, 10 Jul 2026 09:00:00 +0200"),
        # the place keeps another summer clock than the sender's
        ("Photo prise le 12 juillet 2026 à 21h34 (heure d'été) depuis Montréal.",
         "Mon, 13 Jul 2026 09:00:00 +0200"),
        # English "summer time" is Britain's or Ireland's: from Berlin it names neither
        ("Shot on 9 July 2026 at 22:44 summer time, from Berlin.", "Fri, 10 Jul 2026 09:00:00 +0200"),
        # Swedish summer time is Sweden's (UTC+2) or Finland's (UTC+3): the sender's clock
        # does not settle which
        ("Bilden tagen den 9 juli 2026 kl. 22:44 sommartid.", "Fri, 10 Jul 2026 09:00:00 +0300"),
        # Iran gave up summer time in 2022
        ("عکس را در ۹ ژوئیه ۲۰۲۶ ساعت ۲۱:۴۴ به وقت تابستانی گرفتم.",
         "Fri, 10 Jul 2026 09:00:00 +0330"),
        # the time was not read on the language's clock: another city's zone named beside it
        ("Ich wohne in Wien. Das Foto entstand am 9. Juli 2026 um 22:44 Sommerzeit in Chicago.",
         "Fri, 10 Jul 2026 09:00:00 +0200"),
    ],
)  # fmt: skip
def test_no_ut_time_when_the_summer_clock_is_not_settled(text: str, header: str) -> None:
    assert _taken(text, header).taken_at is None

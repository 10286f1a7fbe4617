"""A zone named after a sentence's last time is the clock of that sentence's times that have
none (blind batches 7, 11, 12, 18; issue 13): "16 óra 52 perckor készült (magyar idő szerint,
CET)", "ob 18:07\\npo srednjeevropskem času", "início às 18:52, … fim às 18:58, tudo no horário
de Brasília". A place's clock and an abbreviation of its season are one clock (the
abbreviation is then checked against the date). Traps: a town in brackets is where, not which
clock; a bare abbreviation at a sentence's end after other words is no time's zone; two
clocks named there are none; an abbreviation out of season gives no UT time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

SENT = datetime(2026, 12, 16, 21, 10, tzinfo=timezone(timedelta(hours=1)))


def _taken(text: str, sent: datetime = SENT) -> datetime | None:
    return find_taken_at(text, Media(()), sent).taken_at


@pytest.mark.parametrize(
    "text",
    [
        "A kép 2026. december 15-én, 16 óra 52 perckor készült (magyar idő szerint, CET) a "
        "Zselici Csillagparkban.",
        "A felvétel 2026. december 15-én 16 óra 52 perckor készült, közép-európai idő (CET) "
        "szerint.",
        "tu je moj posnetek, posnet v torek, 15. 12. 2026, ob 16:52\npo srednjeevropskem času.",
        "La foto è del 15 dicembre 2026 alle 16:52, scattata da Roma (ora italiana).",
    ],
)
def test_a_zone_after_the_sentences_last_time_is_its_clock(text: str) -> None:
    assert _taken(text) == datetime(2026, 12, 15, 15, 52, tzinfo=UTC)


def test_a_pass_window_takes_the_zone_named_after_it() -> None:
    text = (
        "Foto de 4 de setembro de 2026. Dados da passagem: início às 18:52, máximo às 18:55 "
        "com 81° de\nelevação, fim às 18:58, tudo no horário de Brasília."
    )
    sent = datetime(2026, 9, 6, 11, 25, tzinfo=timezone(timedelta(hours=-3)))
    taken = find_taken_at(text, Media(()), sent)
    flyby = find_flyby(text, taken, sent)
    assert (flyby.start, flyby.end) == (
        datetime(2026, 9, 4, 21, 52, tzinfo=UTC),
        datetime(2026, 9, 4, 21, 58, tzinfo=UTC),
    )
    assert taken.taken_at is None  # a window is no photo's time


@pytest.mark.parametrize(
    "text",
    [
        # a town in brackets says where, not which clock
        "Вчера, 15 декабря 2026, в 22:15 снял МКС с балкона (Екатеринбург).",
        # a bare abbreviation after other words at the sentence's end
        "My photo of 15 December 2026 at 16:52 in the evening light, CET.",
        # two clocks named after the time
        "A kép 2026. december 15-én, 16 óra 52 perckor készült (magyar idő szerint, EET).",
        # a summer abbreviation for a winter date beside the place's clock
        "A kép 2026. december 15-én, 16 óra 52 perckor készült (magyar idő szerint, CEST).",
    ],
)
def test_no_clock_from_a_town_a_bare_word_two_clocks_or_a_wrong_season(text: str) -> None:
    assert _taken(text) is None

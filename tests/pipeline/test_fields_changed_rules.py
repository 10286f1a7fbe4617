"""A zone abbreviation read by the clock of the place whose rules changed (issue 13, wrong 2).

Mexico gave up summer time in 2022 (but its northern border), Turkey in 2016: "19:31 CDT"
written in Mexico City in October 2026, or "18:10 EET" in Istanbul in November 2026,
names a clock that place no longer keeps. The place's IANA zone (zoneinfo) says which
abbreviation was in force there then; when the written one was not, there is no UT
time, only the date, and a note and a question say why.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.places import abbreviations_shown, place_zone
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())


def _sent(offset: int) -> datetime:
    return datetime(2026, 11, 8, 13, 2, tzinfo=timezone(timedelta(hours=offset)))


NOT_IN_FORCE = [
    (
        "Tomada el 20 de octubre de 2026 a las 19:31 CDT desde mi azotea en Coyoacán, CDMX.",
        _sent(-6),
        "2026-10-20",
    ),
    (
        "Foto del 20 de octubre de 2026, 19:31 CDT, desde la Ciudad de México.",
        _sent(-6),
        "2026-10-20",
    ),
    (
        "Aufgenommen am 20. Oktober 2026 um 19:31 CDT in Mexiko-Stadt.",
        _sent(1),
        "2026-10-20",
    ),
    (
        "Tomada el 14 de julio de 2026 a las 21:10 CDT desde Guadalajara, Jalisco.",
        _sent(-6),
        "2026-07-14",
    ),
    (
        "İstanbul, Moda sahilinden, 4 Kasım 2026 saat 18:10 EET.",
        _sent(3),
        "2026-11-04",
    ),
]


@pytest.mark.parametrize(("text", "sent", "day"), NOT_IN_FORCE)
def test_an_abbreviation_the_place_no_longer_keeps_gives_the_date_only(
    text: str, sent: datetime, day: str
) -> None:
    taken = find_taken_at(text, NO_MEDIA, sent)
    assert taken.taken_at is None
    assert taken.taken_date == day
    assert any("when the clocks there showed" in note for note in taken.notes)
    assert taken.questions


@pytest.mark.parametrize(
    ("text", "ut"),
    [
        (  # Mexico City's own clock, written as it is now
            "Tomada el 20 de octubre de 2026 a las 19:31 CST desde Coyoacán, CDMX.",
            datetime(2026, 10, 21, 1, 31, tzinfo=UTC),
        ),
        (  # Before 2022 Mexico City kept summer time: CDT was right then
            "Tomada el 20 de julio de 2021 a las 21:31 CDT desde Coyoacán, CDMX.",
            datetime(2021, 7, 21, 2, 31, tzinfo=UTC),
        ),
        (  # Istanbul kept EEST until 2016
            "İstanbul, 4 Ağustos 2015 saat 21:10 EEST.",
            datetime(2015, 8, 4, 18, 10, tzinfo=UTC),
        ),
    ],
)
def test_an_abbreviation_in_force_there_then_is_converted(text: str, ut: datetime) -> None:
    assert find_taken_at(text, NO_MEDIA, _sent(-6)).taken_at == ut


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("desde mi casa en Coyoacán, CDMX", "America/Mexico_City"),
        ("en la Ciudad de México", "America/Mexico_City"),
        ("aus Mexiko-Stadt", "America/Mexico_City"),
        ("desde Puebla, Pue.", "America/Mexico_City"),
        ("desde Mérida, Yucatán", "America/Merida"),
    ],
)
def test_a_place_is_known_by_its_local_names(text: str, zone: str) -> None:
    assert place_zone(text) == zone


def test_a_country_of_several_clocks_names_no_zone() -> None:
    assert place_zone("photographed from Mexico") is None


def test_a_zone_knows_the_abbreviations_its_clocks_have_shown() -> None:
    assert {"CST", "CDT"} <= abbreviations_shown("America/Mexico_City")
    assert {"EET", "EEST"} <= abbreviations_shown("Europe/Istanbul")


@pytest.mark.parametrize(
    ("text", "sent", "ut"),
    [
        (  # Mexico keeps CST all year since 2022: right in July 2026
            "Tomada el 14 de julio de 2026 a las 21:10 CST desde Guadalajara, Jalisco.",
            datetime(2026, 7, 15, 9, 0, tzinfo=timezone(timedelta(hours=-6))),
            datetime(2026, 7, 15, 3, 10, tzinfo=UTC),
        ),
        (  # the clock of the mail settles it when no place is named
            "Tomada el 14 de julio de 2026 a las 21:10 CST desde la azotea.",
            datetime(2026, 7, 15, 9, 0, tzinfo=timezone(timedelta(hours=-6))),
            datetime(2026, 7, 15, 3, 10, tzinfo=UTC),
        ),
    ],
)
def test_cst_written_in_mexico_is_mexicos_clock(text: str, sent: datetime, ut: datetime) -> None:
    assert find_taken_at(text, NO_MEDIA, sent).taken_at == ut


def test_cst_written_in_mexico_in_a_summer_it_kept_summer_time_asks() -> None:
    text = "Tomada el 14 de julio de 2021 a las 21:10 CST desde Guadalajara, Jalisco."
    sent = datetime(2021, 7, 15, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
    taken = find_taken_at(text, NO_MEDIA, sent)
    assert taken.taken_at is None and taken.taken_date == "2021-07-14"

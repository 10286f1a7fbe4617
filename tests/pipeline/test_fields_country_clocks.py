"""taken_at: a zone word naming a whole country's clock ("hora de Portugal", "hora de España",
"hora chilena") is mainland's, but the country keeps other clocks too (the Azores, the
Canaries, Easter Island, Magallanes). When the mail names a place of that country on another
clock then, the time may be on either: no UT time, and a note that asks. A city's or a
region's own clock ("hora de Madrid", "hora dos Açores", "Moscow time") says which it is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(items=())


def _sent(hours: int) -> datetime:
    """The Date header of a mail sent the next morning from a clock `hours` from UT."""
    return datetime(2024, 7, 15, 9, 40, tzinfo=timezone(timedelta(hours=hours)))


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Fotografei a ISS a 14 de julho de 2024 às 22:31 (hora de Portugal), em Ponta Delgada.", 0),
        ("Fotografei a ISS a 14 de julho de 2024 às 22:31, hora portuguesa, em Ponta Delgada.", 0),
        ("I took it on 14 July 2024 at 22:31 (hora de Portugal) from Ponta Delgada, Azores.", 0),
        ("Fotografié la ISS el 14 de julio de 2024 a las 22:31 (hora de España) desde Las Palmas "
         "de Gran Canaria.", 1),
        ("Fotografié la ISS el 14 de julio de 2024 a las 22:31, hora española, en Santa Cruz de "
         "Tenerife.", 1),
        ("Fotografié la ISS el 14 de julio de 2024 a las 22:31 hora chilena, en Punta Arenas.", -3),
        ("Fotografié la ISS el 14 de julio de 2024 a las 22:31 hora chilena, en Isla de Pascua.", -6),
    ],
)  # fmt: skip
def test_a_country_word_from_a_place_on_another_clock_gives_no_time(text: str, hours: int) -> None:
    found = find_taken_at(text, NO_MEDIA, _sent(hours))
    assert found.taken_at is None
    assert any("which clock" in note for note in found.notes)


@pytest.mark.parametrize(
    ("text", "hours", "ut"),
    [
        ("Fotografei a ISS a 14 de julho de 2024 às 22:31 (hora de Portugal), em Lisboa.", 1,
         datetime(2024, 7, 14, 21, 31, tzinfo=UTC)),
        ("Fotografei a ISS a 14 de julho de 2024 às 22:31 (hora de Portugal), no Funchal.", 1,
         datetime(2024, 7, 14, 21, 31, tzinfo=UTC)),  # Madeira keeps Lisbon's clock
        ("Fotografei a ISS a 14 de julho de 2024 às 22:31 (hora dos Açores), em Ponta Delgada.", 0,
         datetime(2024, 7, 14, 22, 31, tzinfo=UTC)),
        ("Fotografié la ISS el 14 de julio de 2024 a las 22:31 (hora de España) desde Sevilla.", 2,
         datetime(2024, 7, 14, 20, 31, tzinfo=UTC)),
        ("Fotografié la ISS el 14 de julio de 2024 a las 22:31 (hora de Madrid) desde Las Palmas.",
         1, datetime(2024, 7, 14, 20, 31, tzinfo=UTC)),
        ("I photographed the ISS on 14 July 2024 at 22:31 Moscow time from Kazan.", 3,
         datetime(2024, 7, 14, 19, 31, tzinfo=UTC)),
        ("I photographed the ISS on 14 July 2024 at 22:31 Moscow time from Samara.", 4,
         datetime(2024, 7, 14, 19, 31, tzinfo=UTC)),
        ("Fotografié la ISS el 14 de julio de 2024 a las 22:31 hora chilena, en Valparaíso.", -4,
         datetime(2024, 7, 15, 2, 31, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_a_clock_the_place_keeps_or_a_city_names_is_read(
    text: str, hours: int, ut: datetime
) -> None:
    assert find_taken_at(text, NO_MEDIA, _sent(hours)).taken_at == ut

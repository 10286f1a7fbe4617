"""A town named only as a clock's is never the place (fields/place_zone_city.py, batch-41):
"horário de Brasília", "19h27 (Brasília)", "北京时间", "hora de Madrid", "Istanbul saati";
a town the mail also writes as a place stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_zone_city import zone_city_only
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("place", "text"),
    [
        ("Brasília", "Horário: 19h23min40s, horário de Brasília.\nSumiu às 19h27 (Brasília)."),
        ("Madrid", "La ISS apareció a las 21:30, hora de Madrid, por el oeste."),
        ("Roma", "Lo scatto è delle 21:15 ora di Roma."),
        ("Paris", "Passage à 22h10 (heure de Paris)."),
        ("Istanbul", "Geçiş saat 21:10 Istanbul saati ile başladı."),
        ("Delhi", "It rose at 9:12 pm Delhi time."),
        ("北京", "凌日时间：北京时间10时23分41秒"),
        ("Lisboa", "A passagem foi às 21h05 (Lisboa)."),
    ],
)  # fmt: skip
def test_a_town_written_only_as_a_clock_is_no_place(place: str, text: str) -> None:
    assert zone_city_only(place, text)


@pytest.mark.parametrize(
    ("place", "text"),
    [
        ("Brasília", "Fotografei em Brasília às 20h (horário de Brasília)."),
        ("Lisboa", "Tirei a foto em Lisboa (Portugal) às 21h05."),
        ("Calgary", "I live in Calgary; the time-lapse is attached."),
        ("Madrid", "Desde Madrid, a las 21:30."),
    ],
)  # fmt: skip
def test_a_town_the_mail_also_writes_as_a_place_stays(place: str, text: str) -> None:
    assert not zone_city_only(place, text)


def test_a_portuguese_site_beats_the_clocks_town() -> None:
    body = (
        "Segue minha foto da ISS passando sobre a cúpula do telescópio.\n"
        "Fotografei do Observatório do Pico dos Dias, em Brazópolis (MG): fui com um grupo\n"
        "do clube de astronomia.\n\n"
        "Horário: 19h23min40s, horário de Brasília\n"
        "A ISS surgiu no oeste às 19h21 e sumiu no leste às 19h27 (Brasília).\n"
    )
    assert mail_place("ISS", body) == "Observatório do Pico dos Dias"


@pytest.mark.parametrize(
    "body",
    [
        "Foto da ISS.\nHorário: 20h14, horário de Brasília.\nSumiu às 20h19 (Brasília), mag -3.",
        "La ISS pasó a las 21:30 (Madrid) y desapareció a las 21:36 (Madrid).",
        "Passaggio alle 21:15 (Roma), magnitudine -3,4.",
    ],
)  # fmt: skip
def test_a_mail_naming_only_a_clocks_town_has_no_place(body: str) -> None:
    assert mail_place("ISS", body) is None

"""location: a place never starts with a preposition of any language ("pri Poprade", "под
Калугой"), nor is a site with no name of its own in a case "in" a town ("hvězdárny v
Ondřejově"): it is the town's base form where GeoNames makes it certain, else none
(fields/place_lead.py). A town in a case after a date ("13.10.2026 Oulussa") or in
Latvian's locative ("Siguldā") is its base form where certain."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_lead import without_lead
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("ISS nad Tatrami", "Fotila som v sobotu 18. júla 2026 pri Poprade. Štít bol osvetlený.", "Poprad"),
        ("Přelet ISS", "Posílám snímek pořízený v pátek ve 22:41 SELČ z hvězdárny v Ondřejově.", "Ondřejov"),
        ("МКС", "Снимал двадцать третьего марта на даче под Калугой. Собака лаяла на штатив.", "Калуга"),
        ("ISS-kuva", "Kuvasin sen tiistaina 13.10.2026 Oulussa, meren rannalla.", "Oulu"),
        ("SKS foto", "Pielikumā mana SKS fotogrāfija virs Turaidas pils Siguldā.", "Sigulda"),
    ],
)  # fmt: skip
def test_a_town_in_a_phrase_is_its_certain_base_form(subject: str, body: str, place: str) -> None:
    assert mail_place(subject, f"{body}\n\nAlex") == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ISS", "Fotil som včera večer na chate pri Xyzovej Lhotke, bolo jasno."),  # no town known
        ("Přelet ISS", "Posílám snímek z hvězdárny v Xyzově.\n\nS pozdravem\nPetr Dvořák\nPraha"),  # home
        ("SKS foto", "Pielikumā mana SKS fotogrāfija virs Turaidas pils."),  # a castle, no town
    ],
)  # fmt: skip
def test_no_preposition_phrase_nor_a_guess(subject: str, body: str) -> None:
    assert mail_place(subject, f"{body}\n\nAlex") is None


@pytest.mark.parametrize(
    ("place", "text", "settled"),
    [
        ("pri Poprade", "Fotila som v sobotu večer pri Poprade, keď bola obloha jasná.", "Poprad"),
        ("hvězdárny v Ondřejově", "Posílám snímek pořízený v pátek z hvězdárny v Ondřejově.", "Ondřejov"),
        ("под Калугой", "Снимал двадцать третьего марта на даче под Калугой.", "Калуга"),
        ("kod Xyzgrada", "Snimio sam kod Xyzgrada.", None),
        ("набережной Казанки в Казани", "с набережной Казанки в Казани", "набережной Казанки в Казани"),
        ("Šmarna gora pri Ljubljani", "na Šmarni gori pri Ljubljani", "Šmarna gora pri Ljubljani"),
        ("Gipfel des Schöckl bei Graz", "vom Gipfel des Schöckl bei Graz", "Gipfel des Schöckl bei Graz"),
    ],
)  # fmt: skip
def test_only_a_phrase_led_by_a_preposition_or_a_nameless_site_is_settled(
    place: str, text: str, settled: str | None
) -> None:
    assert without_lead(place, text) == settled

"""location, issue 13: a named site placed "near" a town ("from Clogher Head near Dingle")
is the place itself; the town after "near" only says where it lies. A site without a name
of its own ("vanaf de dijk bij Harderwijk") still gives its town."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The iss going over the Blasket Islands tonight from Clogher Head near Dingle.", "Clogher Head"),
        ("Aufgenommen gestern vom Gipfel des Schöckl bei Graz.", "Gipfel des Schöckl"),
        ("Photo prise depuis le Mont Aiguille près de Grenoble.", "Mont Aiguille"),
        ("Foto tomada desde el Valle de Elqui cerca de Vicuña.", "Valle de Elqui"),
        ("Foto scattata dal Monte Cucco vicino a Gubbio.", "Monte Cucco"),
        # a spot of the site before it ("the shore of", Indonesian "tepi", "puncak") is left out
        ("Taken from the shore of Lake Tekapo near Fairlie.", "Lake Tekapo"),
        ("Foto ini diambil dari tepi Danau Batur dekat Kintamani, Bali.", "Danau Batur"),
        ("Saya memotretnya dari puncak Gunung Bromo dekat Probolinggo.", "Gunung Bromo"),
        ("Gambar diambil dari pinggir Tasik Kenyir dekat Kuala Berang.", "Tasik Kenyir"),
    ],
)  # fmt: skip
def test_a_named_site_near_a_town_is_the_place_without_the_town(text: str, place: str) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gemaakt vanaf de dijk bij Harderwijk.", "Harderwijk"),  # a dike of no name
        # a spot every coastal town has, "of" a town's hyphenated name: the town
        ("Photo prise mardi soir depuis la jetée de Saint-Jean-de-Luz.", "Saint-Jean-de-Luz"),
        ("Photo prise hier depuis la plage de Boulogne-sur-Mer.", "Boulogne-sur-Mer"),
        ("La ISS, scattata dal molo di Trieste.", "Trieste"),
        ("Foto tirada do cais de Oeiras.", "Oeiras"),
        # traps: an article names a spot of its own; a kind with a name of its own stays
        ("Photo prise depuis la plage de la Côte-des-Basques.", "plage de la Côte-des-Basques"),
        ("Photo prise hier depuis la pointe de Saint-Mathieu.", "pointe de Saint-Mathieu"),
        ("L'ISS prise samedi depuis la digue de Kervoyal.", "digue de Kervoyal"),
        ("Shot from Kings Park in Perth on Friday night.", "Kings Park in Perth"),  # in, not near
        ("Taken from my backyard near Columbus, Ohio.", "Columbus, Ohio"),  # one's home
        # a road named by the towns it joins is no town, nor a site of its own name
        ("Taken from the Abuja–Kaduna expressway near Madalla, Niger State.", "Madalla"),
        ("Foto tomada desde la autovía Madrid-Valencia cerca de Tarancón.", "Tarancón"),
        # a site declined after "from" would stay in its case alone: the phrase as written
        ("Fotografiral sem s Šmarne gore pri Ljubljani.", "Šmarne gore pri Ljubljani"),
        # "di" is "in": the site in its town, as written
        ("Foto diambil dari tepi Danau Toba di Parapat.", "Danau Toba di Parapat"),
    ],
)
def test_a_site_without_a_name_or_inside_its_town_keeps_the_town(text: str, place: str) -> None:
    assert find_location(text) == place

"""location, issue 13: a campground, a campsite or a monument named before its kind is a
site, a name holding another kind ("White Horse Hill campground") too; Swahili "nikiwa"
("while I was at") leads a town."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_kinds import names_site
from ipom_mail.pipeline.fields.site_phrases import kind_last_site
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Taken at 7:48 pm NZST from the White Horse Hill campground, Aoraki/Mount Cook "
            "National Park.",
            "White Horse Hill campground",
        ),
        (
            "It shows the ISS above the old lighthouse, from Cabrillo National Monument on Sunday.",
            "Cabrillo National Monument",
        ),
        ("Shot from the Lake Pukaki campsite, right by the water.", "Lake Pukaki campsite"),
    ],
)
def test_a_campground_or_a_monument_before_its_kind_is_a_site(text: str, place: str) -> None:
    assert kind_last_site(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "We stayed at the campground, just past the gate.",  # no name of its own
        "From Dave's campground we watched it go over.",  # a person's
        "I went over the monument plans with the club.",  # "over" a lower-case noun
    ],
)
def test_a_kind_without_a_name_or_a_persons_is_no_site(text: str) -> None:
    assert kind_last_site(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Niliipiga jana jioni saa 1:38 usiku (19:38 EAT) nikiwa Nanyuki.", "Nanyuki"),
        ("Tuliiona ISS jana usiku tukiwa Mombasa.", "Mombasa"),
    ],
)
def test_swahili_while_at_leads_a_town(text: str, place: str) -> None:
    assert find_location(text) == place


def test_swahili_while_at_a_person_or_a_word_is_no_place() -> None:
    assert find_location("Niliipiga jana nikiwa Juma na rafiki yangu.") is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Niliipiga nikiwa juu ya kilima karibu na mji wa Ngong, nje ya Nairobi.", "mji wa Ngong"),
        ("Picha hii niliipiga karibu na Mombasa jana usiku.", "Mombasa"),
        ("Niliipiga karibu na mji wa Kisiwani.", "mji wa Kisiwani"),  # a town by its kind
    ],
)
def test_swahili_near_leads_a_town_or_the_town_of_a_name(text: str, place: str) -> None:
    assert find_location(text) == place


def test_swahili_near_a_time_or_an_unlisted_town_is_no_place() -> None:
    assert find_location("Niliipiga karibu na saa mbili usiku.") is None
    assert find_location("Niliipiga nikiwa na rafiki yangu Juma.") is None  # with a person


@pytest.mark.parametrize(
    "text",
    [
        "passant per sobre de la cúpula de l'Observatori Astronòmic del Montsec, a Àger.",
        "scattata sopra la cupola dell'Osservatorio di Campo Imperatore.",
        "la station au-dessus de la coupole de l'Observatoire de Haute-Provence.",
    ],
)
def test_a_site_after_an_elided_article_is_named(text: str) -> None:
    """A site's kind after "l'", "dell'" ("de l'Observatori Astronòmic del Montsec") names a
    site as the kind alone does (batch-27)."""
    assert names_site(text)


@pytest.mark.parametrize(
    "text", ["Vaig fer la foto des de l'església.", "l'Estació Espacial Internacional."]
)
def test_an_elided_article_before_no_sites_kind_names_none(text: str) -> None:
    assert not names_site(text)


def test_the_senders_town_is_no_place_beside_an_observatory_after_an_elided_article() -> None:
    """The town under the name ("Lleida", the province's capital) is where the sender lives;
    the photo was taken at the observatory the body names (batch-27): no place rather than
    the sender's town."""
    body = (
        "Bon dia,\n\nUs envio la meva foto de l'Estació Espacial Internacional passant per sobre "
        "de la\ncúpula de l'Observatori Astronòmic del Montsec, a Àger (la Noguera). La vaig fer "
        "el\ndimarts 22 de setembre a les 21h34 (UTC+2).\n\nSalutacions,\nJordi Puigdemont\n"
        "Lleida\n"
    )
    place = mail_place("Foto de l'ISS des del Montsec", body)
    assert place in (None, "Observatori Astronòmic del Montsec, a Àger (la Noguera)")

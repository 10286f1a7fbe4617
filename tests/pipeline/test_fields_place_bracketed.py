"""location, issue 13: a site or a village told by its kind, with its region in brackets, is a
place no town list need hold; a village's declined kind is left out; a province's code in
brackets after a name written as it is ("di Crissolo (CN)") makes it a place too."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_bracketed import bracketed_site


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Отправляю снимок пролёта МКС, снятый с берега у Иверского монастыря, национальный "
            "парк «Валдайский» (Новгородская обл.). Лёд на озере ещё не сошёл.",
            "национальный парк «Валдайский» (Новгородская обл.)",
        ),
        (
            "Ninawatumia picha yangu ya ISS kikipita juu ya ufukwe wa Diani (Kaunti ya Kwale), "
            "niliyopiga Jumamosi.",
            "ufukwe wa Diani (Kaunti ya Kwale)",
        ),
        (
            "A fotómon az ISS elhalad a Piszkéstetői Obszervatórium (Mátra) nagy kupolája fölött.",
            "Piszkéstetői Obszervatórium (Mátra)",
        ),
        (
            "Vă trimit fotografia mea cu ISS deasupra satului Mărișel (jud. Cluj), pe 14 august.",
            "Mărișel (jud. Cluj)",
        ),
        (
            "Мой снимок пролёта МКС, снятый с дачи под деревней Кузьминское (Рязанская область).",
            "Кузьминское (Рязанская область)",
        ),
        (
            "got the iss last night from the parking lot at caesar creek lake (waynesville, ohio).",
            "caesar creek lake (waynesville, ohio)",
        ),
        (
            "My ISS photo was taken at Birds Hill Provincial Park (Manitoba) on a cold night.",
            "Birds Hill Provincial Park (Manitoba)",
        ),
    ],
)
def test_a_site_or_village_by_its_kind_with_its_region_in_brackets_is_the_place(
    text: str, place: str
) -> None:
    assert bracketed_site(text) == place


@pytest.mark.parametrize(
    "text",
    [
        # a gathering's venue, not the photo's place
        "Our next meeting is at the Kielder Observatory (Northumberland); my ISS photo is attached.",
        "Unser nächstes Treffen ist in der Volkssternwarte Drebach (Erzgebirge), das ISS-Foto hängt an.",
        # a sentence about neither the photo nor the pass
        "The Kielder Observatory (Northumberland) has a fine public programme.",
        # a clock in the brackets, the station's name, a club's name
        "My ISS photo from the Kielder Observatory (UTC+1), clear skies.",
        "Kituo cha Anga cha Kimataifa (ISS) kikipita juu ya anga.",
        "Foto da ISS pelo Clube de Astronomia do Parque Natural (Lisboa).",
        # "the", "my": no site's name before the kind
        "The ISS photo was taken at the lake (Ohio).",
        "got the iss from my back yard lake (waynesville, ohio)",
    ],
)
def test_a_gathering_a_clock_a_club_or_an_unnamed_site_in_brackets_is_no_place(
    text: str,
) -> None:
    assert bracketed_site(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("La foto della ISS l'ho scattata stasera dalla piazza di Crissolo (CN).", "Crissolo (CN)"),
        (
            "Ripresa ieri dal sagrato della chiesa di Castelluccio (PG) con la Nikon.",
            "Castelluccio (PG)",
        ),
    ],
)
def test_a_name_written_as_it_is_before_a_province_code_is_the_place(text: str, place: str) -> None:
    assert find_location(text) == place


def test_a_province_code_is_no_zone_and_a_zone_no_province() -> None:
    assert find_location("Ho visto la ISS alle 19:02 (UT) sopra di noi.") is None

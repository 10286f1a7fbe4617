"""A phone's lower-case town after a spot is a place as written (issue 13): "over the bolte
bridge in melbourne 🛰️"; only in a mail written all in lower case, never a colour or a
word after "in" with no spot before it."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_lower import (
    lower_echo,
    lower_proper_site,
    lower_town_after_comma,
)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("got the iss going straight over the bolte bridge in melbourne 🛰️ so bright", "melbourne"),
        ("desde mi patio en rosario, re lindo 😍", "rosario"),
        ("depuis la plage à biarritz !! trop beau", "biarritz"),
        ("dal balcone a bologna 😍 bellissima", "bologna"),
    ],
)  # fmt: skip
def test_a_lower_case_town_after_a_spot_is_the_place(text: str, town: str) -> None:
    assert find_location(text) == town


@pytest.mark.parametrize(
    "text",
    [
        "the moon rose in orange.",
        "hice la foto en la terraza, la luna en naranja.",
        "Got it from the beach. The sky glowed in orange.",
    ],
)
def test_no_lower_case_town_without_a_spot_or_in_a_capitalised_mail(text: str) -> None:
    assert find_location(text) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("iss pic from lake tekapo", "got it right over the church at lake tekapo on friday", "lake tekapo"),
        ("ISS desde el cerro catedral", "la saqué desde el cerro catedral anoche", "cerro catedral"),
        ("iss vom brocken", "aufgenommen auf dem brocken gipfel, kalt!", None),
        ("iss from my yard", "got it from my yard lol", None),
        ("ISS from Lake Tekapo", "Taken at Lake Tekapo.", None),  # capitals: other readers
    ],
)  # fmt: skip
def test_a_lower_case_site_the_subject_and_body_both_name_is_the_place(
    subject: str, body: str, place: str | None
) -> None:
    assert lower_echo(subject, body) == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("ciao! la iss scattata ieri sera dalla terrazza di palazzo madama 🚀\ngrazie!", "terrazza di palazzo madama"),
        ("foto fatta dal belvedere di monte mario, bellissima", "belvedere di monte mario"),
        ("scattata dalla spiaggia di torre canne.", "spiaggia di torre canne"),
    ],
)  # fmt: skip
def test_a_lower_case_spot_of_a_site_by_both_kinds_is_the_place(body: str, place: str) -> None:
    assert find_location(body) == place


@pytest.mark.parametrize(
    "body",
    [
        "scattata dalla terrazza di casa mia ieri sera.",  # one's home
        "scattata dal molo col telefono.",  # no site's kind
        "scattata dalla terrazza di palazzo ieri.",  # a word of time, not a name
        "Scattata dalla terrazza di palazzo lombardia. Grazie!",  # capitals: read as cased
        "scattata dalla terrazza di palazzo lombardia e poi siamo andati a cena da luca",  # no clause end
    ],
)  # fmt: skip
def test_no_lower_case_spot_without_both_kinds_and_a_name(body: str) -> None:
    from ipom_mail.pipeline.fields.place_lower import lower_taken_spot

    assert lower_taken_spot(body) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("got the iss going right over the lighthouse at byron bay last night 😍", "byron bay"),
        ("caught it from mount tamalpais, so windy lol", "mount tamalpais"),
        ("hey!! caught the iss last night over the lift bridge in fairport ny 🚀", "fairport ny"),
    ],
)  # fmt: skip
def test_a_phones_site_named_without_an_article_or_a_town_with_its_state_is_the_place(
    text: str, place: str
) -> None:
    assert find_location(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "got the iss over the old bridge last night",  # an article: any noun
        "we watched it from the beach last night",
        "caught it over my lake tonight",
        "we were out at night bay lol",  # a word of time is no name
        "it went over in no time ok",  # "ok" after a common word is no state
        "Got it at dusk. Then it faded at some bay.",  # capitals: not a phone's mail
    ],
)
def test_an_article_a_possessive_or_a_word_of_time_before_a_phones_kind_is_no_place(
    text: str,
) -> None:
    assert find_location(text) is None


@pytest.mark.parametrize(
    ("subject", "body", "place"),
    [
        ("iss over the lake", "hey! iss over lake washington last nite 🛰️✨ so bright", "lake washington"),
        ("iss over mount hood", "caught it right over mount hood tonight lol", "mount hood"),
    ],
)  # fmt: skip
def test_a_phones_site_passed_over_that_the_subject_names_by_name_or_kind_is_the_place(
    subject: str, body: str, place: str
) -> None:
    assert lower_proper_site(body, subject) == place


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("iss pic", "hey! iss over lake washington last nite 🛰️✨ so bright"),  # not named
        ("iss over the lake", "iss over lake washington, shot from my deck in kirkland"),
        ("iss over the lake", "iss over the lake tonight"),  # an article: no name
    ],
)  # fmt: skip
def test_a_phones_site_passed_over_unnamed_in_the_subject_or_seen_from_elsewhere_is_none(
    subject: str, body: str
) -> None:
    assert lower_proper_site(body, subject) is None


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("знімала сьогодні ввечері з даху нашої багатоповерхівки на оболоні, київ. 22.04.2027", "київ"),
        ("got it from the roof of our building in the east end, toronto.", "toronto"),
        ("la saqué desde la terraza del edificio, en el centro, rosario.", "rosario"),
    ],
)  # fmt: skip
def test_a_phones_lower_case_town_after_a_comma_ending_a_spots_clause_is_the_place(
    text: str, town: str
) -> None:
    assert lower_town_after_comma(text) == town


@pytest.mark.parametrize(
    "text",
    [
        "дякую, київ.",  # no spot: a greeting or a sign-off
        "Got it from the roof, Toronto.",  # capitals: read by the other readers
        "from the roof, tonight.",  # a word of time
    ],
)
def test_a_lower_case_town_after_no_spot_or_in_a_capitalised_mail_is_not_read_so(text: str) -> None:
    assert lower_town_after_comma(text) is None

"""story: a paragraph of club news, about a coming gathering and nowhere about the photo,
the station or its pass, is news whole: its open day or meeting on an earlier day too ("Op
zaterdag 24 oktober hadden we nog de open dag bij onze sterrenwacht, daar waren helaas alleen
wolken. De volgende publieksavond is op 8 november."). A gathering named beside the photo is
where it was taken, and a past one alone may be ("Our star party on 14 November was where I
first saw it."): both stay."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.story import find_story

SENT = datetime(2026, 10, 29, 20, 0, tzinfo=UTC)
STORY = "The ISS crossed the Moon right over the old church."


@pytest.mark.parametrize(
    "news",
    [
        "Op zaterdag 24 oktober hadden we nog de open dag bij onze sterrenwacht, daar waren "
        "helaas alleen wolken. De volgende publieksavond is op 8 november om 21:30.",
        "Le samedi 24 octobre, nous avions nos portes ouvertes à l'observatoire, hélas sous "
        "les nuages. La prochaine réunion aura lieu le 12 novembre à 20 h 30.",
        "Lørdag den 24. oktober havde vi åbent hus i foreningen, men det regnede hele dagen. "
        "Næste møde er den 12. november kl. 19:30.",
        "On Saturday 24 October we had our open house at the club, sadly under thick cloud. "
        "Our next meeting is on 12 November at 19:30.",
    ],
)
def test_a_paragraph_about_a_past_gathering_is_not_story(news: str) -> None:
    assert find_story(f"{STORY}\n\n{news}\n", sent=SENT) == STORY


@pytest.mark.parametrize(
    "told",
    [
        "Op zaterdag 24 oktober was de open dag bij onze sterrenwacht. De ISS vloog recht "
        "over de koepel.",
        "On Saturday 24 October we had our open house, and the ISS flew right over the crowd.",
        "Our open day on 24 October was where I first saw it.",
    ],
)
def test_a_gathering_beside_the_station_stays_story(told: str) -> None:
    story = find_story(f"{STORY}\n\n{told}\n", sent=SENT)
    assert story is not None and told in story

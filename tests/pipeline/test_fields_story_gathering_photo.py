"""story: a sentence that names a gathering beside a number is news of another event only
when it says nothing of the photo, the station or its pass; at a star party, the photo's
own sentence stays (issue 13)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.story import find_story

SENT = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
STORY = "A clear, cold night with hardly any wind."


@pytest.mark.parametrize(
    "sentence",
    [
        "At our club's star party on Saturday I caught the ISS at 21:40 UT.",
        "Beim Beobachtungsabend der Sternwarte am Freitag habe ich die ISS um 19:12 Uhr fotografiert.",
        "Pendant la soirée d'observation du club samedi, j'ai photographié l'ISS à 20h15.",
        "En la quedada del sábado fotografié la ISS a las 21:05, entre 30 aficionados.",
        "During the observing night 12 of us watched the ISS cross Cygnus.",
    ],
)
def test_the_photos_own_sentence_at_a_gathering_stays_in_the_story(sentence: str) -> None:
    story = find_story(f"{STORY} {sentence}\n", sent=SENT)
    assert story is not None and sentence in story


@pytest.mark.parametrize(
    "news",
    [
        "Our next meeting is on Tuesday at 19:30 in the church hall.",
        "Unsere nächste Vereinssitzung ist am 24. November um 19:00 Uhr.",
        "La prochaine réunion du club aura lieu le 2 décembre à 20h.",
        # a later day is news even when it names the station
        "Our star party on 21 November will watch the ISS pass at 19:40.",
    ],
)
def test_news_of_another_gathering_still_leaves_the_story(news: str) -> None:
    assert find_story(f"{STORY} {news}\n", sent=SENT) == STORY


def test_beside_an_invitation_the_photos_own_gathering_sentence_stays() -> None:
    own = "At the club's open night I photographed the ISS over the dome."
    body = f"{own} Everyone is welcome at the next open night!\n"
    assert find_story(body, sent=SENT) == own

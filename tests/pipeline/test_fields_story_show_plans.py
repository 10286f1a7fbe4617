"""story: the sender's plan to show the photo at a gathering ("I'll present it at our club
meeting too", "Θα παρουσιάσω τη φωτογραφία και στη συνάντηση του συλλόγου μας στις 25/10")
is news of that gathering, not the photo's story, with or without a date and whatever photo
word it holds; the photo's own sentence at a gathering, a plan with no gathering and a
presentation already given stay (issue 13, batch-19)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.story import find_story

SENT = datetime(2027, 10, 19, 9, 0, tzinfo=UTC)
STORY = "The station crossed right over the lit temple, brighter than Jupiter."


@pytest.mark.parametrize(
    "plan",
    [
        "Θα παρουσιάσω τη φωτογραφία και στη συνάντηση του συλλόγου μας στις 25/10 στις 19:00.",
        "I'll also present the photo at our club meeting next Friday.",
        "Ich werde das Bild auch beim nächsten Vereinstreffen zeigen.",
        "Je la présenterai aussi à la prochaine réunion du club.",
        "La presentaré también en la próxima reunión de la agrupación.",
        "Vou apresentar a foto na reunião do clube no sábado.",
        "La mostrerò anche alla prossima riunione del gruppo astrofili.",
        "Pokażę to zdjęcie na najbliższym spotkaniu klubu.",
        "Be fogom mutatni a képet a klub következő találkozóján is.",
        "Fotoğrafı derneğin toplantısında da göstereceğim.",
        "Покажу снимок и на собрании клуба в пятницу.",
        "次の例会で発表する予定です。",
        "다음 모임에서 발표할 예정입니다.",
    ],
)
def test_a_plan_to_show_the_photo_at_a_gathering_is_no_story(plan: str) -> None:
    story = find_story(f"{STORY}\n\n{plan}\n", sent=SENT)
    assert story == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        # the photo taken at the club's gathering: its own story
        "The photo was taken at our club's star party on Saturday, 40 of us watched it.",
        "Ο σταθμός πέρασε την ώρα της συνάντησης του συλλόγου μας στο λόφο.",
        # a plan with no gathering
        "I'll show it to my kids in the morning, they were asleep.",
        # a presentation already given, and an opening that presents the photo
        "I showed it at the club meeting last week and everyone loved the panels.",
        "Bemutatom a fotómat, amelyet a csillagtúrán készítettem a Bükkben.",
    ],
)
def test_the_photos_own_sentence_or_a_plan_without_a_gathering_stays(sentence: str) -> None:
    story = find_story(f"{STORY}\n\n{sentence}\n", sent=SENT)
    assert story is not None and sentence in story

"""story: a wish for the rest of the day, the evening or the weekend closing the mail is no
story ("Belle journée et merci pour cette rubrique,", "Schönen Abend noch!", "Have a great
day"), in many languages (issue 13, batch-27); a sentence opening with the same words that
tells the night stays, and a wish on top only opens the mail."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.closing import closing_line
from ipom_mail.pipeline.fields.story import find_story

STORY = "The station slid across the lit-up bridge just as the clouds opened."


@pytest.mark.parametrize(
    "wish",
    [
        "Belle journée et merci pour cette rubrique,",
        "Belle journée à tous !",
        "Bon week-end !",
        "Schönen Abend noch!",
        "Einen schönen Tag noch,",
        "Buona giornata a tutti,",
        "Buon fine settimana!",
        "Que tengas un buen día,",
        "¡Que tengan una linda noche!",
        "Have a great day,",
        "Have a nice weekend and clear skies,",
        "Enjoy the rest of your day,",
        "Tenha um bom dia,",
        "Een fijne avond nog!",
        "Miłego dnia!",
        "Krásný večer!",
        "Хорошего дня!",
        "Гарного дня!",
        "Ha en trevlig kväll,",
        "Hav en god dag!",
        "God helg,",
        "Hyvää päivänjatkoa!",
        "O seară frumoasă!",
        "Bon cap de setmana!",
        "İyi günler!",
        "Καλή συνέχεια!",
        "Ugodan dan!",
        "Prijatan dan,",
        "Приятна вечер,",
        "Gero vakaro!",
        "좋은 하루 보내세요!",
        "良い一日を！",
    ],
)
def test_a_wish_for_the_day_closing_the_mail_is_no_story(wish: str) -> None:
    assert closing_line(wish)
    assert find_story(f"{STORY}\n\n{wish}\nNoor\n", "Noor") == STORY


@pytest.mark.parametrize(
    "told",
    [
        "Belle soirée hier à Lyon.",
        "Belle journée : le lancement de Crew-9 a eu lieu, et quelques heures plus tard l'ISS.",
        "Schönen Abend gehabt am See, die ISS kam genau über den Steg.",
        "Buona serata di osservazione ieri sul Monte Baldo.",
        "Mooie avond gisteren aan het meer.",
        "Krásný večer u rybníka, ISS přeletěla nad hrází.",
        "Great weekend for the ISS here in Ohio.",
        "Feliz noche de observación en Gredos.",
        "Bon week-end au Chasseron avec le club.",
    ],
)
def test_a_sentence_opening_like_a_wish_that_tells_the_night_stays(told: str) -> None:
    assert find_story(f"{STORY}\n\n{told}\n\nCheers,\nNoor\n", "Noor") == f"{STORY}\n\n{told}"


@pytest.mark.parametrize(
    "top", ["Schönen Tag,", "Доброго дня!", "İyi akşamlar,", "Have a great day!"]
)
def test_a_wish_on_top_opens_the_mail_and_the_story_below_stays(top: str) -> None:
    assert find_story(f"{top}\n\n{STORY}\n\nCheers,\nNoor\n", "Noor") == STORY

"""story: a New Year's, Christmas or holiday wish closing the mail (or greeting on top) is no
story, in many languages; a sentence that tells the photo's night at New Year stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.closing import closing_line
from ipom_mail.pipeline.fields.story import find_story

STORY = "The station slid across the lit-up bridge just as the clouds opened."


@pytest.mark.parametrize(
    "wish",
    [
        "Happy New Year and clear skies!",
        "Merry Christmas to all of you",
        "Ein gutes neues Jahr euch allen!",
        "Bonne année et bon ciel !",
        "¡Feliz año nuevo!",
        "Buon anno a tutti!",
        "Gelukkig nieuwjaar!",
        "Wesołych Świąt i pogodnego nieba!",
        "Gott nytt år!",
        "Hyvää uutta vuotta kaikille!",
        "С Новым годом!",
        "Зі святами та ясного неба!",
        "Καλή χρονιά!",
        "Mutlu yıllar!",
        "Selamat tahun baru!",
        "明けましておめでとうございます。",
        "새해 복 많이 받으십시오!",
        "كل عام وأنتم بخير",
    ],
)
def test_a_seasonal_wish_closing_the_mail_is_no_story(wish: str) -> None:
    assert closing_line(wish)
    assert find_story(f"{STORY}\n\n{wish}\nNoor\n", "Noor") == STORY


@pytest.mark.parametrize(
    "wish",
    ["Frohe Weihnachten!", "Joyeuses fêtes !", "Feliz Natal!", "Godt nytår!"],
)
def test_a_seasonal_wish_on_top_greets_and_the_story_below_stays(wish: str) -> None:
    assert find_story(f"{wish}\n\n{STORY}\n\nCheers,\nNoor\n", "Noor") == STORY


@pytest.mark.parametrize(
    "told",
    [
        "The ISS passed over the fireworks on New Year's Eve, right above the harbour.",
        "Happy New Year's Eve crowds filled the square as the station flew over.",
        "In der Silvesternacht zog die ISS mitten durch das Feuerwerk über Leipzig.",
        "La nuit du Nouvel An, la station est passée au-dessus des feux d'artifice.",
        "En Nochevieja la estación cruzó sobre los fuegos artificiales de Valencia.",
    ],
)
def test_a_sentence_that_tells_a_new_year_night_stays(told: str) -> None:
    assert find_story(f"{told}\n\nCheers,\nNoor\n", "Noor") == told

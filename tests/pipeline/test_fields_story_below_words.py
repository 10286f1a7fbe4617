"""story: a word for "below" says the data or the link are further down only when it points
at them ("Details siehe unten", "Seguem abaixo os dados"); placing something in the scene
("tief unten am Horizont", "logo abaixo da Lua", "von links unten") it is the story itself,
which is kept (issue 13: German "unten" emptied a story)."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story


@pytest.mark.parametrize(
    "told",
    [
        "Die ISS zog tief unten über dem Horizont vorbei, kaum über den Dächern von Unterföhring.",
        "unten im Tal lag noch Nebel, als die ISS hell über den Gipfel zog.",
        "Die Station zog von links unten nach rechts oben durchs Bild.",
        "A ISS passou logo abaixo da Lua, por cima do castelo de Guimarães.",
        "La ISS pasó más abajo de lo previsto, rozando la torre de la catedral.",
        "La ISS è passata qui sotto la Luna, sopra il campanile di Pisa.",
    ],
)
def test_a_scene_below_something_is_told(told: str) -> None:
    story = find_story(f"Hallo,\n\n{told}\n\nViele Grüße\nJan\n")
    assert story is not None and told in story


@pytest.mark.parametrize(
    "pointer",
    [
        "Die Daten stehen unten.",
        "Die Aufnahmedaten findet ihr unten.",
        "Die Fotos sind unten.",
        "Anbei mein Foto, Details siehe unten.",
        "Der Link ist unten.",
        "Seguem abaixo os dados da foto.",
        "Os dados estão abaixo.",
        "Los datos, más abajo.",
        "I dati sono qui sotto.",
    ],
)
def test_a_sentence_pointing_at_data_below_is_no_story(pointer: str) -> None:
    assert find_story(f"Hallo,\n\n{pointer}\n\nViele Grüße\nJan\n") is None


def test_a_pointer_below_beside_a_scene_leaves_the_scene() -> None:
    body = (
        "Hallo,\n\nanbei mein Foto der ISS, Details siehe unten.\n\n"
        "Die ISS zog genau über den Kölner Dom, und ich hatte nur wenige Sekunden.\n\nJan\n"
    )
    story = find_story(body)
    assert story is not None and "über den Kölner Dom" in story

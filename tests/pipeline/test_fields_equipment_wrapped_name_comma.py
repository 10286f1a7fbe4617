"""equipment and story (issue 13, batch-31): a gear line the mail client wrapped between a maker
and its model's name, a comma after the model ("… filtre pleine ouverture Baader\\nAstroSolar,
caméra ZWO ASI178MM, …"): the maker and the model are one item, and the wrapped rest is no
story, in French, English and German. An abbreviation opening the next line ("Max. hoogte")
joins no maker."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.fields.story import find_story
from ipom_mail.pipeline.values import Media

STORY = "La station a traversé juste à côté d'un beau groupe de taches."

WRAPS = [
    (
        "Matériel : lunette Takahashi FSQ-106EDX4 avec filtre pleine ouverture Baader",
        "AstroSolar, caméra ZWO ASI178MM, le tout sur une monture Sky-Watcher AZ-EQ6.",
        "Baader AstroSolar",
    ),
    (
        "Equipment: Takahashi FSQ-106EDX4 refractor with a full-aperture Baader",
        "AstroSolar, a ZWO ASI178MM camera, all on a Sky-Watcher AZ-EQ6 mount.",
        "Baader AstroSolar",
    ),
    (
        "Ausrüstung: Refraktor Takahashi FSQ-106EDX4 mit Vollaperturfilter von Baader",
        "AstroSolar, Kamera ZWO ASI178MM, alles auf einer Sky-Watcher AZ-EQ6 Montierung.",
        "Baader AstroSolar",
    ),
]


@pytest.mark.parametrize(("line", "rest", "item"), WRAPS)
def test_a_model_wrapped_onto_the_next_line_before_a_comma_joins_its_maker(
    line: str, rest: str, item: str
) -> None:
    items = find_equipment(f"{STORY}\n\n{line}\n{rest}\nVidéo à 200 i/s.\n", Media(items=()))
    assert item in items
    assert any(i.startswith("ZWO ASI178MM") for i in items)


@pytest.mark.parametrize(("line", "rest", "item"), WRAPS)
def test_the_wrapped_rest_is_no_story(line: str, rest: str, item: str) -> None:
    assert find_story(f"{STORY}\n\n{line}\n{rest}\n") == STORY


def test_an_abbreviation_on_the_next_line_joins_no_maker() -> None:
    text = "Uitrusting: Canon EOS R6 met een statief van Benro\nMax. hoogte 61°, helderheid -3,4"
    assert not any("Max" in i for i in find_equipment(text, Media(items=())))

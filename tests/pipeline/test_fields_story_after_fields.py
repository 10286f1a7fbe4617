"""story: a prose sentence that starts after a field line's value, on the line or on the
wrapped rest of it, is story again; the value itself and a name going on after an
abbreviation stay out."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story

STORY = "The ISS crossed the Moon right over the old church."


@pytest.mark.parametrize(
    ("field", "prose"),
    [
        (
            "Equipment: Sky-Watcher Evostar 80ED with a ZWO ASI224MC.",
            "I followed the station by hand all the way.",
        ),
        ("Lieu : jardin de mes parents.", "Le ciel était parfaitement dégagé ce soir-là."),
        (
            "Ausrüstung: Celestron C6 auf einer AZ-GTi, dazu eine\nZWO ASI462MC.",
            "Die Nachführung habe ich von Hand gemacht.",
        ),
        ("Sprzęt: Nikon Z6 i obiektyw Nikkor 24 mm.", "Stacja była bardzo jasna tej nocy."),
        (
            "Utrustning: Canon EOS 90D på ett stativ från\nManfrotto.",
            "Jag följde stationen med sökaren hela vägen.",
        ),
    ],
)
def test_a_sentence_after_a_field_value_on_its_line_is_story(field: str, prose: str) -> None:
    story = find_story(f"{STORY}\n\n{field} {prose}\n")
    assert story is not None and prose in story
    assert field.split(":")[0] not in story


@pytest.mark.parametrize(
    "field",
    [
        "Equipment: Canon EOS R6 Mk. II with the RF 50mm lens on a tripod.",
        "Location: Mt. Wilson Observatory near Pasadena, California.",
        "Camera settings: ISO 800, 1/1000 s. Processed in PIPP.",
        "Equipment: Nikon D850. Lens: Sigma 14mm f/1.8 Art.",
    ],
)
def test_a_field_value_going_on_after_an_abbreviation_or_a_short_note_is_no_story(
    field: str,
) -> None:
    assert find_story(f"{STORY}\n\n{field}\n") == STORY

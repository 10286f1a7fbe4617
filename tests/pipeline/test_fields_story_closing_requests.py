"""story: office mail's hand-over lines and closing requests are no story. "PFA my entry for
the ISS Photo of the Month." (India's "please find attached"), "Herewith attached is my
entry.", and a short sentence asking to hear back ("Kindly let me know if anything else is
needed.", "Kindly revert.", "Sag Bescheid, falls noch etwas fehlt.") are left out wherever they
stand; a sentence that asks something of the photo, or goes on to tell it, stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story

STORY = "The ISS crossed the Milky Way right over the observatory dome."


@pytest.mark.parametrize(
    "opening",
    [
        "PFA my entry for the ISS Photo of the Month.",
        "PFB my photo for this month.",
        "PFA: my entry for the ISS Photo of the Month.",
        "Kindly find herewith attached my entry for the ISS Photo of the Month.",
        "Please find attached herewith my photo for the contest.",
        "Herewith attached is my entry for the Photo of the Month.",
    ],
)
def test_an_office_hand_over_line_is_no_story(opening: str) -> None:
    assert find_story(f"{opening}\n\n{STORY}\n") == STORY


@pytest.mark.parametrize(
    "asking",
    [
        "Kindly let me know if anything else is needed.",
        "Please let me know if you require any further details.",
        "Do let me know in case any other information is required.",
        "Kindly revert.",
        "Kindly acknowledge receipt.",
        "Awaiting your kind response.",
        "Looking forward to your favourable reply.",
        "Hoping for your kind consideration.",
        "Please do the needful.",
        "Sag Bescheid, falls noch etwas fehlt.",
        "Meldet euch gerne, falls ihr noch etwas braucht.",
        "Lassen Sie mich wissen, wenn Sie noch etwas brauchen.",
        "N'hésitez pas à me dire s'il manque quelque chose.",
        "Avísenme si necesitan algo más.",
        "Fatemi sapere se serve altro.",
        "Me avisem se precisarem de mais alguma coisa.",
        "Laat het me weten als er nog iets ontbreekt.",
        "Dajcie znać, jeśli czegoś brakuje.",
        "Pakisabi lang po kung may kulang.",
    ],
)
def test_a_closing_request_after_the_story_is_no_story(asking: str) -> None:
    assert find_story(f"{STORY}\n\n{asking}\n") == STORY


def test_a_closing_request_inside_the_story_paragraph_goes_too() -> None:
    story = find_story(f"{STORY} Kindly let me know if anything else is needed.\n")
    assert story == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        # a question about the photo itself, not a request to hear back
        "Let me know what you think of the colours in the stack.",
        # a longer sentence that goes on to tell the photo
        "Please let me know if you can see the docked Soyuz too, because I only noticed it "
        "when I stacked the frames at home after midnight.",
        # "reply" told of, not asked for
        "My reply to the club's challenge was this shot of the station over the dome.",
    ],
)
def test_a_sentence_that_asks_no_courtesy_stays(sentence: str) -> None:
    assert find_story(f"{STORY} {sentence}\n") == f"{STORY} {sentence}"

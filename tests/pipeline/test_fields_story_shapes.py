"""story: a greeting or a closing in a language the data does not know, told by its shape.

A line of one to four words ending with a comma or "!" as the mail's first line greets; a
line of one to four words ending with a comma, alone after the last paragraph, with only a
short signature block under it (or nothing), closes. Traps: the same shapes holding a number,
a photo word or the station's name, a wrapped sentence, a mail of one short line, a closing
with a paragraph of prose under it.
"""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.shapes import closing_shape, greeting_shape
from ipom_mail.pipeline.fields.story import find_story

STORY = "The station crossed right above the old lighthouse, the lamp still turning."


@pytest.mark.parametrize(
    ("greeting", "closing", "name"),
    [
        ("Kedu,", "Daalụ nke ukwuu,", "Chidi Okafor"),  # Igbo: words the data does not hold
        ("Shwmae bawb,", "Cofion cynnes,", "Gwen Price"),  # Welsh
        ("Dia dhaoibh!", "Le gach dea-ghuí,", "Áine Ní Mhurchú"),  # Irish
        ("Tungjatjeta,", "Me shumë respekt,", "Arben Krasniqi"),  # Albanian
        ("ნინო, გამარჯობა,", "დიდი მადლობით,", "ლევან კაპანაძე"),  # Georgian
        ("Ողջույն բոլորին,", "Մեծ հարգանքով՝", "Անի Սարգսյան"),  # Armenian, its comma
        ("Saluton!", "Amike,", "Petro Verda"),  # Esperanto
        ("Mingalaba,", "Kyay zu ba,", "Aung Min"),  # Burmese, romanised
    ],
)
def test_a_greeting_and_a_closing_in_any_language_are_no_story(
    greeting: str, closing: str, name: str
) -> None:
    body = f"{greeting}\n\n{STORY}\n\n{closing}\n{name}\n"
    assert find_story(body, sender_name=name) == STORY


@pytest.mark.parametrize(
    "tail",
    [
        "Beijinhos,\nJoana\n\nSent from my iPhone",  # a footer under the name
        "Ciao ciao,\nMarta Rossi\nGruppo Astrofili Cremonesi\nwww.example.it",  # a block
        "Pozdrowionka,",  # nothing under it
        "Beannachtaí,\n\nSeán",  # a blank line before the name
    ],
)
def test_a_short_closing_alone_above_the_signature_block_ends_the_story(tail: str) -> None:
    assert find_story(f"{STORY}\n\n{tail}\n") == STORY


@pytest.mark.parametrize(
    "first",
    [
        "ISS over Etna!",  # the station's name: a title, not a greeting
        "Taken from Bled,",  # a photo word
        "At 21:03 UT,",  # a number
        "Finally caught it after five tries,",  # five words and more: a sentence
    ],
)
def test_a_first_line_that_says_something_stays(first: str) -> None:
    assert not greeting_shape(first)
    assert first in (find_story(f"{first}\n\n{STORY}\n") or "")


def test_a_mail_of_one_short_line_is_its_story() -> None:
    assert find_story("Yet another transit!\n") == "Yet another transit!"


def test_only_the_very_first_line_greets_by_its_shape() -> None:
    body = f"Hola,\n\nWow!\n\n{STORY}\n"
    assert find_story(body) == f"Wow!\n\n{STORY}"


@pytest.mark.parametrize(
    "tail",
    [
        # a wrapped sentence: no stop above the short line
        "We drove up to the\nlake and waited,\nthe station came out of the haze at last.",
        # prose under the short line
        "In the end,\n\nthe station came out of the haze at last and crossed the whole frame.",
        # a number, a photo word
        "From 51°N,\nAnna",
        "Photographed near Hel,\nAnna",
    ],
)
def test_a_short_line_with_prose_under_it_or_saying_something_stays(tail: str) -> None:
    story = find_story(f"{STORY}\n\n{tail}\n", sender_name="Anna Nowak") or ""
    assert tail.split("\n")[0] in story


def test_the_closing_shape_needs_a_paragraph_of_its_own() -> None:
    lines = ["The lamp was turning.", "Diolch yn fawr,", "Rhys"]
    assert closing_shape(lines, 1, lambda _line: False)
    wrapped = ["The lamp was turning and", "Diolch yn fawr,", "Rhys"]
    assert not closing_shape(wrapped, 1, lambda _line: False)
    assert not closing_shape(["Diolch yn fawr,", "Rhys"], 0, lambda _line: False)


@pytest.mark.parametrize(
    ("greeting", "closing"),
    [
        ("Helo,", "Cofion,"),  # cy
        ("Dia daoibh,", "Go raibh maith agaibh,"),  # ga
        ("Përshëndetje,", "Me respekt,"),  # sq
        ("გამარჯობა,", "პატივისცემით,"),  # ka
        ("Բարև Ձեզ,", "Հարգանքով՝"),  # hy
        ("Bonġu,", "Saħħa,"),  # mt
        ("Здраво,", "Со почит,"),  # mk
        ("Kaixo,", "Agur bero bat,"),  # eu
        ("Olá a todos,", "Beijinhos,"),  # pt
    ],
)
def test_the_new_languages_greetings_and_closings_are_in_the_data(
    greeting: str, closing: str
) -> None:
    # on one line with the story, where no shape tells them: only the words do
    body = f"{greeting} {STORY}\n\n{closing} Rhys\n"
    story = find_story(body, sender_name="Rhys Jones") or ""
    assert closing.rstrip(",՝") not in story
    assert STORY in story


def test_a_phone_hope_in_short_words_is_no_story() -> None:
    body = f"{STORY}\n\nhope u like it!!\njenna\n"
    assert find_story(body, sender_name="Jenna Morales") == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "Diolch i Gareth am fenthyg ei delesgop i mi.",  # cy: thanks to Gareth, a sentence
        "Faleminderit shokut tim që më tregoi vendin.",  # sq
        "მადლობა ჩემს მეგობარს, რომელმაც ეს ადგილი მაჩვენა.",  # ka
    ],
)
def test_a_thanks_word_opening_a_sentence_of_the_story_stays(sentence: str) -> None:
    assert sentence in (find_story(f"{STORY}\n{sentence}\n\nCofion,\nRhys\n") or "")


@pytest.mark.parametrize(
    "body",
    [
        "yesterday,\nThe ISS crossed the Moon over the old church.\n",  # a wrapped sentence
        "Hope it works well!\n\nMikel\n",  # one line and a name: no story under it
    ],
)
def test_a_short_first_line_greets_only_as_a_paragraph_above_a_story(body: str) -> None:
    assert body.split("\n")[0] in (find_story(body, sender_name="Mikel Lindsaar") or "")

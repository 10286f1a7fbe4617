"""story (batch-18): a line that only names the instruments, and a sentence after the story
that only hands over the link on the line below it or names the photo's file over it, are no
story, in many languages."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story

LINK = "https://we.tl/t-Xk3b9QpL2m"
TOLD = "The ISS crossed the Moon right over the harbour, the boats were still out."


@pytest.mark.parametrize(
    "gear",
    [
        "Nikon D750 + Rokinon 24mm f/1.4 on a Vanguard Alta Pro tripod",
        "Canon EOS R6 avec un Samyang 14 mm sur trépied Gitzo",
        "Sony A7 III con Sigma 14mm f/1.8 Art su treppiede Manfrotto 055",
        "Nikon Z6 II mit Nikkor Z 20 mm f/1.8 S auf einem Stativ",
        "Canon EOS 6D Mark II + Samyang 14 mm, 20 s, ISO 2000",
        "Fujifilm X-T4 s objektivem Fujinon XF 16mm, stativ Sirui",
    ],
)
def test_a_line_that_only_names_the_instruments_is_no_story(gear: str) -> None:
    story = find_story(f"{TOLD}\n\n{gear}\n\nCheers,\nDana\n")
    assert story is not None and "boats were still out" in story
    assert gear.split()[0] not in story


def test_a_forwarded_members_data_lines_leave_no_story() -> None:
    body = (
        "Hello,\n\nOne of our members, Dana Kowalchuk, asked me to pass this on to you.\n\n"
        "Regards,\nPaul\n\n---------- Forwarded message ---------\n"
        "From: Dana Kowalchuk <dana@example.ca>\nDate: Mon, Mar 29, 2027 at 8:12 AM\n"
        "Subject: ISS pic\nTo: members <members@example.ca>\n\n"
        "ISS over Birds Hill Provincial Park, 28 March 2027, 21:14:05 CDT\n"
        "Nikon D750 + Rokinon 24mm f/1.4 on a Vanguard Alta Pro tripod\n"
        "Max elevation 71°, mag -3.7\n"
    )
    assert find_story(body) is None


@pytest.mark.parametrize(
    "prose",
    [
        "I shot it with my Nikon D750 and the Rokinon 24mm from the pier.",
        "Nikon D750 with a Rokinon 24mm, the tripod sank into the sand twice.",
        "Canon EOS R6 en mano, sin trípode, porque el viento no paraba.",
    ],
)
def test_a_sentence_about_the_instruments_with_other_words_stays_story(prose: str) -> None:
    story = find_story(f"{TOLD}\n\n{prose}\n")
    assert story is not None and prose in story


def test_instruments_a_sentence_wrapped_onto_the_next_line_stay_story() -> None:
    body = (
        "Last night the station went right over the lighthouse and I caught it with the\n"
        "Nikon D750 + Rokinon 24mm\n"
        "from the end of the breakwater.\n"
    )
    story = find_story(body)
    assert story is not None and "Rokinon 24mm" in story


@pytest.mark.parametrize(
    "handover",
    [
        "O arquivo ficou grande demais para anexar, segue o link do WeTransfer:",
        "The file was too big to attach, so here is a Dropbox link:",
        "Die Datei war zu groß für den Anhang, hier der Link:",
        "Le fichier est trop lourd pour être joint, voici le lien :",
        "El archivo pesa demasiado para adjuntarlo, aquí va el enlace:",
        "De foto is te groot om mee te sturen, ge kunt hem hier downloaden:",
        "Файл слишком большой для вложения, вот ссылка:",
    ],
)
def test_a_sentence_handing_over_the_link_below_after_the_story_is_no_story(
    handover: str,
) -> None:
    story = find_story(f"Hi,\n\n{TOLD}\n\n{handover}\n{LINK}\n\nThanks,\nJuliana\n")
    assert story == TOLD


def test_a_story_sentence_on_the_handover_line_stays() -> None:
    story = find_story(f"{TOLD} Here is the link:\n{LINK}\n")
    assert story == TOLD


def test_a_sentence_ending_with_a_colon_over_no_link_stays() -> None:
    body = f"{TOLD}\n\nThe link between the two frames is the station's shadow:\nit vanished.\n"
    story = find_story(body)
    assert story is not None and "station's shadow" in story


def test_a_sentence_over_the_link_naming_no_link_stays() -> None:
    story = find_story(f"{TOLD}\n\nAnd the best frame of the whole series:\n{LINK}\n")
    assert story is not None and "best frame of the whole series" in story


@pytest.mark.parametrize(
    "over",
    [
        "Le fichier complet est ici :",
        "Die volle Datei liegt hier:",
        "El archivo en alta resolución está aquí:",
        "The full-size file is here:",
    ],
)
def test_a_sentence_naming_the_photos_file_over_its_link_is_not_story(over: str) -> None:
    text = f"{TOLD}\n\n{over}\nhttps://www.dropbox.com/s/abc123/iss.tif?dl=0\n"
    assert find_story(text) == TOLD

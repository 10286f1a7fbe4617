"""story: a note on how the mail travels ("sent from my phone, hope it arrives") or that the
file was too big to attach, so a link is given ("Fail terlalu besar untuk dilampirkan, jadi
saya kongsikan melalui Google Drive."), is no story beside one, in several languages; a
sentence telling more than the sending stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story
from ipom_mail.pipeline.fields.transport_notes import is_file_note, is_transport_note

STORY = "The ISS crossed the Moon right over the old church."


@pytest.mark.parametrize(
    "note",
    [
        "skickar bilden direkt från mobilen, hoppas det går bra",
        "Sending this straight from my phone, hope it comes through 🙏",
        "Sending this from my phone, sorry for typos",
        "Schicke das Bild direkt vom Handy, hoffe es kommt an",
        "Te lo mando desde el celular, espero que llegue",
        "Je vous envoie ça depuis mon téléphone, j'espère que ça passe",
        "Vi scrivo dal cellulare, spero che arrivi",
        "Verstuur dit vanaf mijn telefoon, hopelijk komt het aan",
        "Wysyłam prosto z telefonu, mam nadzieję, że dojdzie",
        "Posílám rovnou z mobilu, doufám, že to dorazí",
        "Отправляю с телефона, надеюсь, всё дойдёт",
        "Lähetän kuvan suoraan puhelimesta, toivottavasti menee perille",
        "Sender bildet direkte fra mobilen, håper det kommer fram",
        "スマホから送信します",
        # a hope that it works, beside a note on the sending
        "Sending this from my phone, hope it works",
        "Vi scrivo dal cellulare, spero che funzioni",
    ],
)
def test_a_note_on_how_the_mail_travels_is_not_story(note: str) -> None:
    assert is_transport_note(note)
    phone = "Fick ISS rakt över bron från Lernacken i Malmö 🛰️✨"
    assert find_story(f"Hej!\n{phone}\n{note}\n/Ana\n", "Ana Berg") == phone
    assert find_story(f"{STORY} {note}.\n") == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "Sending from my phone, the ISS was so bright tonight",
        "I sent it from my phone to the laptop to stack 40 frames in AutoStakkert",
        "I shot it straight from my phone through the eyepiece",
        "Mobilen låg kvar i bilen, så jag fotade med kameran på stativet",
        "Jag hoppades att molnen skulle skingras, och det gick bra till slut",
    ],
)
def test_a_sentence_telling_more_than_the_sending_stays(sentence: str) -> None:
    assert not is_transport_note(sentence)
    assert find_story(f"{STORY}\n{sentence}\n") == f"{STORY}\n{sentence}"


@pytest.mark.parametrize(
    "hope",
    ["Hope it works well!", "hoppas det går bra", "Spero che funzioni!", "Ich hoffe, es klappt."],
)
def test_a_hope_that_it_works_alone_is_no_note_on_the_sending(hope: str) -> None:
    assert not is_transport_note(hope)  # it may hope for the photo's chance


FILE_NOTES = [
    "Fail terlalu besar untuk dilampirkan, jadi saya kongsikan melalui Google Drive.",
    "File-nya terlalu besar, jadi saya bagikan lewat Google Drive.",
    "The file was too big to attach, so here it is on Dropbox.",
    "Die Datei war leider zu groß, deshalb hier der Link zu WeTransfer.",
    "Le fichier est trop lourd, je l'ai mis sur WeTransfer.",
    "El archivo es demasiado grande, así que lo he subido a Google Drive.",
    "Il file è troppo grande, quindi l'ho caricato su Dropbox.",
    "O arquivo ficou grande demais, então subi no Google Drive.",
    "Het bestand is te groot, dus hier is de link.",
    "Plik jest za duży, więc wrzuciłem go na Dysk Google.",
    "Файл слишком большой, поэтому выкладываю на Яндекс Диск.",
    "Filen är för stor, så här är länken.",
]


@pytest.mark.parametrize("note", FILE_NOTES)
def test_a_note_that_the_file_was_too_big_is_no_story_beside_one(note: str) -> None:
    assert is_file_note(note)
    assert find_story(f"{STORY}\n\n{note}\n\nIt was a cold clear night.\n") == (
        f"{STORY}\n\nIt was a cold clear night."
    )


def test_a_note_that_the_file_was_too_big_is_the_story_when_nothing_else_is() -> None:
    note = "The video was too big to attach, so here it is on Dropbox:"
    assert find_story(f"{note}\nhttps://www.dropbox.com/s/abc/iss.mp4?dl=0\n") == note


@pytest.mark.parametrize(
    "line",
    [
        "The file was too big to attach, but the trail over the lake is worth the download.",
        "Fail terlalu besar, tetapi jejak ISS di atas tasik sangat cantik malam itu.",
        "The station was too big in the frame to miss, so bright it lit the whole field.",
    ],
)
def test_a_sentence_telling_more_beside_the_files_size_stays(line: str) -> None:
    assert not is_file_note(line)
    assert find_story(f"{STORY}\n\n{line}\n") == f"{STORY}\n\n{line}"

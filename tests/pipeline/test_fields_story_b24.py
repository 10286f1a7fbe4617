"""story, by class (batch-24): a greeting on top in a dialect or greeting a group, with no
comma after it ("Grüezi miteinander", "Hoi zäme", "Hallo allemaal"); a line of a video's
capture values under a label that counts its frames ("Captura: vídeo de 1500 fotogramas a
1/4000 s, procesado en AutoStakkert y Photoshop"); a note that the file was too big to attach,
so a link is given ("Fail terlalu besar untuk dilampirkan, jadi saya kongsikan melalui Google
Drive."). Each in several languages, beside sentences using the same words that stay."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.data_lines import is_settings_line
from ipom_mail.pipeline.fields.story import find_story
from ipom_mail.pipeline.fields.transport_notes import is_file_note

STORY = "The ISS crossed the Moon right over the old church."
TOLD = "Über der Stadt lag eine dünne Nebeldecke, der Himmel darüber war völlig klar."


@pytest.mark.parametrize(
    "greeting",
    [
        "Grüezi miteinander",
        "Grüezi mitenand",
        "Hoi zäme",
        "Salü zäme",
        "Griaß eich",
        "Servus beinand",
        "Tach zusammen",
        "Hallo allemaal",
        "Goeiedag",
        "Evening all",
        "Coucou",
        "Muy buenas",
        "Всем привет",
        "Добрай раніцы",
        "Hejsan",
    ],
)
def test_a_greeting_in_a_dialect_or_to_a_group_without_a_comma_is_no_story(
    greeting: str,
) -> None:
    assert find_story(f"{greeting}\n\n{TOLD}\n") == TOLD


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Grüezi mitenand, die ISS zog genau über den Sendeturm auf dem Uetliberg.",
            "die ISS zog genau über den Sendeturm auf dem Uetliberg.",
        ),
        ("Tachometer und Uhr zeigten beide 18:05, als die ISS kam.", None),
    ],
)
def test_a_sentence_after_or_beside_a_greeting_word_stays(line: str, kept: str | None) -> None:
    assert find_story(f"{line}\n\n{TOLD}\n") == f"{kept or line}\n\n{TOLD}"


@pytest.mark.parametrize(
    "line",
    [
        "Captura: vídeo de 1500 fotogramas a 1/4000 s, procesado en AutoStakkert y Photoshop",
        "Capture: 2000 frames at 1/2000 s, stacked in AutoStakkert",
        "Aufnahme: Video mit 900 Bildern, 1/3000 s, gestackt in AutoStakkert",
        "Ripresa: video di 1500 fotogrammi a 1/2000 s, elaborato con AutoStakkert",
        "Acquisition : vidéo de 2000 images, 1/3000 s, empilée avec AutoStakkert",
    ],
)
def test_a_labelled_line_of_a_videos_frames_and_exposure_is_not_story(line: str) -> None:
    assert is_settings_line(line)
    assert find_story(f"{STORY}\n\n{line}\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Hand guided with a joystick, 3000 frames at 2 ms.",
        "Grabé 1500 fotogramas a 1/4000 s y la estación cruzó el disco en 0,6 s.",
        "I caught it in 9 frames, each of 1/2000 s.",
    ],
)
def test_a_sentence_counting_frames_without_a_label_stays(line: str) -> None:
    assert not is_settings_line(line)
    assert find_story(f"{STORY}\n\n{line}\n") == f"{STORY}\n\n{line}"


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

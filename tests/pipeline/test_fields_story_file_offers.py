"""story: a short sentence offering the curator more of the photo's files ("Happy to send the
raw file as well.") is a closing courtesy, no story, wherever it stands and in any language;
a sentence offering something else, or telling of the files, stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story

STORY = "The ISS crossed the Moon right over the old church."


@pytest.mark.parametrize(
    "offer",
    [
        "Happy to send the raw file as well.",
        "I'm more than happy to share the full-resolution TIFF.",
        "I can also send the original if you need it.",
        "Let me know if you need the raw files.",
        "If needed, I can send the uncompressed video.",
        "Gerne schicke ich auch die RAW-Datei.",
        "Bei Bedarf kann ich die Originaldatei nachreichen.",
        "Je peux vous envoyer le fichier original si besoin.",
        "Si besoin, je vous envoie les fichiers RAW.",
        "Puedo enviarles el archivo original si lo necesitan.",
        "Se vi serve posso inviare il file RAW.",
        "Posso enviar o arquivo original se precisarem.",
        "Mogę przesłać plik RAW.",
        "Если нужно, могу прислать оригинал.",
        "Saya bisa mengirimkan file asli jika diperlukan.",
    ],
)
def test_an_offer_of_more_files_after_the_story_is_left_out(offer: str) -> None:
    assert find_story(f"{STORY}\n\n{offer}\n") == STORY


@pytest.mark.parametrize(
    "offer",
    ["Happy to send the raw file as well.", "Gerne schicke ich auch die RAW-Datei."],
)
def test_an_offer_of_more_files_before_the_story_is_left_out(offer: str) -> None:
    assert find_story(f"{offer} {STORY}\n") == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        # an offer of something that is no file of this photo
        "Happy to send more photos of last month's pass.",  # next month's: a plan (plans_ahead.py)
        "I can send you a print for the club wall.",
        # the file told of, not offered
        "The raw file shows the solar panels clearly.",
        # a long sentence that goes on to tell the photo
        "I can send the raw file too, which shows the station crossing the crater Plato "
        "just as a bat flew past the eyepiece.",
    ],
)
def test_a_sentence_that_offers_no_file_or_tells_more_stays(sentence: str) -> None:
    assert find_story(f"{STORY} {sentence}\n") == f"{STORY} {sentence}"

"""story: a short sentence that thanks the curator (for last month's feature, in advance) is
no story wherever it stands, in any language; one that credits a helper ("thanks to my
neighbour…") or goes on to tell the photo stays."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.story import find_story

STORY = "The ISS crossed the Moon right over the old church."


@pytest.mark.parametrize(
    "thanks",
    [
        "Thank you so much for picking my shot in March!",
        "Vielen herzlichen Dank für die Auswahl im Sommer!",
        "Un grand merci pour la publication du mois dernier !",
        "Muchas gracias por publicar mi foto de agosto.",
        "Grazie mille per aver scelto la mia foto.",
        "Muito obrigado pela publicação do mês passado!",
        "Hartelijk bedankt voor het plaatsen van mijn foto!",
        "Bardzo dziękuję za wyróżnienie w lipcu!",
        "Большое спасибо за публикацию в сентябре!",
        "Tusind tak for sidste måneds udvælgelse!",
        "Kiitos viime kuun julkaisusta!",
        "Aitäh eelmise kuu esiletõstmise eest!",
        "Geçen ayki yayın için çok teşekkürler!",
        "先月は掲載していただきありがとうございました。",
    ],
)
def test_a_thanks_to_the_curator_on_top_of_the_story_is_left_out(thanks: str) -> None:
    assert find_story(f"Hi,\n\n{thanks} {STORY}\n") == STORY


@pytest.mark.parametrize(
    "thanks",
    [
        "Thanks for featuring my photo last year!",
        "Merci d'avance !",
        "Dziękuję za uwagę.",
        "Köszönöm a lehetőséget!",
    ],
)
def test_a_thanks_line_alone_on_top_does_not_end_the_story_before_it_starts(thanks: str) -> None:
    assert find_story(f"Hello,\n{thanks}\n\n{STORY}\n") == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks to my neighbour Joe for lending me his tracking mount.",
        "Dank an Peter für die Montierung.",
        "Gracias a la Luna llena, el contraste fue enorme.",
    ],
)
def test_a_sentence_crediting_a_helper_stays(sentence: str) -> None:
    assert find_story(f"{STORY} {sentence}\n") == f"{STORY} {sentence}"


def test_a_mail_of_thanks_only_has_no_story() -> None:
    assert find_story("Hi,\n\nThank you so much for featuring my shot last month!\n") is None


def test_a_japanese_line_saying_the_sender_always_reads_the_page_is_a_greeting() -> None:
    body = "IPOM ご担当者様\n\nいつも楽しく拝見しています。\n浜名湖の上空を通過するISSです。\n"
    assert find_story(body) == "浜名湖の上空を通過するISSです。"

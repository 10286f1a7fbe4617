"""story: an invitation to another event, a P.S. about one, news of another photo sent later.

"Ne parleremo … giovedì 3/12 alle 21:00 in sede: siete tutti invitati!", "P. S. 19:00 mūsų
klubas … rengia viešą stebėjimą … – visi kviečiami!", "另外，前一天…我还拍到了天宫过境，那张以后再发。"
are not this photo's story (data/labels.toml [invitations], [sent_later]). Traps: an
invitation in the past that tells where the photo was taken, a permission to use the photo,
a P.S. about the photo itself.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.other_events import about_other_event
from ipom_mail.pipeline.fields.story import find_story

SENT = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
STORY = "The station crossed the Moon in half a second, its panels sharp against the maria."


@pytest.mark.parametrize(
    "news",
    [
        "We'll talk about it at the club's next evening, Friday at 8 pm: you're all invited!",
        "Nous en reparlerons au club vendredi soir, venez nombreux !",
        "Am Freitag zeige ich das Bild im Verein, alle sind herzlich willkommen!",
        "El sábado hacemos observación pública en el parque: ¡estáis todos invitados!",
        "Sabato sera osserviamo la Luna in piazza, vi aspettiamo!",
        "PS. Sobota, pokaz nieba w parku – serdecznie zapraszamy!",
        "P. S. Penktadienį klubas rengia viešą stebėjimą – visi kviečiami!",
        "P. S. 19:00 klubs rīko publisku novērošanu observatorijā, visi laipni aicināti!",
        "周六晚上我们天文社在公园有观测活动，欢迎大家参加！",
        "土曜日に公園で観望会をします。ぜひお越しください。",
    ],
)
def test_an_invitation_to_another_event_is_no_story(news: str) -> None:
    assert find_story(f"{STORY}\n\n{news}\n", sent=SENT) == STORY


@pytest.mark.parametrize(
    "news",
    [
        "另外，前一天（11月19日）我还拍到了天宫过境，那张以后再发。",
        "I also caught Tiangong the night before; I'll send that one later.",
        "J'ai aussi photographié Tiangong la veille, je vous l'enverrai plus tard.",
        "Tiangong habe ich am Vorabend auch erwischt, das Bild schicke ich später.",
        "Ho fotografato anche la Tiangong la sera prima, la mando più tardi.",
        "Вчера снял ещё и Тяньгун, пришлю позже.",
        "前の晩には天宮も撮れたので、後日お送りします。",
    ],
)
def test_news_of_another_photo_sent_another_time_is_no_story(news: str) -> None:
    assert find_story(f"{STORY}\n\n{news}\n", sent=SENT) == STORY


def test_only_the_invitation_leaves_a_paragraph_that_tells_the_story() -> None:
    body = f"{STORY} Friday I show it at the club, everyone is welcome!\n"
    assert find_story(body, sent=SENT) == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "We were all invited to the club's open night on the hill, where I took it.",
        "You are welcome to use the photo on the page and in the newsletter.",
        "Everyone is welcome to share it with credit.",
        "Eravamo tutti invitati alla serata del gruppo sul rifugio, e lì l'ho ripresa.",
        "P. S. The faint streak on the left is a Starlink satellite.",
    ],
)
def test_a_sentence_about_the_photo_or_a_permission_stays(sentence: str) -> None:
    assert not about_other_event(sentence.removeprefix("P. S. "), SENT)
    assert sentence in (find_story(f"{STORY}\n\n{sentence}\n", sent=SENT) or "")


def test_a_ps_written_with_a_space_is_one_sentence_with_its_news() -> None:
    body = f"{STORY}\n\nP. S. 28. novembrī 19:00 klubs rīko publisku novērošanu.\n"
    assert find_story(body, sent=SENT) == STORY


@pytest.mark.parametrize(
    "news",
    [
        "Aprovecho para invitarles a la Noche de las Estrellas el sábado 27, en Cholula.",
        "Les invito a la observación pública del sábado en el parque.",
        "Je vous invite à la Nuit des étoiles samedi au club.",
        "Ich lade euch herzlich zur Sternwartennacht am Samstag ein.",
        "Vi invito alla serata osservativa di sabato in piazza.",
        "Convido-vos para a sessão de observação de sábado.",
        "Zapraszam na pokaz nieba w sobotę w parku.",
        "Zvu vás na pozorování na hvězdárně v sobotu.",
        "Приглашаю на наблюдения в субботу в парке.",
        "I'd like to invite you to our open night on Saturday.",
    ],
)
def test_a_first_person_invitation_to_another_event_is_no_story(news: str) -> None:
    assert find_story(f"{STORY}\n\n{news}\n", sent=SENT) == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "I was invited to the club's open night on the hill, where I took it.",
        "Ich lade sie morgen in voller Auflösung hoch.",
        "Me invitaron a la noche de observación y allí la tomé.",
    ],
)
def test_being_invited_or_uploading_is_no_invitation(sentence: str) -> None:
    # trap: invited in the past, or "lade sie hoch" (uploading them), tells the photo
    assert not about_other_event(sentence, SENT)

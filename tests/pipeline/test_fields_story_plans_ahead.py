"""story: a closing sentence about a plan, a trip or an attempt to come ("El tránsito lunar de
la semana que viene lo intentaré desde Madrid", "Příští měsíc jedu na Slovensko…", "Утре
заминавам за Шумен…", "Næsta mánuð förum við norður…") is no story; the photo's sentences
before it stay, and so do a morning word that is no tomorrow, a past day, and a plan in the
middle of the story (issue 13, batch-42)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.plans_ahead import plans_ahead
from ipom_mail.pipeline.fields.story import find_story
from tests.mailkit import mail_fields

SENT = datetime(2027, 4, 12, 9, 0, tzinfo=UTC)
STORY = "The station crossed right over the lit dome, brighter than Jupiter."


@pytest.mark.parametrize(
    "plan",
    [
        "El tránsito lunar de la semana que viene lo intentaré desde Madrid, ya os contaré.",
        "Příští měsíc jedu na Slovensko na Poloninu, tak snad pošlu další.",
        "Утре заминавам за Шумен на среща, ако имам снимки оттам, ще ги пратя.",
        "Næsta mánuð förum við norður til Akureyrar og ég vona að ná fleiri myndum þar.",
        "Next week I'm off to Skye, hopefully with a clearer sky.",
        "Morgen fahre ich in die Rhön und versuche es dort noch einmal.",
        "La semaine prochaine, je tenterai le transit solaire depuis Lyon.",
        "W przyszłym tygodniu jadę w Bieszczady, może uda się coś więcej.",
        "Следующий раз попробую снять с телескопом, через неделю.",
        "来週は長野に遠征する予定です。",
        "Gelecek ay Erzurum'a gidiyorum, oradan da denerim.",
    ],
)
def test_a_closing_plan_to_come_is_no_story(plan: str) -> None:
    assert find_story(f"{STORY}\n\n{plan}\n", sent=SENT) == STORY


def test_a_plan_ending_the_storys_last_paragraph_leaves_alone() -> None:
    body = f"{STORY} Next month I'm going to Slovakia to try again.\n"
    assert find_story(body, sent=SENT) == STORY


def test_a_closing_paragraph_opened_by_a_plan_leaves_whole() -> None:
    body = f"{STORY}\n\nPříští měsíc jedu na Slovensko. Snad pošlu další.\n"
    assert find_story(body, sent=SENT) == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        # a morning, not tomorrow
        "Esta mañana la procesé en Siril y quedó así.",
        "Heute Morgen habe ich das Bild noch entrauscht.",
        "De volgende morgen heb ik de opnamen gestackt.",
        # the photo's own past day beside the time to come
        "Yesterday's pass was the best, tomorrow I'll try again.",
        "Вчера было ясно, а завтра обещают облака.",
        # no time to come at all
        "Next to the dome stood the old refractor.",
        "La semana pasada ya lo había intentado sin suerte.",
    ],
)
def test_a_closing_sentence_with_no_time_to_come_or_a_past_day_stays(sentence: str) -> None:
    story = find_story(f"{STORY}\n\n{sentence}\n", sent=SENT)
    assert story is not None and sentence in story


def test_a_plan_in_the_middle_of_the_story_stays() -> None:
    plan = "Next week I'll try the lunar transit."
    body = f"{STORY}\n\n{plan}\n\nThe frame was the 12th of 40, at ISO 800.\n"
    story = find_story(body, sent=SENT)
    assert story is not None and plan in story


def test_a_time_to_come_with_a_past_date_of_the_photo_is_no_plan() -> None:
    assert not plans_ahead("On 10 April I shot it; next month I'll show it.", SENT.date())
    assert plans_ahead("Next month I'll show it in Brno.", SENT.date())


def test_the_whole_mail_keeps_the_photos_story_without_the_trip() -> None:
    body = (
        "Hola,\n\nos envío mi foto de la ISS pasando por encima de las cúpulas del Roque de "
        "los Muchachos.\n\nEstábamos a unos 2.400 m de altitud, con un mar de nubes "
        "espectacular.\n\nEl tránsito lunar de la semana que viene lo intentaré desde "
        "Madrid, ya os contaré.\n\nUn saludo,\nJavier Ortega\n"
    )
    story = mail_fields("ISS sobre el Roque", body, "Javier Ortega <j@example.es>").story
    assert story is not None and "mar de nubes" in story and "semana que viene" not in story

"""A pass prediction pasted into the mail, from a friend or an app (ISS Detector,
Heavens-Above), gives the pass as it was to be: its elevation, brightness and window are not
the photographer's, and its lines are no story. Read under a heading naming the prediction
("예보를 그대로 붙입니다:", "Prognose for Skagen:", "Vorhersage von Heavens-Above:"), in a
sentence a prediction's word leads before the window ("Пролёт по прогнозу с 01:12 до 01:18,
максимальная высота 34°."), or in a friend's mail forwarded below the sender's submission.
Traps: the sender's own figures citing a prediction ("Max elevation was 58 degrees as per
the Heavens-Above prediction") and an observation that matched it stay."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.prediction_lines import without_predictions
from tests.mailkit import mail_fields

SENT = "Wed, 15 Sep 2027 08:00:00 +0000"

PASTED = [
    (  # Russian: a sentence led by "по прогнозу" with the window and the height
        "Снимок МКС над Волгой сделан 2 июля 2027 года в 22:15 UTC, станция отражалась в "
        "воде.\n\nПролёт по прогнозу с 01:12 до 01:18, максимальная высота 34°.\n",
        "отражалась в воде",
        "по прогнозу",
    ),
    (  # Korean: an app's prediction under a heading
        "2027년 8월 29일 12:05:20 UTC에 찍은 ISS 사진입니다. 돔 위로 지나갔습니다.\n\n"
        "앱에서 받은 예보를 붙입니다:\n시작 20:59:10 / 최고 21:02:30 고도 61° / 끝 21:06:00 / "
        "밝기 -3.3\n",
        "돔 위로 지나갔습니다",
        "시작 20:59:10",
    ),
    (  # German: a site's prediction under a heading, one blank line below it
        "Mein Foto der ISS über dem Brocken, am 6. September 2027 um 19:10:40 UTC. Der Wind "
        "pfiff ordentlich.\n\nVorhersage von Heavens-Above:\n\nBeginn 21:07:55, höchster "
        "Punkt 21:10:50 bei 71°, Ende 21:14:20, Helligkeit -3,8\n",
        "Der Wind pfiff",
        "Heavens-Above",
    ),
    (  # Danish: a friend's prediction forwarded below the sender's own submission
        "Her er mit billede af ISS over Skagen, taget 6. september 2027 kl. 19:10:40 UTC. "
        "Den var klart lysere end Jupiter.\n\nVenlig hilsen\nMette Lund\n\n"
        "---- Videresendt besked ----\nFra: Jens Bach <jens.bach@example.dk>\nEmne: ISS\n\n"
        "i morgen er der en flot passage kl. 21:50, max 80°, -3,9 mag. Tager du med?\n",
        "klart lysere end Jupiter",
        "Tager du med",
    ),
]


@pytest.mark.parametrize(("body", "told", "not_told"), PASTED)
def test_a_pasted_prediction_gives_no_pass_figures_and_no_story(
    body: str, told: str, not_told: str
) -> None:
    fields = mail_fields("ISS", body, date=SENT, follow_up=True)
    assert fields.flyby.max_elevation_deg is None
    assert fields.flyby.magnitude is None
    assert fields.story is not None and told in fields.story
    assert not_told not in fields.story


def test_the_observed_elevation_beside_a_pasted_prediction_is_the_photographers() -> None:
    body = (
        "2027년 8월 29일 12:05:20 UTC에 찍은 ISS 사진입니다.\n\n앱에서 받은 예보를 붙입니다:\n"
        "시작 20:59:10 / 최고 21:02:30 고도 61° / 끝 21:06:00 / 밝기 -3.3\n\n"
        "실제로 관측한 최고 고도는 58°였고, 밝기는 예보보다 조금 어두워 보였습니다.\n"
    )
    fields = mail_fields("ISS", body, date=SENT, follow_up=True)
    assert fields.flyby.max_elevation_deg == 58.0
    assert fields.flyby.magnitude is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Max elevation was 58 degrees and magnitude -3.1 as per the Heavens-Above prediction.",
        "La predicción daba una elevación máxima de 64° y magnitud -3,6.",
        "Comme prévu, le passage de 21:31 à 21:37 culminait à 72°.",
        "本來天氣預報說會下雨，結果傍晚雲突然散開，太空站從21:31到21:37升起。",
        "Die Wettervorhersage war schlecht, aber um 21:31 und 21:37 war es klar.",
    ],
)
def test_the_senders_own_figures_and_a_weather_forecast_stay(sentence: str) -> None:
    assert without_predictions(sentence) == sentence


def test_a_prediction_window_sentence_is_blanked_and_the_next_stays() -> None:
    text = "Foto um 21:34 MEZ. Laut Vorhersage von 21:31 bis 21:37, max. Höhe 72°. Es war kalt."
    kept = without_predictions(text)
    assert "Vorhersage" not in kept and "72°" not in kept
    assert kept.startswith("Foto um 21:34 MEZ.") and kept.endswith("Es war kalt.")
    assert len(kept) == len(text)

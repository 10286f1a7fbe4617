"""story: an aside ("by the way", "bu arada", "übrigens") that dates itself and says nothing of
taking the photo is news of another day, not story (issue 13, batch-23: "Bu arada 30 Eylül'de
Progress kargo aracının istasyona kenetlenmesini de canlı izledik"); an aside about the photo,
and a docking or launch beside the photo's own words, stay."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.other_events import about_other_event
from ipom_mail.pipeline.fields.story import find_story

SENT = datetime(2026, 10, 11, 8, 5, tzinfo=UTC)
STORY = "Peribacalarının arkasından yükselen istasyonu yakalamak hiç kolay olmadı."


@pytest.mark.parametrize(
    "aside",
    [
        "Bu arada 30 Eylül'de Progress kargo aracının istasyona kenetlenmesini de canlı\n"
        "izledik, harika bir ay oldu!",
        "By the way, on 30 September we watched the Progress docking live at the club.",
        "Übrigens haben wir am 30. September das Andocken von Progress live gesehen.",
        "Por cierto, el 30 de septiembre vimos en directo el lanzamiento de la Soyuz.",
        "Au fait, le 30 septembre nous avons suivi en direct l'amarrage du Progress.",
        "Кстати, 30 сентября мы смотрели в прямом эфире стыковку «Прогресса».",
        "ところで、9月30日にはプログレス補給船のドッキングもライブで見ました。",
    ],
)
def test_a_dated_aside_about_another_day_is_news(aside: str) -> None:
    assert find_story(f"{STORY}\n\n{aside}\n", sent=SENT) == STORY


def test_a_dated_aside_leaves_its_sentence_and_the_photos_stay() -> None:
    aside = "Trouwens, op 30 september zagen we de koppeling van Progress live."
    assert find_story(f"{STORY} {aside}\n", sent=SENT) == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "By the way, the photo was taken on 4 October from the car park.",
        "Übrigens: die Aufnahme entstand am 4. Oktober, nicht am 5.",
        "Bu arada fotoğraf 10 Ekim'de Uçhisar'dan çekildi.",
        "By the way, I used 30 s exposures and a remote release.",  # no date
        "Por cierto, el trípode casi se cae con el viento.",  # no date
        "The Progress docking on 30 September made the station look longer.",  # no aside
    ],
)
def test_an_aside_about_the_photo_or_without_a_date_stays(sentence: str) -> None:
    assert not about_other_event(sentence, SENT)
    assert find_story(f"{STORY}\n\n{sentence}\n", sent=SENT) == f"{STORY}\n\n{sentence}"

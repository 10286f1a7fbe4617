"""story: news about another, dated event (a meeting, a star party, a launch) is not story."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.other_events import about_other_event
from ipom_mail.pipeline.fields.story import find_story

SENT = datetime(2026, 10, 29, 20, 0, tzinfo=UTC)
STORY = "The ISS crossed the Moon right over the old church."


@pytest.mark.parametrize(
    "news",
    [
        "PS. W sobotę 14 listopada o 18:00 mamy zlot w Piwnicach, zapraszam!",
        "Esittelen kuvan myös tähtiharrastajien kuukausitapaamisessa 14.11.2026 klo 18.",
        "Bu arada 20 Kasım'da saat 19:00'da üniversitede gökyüzü gözlem şenliği var.",
        "A Crew Dragon november 3-i érkezése előtt szeretnék még egy tranzitot megpróbálni.",
        "Unsere nächste Vereinssitzung ist übrigens am 12. November um 19:00 Uhr.",
        "P.S. Our star party is on Saturday, November 7 at 8:30 pm. If you're around, come by!",
    ],
)
def test_a_paragraph_of_news_about_another_event_is_not_story(news: str) -> None:
    assert find_story(f"{STORY}\n\n{news}\n", sent=SENT) == STORY


def test_only_the_sentence_of_news_leaves_a_paragraph_that_tells_the_story() -> None:
    body = f"{STORY} Unsere nächste Vereinssitzung ist am 12. November um 19:00 Uhr.\n"
    assert find_story(body, sent=SENT) == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "I took it on 28 October 2026 at 19:02 UT from the beach.",
        "Crew-8, launched on 4 March, shows on the photo as a small bump.",
        "The series ran from 18.02.15 to 18.04.50 Finnish time.",
        "Photographed yesterday at 17:46, two days after the 26 October open night.",
    ],
)
def test_a_sentence_about_the_photo_with_a_past_date_or_a_clock_time_stays(sentence: str) -> None:
    assert not about_other_event(sentence.replace("open night", "full Moon"), SENT)
    assert sentence in (find_story(f"{STORY}\n\n{sentence}\n", sent=SENT) or "")


def test_without_the_mail_date_only_a_named_gathering_with_its_date_is_news() -> None:
    assert about_other_event("The club meeting is on 12 November at 19:00.")
    assert not about_other_event("The ISS passed on 12 November at 19:00.")


SENT_MAY = datetime(2026, 5, 13, 0, 25, tzinfo=UTC)


@pytest.mark.parametrize(
    "news",
    [
        "5月20日天文社有聚會，我會把照片帶去給大家看。",
        "5月20日に天文同好会があるので、この写真を見せるつもりです。",
        "5월 20일에 이 사진을 인화해서 친구들에게 보여줄 거예요.",
        "週六晚上7點天文協會有觀測活動，歡迎大家來。",  # a gathering and its time, no day
    ],
)
def test_news_of_a_later_day_in_cjk_month_and_day_is_not_story(news: str) -> None:
    story = "昨晚國際太空站從西北方升起，剛好劃過山頂的電塔。"
    assert find_story(f"{story}\n\n{news}\n", sent=SENT_MAY) == story


def test_a_cjk_month_and_day_before_the_mail_stays_in_the_story() -> None:
    story = "5月11日晚上，太空站從西北方升起，剛好劃過山頂的電塔。"
    assert find_story(f"{story}\n", sent=SENT_MAY) == story

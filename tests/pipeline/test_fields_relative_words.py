"""A relative day is named by whole words only (issue 13, wrong value 4's kind).

"vakar" is Latvian and Lithuanian for "yesterday", and the start of "vakara" (the
evening's) and "vakare" (in the evening): a newsletter's "Labākie vakara pārlidojumi"
(the best evening passes) was dated to the day before it was sent. "dün" (yesterday) is
the start of "dünya" (the world). Each word counts whole; its cases are written out.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from ipom_mail.pipeline.fields.relative_days import relative_day

SENT = datetime(2026, 11, 2, 10, 0, tzinfo=timezone(timedelta(hours=2)))
YESTERDAY = date(2026, 11, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Labākie vakara pārlidojumi: 4. nov. 17:52, 6. nov. 17:55.",  # lv: the evening's
        "Geriausi vakaro praskridimai lapkričio 4 d.",  # lt: the evening's
        "Vakare stebėsime ISS.",  # lt: in the evening
        "Dünya'nın en güzel gökyüzü fotoğrafları.",  # tr: the world's
        "Eilenburg, Sachsen: Sternwarte",  # a town starting with "eilen"
    ],
)
def test_a_word_that_only_starts_like_yesterday_dates_nothing(text: str) -> None:
    assert relative_day(text, None, SENT) is None


@pytest.mark.parametrize(
    "text",
    [
        "Vakar vakarā 19:05 pēc Latvijas laika.",  # lv
        "Nufotografavau vakar 20:12.",  # lt
        "Dün akşam 18:12 (GMT+3) fotoğrafladım.",  # tr
        "Вчерашний пролёт МКС над Москвой.",  # ru: yesterday's
        "Eilisen ylilennon kuva.",  # fi: yesterday's
    ],
)
def test_yesterday_and_its_cases_date_the_day_before(text: str) -> None:
    assert relative_day(text, None, SENT) == YESTERDAY

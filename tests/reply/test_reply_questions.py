"""The reply turns what the mail left open into a precise question, in each reply language.

A date that reads two ways: "Was it 11 April 2023 or 4 November 2023?", the dates
written by Babel in the reply's language. A zone abbreviation not in force: the
reply says how we read it, or asks which it was.
"""

from __future__ import annotations

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.stages import check_message
from ipom_mail.reply.compose import compose_reply
from tests.reply_kit import submission

AMBIGUOUS = submission(
    sender="Dana Whitfield <dana@example.com>",
    body="ISS pass on 04/11/2023 at 21:34 UT from Boulder, Colorado. Celestron C8, ZWO ASI462MC.",
)
# (language, the two readings as CLDR writes them in that language)
READINGS = [
    ("en", "4 November 2023", "11 April 2023"),
    ("de", "4. November 2023", "11. April 2023"),
    ("fr", "4 novembre 2023", "11 avril 2023"),
    ("es", "4 de noviembre de 2023", "11 de abril de 2023"),
    ("it", "4 novembre 2023", "11 aprile 2023"),
    ("hu", "2023. november 4.", "2023. április 11."),
]


@pytest.mark.parametrize(("lang", "first", "second"), READINGS)
def test_the_reply_asks_which_reading_of_a_two_way_date_in_each_language(
    lang: str, first: str, second: str
) -> None:
    result = check_message(AMBIGUOUS, Config())
    assert result.fields.taken_at is None
    reply = compose_reply(result, "IPOM-2023-0042", Config(), "ack", language=lang)
    assert reply is not None
    assert "04/11/2023" in reply.body_text
    assert first in reply.body_text and second in reply.body_text
    assert reply.body_html is not None
    assert first in reply.body_html and second in reply.body_html


IN_FORCE = submission(
    sender="Philip Smith <philip@example.net>",
    body="I imaged the ISS from Manorville NY, USA on 9 March 2020 at 6:47am EST. "
    "Edge HD 14 with a ZWO ASI174 mono camera.",
)


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "hu"])
def test_the_reply_asks_an_out_of_season_zone_with_both_readings(lang: str) -> None:
    result = check_message(IN_FORCE, Config())
    assert result.fields.taken_at is None
    reply = compose_reply(result, "IPOM-2020-0007", Config(), "ack", language=lang)
    assert reply is not None
    assert "6:47am EST" in reply.body_text
    assert "EDT" in reply.body_text
    assert "10:47 UT" in reply.body_text and "11:47 UT" in reply.body_text


NOT_IN_FORCE = submission(
    sender="Sam Ortiz <sam@example.com>",
    body="ISS pass on 14 July 2023 at 21:12 MST. Celestron C8, ZWO ASI462MC.",
)


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "hu"])
def test_the_reply_asks_about_a_zone_that_was_not_in_force(lang: str) -> None:
    result = check_message(NOT_IN_FORCE, Config())
    assert result.fields.taken_at is None
    assert "taken_at" in result.verdict.missing
    reply = compose_reply(result, "IPOM-2023-0008", Config(), "ack", language=lang)
    assert reply is not None
    assert "21:12 MST" in reply.body_text and "MDT" in reply.body_text


def test_a_reply_with_nothing_open_asks_no_question() -> None:
    result = check_message(submission(), Config())
    reply = compose_reply(result, "IPOM-2024-0001", Config(), "ack", language="en")
    assert reply is not None
    assert "Please check" not in reply.body_text

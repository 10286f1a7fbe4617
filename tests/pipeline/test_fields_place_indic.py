"""Hindi and Marathi sites (fields/place_indic.py, issue 13): a site's name and kind, or a
town, before a postposition of place and a verb of taking; the region written before it
behind a genitive left out, the one after it behind a comma kept. Never where one lives, a
meeting's venue, a kind alone, a country alone, the sender's town under the name."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.location import find_location
from ipom_mail.pipeline.fields.place_indic import indic_site
from tests.mailkit import mail_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("जो मैंने 12 दिसंबर 2027 को लद्दाख के हानले डार्क स्काई रिज़र्व से ली थी।", "हानले डार्क स्काई रिज़र्व"),
        ("यह तस्वीर मैंने नाहरगढ़ किला, जयपुर से ली थी।", "नाहरगढ़ किला, जयपुर"),
        ("हानले डार्क स्काई रिज़र्व से ली गई तस्वीर।", "हानले डार्क स्काई रिज़र्व"),  # at the start
        ("हमने यह तस्वीर सांभर झील के किनारे से ली थी।", "सांभर झील के किनारे"),
        ("मैंने यह फोटो जयपुर में अपने घर की छत से ली।", "जयपुर"),  # one's roof: the town
        ("यह तस्वीर कल रात पुणे से खींची गई।", "पुणे"),
        ("मैंने यह तस्वीर नई दिल्ली से ली थी।", "नई दिल्ली"),  # a town of two words
        ("मैंने अपनी तस्वीर सातारा के अजिंक्यतारा किल्ला वरून काढली.", "अजिंक्यतारा किल्ला"),
        # the fort in its oblique form before a genitive, and the part of it stood on
        ("जो मैंने रविवार को शाम 6:22 बजे जयपुर के पास नाहरगढ़ किले की छत से ली थी।",
         "नाहरगढ़ किले की छत"),
    ],
)  # fmt: skip
def test_a_site_or_town_before_a_postposition_and_a_verb_of_taking_is_the_place(
    text: str, place: str
) -> None:
    assert indic_site(text) == place
    assert find_location(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "मैं जयपुर में रहता हूँ और मुझे खगोलशास्त्र पसंद है।",  # where one lives
        "दिल्ली से नमस्ते, मैंने कल यह तस्वीर ली।",  # a greeting's town
        "हम जयपुर क्लब की बैठक में यह तस्वीर दिखाएँगे, जो कल ली थी।",  # a meeting
        "मैंने यह तस्वीर झील से ली।",  # the kind alone: no name
        "मैंने यह तस्वीर किले की छत से ली।",  # the fort's roof, no name
        "स्टेशन नाहरगढ़ किले के बुर्ज के ठीक ऊपर से गुज़रा।",  # passed over, not taken from
        "मैंने यह तस्वीर भारत से ली।",  # a country alone
        "मैंने यह तस्वीर सूर्यास्त के बाद छत से ली।",  # one's roof, no town
        "दिल्ली में कल बारिश हुई, फिर मैंने बहुत बाद में आज सुबह यह तस्वीर ली।",  # no taking there
    ],
)  # fmt: skip
def test_no_indic_place_where_one_lives_meets_or_names_a_country(text: str) -> None:
    assert indic_site(text) is None


def test_the_reserve_beats_the_senders_town_under_the_name() -> None:
    body = (
        "नमस्ते,\n\nमैं अपनी ISS की तस्वीर भेज रहा हूँ, जो मैंने 12 दिसंबर 2027 को लद्दाख के "
        "हानले डार्क स्काई रिज़र्व से ली थी। तस्वीर शाम 6:24 बजे (IST) ली गई।\n\n"
        "धन्यवाद,\nराहुल शर्मा\nदिल्ली\n"
    )
    assert mail_place("ISS फोटो – हानले, लद्दाख", body) == "हानले डार्क स्काई रिज़र्व"

"""location, issue 13: a greeting that is also a sign-off opens a mail, it does not close one;
a spot's town ends before the weekday after it.

"selam," (Turkish, Bosnian), "ciao," or "salam," greet at a mail's top and close it at its
foot: only after the sender's own prose is such a line a sign-off whose block is blanked
(place_phrases.without_signatures). "from Piers Park in East Boston on Thursday" names the
spot and its town; the weekday after the town is a time, not part of its name.
"""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.place_base import settled_place
from ipom_mail.pipeline.fields.place_phrases import without_signatures
from ipom_mail.pipeline.fields.site_phrases import site_phrase


@pytest.mark.parametrize(
    "text",
    [
        "selam,\ndün akşam iss'i yakaladım, Kadıköy'den çektim\nkolay gelsin",
        "Salam,\nMy photo of the ISS, taken from Amman last night.\n",
        "ciao,\nla foto è stata scattata ieri sera dal Monte Cucco\n",
    ],
)
def test_a_sign_off_word_opening_the_mail_greets_and_keeps_the_prose(text: str) -> None:
    assert without_signatures(text) == text


@pytest.mark.parametrize(
    ("text", "kept", "blanked"),
    [
        ("Eccola qui.\n\nciao,\nMarco Bianchi\nBergamo", "Eccola qui.", "Bergamo"),
        ("Here it is.\nSalam,\nAhmad\nAmman", "Here it is.", "Amman"),
    ],
)
def test_the_same_word_after_the_prose_signs_off_and_its_block_is_no_place(
    text: str, kept: str, blanked: str
) -> None:
    cleaned = without_signatures(text)
    assert kept in cleaned and blanked not in cleaned


@pytest.mark.parametrize(
    ("text", "phrase", "place"),
    [
        (
            "Taken from Piers Park in East Boston on Thursday, November 12, 2026 at 5:41 PM.",
            "Piers Park in East Boston",
            "East Boston",
        ),
        ("Shot from Kings Park in Perth on Friday night.", "Kings Park in Perth", "Perth"),
        (
            "Aufgenommen vom Gipfel der Hohen Acht bei Mayen am Samstag, 3. Oktober.",
            "Gipfel der Hohen Acht",  # "bei Mayen" only says where the summit lies
            "Gipfel der Hohen Acht",
        ),
    ],
)
def test_a_spots_town_ends_before_the_weekday_after_it(text: str, phrase: str, place: str) -> None:
    assert site_phrase(text) == phrase
    assert settled_place(site_phrase(text), text) == place

"""A mail app's or a phone's name in a footer is never a place (issue 13, batch-27): "Sent from
Gmail Mobile" under a signature was read as a town passed over or taken from. The footer's
lead and the app's name (data/mail_words.toml [sent_from_leads], [mail_apps]) make the line a
footer in every language, so no reader sees it; the apps' names are no towns either
(data/locatives.toml [not_towns]). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ipom_mail.pipeline.fields.equipment import find_equipment
from ipom_mail.pipeline.fields.links import SENT_FROM
from ipom_mail.pipeline.fields.place_over import first_over
from ipom_mail.pipeline.values import Media
from tests.mailkit import mail_place

FOOTERS = [
    "Sent from Gmail Mobile",
    "Sent from Outlook for Android",
    "Sent from Yahoo Mail on Android",
    "Sent from Proton Mail mobile",
    "Enviado desde Yahoo Mail",
    "Enviado desde Outlook para iOS",
    "Enviado do Gmail Mobile",
    "Envoyé de mon Galaxy",
    "Envoyé depuis Thunderbird",
    "Gesendet mit BlueMail",
    "Inviato da Libero Mail per Android",
    "Verzonden vanuit Mail voor Windows",
    "Enviat des del meu iPhone",
]


@pytest.mark.parametrize("footer", FOOTERS)
def test_a_footer_naming_a_mail_app_is_a_footer(footer: str) -> None:
    assert SENT_FROM.match(footer)


@pytest.mark.parametrize(
    "line",
    [
        "Sent from Tenerife, where the sky was perfect.",  # a place after "from"
        "Enviado desde Sevilla",
        "Mit meinem Samsung Galaxy S23 fotografiert",  # a camera, no footer's lead
        "Sent from the terrace in Spark",  # the app's name not right after the lead
    ],
)
def test_a_line_naming_a_place_or_a_camera_is_no_footer(line: str) -> None:
    assert not SENT_FROM.match(line)


@pytest.mark.parametrize("footer", FOOTERS)
def test_a_footer_naming_a_mail_app_names_no_place(footer: str) -> None:
    body = f"Hi,\n\nHere is my ISS photo, taken at 21:34 UT.\n\nCheers,\nThandeka\n\n{footer}\n"
    assert mail_place("ISS photo", body) is None


@pytest.mark.parametrize("footer", FOOTERS)
def test_the_town_above_a_footer_is_still_read(footer: str) -> None:
    body = (
        "Hi,\n\nMy photo of the ISS over the SALT dome, taken at 8:22pm SAST on 10 November.\n"
        f"Location: Sutherland, Northern Cape\n\nCheers,\nThandeka\n\n{footer}\n"
    )
    assert mail_place("ISS over SALT", body) == "Sutherland, Northern Cape"


@pytest.mark.parametrize(
    "text", ["Great pass.\n\nSent from Gmail Mobile", "Foto.\n\nEnviado desde Yahoo Mail."]
)
def test_a_mail_apps_name_is_no_town_passed_over_or_taken_from(text: str) -> None:
    """The second guard: an app's name read by itself, as where the footer stands above a
    quoted mail."""
    assert first_over(text) is None


def test_a_phone_named_in_a_sentence_is_still_the_camera() -> None:
    text = "Shot with my Samsung Galaxy S23 Ultra at 21:34 UT.\n\nSent from Gmail Mobile\n"
    assert find_equipment(text, Media(items=())) == ("Samsung Galaxy S23 Ultra",)

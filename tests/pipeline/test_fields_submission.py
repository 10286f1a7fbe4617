"""Mail that is not a submission yields no field values (issue 13, wrong value 4).

Machine mail, and mail with no photo, no link to one and no submission wording
(a newsletter, a club's announcement, a note about a meeting): its dates must not
become a taken_date. A follow-up matched to a submission is still read.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.stages import check_message
from ipom_mail.pipeline.values import Fields
from ipom_mail.reply.followup import as_follow_up


def _raw(body: str, subject: str = "News", headers: dict[str, str] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Someone <someone@example.org>"
    msg["To"] = "ipom@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 13 May 2024 08:00:00 +0200"
    msg["Message-ID"] = "<m1@example.org>"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()


def _empty(fields: Fields) -> bool:
    f = fields.flyby
    return (
        fields.taken_at is None
        and fields.taken_date is None
        and not fields.equipment
        and fields.story is None
        and fields.location is None
        and fields.photographer.name is None
        and (f.max_elevation_deg, f.magnitude, f.start, f.end) == (None, None, None, None)
    )


NEWSLETTER = (
    "AstroClub Newsletter — Issue of 12 May 2024\n\n"
    "The ISS will pass over us on 14 May 2024 at 21:34 UT, max elevation 67°, mag -3.8.\n"
    "Our star party is on 18 May 2024. Bring your Celestron C8!\n\n"
    "To unsubscribe, write to news@example.org."
)

NOT_SUBMISSIONS = [
    pytest.param(_raw(NEWSLETTER, "AstroClub Newsletter"), id="newsletter-unsubscribe-words"),
    pytest.param(
        _raw(
            NEWSLETTER.replace("To unsubscribe, write to news@example.org.", ""),
            "Club news",
            {"List-Id": "<news.astroclub.example.org>"},
        ),
        id="newsletter-list-id",
    ),
    pytest.param(
        _raw(
            "Rundbrief vom 12.05.2024: ISS-Überflug am 14.05.2024 um 21:34 UT.\n"
            "Abmelden: news@example.de",
            "Rundbrief",
        ),
        id="newsletter-german",
    ),
    pytest.param(
        _raw(
            "Lettre d'information du 12 mai 2024. Passage de l'ISS le 14 mai 2024 à 21h34 TU."
            "\nSe désinscrire : news@example.fr",
            "Lettre",
        ),
        id="newsletter-french",
    ),
    pytest.param(
        _raw(
            "Hi, the meeting moved to 14 May 2024 at 19:00 UT. Bring the Celestron C8.", "Meeting"
        ),
        id="no-wording-at-all",
    ),
    pytest.param(
        _raw(
            "I am out of the office until 20 May 2024 at 09:00 UT.",
            "Out of office",
            {"Auto-Submitted": "auto-replied"},
        ),
        id="auto-reply",
    ),
    pytest.param(
        _raw(
            "Photo of the ISS taken 12 May 2024 at 21:34 UT could not be delivered.",
            "Undelivered Mail",
            {"Return-Path": "<>"},
        ),
        id="bounce",
    ),
]


@pytest.mark.parametrize("raw", NOT_SUBMISSIONS)
def test_mail_that_is_not_a_submission_yields_no_field_values(raw: bytes) -> None:
    result = check_message(raw, Config())
    assert _empty(result.fields)
    assert any(n.startswith("not a submission") for n in result.fields.notes)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("iss", "iss tonight 9 may 2024 18:21 utc, canon eos 2000d 18-55mm kit lens"),
        ("ISS", "Photo prise le 12 mai 2024 à 21:34 TU, Canon EOS Ra."),
        ("МКС", "Снимок МКС 12 мая 2024 в 21:34 UTC, Canon EOS R6."),
        ("ISSの写真", "2024年5月12日 21:34 UTに撮影しました。Canon EOS R6。"),
        (
            "[AstroClub] ISS over Ventnor",
            "Sharing this for the IPOM too: ISS pass on 12 May 2024 at 21:34:10 UT.\n"
            "AstroClub mailing list\nTo unsubscribe: news@example.org",
        ),
    ],
)
def test_a_submission_without_an_attached_photo_is_still_read(subject: str, body: str) -> None:
    result = check_message(_raw(body, subject), Config())
    assert not any(n.startswith("not a submission") for n in result.fields.notes)


def test_a_matched_follow_up_is_read_whatever_its_wording() -> None:
    result = check_message(_raw("The telescope was a Celestron C8.", "Re: your reply"), Config())
    assert _empty(result.fields)
    follow_up = as_follow_up(result, Config())
    assert follow_up.fields.equipment == ("Celestron C8",)


@pytest.mark.parametrize(
    "subject",
    [
        "Frånvaromeddelande: Re: Ditt bidrag till ISS Photo of the Month",
        "Automatic reply: ISS photo",
        "Abwesenheitsnotiz: Ihre Einsendung",
        "Réponse automatique : votre photo",
        "Автоответ: ваше фото",
        "自動応答: ISS",
    ],
)
def test_an_automatic_reply_by_its_subject_yields_no_field_values(subject: str) -> None:
    body = "I am away until 19 August 2024 and read no mail. Photo questions: call 08-123 456."
    result = check_message(_raw(body, subject), Config())
    assert _empty(result.fields)


def test_an_answer_to_our_reply_completes_fields_but_tells_no_story() -> None:
    raw = _raw(
        "The equipment was a Sky-Watcher Evostar 90/900 with a ZWO ASI120MM Mini.",
        "Re: [IPOM-2024-0152] missing data",
    )
    fields = as_follow_up(check_message(raw, Config()), Config()).fields
    assert fields.equipment == ("Sky-Watcher Evostar 90/900", "ZWO ASI120MM Mini")
    assert fields.story is None

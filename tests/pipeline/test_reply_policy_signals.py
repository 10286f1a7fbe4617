"""Machine mail that carries no RFC 3834 header gets no reply; a person's mail keeps its reply.

Each signal has a mail built for it and read by the whole pipeline
(`check_message`, as `ipom check` does): vendor auto-reply headers, localised
auto-reply subjects, robot senders, plain-text bounces (flufl.bounce names the
failed address), complaint reports, challenge/response systems.
"""

from __future__ import annotations

import time

import pytest

from ipom_mail.config import Config
from ipom_mail.pipeline.stages import check_message
from ipom_mail.pipeline.values import CheckResult
from tests.reply_kit import submission

HUMAN_TEXT = "ISS pass on 2024-05-12 at 21:34:10 UT. Celestron EdgeHD 8 with a ZWO ASI462MC."


def mail(
    *,
    sender: str = "Maria Lopez <maria@example.es>",
    subject: str = "ISS transit",
    body: str = HUMAN_TEXT,
    html: str | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    """A message as a mail client or a robot would write it (no Auto-Submitted, no photo)."""
    return submission(
        sender=sender, subject=subject, body=body, html=html, headers=headers, photo=False
    )


def checked(raw: bytes) -> CheckResult:
    return check_message(raw, Config())


def assert_machine(raw: bytes, reason_starts: str) -> None:
    result = checked(raw)
    assert result.verdict.reply.send is False
    assert result.verdict.status == "ignored"
    assert result.verdict.reply.reason.startswith(reason_starts), result.verdict.reply.reason


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("X-Autoreply", "yes"),
        ("X-Autorespond", "Out of office"),
        ("X-Apple-Action", "VACATION"),
        ("X-Autoresponder", "true"),
        ("Precedence", "auto_reply"),
        ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
    ],
)
def test_a_vendor_auto_reply_header_alone_means_no_reply(name: str, value: str) -> None:
    assert_machine(mail(headers={name: value}), "automatic reply (")


def test_a_vendor_header_saying_no_is_not_an_auto_reply() -> None:
    assert checked(mail(headers={"X-Autoreply": "no"})).verdict.reply.send is True


def test_the_vacation_notice_marked_only_by_a_vendor_header_and_a_localised_subject() -> None:
    raw = mail(
        sender="Jan de Vries <jan@example.nl>",
        subject="Automatisch antwoord: ISS transit",
        body="Ik ben afwezig tot 20 mei en heb beperkt toegang tot mijn e-mail.",
        headers={"X-Autorespond": "yes"},
    )
    assert_machine(raw, "automatic reply (X-Autorespond: yes)")
    without_header = mail(subject="Automatisch antwoord: ISS transit", body="Ik ben afwezig.")
    assert_machine(without_header, "automatic reply (Subject: Automatisch antwoord: ISS transit)")


AUTO_REPLY_SUBJECTS = {
    "en": "Automatic reply: ISS transit",
    "en-ooo": "Out of Office: ISS transit",
    "en-auto": "Auto reply: ISS transit",
    "de": "Automatische Antwort: ISS-Transit",
    "de-abw": "Abwesenheitsnotiz: ISS-Transit",
    "fr": "Réponse automatique : transit ISS",
    "es": "Respuesta automática: tránsito ISS",
    "it": "Risposta automatica: transito ISS",
    "pt": "Resposta automática: trânsito ISS",
    "nl": "Automatisch antwoord: ISS-overgang",
    "sv": "Autosvar: ISS-passage",
    "da": "Automatisk svar: ISS",
    "fi": "Automaattinen vastaus: ISS",
    "pl": "Automatyczna odpowiedź: przelot ISS",
    "cs": "Automatická odpověď: přelet ISS",
    "hu": "Automatikus válasz: ISS",
    "ro": "Răspuns automat: ISS",
    "tr": "Otomatik yanıt: ISS geçişi",
    "ru": "Автоматический ответ: пролёт МКС",
    "uk": "Автоматична відповідь: МКС",
    "el": "Αυτόματη απάντηση: ISS",
    "ja": "自動応答: ISS",
    "zh": "自动回复：ISS",
    "ko": "자동 응답: ISS",
    "bracketed": "[Auto-Reply] ISS transit",
}


@pytest.mark.parametrize("subject", AUTO_REPLY_SUBJECTS.values(), ids=AUTO_REPLY_SUBJECTS.keys())
def test_a_localised_auto_reply_subject_means_no_reply(subject: str) -> None:
    assert_machine(mail(subject=subject, body="I am away."), "automatic reply (Subject: ")


@pytest.mark.parametrize(
    "subject",
    [
        "Re: ISS transit",
        "AW: ISS-Transit",
        "SV: ISS-passage",
        "RE: Re: ISS transit [IPOM-2026-0001]",
        "Out of office hours: my ISS photo",
        "Automatic exposure ISS photo",
        "Abwesenheit des Nebels: ISS über Berlin",
        "Ooo - what a pass!",
    ],
)
def test_a_persons_mail_and_follow_up_keep_their_reply(subject: str) -> None:
    result = checked(mail(subject=subject))
    assert result.verdict.reply.send is True, result.verdict.reply.reason


@pytest.mark.parametrize(
    "sender",
    [
        "post_master@mail.example.net",
        "Post-Master@mail.example.net",
        "mailer-daemon@mx.example.net",
        "MAILER_DAEMON@mx.example.net",
        "postmaster@example.net",
        "no-reply@example.net",
        "noreply@example.net",
        "bounce@example.net",
        "bounces+1234@mail.example.net",
    ],
)
def test_a_robot_sender_gets_no_reply(sender: str) -> None:
    result = checked(mail(sender=sender, subject="Re: ISS transit", body="Your message."))
    assert result.verdict.reply.send is False
    assert result.verdict.status == "ignored"


def test_a_bounce_from_post_master_gets_no_reply() -> None:
    raw = mail(
        sender="post_master@mail.example.net",
        subject="Returned: ISS transit",
        body="Your message to anna@example.net could not be delivered.",
    )
    assert_machine(raw, "machine sender (post_master@mail.example.net)")


QMAIL_BOUNCE = """Hi. This is the qmail-send program at mx.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<anna@example.net>:
192.0.2.7 does not like recipient.
Remote host said: 550 5.1.1 <anna@example.net>: Recipient address rejected: User unknown
Giving up on 192.0.2.7.

--- Below this line is a copy of the message.

Subject: Re: ISS transit [IPOM-2026-0001]
"""


def test_a_plain_text_bounce_from_a_person_like_address_is_found_and_names_the_failed_address() -> (
    None
):
    raw = mail(sender="Mail System <mail@mx.example.net>", subject="Re: ISS", body=QMAIL_BOUNCE)
    result = checked(raw)
    assert result.parsed.bounced == ("anna@example.net",)
    assert result.verdict.status == "ignored"
    assert result.verdict.reply.reason == "a bounce: delivery to anna@example.net failed"


@pytest.mark.parametrize(
    "subject",
    [
        "Undelivered Mail Returned to Sender",
        "Delivery Status Notification (Failure)",
        "Undeliverable: ISS transit",
        "Mail delivery failed: returning message to sender",
        "failure notice",
        "Unzustellbar: ISS-Transit",
        "Non remis : transit ISS",
        "Non recapitabile: transito ISS",
    ],
)
def test_a_delivery_notice_that_is_not_multipart_report_gets_no_reply(subject: str) -> None:
    raw = mail(sender="Mail Server <mail@mx.example.net>", subject=subject, body="It failed.")
    assert_machine(raw, "delivery failure notice (Subject: ")


def test_an_exchange_non_delivery_report_header_means_no_reply() -> None:
    raw = mail(headers={"X-MS-Exchange-Message-Is-Ndr": ""}, body="Delivery has failed.")
    assert_machine(raw, "automatic reply (X-MS-Exchange-Message-Is-Ndr")


CHALLENGE = """Hello,

I'm protecting myself from receiving junk mail. Just this once, click the
link below so I can receive your email. You won't have to do this again.

https://verify.example.com/c/8f3a2b
"""


def test_a_challenge_response_system_answering_re_gets_no_reply() -> None:
    raw = mail(
        sender="Anna Berg <anna@example.net>",
        subject="RE: Re: ISS transit [IPOM-2026-0001]",
        body=CHALLENGE,
    )
    assert_machine(raw, "challenge/response request (")


def test_a_challenge_from_a_challenge_response_service_gets_no_reply() -> None:
    raw = mail(sender="Anna Berg <anna@mail.spamarrest.com>", subject="Re: ISS transit")
    assert_machine(raw, "machine sender (anna@mail.spamarrest.com)")


COMPLAINT_HTML = """<html><body><p>Dear sender,</p>
<p>One of our users marked the message below as spam. Message-ID:
&lt;ipom.ack.0123@example.org&gt;</p></body></html>"""


@pytest.mark.parametrize(
    ("sender", "subject", "reason_starts"),
    [
        (
            "Mail Team <postmaster-tools@mail.example.com>",
            "Spam complaint about a message from ipom@example.org",
            "complaint or feedback report (Subject: ",
        ),
        (
            "Mail Team <fbl@mail.example.com>",
            "Message from ipom@example.org",
            "complaint or feedback-loop sender (fbl@mail.example.com)",
        ),
    ],
    ids=["by subject", "by sender"],
)
def test_a_complaint_report_sent_as_html_by_a_mailbox_provider_gets_no_reply(
    sender: str, subject: str, reason_starts: str
) -> None:
    body = "One of our users marked your message as spam."
    raw = mail(sender=sender, subject=subject, body=body, html=COMPLAINT_HTML)
    assert_machine(raw, reason_starts)


def test_a_microsoft_complaint_without_arf_gets_no_reply() -> None:
    raw = mail(headers={"X-HmXmrOriginalRecipient": "<someone@hotmail.example>"})
    assert_machine(raw, "delivery or complaint report (X-HmXmrOriginalRecipient")


def test_exchange_asking_not_to_be_answered_is_judged_but_not_ignored() -> None:
    result = checked(mail(headers={"X-Auto-Response-Suppress": "All"}))
    assert result.verdict.status == "incomplete"  # judged by its content (no photo here)
    assert result.verdict.reply.send is False
    assert result.verdict.reply.reason.startswith("the sender asked for no automatic replies")


def test_bounce_detection_reads_the_opening_of_a_large_message_in_bounded_time() -> None:
    from ipom_mail.pipeline.parse.bounce import failed_addresses

    opening = mail(sender="Mail System <mail@mx.example.net>", subject="Re: ISS", body=QMAIL_BOUNCE)
    hostile = {
        "quoted begin lines": opening + b"begin 644 x\n" * 90_000,
        "a huge From": b"From: " + b"a@example.net, " * 70_000 + b"\n" + opening,
    }
    start = time.perf_counter()
    assert failed_addresses(hostile["quoted begin lines"]) == ("anna@example.net",)
    assert failed_addresses(hostile["a huge From"]) == ()  # no bounce text in its opening
    assert time.perf_counter() - start < 3.0  # about 0.4 s here; unbounded it took over 4 s

"""Helpers for the reply tests: real messages, a store with an SMTP sink, taking mail in."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage

from ipom_mail.config import Config, ReplyConfig, SmtpConfig
from ipom_mail.intake.take_in import Outcome, take_in
from ipom_mail.store import Origin, Store
from samples import photo_jpeg
from tests.mailkit import email
from tests.servers.smtp import Captured, SmtpSink

_uid = iter(range(1, 10**6))


def with_sink(config: Config, sink: SmtpSink | None, **reply: object) -> Config:
    """The config, sending to the sink (or to a closed port when None), replies enabled."""
    port = sink.port if sink is not None else 9  # discard: nothing listens there
    smtp = SmtpConfig(host="127.0.0.1", port=port, security="none", username="", timeout_seconds=5)
    return replace(config, smtp=smtp, reply=replace(ReplyConfig(), **reply))  # type: ignore[arg-type]


def submission(
    *,
    sender: str = "Maria Lopez <maria@example.es>",
    subject: str = "ISS transit",
    body: str = "ISS pass on 2024-05-12 at 21:34:10 UT. Celestron EdgeHD 8 with a ZWO ASI462MC.",
    photo: bool = True,
    msgid: str | None = None,
    in_reply_to: str | None = None,
    headers: dict[str, str] | None = None,
    html: str | None = None,
) -> bytes:
    """A real submission email (a Pillow JPEG with EXIF when `photo`; an HTML part when `html`)."""
    jpeg = photo_jpeg(400, 300, taken=None, offset=None) if photo else None
    return email(
        sender=sender,
        subject=subject,
        body=body,
        date=datetime(2024, 5, 13, 8, 15, tzinfo=UTC),
        message_id=msgid or f"<m{next(_uid)}@example.es>",
        in_reply_to=in_reply_to,
        headers=headers,
        html=html,
        attachments=[("iss.jpg", jpeg)] if jpeg else [],
    )


def take(store: Store, config: Config, raw: bytes) -> Outcome:
    """Take one message in as the poller does (an IMAP origin with a fresh UID)."""
    origin = Origin(mailbox="INBOX", uidvalidity=1, uid=next(_uid), source="imap")
    return take_in(raw, origin, store, config)


def parsed(captured: Captured) -> EmailMessage:
    """A captured SMTP DATA as an email message."""
    msg = message_from_bytes(captured.content, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def text_of(captured: Captured) -> str:
    body = parsed(captured).get_body(("plain",))
    assert body is not None
    return str(body.get_content())

"""The one builder of test emails: a real message, as bytes, from keyword arguments.

Every test kit builds its messages here (`reply_kit.submission`, `publish_kit.mail`,
`store_fixtures.build_message`, the front door's test), so a header the pipeline
starts to read is added in one place. The corpora under ../shared/corpora are the
other source of mail: real third-party messages, never built. `mail_fields` reads a
built mail's fields, for the field tests that assert on a whole mail.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

from ipom_mail.config import Config
from ipom_mail.pipeline.fields import extract_fields
from ipom_mail.pipeline.parse.message import parse_message
from ipom_mail.pipeline.values import Fields, Media

TO = "ipom@example.org"
SENDER = "Sky Watcher <watcher@example.org>"
DATE = "Fri, 16 Apr 2027 08:00:00 +0000"

_TYPES = {
    "jpg": ("image", "jpeg"),
    "jpeg": ("image", "jpeg"),
    "png": ("image", "png"),
    "gif": ("image", "gif"),
    "mov": ("video", "quicktime"),
}


def content_type(filename: str) -> tuple[str, str]:
    """The MIME type a mail client would give a file of this name."""
    return _TYPES.get(filename.rsplit(".", 1)[-1].lower(), ("application", "octet-stream"))


def email(
    *,
    sender: str,
    subject: str,
    body: str,
    date: datetime | str | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    headers: dict[str, str] | None = None,
    html: str | None = None,
    attachments: Sequence[tuple[str, bytes]] = (),
    boundary: str | None = None,
) -> bytes:
    """A message as a mail client sends it: headers in the usual order, text, HTML, files.

    `boundary` fixes the MIME boundary, so the same arguments give the same bytes.
    """
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = TO
    msg["Subject"] = subject
    if date is not None:
        msg["Date"] = date if isinstance(date, str) else format_datetime(date)
    if message_id is not None:
        msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for filename, payload in attachments:
        maintype, subtype = content_type(filename)
        msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename=filename)
    if boundary is not None:
        msg.set_boundary(boundary)
    return msg.as_bytes()


def mail_fields(
    subject: str, body: str, sender: str = SENDER, *, date: str = DATE, follow_up: bool = False
) -> Fields:
    """The fields the fields stage reads from a plain text mail with this Subject, body and sender.

    `follow_up` reads it as a follow-up to a submission: the gate that turns away mail that
    is no submission is skipped, so a test of one field sees it whatever the rest says.
    """
    raw = email(
        sender=sender, subject=subject, body=body, date=date, message_id="<kit@example.org>"
    )
    return extract_fields(parse_message(raw), Media(items=()), Config(), follow_up=follow_up)


def mail_place(subject: str, body: str, sender: str = SENDER) -> str | None:
    """The location the fields stage reads from a mail with this Subject, body and sender."""
    return mail_fields(subject, body, sender, follow_up=True).location

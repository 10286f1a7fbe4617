"""A mail's place as the fields stage reads it: a Subject and a body in, `location` out."""

from __future__ import annotations

from email.message import EmailMessage

from ipom_mail.config import Config
from ipom_mail.pipeline.fields import extract_fields
from ipom_mail.pipeline.parse.message import parse_message
from ipom_mail.pipeline.values import Media


def mail_place(
    subject: str, body: str, sender: str = "Sky Watcher <watcher@example.org>"
) -> str | None:
    """The location the fields stage reads from a mail with this Subject, body and sender."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "ipom@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Fri, 16 Apr 2027 08:00:00 +0000"
    msg["Message-ID"] = "<place-kit@example.org>"
    msg.set_content(body)
    parsed = parse_message(msg.as_bytes())
    return extract_fields(parsed, Media(items=()), Config(), follow_up=True).location

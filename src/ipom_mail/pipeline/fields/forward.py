"""Outlook-style forwards: a From/Sent header block with no "Forwarded message" line above it.

Outlook writes the same block for a reply and for a forward; only the subject
("FW:", "WG:", "TR:", "RV:", "I:", "Doorst:", "PD:", "Továbbítás:") tells them
apart. A forwarded block is the submission (a club member's, a relative's), so
it is marked as a forward before the other fields read the text, unless the
sender's own words above it already give a time (their submission, with someone's
prediction forwarded below); a reply's quoted block stays a quote and is cut.
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.clock import find_times
from ipom_mail.pipeline.fields.links import starts_outlook_block

FORWARD_LINE = "---------- Forwarded message ---------"
_FORWARD_SUBJECT = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|fw|wg|tr|rv|i|enc|doorst|pd|továbbítás|vl|vb|vs|videresendt"
    r"|vidarebefordrat|pr|pd|prosl|пересл|προώθ|ilt|转发|轉寄|転送)\s*:",
    re.IGNORECASE,
)


def mark_forward(text: str, subject: str | None, sender: str | None = None) -> str:
    """The text with a forward marker above the first Outlook header block of a forward,
    or of the sender's own earlier mail quoted below a reply (its From is the sender's:
    "vi giro i dati che avevo scritto al gruppo" above "-----Original Message-----
    From: <the same address>"), whose data are the sender's own words."""
    if not subject or not _FORWARD_SUBJECT.match(subject):
        return _mark_own_quote(text, sender)
    lines = text.split("\n")
    for i in range(len(lines)):
        if starts_outlook_block(lines, i):
            if any(hit.zone for hit in find_times("\n".join(lines[:i]))):
                return text  # the sender's own part has a UT-able time: the block is context
            if i and _ORIGINAL_LINE.match(lines[i - 1]):  # "-----Messaggio originale-----"
                i -= 1
                lines.pop(i)
            return "\n".join([*lines[:i], FORWARD_LINE, *lines[i:]])
    return text


_ORIGINAL_LINE = re.compile(r"^\s*-{2,}[^-\n]{3,40}-{2,}\s*$")


def _mark_own_quote(text: str, sender: str | None) -> str:
    """The text with a forward marker above a quoted Outlook block written by the sender,
    when the words above it give no data of their own (no digit): a new submission
    top-posted over an earlier one keeps the earlier one a quote."""
    if not sender or "@" not in sender:
        return text
    lines = text.split("\n")
    for i in range(len(lines)):
        if starts_outlook_block(lines, i):
            if sender.lower() not in lines[i].lower() or any(
                c.isdigit() for line in lines[:i] for c in line
            ):
                return text
            if i and _ORIGINAL_LINE.match(lines[i - 1]):
                i -= 1
                lines.pop(i)
            return "\n".join([*lines[:i], FORWARD_LINE, *lines[i:]])
    return text

"""Outlook-style forwards: a From/Sent header block with no "Forwarded message" line above it.

Outlook writes the same block for a reply and for a forward; only the subject
("FW:", "WG:", "TR:", "RV:", "I:", "Doorst:", "PD:", "Továbbítás:") tells them
apart. A forwarded block is the submission (a club member's, a relative's), so
it is marked as a forward before the other fields read the text; a reply's
quoted block stays a quote and is cut.
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.links import starts_outlook_block

FORWARD_LINE = "---------- Forwarded message ---------"
_FORWARD_SUBJECT = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|fw|wg|tr|rv|i|enc|doorst|pd|továbbítás|vl|vb|vs|videresendt"
    r"|vidarebefordrat|pr|pd|prosl|пересл|προώθ|ilt|转发|轉寄|転送)\s*:",
    re.IGNORECASE,
)


def mark_forward(text: str, subject: str | None) -> str:
    """The text with a forward marker above the first Outlook header block of a forward."""
    if not subject or not _FORWARD_SUBJECT.match(subject):
        return text
    lines = text.split("\n")
    for i in range(len(lines)):
        if starts_outlook_block(lines, i):
            if i and _ORIGINAL_LINE.match(lines[i - 1]):  # "-----Messaggio originale-----"
                i -= 1
                lines.pop(i)
            return "\n".join([*lines[:i], FORWARD_LINE, *lines[i:]])
    return text


_ORIGINAL_LINE = re.compile(r"^\s*-{2,}[^-\n]{3,40}-{2,}\s*$")

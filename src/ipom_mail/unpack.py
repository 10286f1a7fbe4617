"""Attachments hidden inside other containers: TNEF winmail.dat and uuencoded text.

Outlook wraps attachments in winmail.dat (read with tnefparse); old mailers
paste files into the body as `begin 644 name` blocks. Both yield Parts like
any MIME attachment. Neither function raises.
"""

from __future__ import annotations

import binascii
import logging
import re

import tnefparse

from .textcodec import decode_bytes
from .values import Part

logging.getLogger("tnefparse").setLevel(logging.CRITICAL)  # its problems reach the user as notes

_UU_BLOCK = re.compile(
    r"^begin [0-7]{3,4} (?P<name>[^\r\n]+)\r?\n(?P<body>.*?)^end[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
_MAX_TNEF_PARTS = 1000


def expand_tnef(data: bytes, notes: list[str]) -> tuple[str, list[Part]] | None:
    """The body text and attachments of a winmail.dat, or None when it is not readable TNEF."""
    try:
        tnef = tnefparse.TNEF(data)
    except Exception as exc:
        notes.append(
            f"winmail.dat could not be read as TNEF ({type(exc).__name__}); it was kept as sent"
        )
        return None
    body = ""
    raw_body = getattr(tnef, "body", None)
    if isinstance(raw_body, bytes):
        body = decode_bytes(raw_body, None)[0]
    elif isinstance(raw_body, str):
        body = raw_body
    parts: list[Part] = []
    for attachment in list(getattr(tnef, "attachments", []))[:_MAX_TNEF_PARTS]:
        try:
            name = attachment.long_filename() or attachment.name
        except Exception:
            name = None
        if isinstance(name, bytes):
            name = decode_bytes(name, None)[0]
        payload = attachment.data if isinstance(attachment.data, bytes) else b""
        parts.append(
            Part(
                filename=name or None,
                declared_type=None,
                payload=payload,
                disposition="attachment",
                origin="tnef",
            )
        )
    notes.append(f"winmail.dat (Outlook TNEF) unpacked: {len(parts)} attachment(s)")
    return body, parts


def extract_uuencoded(text: str, notes: list[str]) -> tuple[str, list[Part]]:
    """Cut `begin … end` uuencoded blocks out of body text; returns the rest and the files."""
    if "begin " not in text:
        return text, []
    parts: list[Part] = []

    def take(match: re.Match[str]) -> str:
        data = bytearray()
        for line in match.group("body").splitlines():
            if not line.strip() or line.strip() == "`":
                continue
            try:
                data += binascii.a2b_uu(line)
            except binascii.Error:
                # Some encoders pad short lines wrongly; the length byte says how much is real.
                try:
                    count = (ord(line[0]) - 32) & 63
                    data += binascii.a2b_uu(line[0] + line[1:].ljust(((count + 2) // 3) * 4, " "))
                except (binascii.Error, IndexError):
                    notes.append("a uuencoded block had a broken line; the file may be incomplete")
        name = match.group("name").strip()
        parts.append(
            Part(
                filename=name or None,
                declared_type=None,
                payload=bytes(data),
                disposition="attachment",
                origin="uuencode",
            )
        )
        return ""

    rest = _UU_BLOCK.sub(take, text)
    if parts:
        notes.append(f"{len(parts)} uuencoded file(s) found in the text")
    return rest, parts

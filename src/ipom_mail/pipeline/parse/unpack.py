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

from ipom_mail.pipeline.parse.textcodec import decode_bytes
from ipom_mail.pipeline.values import Part

logging.getLogger("tnefparse").setLevel(logging.CRITICAL)  # its problems reach the user as notes

# A block is found in two searches, each resumed where the last one stopped: the
# text is read once. (One DOTALL pattern from `begin` to `end` rescanned the rest of
# the text for every `begin` line with no `end`: 450 KB of them took over a minute.)
_UU_BEGIN = re.compile(r"^begin [0-7]{3,4} (?P<name>[^\r\n]+)\r?\n", re.MULTILINE)
_UU_END = re.compile(r"^end[ \t]*$", re.MULTILINE)
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
    kept: list[str] = []
    pos = 0
    while (begin := _UU_BEGIN.search(text, pos)) is not None:
        end = _UU_END.search(text, begin.end())
        if end is None:  # no `end` after this `begin`, so none after any later one either
            break
        kept.append(text[pos : begin.start()])
        data = _uudecode(text[begin.end() : end.start()], notes)
        name = begin.group("name").strip()
        parts.append(
            Part(
                filename=name or None,
                declared_type=None,
                payload=data,
                disposition="attachment",
                origin="uuencode",
            )
        )
        pos = end.end()
    kept.append(text[pos:])
    if parts:
        notes.append(f"{len(parts)} uuencoded file(s) found in the text")
    return "".join(kept), parts


def _uudecode(body: str, notes: list[str]) -> bytes:
    data = bytearray()
    for line in body.splitlines():
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
    return bytes(data)

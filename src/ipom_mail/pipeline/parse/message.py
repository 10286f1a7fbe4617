"""parse: raw message bytes → ParsedMessage.

The stdlib parser builds the message with every header field capped as it is
read (headercap: the raw message stays intact in the archive); this module decides what is body text and what is an attachment,
decodes headers in any charset (8-bit bytes with no charset included), turns
HTML-only mail into readable text, and opens forwarded messages, TNEF
winmail.dat and uuencoded blocks. It never raises on bad input: every defect
becomes a note.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from email import message_from_bytes
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime

from ipom_mail.pipeline.parse.blobs import BlobPart, Lifted
from ipom_mail.pipeline.parse.bounce import failed_addresses
from ipom_mail.pipeline.parse.headercap import CappedHeaders
from ipom_mail.pipeline.parse.textcodec import (
    decode_bytes,
    decode_header_value,
    html_to_text,
    parse_address,
)
from ipom_mail.pipeline.parse.unpack import expand_tnef, extract_uuencoded
from ipom_mail.pipeline.values import Header, ParsedMessage, Part

# mail-parser logs every odd part at WARNING; the defects reach the user as notes instead.
logging.getLogger("mailparser").setLevel(logging.CRITICAL)

_REPORT_PARTS = {
    "message/delivery-status",
    "message/global-delivery-status",
    "message/disposition-notification",
    "message/feedback-report",
    "text/rfc822-headers",
}
_DEFECT_SENTENCES = {
    "CloseBoundaryNotFoundDefect": "a multipart section has no closing boundary",
    "StartBoundaryNotFoundDefect": "a multipart section's boundary never appears",
    "MultipartInvariantViolationDefect": "declared multipart but its body is not",
    "NoBoundaryInMultipartDefect": "a multipart has no boundary parameter",
    "MissingHeaderBodySeparatorDefect": "no blank line between headers and body",
    "FirstHeaderLineIsContinuationDefect": "the first header line is a continuation line",
    "MisplacedEnvelopeHeaderDefect": "an mbox 'From ' line stands inside the headers",
    "InvalidBase64PaddingDefect": "base64 data with wrong padding",
    "InvalidBase64CharactersDefect": "base64 data with invalid characters",
    "InvalidBase64LengthDefect": "base64 data of an impossible length",
    "InvalidMultipartContentTransferEncodingDefect": "a multipart with a transfer encoding",
}
_MAX_DEPTH = 40  # nesting beyond this is hostile; deeper parts are not read
_MAX_PARTS = 1000  # more is no submission: each part costs the media and fields stages


def parse_message(raw: bytes, bounces: bool = True, hashed: bool = True) -> ParsedMessage:
    """Read one raw RFC 5322 message; never raises. `bounces=False` leaves `bounced` empty,
    for a caller that reads it later with `failed_addresses(raw)`, and `hashed=False` its
    sha256, for one that hashes it later (check_message does both while the files decode)."""
    notes: list[str] = []
    # Only the stdlib builds the message: mail-parser's own pass over it decoded every
    # header with the stdlib's quadratic decode_header, and its results were not used.
    policy = CappedHeaders()
    blobs = Lifted()
    try:
        message = message_from_bytes(blobs.lift(raw), BlobPart, policy=policy)
        blobs.restore(message)
    except Exception as exc:  # RecursionError on hostile nesting or any parser failure
        notes.append(
            f"the message structure could not be read ({type(exc).__name__}); only its headers were used"
        )
        policy = CappedHeaders()
        message = BytesHeaderParser(policy=policy).parsebytes(raw)
        message.set_payload("")
    notes.extend((policy.cut or {}).values())
    walker = _Walker(notes)
    walker.walk(message, depth=0, origin="mime")
    parsed = _assemble(raw, message, walker, notes, hashed)
    return replace(parsed, bounced=failed_addresses(raw)) if bounces else parsed


def _assemble(
    raw: bytes, message: Message, walker: _Walker, notes: list[str], hashed: bool
) -> ParsedMessage:
    hint = walker.charsets[0] if walker.charsets else None
    raw_headers = _RawHeaders(message)
    headers = tuple(Header(k, decode_header_value(v, hint)) for k, v in raw_headers.items)
    sender_name, sender = parse_address(raw_headers.all("From"), hint)
    _, reply_to = parse_address(raw_headers.all("Reply-To"), hint)
    return_path = _return_path(raw_headers.first("Return-Path"))
    date = None
    date_raw = raw_headers.first("Date")
    if date_raw:
        date = _header_date(decode_header_value(date_raw))
        if date is None:
            notes.append(
                f"the Date header could not be read: {decode_header_value(date_raw)[:80]!r}"
            )
    text = "\n\n".join(t for t in walker.texts if t.strip())
    html = "\n".join(walker.htmls) or None
    subject = raw_headers.first("Subject")
    content_type = message.get_content_type()
    report_type = message.get_param("report-type") if content_type == "multipart/report" else None
    return ParsedMessage(
        sha256=hashlib.sha256(raw).hexdigest() if hashed else "",
        size=len(raw),
        message_id=_message_id(raw_headers.first("Message-ID")),
        sender=sender,
        sender_name=sender_name,
        reply_to=reply_to,
        return_path=return_path,
        subject=decode_header_value(subject, hint) if subject is not None else None,
        date=date,
        in_reply_to=_message_ids(raw_headers.all("In-Reply-To")),
        references=_message_ids(raw_headers.all("References")),
        content_type=content_type,
        report_type=str(report_type).lower() if isinstance(report_type, str) else None,
        headers=headers,
        text=text,
        html=html,
        parts=tuple(walker.parts),
        notes=tuple(dict.fromkeys(notes)),
    )


class _Walker:
    """Walks the MIME tree once, sorting leaves into text and parts."""

    def __init__(self, notes: list[str], seen: list[int] | None = None) -> None:
        self.notes = notes
        self.seen = seen if seen is not None else [0]  # parts walked, shared with sub-walkers
        self.texts: list[str] = []
        self.htmls: list[str] = []
        self.parts: list[Part] = []
        self.charsets: list[str] = []  # declared charsets of text parts, in order

    def walk(self, part: Message, depth: int, origin: str) -> None:
        self.seen[0] += 1
        if self.seen[0] > _MAX_PARTS:
            self.notes.append(
                f"the message has more than {_MAX_PARTS} parts; the rest were not read"
            )
            return
        self._note_defects(part)
        if depth > _MAX_DEPTH:
            self.notes.append(
                f"MIME nesting deeper than {_MAX_DEPTH} levels; the deeper parts were not read"
            )
            return
        ctype = part.get_content_type()
        if ctype == "message/rfc822" and part.is_multipart():
            self._forwarded(part, depth)
            return
        if ctype == "multipart/alternative" and part.is_multipart():
            self._alternative(part, depth, origin)
            return
        if part.is_multipart():
            for child in _children(part):
                self.walk(child, depth + 1, origin)
            return
        self._leaf(part, ctype, origin)

    def _forwarded(self, part: Message, depth: int) -> None:
        for inner in _children(part):
            subject = inner.get("Subject")
            sender = inner.get("From")
            if subject or sender:
                self.texts.append(
                    "---------- Forwarded message ----------\n"
                    f"From: {decode_header_value(sender or '')}\n"
                    f"Subject: {decode_header_value(subject or '')}"
                )
            self.walk(inner, depth + 1, "rfc822")

    def _leaf(self, part: Message, ctype: str, origin: str) -> None:
        filename = _filename(part)
        disposition = _disposition(part)
        if ctype in _REPORT_PARTS:
            return
        if ctype.startswith("multipart/"):  # declared multipart, but no parts could be found
            ctype = "text/plain"
        if ctype.startswith("text/") and filename is None and disposition != "attachment":
            self._body_text(part, ctype)
            return
        payload = _payload(part, self.notes)
        if ctype == "application/ms-tnef" or (filename or "").lower() == "winmail.dat":
            expanded = expand_tnef(payload, self.notes)
            if expanded is not None:
                body, parts = expanded
                if body:
                    self.texts.append(body)
                self.parts.extend(parts)
                return
        self.parts.append(
            Part(
                filename=filename,
                declared_type=ctype,
                payload=payload,
                disposition=disposition,
                content_id=_content_id(part),
                origin=origin,
            )
        )

    def _body_text(self, part: Message, ctype: str) -> None:
        payload = _payload(part, self.notes)
        charset = part.get_content_charset()
        if charset:
            self.charsets.append(charset)
        text, note = decode_bytes(payload, charset)
        if note:
            self.notes.append(note)
        if ctype == "text/html":
            self.htmls.append(text)
            converted, note = html_to_text(text)
            if note:
                self.notes.append(note)
            text = converted
        elif ctype != "text/plain":
            return
        text, uu_parts = extract_uuencoded(text, self.notes)
        self.parts.extend(uu_parts)
        self.texts.append(text)

    def _alternative(self, part: Message, depth: int, origin: str) -> None:
        """Keep one text of a multipart/alternative: the plain one unless it is a stub."""
        options: list[tuple[str, str]] = []
        for child in _children(part):
            sub = _Walker(self.notes, self.seen)
            sub.walk(child, depth + 1, origin)
            self.charsets.extend(sub.charsets)
            self.parts.extend(sub.parts)
            self.htmls.extend(sub.htmls)
            options.append((child.get_content_type(), "\n\n".join(sub.texts)))
        chosen = _choose_alternative(options)
        if chosen:
            self.texts.append(chosen)

    def _note_defects(self, part: Message) -> None:
        for defect in getattr(part, "defects", []) or []:
            name = type(defect).__name__
            sentence = _DEFECT_SENTENCES.get(name, name)
            self.notes.append(f"MIME defect in {part.get_content_type()}: {sentence}")


def _squash(text: str) -> int:
    return len(re.sub(r"\W+", "", text))


def _choose_alternative(options: list[tuple[str, str]]) -> str:
    texts = [t for _, t in options if t.strip()]
    if not texts:
        return ""
    richest = max(texts, key=_squash)
    plain = next((t for c, t in options if c == "text/plain" and t.strip()), None)
    if plain is not None and _squash(plain) >= 0.6 * _squash(richest):
        return plain
    return richest


def _children(part: Message) -> Iterator[Message]:
    payload = part.get_payload()
    if isinstance(payload, list):
        yield from (p for p in payload if isinstance(p, Message))


def _payload(part: Message, notes: list[str]) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:  # a broken transfer encoding is the sender's, not ours
        notes.append(f"a part could not be decoded ({type(exc).__name__}); it was kept as sent")
        raw = part.get_payload(decode=False)
        return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
    return data if isinstance(data, bytes) else b""


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
        if name is not None and "\ufffd" in str(name):
            # Raw 8-bit bytes in the parameter: compat32 replaced them; decode the header first.
            clean = Message()
            for key, value in part.raw_items():
                if key.lower() in ("content-disposition", "content-type"):
                    clean[key] = decode_header_value(value)
            name = clean.get_filename() or name
    except Exception:
        name = None
    if name is None:
        return None
    decoded = unicodedata.normalize("NFC", decode_header_value(str(name)).strip())
    return decoded or None


def _disposition(part: Message) -> str | None:
    value = part.get("Content-Disposition")
    if value is None:
        return None
    return str(value).split(";", 1)[0].strip().lower() or None


def _content_id(part: Message) -> str | None:
    value = part.get("Content-ID")
    return str(value).strip().strip("<>") or None if value is not None else None


def _header_date(value: str) -> datetime | None:
    """The Date header with the sender's own offset kept (it hints at their zone)."""
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None and parsed.tzinfo is not None:
        return parsed
    from mailparser.dates import parse_mail_date  # odd forms only: most Date headers are RFC 5322

    fallback: datetime | None = parse_mail_date(value).value  # odder forms, read in UTC
    return fallback


class _RawHeaders:
    """Headers as sent (8-bit bytes kept as surrogates), before compat32 mangles them."""

    def __init__(self, message: Message) -> None:
        self.items = [(str(k), str(v)) for k, v in message.raw_items()]

    def all(self, name: str) -> list[str]:
        wanted = name.lower()
        return [v for k, v in self.items if k.lower() == wanted]

    def first(self, name: str) -> str | None:
        found = self.all(name)
        return found[0] if found else None


def _return_path(value: str | None) -> str | None:
    if value is None:
        return None
    inner = decode_header_value(value).strip()
    if inner in ("<>", ""):
        return ""
    _, address = parse_address([inner])
    return address


_MSGID = re.compile(r"<[^<>\s]+>")


def _message_id(value: str | None) -> str | None:
    if value is None:
        return None
    text = decode_header_value(value)
    found = _MSGID.search(text)
    if found:
        return found.group(0)
    stripped = text.strip()
    return f"<{stripped}>" if stripped and " " not in stripped else None


def _message_ids(values: list[str]) -> tuple[str, ...]:
    found: list[str] = []
    for value in values:
        found.extend(_MSGID.findall(decode_header_value(value)))
    return tuple(dict.fromkeys(found))

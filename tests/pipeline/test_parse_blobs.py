"""parse: a big base64 body lifted out and decoded straight from the raw bytes reads exactly
as the standard library reads it (same bytes, same defects), in every shape it can take."""

from __future__ import annotations

import base64
import email
import random
from email.message import Message
from email.policy import compat32

import pytest

from ipom_mail.pipeline.parse.blobs import MIN_LINES, BlobPart, Lifted
from ipom_mail.pipeline.parse.message import parse_message

_HEAD = (
    "From: a@example.org\nSubject: blobs\nMIME-Version: 1.0\n"
    'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nhi\n'
    "--b\nContent-Type: image/jpeg\nContent-Transfer-Encoding: base64\n\n"
)


def _message(body: str, eol: str = "\n") -> bytes:
    return (_HEAD + body + "\n--b--\n").replace("\n", eol).encode("ascii")


def _lines(size: int, width: int = 76, seed: int = 1) -> str:
    data = random.Random(seed).randbytes(size)
    text = base64.b64encode(data).decode("ascii")
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def _read(raw: bytes, lifted: bool) -> tuple[bytes, list[str], bool]:
    """The photo part's decoded bytes and defects, read with or without the lifting."""
    blobs = Lifted()
    if lifted:
        message = email.message_from_bytes(blobs.lift(raw), BlobPart, policy=compat32)
        blobs.restore(message)
    else:
        message = email.message_from_bytes(raw, policy=compat32)
    part = next(p for p in message.walk() if p.get_content_type() == "image/jpeg")
    value = part.get_payload(decode=True)
    assert isinstance(value, bytes)
    fast = isinstance(part, BlobPart) and part.decoded is not None
    return value, [type(d).__name__ for d in part.defects], fast


_BODIES = {
    "whole groups, a short last line": _lines(60_000),
    "padding on the last long line": _lines(60_001, width=72),
    "padding on a short last line": _lines(60_002),
    "no short last line": _lines(57 * 200),
    "lines of 60": _lines(60_000, width=60),
    "missing padding": _lines(60_002)[:-2],
    "a bad character in the tail": _lines(60_000) + "\n*AB=",
    "a tail of impossible length": _lines(60_000) + "\nABCDE",
    "text after the padding": _lines(60_001, width=72) + "\nQUJD",
    "a line of odd length in the run": _lines(30_000) + "\n" + "A" * 41 + "\n" + _lines(30_000),
    "two runs parted by a short line": _lines(30_000) + "\nQUJD\n" + _lines(30_000, seed=2),
    "text before the run": "prefix\n" + _lines(60_000),
    "padding in the middle of the run": _lines(30_001) + "\n" + _lines(30_000, seed=2),
}


@pytest.mark.parametrize("eol", ["\n", "\r\n"], ids=["LF", "CRLF"])
@pytest.mark.parametrize("body", list(_BODIES.values()), ids=list(_BODIES))
def test_a_lifted_body_decodes_to_the_same_bytes_and_defects_as_the_stdlib(
    body: str, eol: str
) -> None:
    raw = _message(body, eol)
    assert _read(raw, lifted=True)[:2] == _read(raw, lifted=False)[:2]


def test_the_usual_photo_is_decoded_from_the_raw_bytes_without_its_text() -> None:
    raw = _message(_lines(60_000), "\r\n")
    assert _read(raw, lifted=True)[2]


def test_a_decoded_part_still_gives_its_text_when_asked() -> None:
    raw = _message(_lines(60_000))
    blobs = Lifted()
    message = email.message_from_bytes(blobs.lift(raw), BlobPart, policy=compat32)
    blobs.restore(message)
    plain = email.message_from_bytes(raw, policy=compat32)
    ours = next(p for p in message.walk() if p.get_content_type() == "image/jpeg")
    theirs = next(p for p in plain.walk() if p.get_content_type() == "image/jpeg")
    assert ours.get_payload() == theirs.get_payload()
    assert ours.get_payload(decode=True) == theirs.get_payload(decode=True)


def test_parse_message_keeps_a_big_photo_byte_for_byte() -> None:
    data = random.Random(3).randbytes(76 * 3 * MIN_LINES)
    text = base64.b64encode(data).decode("ascii")
    body = "\n".join(text[i : i + 76] for i in range(0, len(text), 76))
    parsed = parse_message(_message(body, "\r\n"))
    assert [p.payload for p in parsed.parts] == [data]


def test_a_plain_message_class_gets_the_text_back() -> None:
    raw = _message(_lines(60_000))
    blobs = Lifted()
    message = email.message_from_bytes(blobs.lift(raw), policy=compat32)
    blobs.restore(message)
    part = next(p for p in message.walk() if p.get_content_type() == "image/jpeg")
    assert type(part) is Message
    assert part.get_payload(decode=True) == _read(raw, lifted=False)[0]

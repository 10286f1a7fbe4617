"""Big base64 bodies lifted out of a message before the stdlib parser reads it, put back after.

The standard library's parser reads a body line by line (a regular expression
per line, looking for a boundary): an 800 KB photo is 11,000 lines of base64,
and reading them cost more than everything else the parse stage does. No
boundary and no header line can look like base64 (a boundary starts with
"--", a folded header line with a space), so a long run of base64 lines is
always inside one body: `lift` swaps each run of at least `MIN_LINES` such lines
for a one-line token carrying a per-message nonce, the parser reads a small
message, and `restore` puts each run back into the part where the parser found its token.

A part built as a `BlobPart` (parse_message's parts) whose body is one run and a
short tail is decoded straight from the raw bytes: `get_payload(decode=True)` gives
the same bytes and defects as the stdlib's own decoding, without its copies (the
text, its bytes, its lines, their join: a 40 MB message cost 230 MB to parse); its
text is rebuilt only if something asks for it. Any other part gets its text back,
as the parser would have kept it.
"""

from __future__ import annotations

import binascii
import re
import secrets
from collections.abc import Callable
from email.errors import InvalidBase64LengthDefect, MessageDefect
from email.message import Message
from typing import Any

MIN_LINES = 64  # runs shorter than this cost the parser little
# Possessive (Python 3.11): a greedy group repeated 500,000 times keeps a backtracking
# record per line (100 MB for a 40 MB photo); the match is the same.
_RUN = re.compile(rb"^(?:[A-Za-z0-9+/=]{40,}+\r?\n){%d,}+" % MIN_LINES, re.M)
# A token (Lifted.token) with its line ending; whose it is, the nonce says (one pattern for
# every message: a pattern with the message's own nonce would be compiled for each).
_TOKEN = re.compile(r"ipom-blob-([0-9a-f]+)-(\d+)-end(\r?\n)?")
_BODY = re.compile(r"ipom-blob-([0-9a-f]+)-(\d+)-end(\r?\n)?(.*)", re.S)


class BlobPart(Message):
    """A message part that may hold its base64 body already decoded (see `Lifted.restore`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.decoded: tuple[bytes, list[MessageDefect]] | None = None
        self.text_of: Callable[[], str] | None = None  # rebuilds the text on demand

    def get_payload(self, i: int | None = None, decode: bool = False) -> Any:
        """As Message's; the body decoded once, or its text rebuilt when first asked for."""
        if decode and self.decoded is not None and not self.is_multipart():
            value, defects = self.decoded
            for defect in defects:  # as the stdlib's decoding reports them, on each call
                self.policy.handle_defect(self, defect)
            return value
        if self.text_of is not None:
            text_of, self.text_of = self.text_of, None
            self.set_payload(text_of())
        return super().get_payload(i, decode)  # type: ignore[call-overload]  # any of its forms


class Lifted:
    """The runs taken out of one message, by token (as offsets into the raw bytes)."""

    def __init__(self) -> None:
        self.nonce = secrets.token_hex(8)
        self.raw = b""
        self.runs: list[tuple[int, int]] = []

    def token(self, index: int) -> str:
        return f"ipom-blob-{self.nonce}-{index}-end"

    def lift(self, raw: bytes) -> bytes:
        """`raw` with each long run of base64 lines replaced by its token line."""
        self.raw = raw

        def swap(match: re.Match[bytes]) -> bytes:
            self.runs.append(match.span())
            ending = b"\r\n" if raw[match.end() - 2 : match.end()] == b"\r\n" else b"\n"
            return self.token(len(self.runs) - 1).encode("ascii") + ending

        return _RUN.sub(swap, raw) if len(raw) > 4096 else raw

    def restore(self, message: Message) -> None:
        """Put every run back into the part that holds its token (or decode it there)."""
        if not self.runs:
            return
        for part in message.walk():
            if part.is_multipart():
                continue
            payload = part.get_payload()
            if not isinstance(payload, str) or self.nonce not in payload:
                continue
            if not (isinstance(part, BlobPart) and self._decode_into(part, payload)):
                part.set_payload(self._text(payload))

    def _decode_into(self, part: BlobPart, payload: str) -> bool:
        """Decode a base64 body that is one run and a tail, exactly as the stdlib would;
        False when the body is any other shape (its text is put back instead)."""
        if str(part.get("content-transfer-encoding", "")).lower() != "base64":
            return False
        match = _BODY.fullmatch(payload)
        if match is None or match.group(1) != self.nonce or self.nonce in match.group(4):
            return False  # (the nonce first: a token of ours has a short index)
        if int(match.group(2)) >= len(self.runs) or not match.group(4).isascii():
            return False
        start, end = self.runs[int(match.group(2))]
        tail = match.group(4).encode("ascii")
        if not _aligned(self.raw, start, end, tail):
            return False  # the run does not decode on its own: the stdlib reads the whole text
        rest, defects = _stdlib_decoded(match.group(4))
        if any(isinstance(d, InvalidBase64LengthDefect) for d in defects):
            return False  # the stdlib then keeps the encoded text itself
        view = memoryview(self.raw)
        if not defects and self.raw.startswith(tail, end) and _letters(tail) % 4 == 0:
            value = binascii.a2b_base64(view[start : end + len(tail)])  # one pass, no copy
        else:
            value = binascii.a2b_base64(view[start:end]) + rest
        part.decoded = value, defects
        part.text_of = lambda: self._text(payload)
        return True

    def _text(self, payload: str) -> str:
        """The payload with each token put back as its run, as the parser would have kept it
        (a run that ended the body loses its last line ending, as the parser drops it)."""

        def put_back(match: re.Match[str]) -> str:
            if match.group(1) != self.nonce or int(match.group(2)) >= len(self.runs):
                return match.group(0)  # not one of ours: the sender's own text
            start, end = self.runs[int(match.group(2))]
            return _run_text(self.raw[start:end], ended=match.group(3) is None)

        return _TOKEN.sub(put_back, payload)


def _stdlib_decoded(text: str) -> tuple[bytes, list[MessageDefect]]:
    """A base64 body's bytes and defects, as the stdlib decodes them (for a short tail)."""
    probe = Message()
    probe["Content-Transfer-Encoding"] = "base64"
    probe.set_payload(text)
    value = probe.get_payload(decode=True)
    return value if isinstance(value, bytes) else b"", list(probe.defects)


def _letters(data: bytes, start: int = 0, end: int | None = None) -> int:
    """How many characters of `data[start:end]` are not line endings."""
    end = len(data) if end is None else end
    return end - start - data.count(b"\n", start, end) - data.count(b"\r", start, end)


def _aligned(raw: bytes, start: int, end: int, tail: bytes) -> bool:
    """Whether the run raw[start:end] decodes on its own: whole groups of four, any "="
    only at its very end, and then nothing after it."""
    padding = raw.count(b"=", start, end) if raw.find(b"=", start, end) >= 0 else 0  # find: memchr
    if _letters(raw, start, end) % 4 or padding > 2:
        return False
    last = raw[max(start, end - 8) : end].rstrip(b"\r\n")
    return not padding or (last.endswith(b"=" * padding) and not tail.strip())


def _run_text(run: bytes, ended: bool) -> str:
    """A token's run put back, less its last line ending when the body `ended` there."""
    original = run.decode("ascii")
    if not ended:
        return original
    return original[:-2] if original.endswith("\r\n") else original[:-1]

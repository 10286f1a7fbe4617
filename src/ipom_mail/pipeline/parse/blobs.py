"""Big base64 bodies lifted out of a message before the stdlib parser reads it, put back after.

The standard library's parser reads a body line by line (a regular expression
per line, looking for a boundary): an 800 KB photo is 11,000 lines of base64,
and reading them cost more than everything else the parse stage does. No
boundary and no header line can look like base64 (a boundary starts with
"--", a folded header line with a space), so a long run of base64 lines is
always inside one body: `lift` swaps each run of at least `MIN_LINES` such lines
for a one-line token carrying a per-message nonce, the parser reads a small
message, and `restore` puts each run back, as the text the parser would have kept, into
the part where the parser found its token: `get_payload(decode=True)` then
decodes a photo in one pass over one string, exactly as before.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from email.message import Message

MIN_LINES = 64  # runs shorter than this cost the parser little
_RUN = re.compile(rb"^(?:[A-Za-z0-9+/=]{40,}\r?\n){%d,}" % MIN_LINES, re.M)


class Lifted:
    """The runs taken out of one message, by token."""

    def __init__(self) -> None:
        self.nonce = secrets.token_hex(8)
        self.runs: list[bytes] = []

    def token(self, index: int) -> str:
        return f"ipom-blob-{self.nonce}-{index}-end"

    def lift(self, raw: bytes) -> bytes:
        """`raw` with each long run of base64 lines replaced by its token line."""

        def swap(match: re.Match[bytes]) -> bytes:
            run = match.group(0)
            self.runs.append(run)
            ending = b"\r\n" if run.endswith(b"\r\n") else b"\n"
            return self.token(len(self.runs) - 1).encode("ascii") + ending

        return _RUN.sub(swap, raw) if len(raw) > 4096 else raw

    def restore(self, message: Message) -> None:
        """Put every run back into the part that holds its token."""
        if not self.runs:
            return
        for part in message.walk():
            if part.is_multipart():
                continue
            payload = part.get_payload()
            if isinstance(payload, str) and self.nonce in payload:
                part.set_payload(self._text(payload))
        self.runs.clear()  # each run lives on in its part only (a 40 MB photo is held once)

    def _text(self, payload: str) -> str:
        """The payload with each token put back as its run, as the parser would have kept it
        (a run that ended the body loses its last line ending, as the parser drops it)."""
        for index, run in enumerate(self.runs):
            token = self.token(index)
            if token not in payload:
                continue
            payload = re.sub(re.escape(token) + r"(\r?\n)?", _put_back(run), payload)
        return payload


def _put_back(run: bytes) -> Callable[[re.Match[str]], str]:
    """The replacement for a token: its run, less the last line ending when the body ended there."""
    original = run.decode("ascii")
    bare = original[:-2] if original.endswith("\r\n") else original[:-1]
    return lambda match: original if match.group(1) else bare

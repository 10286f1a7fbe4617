"""Bounces in any of the formats mail servers write, with the address that failed.

flufl.bounce (GNU Mailman's detectors, kept current for dozens of servers)
reads the message; it sees only the opening of a large one (64 KB, each header
cut at 2 KB), since every bounce states its failure before it quotes the mail
it returns, and its heuristics cost time in proportion to the text they scan
(about half a second at most on 64 KB of hostile text). The bodies of images,
videos, audio and application files in that opening are blanked first: their
base64 lines never state a failure, yet scanning them cost a submission with a
photo more than the rest of its parse.
"""

from __future__ import annotations

import email
import logging
from email.message import Message
from email.policy import compat32

from flufl.bounce import all_failures

from .blobs import Lifted

_WINDOW = 64 * 1024  # bytes of the message shown to the detectors
_HEADER = 2048  # characters of each header shown to them (a bounce's headers are short)

# A detector that trips over odd mail logs a traceback at ERROR; we record "no bounce found".
logging.getLogger("flufl.bounce").setLevel(logging.CRITICAL)


def failed_addresses(raw: bytes) -> tuple[str, ...]:
    """The recipients a bounce reports as failed (temporarily or for good), sorted; () if none."""
    try:
        blobs = Lifted()  # long base64 runs are not parsed line by line (blobs.py)
        message = email.message_from_bytes(blobs.lift(raw[:_WINDOW]), policy=compat32)
        _blank_files(message)  # first: their lifted base64 is not put back only to be dropped
        blobs.restore(message)
        _cut_headers(message)
        temporary, permanent = all_failures(message)
    except Exception:  # too deep to parse, or a detector that cannot read it: not a bounce it knows
        return ()
    found = {_text(a).strip().lower() for a in (*temporary, *permanent)}
    return tuple(sorted(a for a in found if a))


_FILE_TYPES = frozenset({"image", "video", "audio", "application"})


def _blank_files(message: Message) -> None:
    """Empty every leaf that holds a file (image, video, audio, application): no text to scan."""
    for part in message.walk():
        if not part.is_multipart() and part.get_content_maintype() in _FILE_TYPES:
            part.set_payload("")


def _cut_headers(message: Message) -> None:
    """Every header at most _HEADER characters long, in the same order."""
    items = message.items()
    if all(len(str(value)) <= _HEADER for _, value in items):
        return
    for name in {name for name, _ in items}:
        del message[name]
    for name, value in items:
        message[name] = str(value)[:_HEADER]


def _text(address: bytes | str) -> str:
    if isinstance(address, bytes):
        return address.decode("utf-8", "replace")
    return address

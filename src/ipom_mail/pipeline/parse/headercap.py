"""Header fields cut to a bounded size as the parser reads them, before anything else does.

Some library code that reads headers takes time that grows with the square of
a field's length (the stdlib's MIME parameter parser re-slices the value for
each parameter), and a field of millions of addresses costs gigabytes once
split. Capping each field as the stdlib parser reads it bounds all of that,
in every MIME part. Only the parsed view is cut: the raw message is archived
as sent, and each cut header gets a note.
"""

from __future__ import annotations

from email.policy import Compat32
from typing import Any

MAX_HEADER_CHARS = 16_384  # any one field, folded lines included
MAX_MIME_HEADER_CHARS = 4_096  # Content-*: parameters are re-parsed at every lookup
MAX_ADDRESSES = 100  # per address field; we read the first From and Reply-To only
ADDRESS_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "bcc",
        "reply-to",
        "sender",
        "resent-from",
        "resent-to",
        "resent-cc",
        "resent-bcc",
        "resent-sender",
    }
)


class CappedHeaders(Compat32):
    """The compat32 policy, but every header field is capped as it is read.

    Make one per message: its `cut` collects a note per header name that was cut.
    """

    cut: dict[str, str] | None = None

    def __init__(self, **kw: Any) -> None:
        super().__init__(**{"cut": {}, **kw})

    def header_source_parse(self, sourcelines: list[str]) -> tuple[str, str]:
        name, value = super().header_source_parse(sourcelines)
        capped, note = cap_header(name, value)
        if note is not None and self.cut is not None:
            self.cut.setdefault(name.strip().lower(), note)
        return name, capped


def cap_header(name: str, value: str) -> tuple[str, str | None]:
    """The value cut to its bounds, and a note when it was cut."""
    key = name.strip().lower()
    limit = MAX_MIME_HEADER_CHARS if key.startswith("content-") else MAX_HEADER_CHARS
    note = None
    if len(value) > limit:
        note = (
            f"the {name.strip()} header is {len(value):,} characters long; "
            f"only its first {limit:,} were read"
        )
        value = value[:limit]
    if key in ADDRESS_HEADERS and value.count(",") >= MAX_ADDRESSES:
        end = _end_of_addresses(value, MAX_ADDRESSES)
        if end is not None:
            note = (
                f"the {name.strip()} header lists more than {MAX_ADDRESSES} addresses; "
                f"only the first {MAX_ADDRESSES} were read"
            )
            value = value[:end]
    return value, note


def _end_of_addresses(value: str, count: int) -> int | None:
    """Where the `count`-th address ends: its separating comma (outside quotes and comments)."""
    quoted = escaped = False
    depth = commas = 0
    for index, char in enumerate(value):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif quoted:
            quoted = char != '"'
        elif char == '"':
            quoted = True
        elif char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif char == "," and not depth:
            commas += 1
            if commas == count:
                return index
    return None

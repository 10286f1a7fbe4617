"""Readable ASCII file names for published images, made from sender data that never becomes a path.

`2026-11-andrew-hart.jpg`: the name transliterated to ASCII (anyascii), then
only `[a-z0-9-]`, at most 60 characters, with a suffix on collision. Slashes,
dots, NUL, bidi marks and anything else that is not a letter or digit are gone.
"""

from __future__ import annotations

import re

from anyascii import anyascii

MAX_SLUG = 60
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(*parts: str | None) -> str:
    """The parts as one `[a-z0-9-]` slug of at most 60 characters ('' when nothing is left)."""
    text = " ".join(p for p in parts if p)
    ascii_text = anyascii(text).lower()
    cleaned = _NOT_SLUG.sub("-", ascii_text).strip("-")
    return cleaned[:MAX_SLUG].rstrip("-")


def unique_name(stem: str, suffix: str, taken: set[str]) -> str:
    """`stem.suffix`, or `stem-2.suffix`, `stem-3.suffix`… when taken; the name is added to taken."""
    name, n = f"{stem}.{suffix}", 1
    while name in taken:
        n += 1
        tail = f"-{n}"
        name = f"{stem[: MAX_SLUG - len(tail)]}{tail}.{suffix}"
    taken.add(name)
    return name

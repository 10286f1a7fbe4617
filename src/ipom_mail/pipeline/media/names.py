"""Sender-given file names, made safe to show (they never become paths).

A name like "C:\\TEMP\\x.png" or "../../etc/passwd.jpg" is reduced to its last
component; control and bidirectional-override characters (which can disguise
"gpj.exe" as "exe.jpg") are removed; the length is capped.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_CHARS = 200
_MAX_EXTENSION_CHARS = 12
_DRIVE = re.compile(r"^[A-Za-z]:")


def _visible(char: str) -> bool:
    """False for control, format (bidi overrides, zero-width) and line-separator characters."""
    return unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


def display_name(raw: str | None) -> str | None:
    """A safe display name for `raw`, or None when nothing usable is left."""
    if raw is None:
        return None
    text = unicodedata.normalize("NFC", raw)
    text = "".join(c if _visible(c) else "" for c in text)
    text = re.split(r"[\\/]", text)[-1]
    text = _DRIVE.sub("", text).strip()
    if not text or set(text) <= {"."}:
        return None
    return _shorten(text)


def _shorten(name: str) -> str:
    """Cap `name` at MAX_NAME_CHARS, keeping a short extension ("…long….jpg")."""
    if len(name) <= MAX_NAME_CHARS:
        return name
    stem, dot, ext = name.rpartition(".")
    if dot and stem and 0 < len(ext) <= _MAX_EXTENSION_CHARS:
        keep = MAX_NAME_CHARS - len(ext) - 2
        return f"{stem[:keep].rstrip()}….{ext}"
    return name[: MAX_NAME_CHARS - 1].rstrip() + "…"


def label(name: str | None, index: int) -> str:
    """How notes refer to an attachment: its name, or its position when it has none."""
    return name if name else f"attachment {index + 1} (no name)"

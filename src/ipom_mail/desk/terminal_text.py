"""Sender text made safe to print on a terminal: control and bidi characters shown escaped.

A From name, Subject or body may carry escape sequences (set the window
title, write the clipboard with OSC 52, clear the screen) or right-to-left
overrides that disguise what is shown. Every command that prints sender
data to a person passes it through `printable`, so such characters appear
as `\\x1b` or `\\u202e` and never act.
"""

from __future__ import annotations

import re

# C0 and C1 controls and DEL; bidi embeddings, overrides, isolates and marks;
# line and paragraph separators (they break a table row like a newline).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_UNSAFE_KEEP_LINES = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object, *, lines: bool = False) -> str:
    """`text` with control and bidi characters escaped (`\\x1b`, `\\u202e`); newlines and tabs
    are kept only when `lines` is true (a body shown as a block, not a table cell)."""
    value = "" if text is None else str(text)
    return (_UNSAFE_KEEP_LINES if lines else _UNSAFE).sub(_escaped, value)

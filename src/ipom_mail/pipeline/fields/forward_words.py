"""The frame mail clients put around a forwarded message, in every language they are localised
to: the line above it ("Begin forwarded message:", "Početak proslijeđene poruke:") and the
labels of its header block ("Šalje:", "Tema:", "Datum:", "Prima:"), read from
data/forward_blocks.toml. Apple Mail, Gmail, Outlook and Thunderbird each write their own.

A forwarded header's Date is the forwarded mail's, never the photo's time, and the part under
the frame is the original author's: the readers of quotes, stories and credits share these
words so that none of them takes the frame for the sender's own text. Built once, lazily.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files

# The words of a block's labels: "Enviado el:", "Envoyé le :" (Outlook) name the day after them.
_LABEL_TAIL = r"(?:\s+(?:el|le|il|op|den|am))?"


@cache
def _data() -> dict[str, dict[str, list[str]]]:
    """data/forward_blocks.toml as read: section → language → entries."""
    text = files("ipom_mail").joinpath("data/forward_blocks.toml").read_text("utf-8")
    return tomllib.loads(text)


def forward_words(*sections: str) -> str:
    """Every language's entries of the named sections, as one alternation, longest first (so
    "de la" is tried before "de")."""
    words = {w for name in sections for listed in _data()[name].values() for w in listed}
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


@cache
def separator_line() -> re.Pattern[str]:
    """A line that is only a client's forward separator, with its dashes and colon
    ("---------- Forwarded message ---------", "Početak proslijeđene poruke:")."""
    return re.compile(
        rf"^\s*+(?:-{{2,}}\s*)?(?:{forward_words('separator')})\s*[:：]?\s*-*\s*$", re.I
    )


@cache
def header_label(*roles: str) -> str:
    """The labels of a forwarded header block's lines of these roles (all when none is
    named), each with Outlook's day word, as an alternation to put before a colon."""
    names = roles or ("from", "sent", "subject", "to", "cc")
    return rf"(?:{forward_words(*names)}){_LABEL_TAIL}"

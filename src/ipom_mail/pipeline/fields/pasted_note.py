"""A note pasted in for someone else: the sender passes on another person's words and photo
below a line of their own ("Min far Henrik Sørensen har ikke selv e-mail, så jeg sender hans
billede videre … jeg har bare kopieret den ind nedenfor" ¶ "-------- Henriks tekst --------"
¶ his note, signed "Henrik Sørensen").

The shape, in any language: a separator line of dashes (maybe with words between them) under
the sender's note; below it, the photo's details (a clock time or equipment) and a full name
signing them, not the sender's; that name written in the sender's note, or its first name on
the separator ("Henriks tekst"). The note's signer is the photographer to credit, and the
pasted note alone is the story: the sender's lines tell only how it came. A sender's note
that gives a UT-able time or equipment of its own is a submission of its own: no such note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ipom_mail.pipeline.fields.clock import find_times

# "-------- Henriks tekst --------", "=== his words ===", "----------"
_SEPARATOR = re.compile(r"^\s*+[-=_~*]{3,}(?:\s*(?P<words>[^-=_~*\n]{1,40}?)\s*[-=_~*]{3,})?\s*$")
_SIGNER_WORDS = (2, 5)  # a full name: a first name and a surname at least


@dataclass(frozen=True, slots=True)
class PastedNote:
    """The words pasted below the separator, and the full name signing them."""

    text: str
    signer: str


def _details(text: str) -> bool:
    """Whether words give a photo's details: a clock time or a piece of equipment."""
    from ipom_mail.pipeline.fields.equipment import text_items

    return bool(find_times(text) or text_items(text))


def _own_details(note: str) -> bool:
    """Whether the sender's note gives a UT-able time or equipment of its own."""
    from ipom_mail.pipeline.fields.equipment import text_items

    return any(hit.zone for hit in find_times(note)) or bool(text_items(note))


def _signer(lines: list[str]) -> str | None:
    """The full name on the last line of the pasted words, when it reads as a person's."""
    from ipom_mail.pipeline.fields.people import is_person

    filled = [x.strip() for x in lines if x.strip()]
    name = filled[-1] if len(filled) > 1 else ""
    low, high = _SIGNER_WORDS
    return name if low <= len(name.split()) <= high and is_person(name) else None


def _named(signer: str, note: str, words: str) -> bool:
    """Whether the sender's note writes the signer's full name, or the separator's words
    start with their first name ("Henriks tekst": Henrik's text)."""
    first = signer.split()[0].casefold()
    return signer.casefold() in " ".join(note.split()).casefold() or any(
        w.casefold().startswith(first) for w in words.split()
    )


@lru_cache(maxsize=8)
def pasted_note(text: str, sender_name: str | None) -> PastedNote | None:
    """The note pasted in for someone else below the sender's own lines, or None."""
    lines = text.split("\n")
    sender = (sender_name or "").casefold().split()
    for i, line in enumerate(lines):
        m = _SEPARATOR.match(line)
        note = "\n".join(lines[:i])
        if m is None or not note.strip():
            continue
        below = lines[i + 1 :]
        signer = _signer(below)
        if signer is None or signer.casefold().split()[:1] == sender[:1]:
            continue
        pasted = "\n".join(below)
        if _named(signer, note, m["words"] or "") and _details(pasted) and not _own_details(note):
            return PastedNote(pasted, signer)
    return None

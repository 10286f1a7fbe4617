"""Notes on how the mail travels: sent from the phone, a hope that it arrives (issue 13).

"skickar bilden direkt från mobilen, hoppas det går bra", "Sending this from my phone,
sorry for typos", "espero que llegue bien": they tell the curator nothing of the photo, and
the post would not quote them. A sentence (or a line of a phone mail, which is one) whose
every clause is such a note (data/mail_words.toml [transport]), or beside one a short hope
([transport_hope]: "hoppas det går bra"; [hope]), is left out wherever it stands; a clause
telling anything else keeps it whole ("Sending from my phone, the ISS was so bright tonight"
stays), and a hope alone is no note ("Hope it works well!").

A note that the file was too big to attach, with how it is shared instead beside it ("Fail
terlalu besar untuk dilampirkan, jadi saya kongsikan melalui Google Drive."; [file_size],
[file_handover]), is left out the same way, but only while the rest of the story still tells
something: alone, it is the story ("The video was too big to attach, so here it is on Dropbox:").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ipom_mail.pipeline.fields.errand import tells
from ipom_mail.pipeline.fields.labels import mail_pattern

_CLAUSE_END = re.compile(r"[,;:–—、，；]|\s-\s")
_SENTENCES = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")
_NOTE_WORDS = 10  # "Sent it from my phone to the laptop to stack 40 frames…" says more
_HOPE_WORDS = 6  # "hoppas det går bra"; a longer hope may tell of the photo
_WRAP = 68  # characters: a line this long that ends in a word goes on, a client's wrap (at 72-78)
_GAP = re.compile(r"[\W_]*")  # marks, blanks and emoji between clauses


def _clause_at(section: str, text: str, start: int, most: int) -> int:
    """Where a clause that opens at `start` with an entry of a data/mail_words.toml section
    ends (the entry may run over a comma: "mam nadzieję, że dojdzie"), or -1 when none opens
    it or the clause is longer than `most` words."""
    m = mail_pattern(section).match(text, start)
    if m is None:
        return -1
    after = _CLAUSE_END.search(text, m.end())
    end = after.start() if after else len(text)
    return end if len(text[start:end].split()) <= most else -1


def _past_gap(text: str, at: int) -> int:
    """Where the next clause starts: past the marks, blanks and emoji at `at`."""
    m = _GAP.match(text, at)
    return m.end() if m else at


# the clauses that may stand beside a note, and their most words: "hoppas det går bra" beside a
# note of sending from the phone; "jadi saya kongsikan melalui Google Drive" beside one of size
_TRANSPORT_COMPANIONS = (("transport_hope", _HOPE_WORDS), ("hope", _HOPE_WORDS))
_FILE_COMPANIONS = (
    ("file_handover", _NOTE_WORDS),
    ("transport", _NOTE_WORDS),
    *_TRANSPORT_COMPANIONS,
)


def _is_note(sentence: str, section: str, companions: tuple[tuple[str, int], ...]) -> bool:
    """Whether every clause of a sentence is a note of `section` or one of its companions,
    one such note at least."""
    text, at, note = sentence.strip(), 0, False
    while (at := _past_gap(text, at)) < len(text):
        end = _clause_at(section, text, at, _NOTE_WORDS)
        note = note or end >= 0
        for companion, most in companions:
            end = end if end >= 0 else _clause_at(companion, text, at, most)
        if end < 0:
            return False
        at = end
    return note


def is_transport_note(sentence: str) -> bool:
    """Whether every clause of a sentence only says how the mail travels, or hopes it does
    (one such note at least): "skickar bilden direkt från mobilen, hoppas det går bra"."""
    return _is_note(sentence, "transport", _TRANSPORT_COMPANIONS)


def is_file_note(sentence: str) -> bool:
    """Whether every clause of a sentence only says the file was too big to attach, or how
    it is shared instead (one note of its size at least; data/mail_words.toml [file_size],
    [file_handover]): "Fail terlalu besar untuk dilampirkan, jadi saya kongsikan melalui
    Google Drive.", "The video was too big to attach, so here it is on Dropbox:"."""
    return _is_note(sentence, "file_size", _FILE_COMPANIONS)


def _units(paragraph: str) -> list[list[str]]:
    """A paragraph's lines grouped into sentences' runs: a long line ending in a word goes
    on to the next (a mail client's wrap); a phone mail's short lines stand alone."""
    units: list[list[str]] = []
    for line in paragraph.split("\n"):
        prev = units[-1][-1].rstrip() if units else ""
        if prev and len(prev) >= _WRAP and (prev[-1].isalnum() or prev[-1] == ","):
            units[-1].append(line)
        else:
            units.append([line])
    return units


def _without_notes(unit: list[str], is_note: Callable[[str], bool]) -> list[str]:
    """A run of lines without its sentences that are notes; as it was when none is."""
    sentences = [s for s in _SENTENCES.split(" ".join(x.strip() for x in unit)) if s.strip()]
    kept = [s for s in sentences if not is_note(s)]
    if len(kept) == len(sentences):
        return unit
    return [" ".join(kept)] if kept else []


def _without(story: str, is_note: Callable[[str], bool]) -> str:
    """The story without its sentences that are notes, wherever they stand; a paragraph left
    empty goes."""
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", story):
        lines = [x for unit in _units(paragraph) for x in _without_notes(unit, is_note)]
        if "".join(lines).strip():
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def without_transport_notes(story: str) -> str:
    """The story without its sentences that only say how the mail travels, wherever they
    stand; a paragraph left empty goes."""
    return _without(story, is_transport_note)


def without_file_notes(story: str) -> str:
    """The story without its sentences that only say the file was too big to attach and how
    it is shared instead, when the rest still tells something; alone, such a note is the
    story ("The video was too big to attach, so here it is on Dropbox:")."""
    rest = _without(story, is_file_note)
    return rest if rest != story and tells(rest) else story

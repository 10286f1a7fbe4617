"""Notes on how the mail travels: sent from the phone, a hope that it arrives (issue 13).

"skickar bilden direkt från mobilen, hoppas det går bra", "Sending this from my phone,
sorry for typos", "espero que llegue bien": they tell the curator nothing of the photo, and
the post would not quote them. A sentence (or a line of a phone mail, which is one) whose
every clause is such a note (data/mail_words.toml [transport]), or beside one a short hope
([transport_hope]: "hoppas det går bra"; [hope]), is left out wherever it stands; a clause
telling anything else keeps it whole ("Sending from my phone, the ISS was so bright tonight"
stays), and a hope alone is no note ("Hope it works well!").
"""

from __future__ import annotations

import re

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


def is_transport_note(sentence: str) -> bool:
    """Whether every clause of a sentence only says how the mail travels, or hopes it does
    (one such note at least): "skickar bilden direkt från mobilen, hoppas det går bra"."""
    text, at, note = sentence.strip(), 0, False
    while (at := _past_gap(text, at)) < len(text):
        end = _clause_at("transport", text, at, _NOTE_WORDS)
        note = note or end >= 0
        for companion in ("transport_hope", "hope"):  # "hoppas det går bra", beside a note
            end = end if end >= 0 else _clause_at(companion, text, at, _HOPE_WORDS)
        if end < 0:
            return False
        at = end
    return note


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


def _without_notes(unit: list[str]) -> list[str]:
    """A run of lines without its sentences that are transport notes; as it was when none is."""
    sentences = [s for s in _SENTENCES.split(" ".join(x.strip() for x in unit)) if s.strip()]
    kept = [s for s in sentences if not is_transport_note(s)]
    if len(kept) == len(sentences):
        return unit
    return [" ".join(kept)] if kept else []


def without_transport_notes(story: str) -> str:
    """The story without its sentences that only say how the mail travels, wherever they
    stand; a paragraph left empty goes."""
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", story):
        lines = [x for unit in _units(paragraph) for x in _without_notes(unit)]
        if "".join(lines).strip():
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)

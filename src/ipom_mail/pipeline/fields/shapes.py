"""A greeting or a closing told by its shape alone, in any language and script (issue 13).

Word lists always lag a new batch's languages ("Dia daoibh,", "გამარჯობა,", "Me respekt,",
"Diolch yn fawr,"). The shape does not: a line of one to four words ending with a comma or
"!" as the mail's first line, a paragraph of its own, greets; a line of one to four words
ending with a comma, alone after the last paragraph, with only a short signature block (or
nothing) under it, closes.
Neither holds a number, a photo word or the station's name: "ISS over Etna!" on top and
"Taken from Bled," stay story.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ipom_mail.pipeline.fields.segments import about_photo

_WORDS = 4  # "Go raibh maith agaibh," is four; a fifth word starts a sentence
_COMMAS = (",", "，", "、", "،", "՝")  # Latin, CJK, Arabic, Armenian
_GREETING_END = (*_COMMAS, "!", "！")
_CLOSING_END = _COMMAS
STATION = re.compile(r"\b(?:ISS|МКС|EEI|SSI|ISSi?)\b|空间站|空間站|宇宙ステーション|우주정거장")
_SENTENCE_END = ".!?。！？"
_BLOCK_LINES = 5  # name, club, phone, site, handle: a signature block is short
_BLOCK_WORDS = 8  # "Direção do Núcleo de Astronomia de Braga"


def _short_word_line(line: str, ends: tuple[str, ...]) -> bool:
    """Whether a line is one to four words ending with one of `ends`, with no number, photo
    word or station name in it."""
    s = line.strip()
    return (
        0 < len(s.split()) <= _WORDS
        and s.endswith(ends)
        and not any(c.isdigit() for c in s)
        and ":" not in s
        and not STATION.search(s)
        and not about_photo(s)
    )


def greeting_shape(line: str) -> bool:
    """Whether the mail's first line is shaped as a greeting: one to four words ending with
    a comma or "!" ("Dia daoibh,", "გამარჯობა,", "Përshëndetje!"); where it stands is
    greets_alone's to tell."""
    return _short_word_line(line, _GREETING_END)


_STORY_WORDS = 3  # "Mikel" under "Hope it works well!" is a signature, not a story


def greets_alone(lines: list[str], i: int) -> bool:
    """Whether line i stands as a paragraph of its own above the story: a blank line under
    it and a line of three words or more further down ("yesterday,\nThe ISS crossed …" is
    a wrapped sentence; "Hope it works well!\n\nMikel" is a mail of one line)."""
    if i + 1 >= len(lines) or lines[i + 1].strip():
        return False
    return any(len(x.split()) >= _STORY_WORDS for x in lines[i + 2 :])


def closing_shape(lines: list[str], i: int, stop: Callable[[str], bool]) -> bool:
    """Whether line i closes the mail by its shape: one to four words ending with a comma,
    a paragraph of its own (a blank line or a finished sentence above it), and under it only
    a short signature block up to the end or a `stop` line (a footer)."""
    if i == 0 or not _short_word_line(lines[i], _CLOSING_END):
        return False
    above = lines[i - 1].strip()
    if above and not above.endswith(tuple(_SENTENCE_END)):
        return False  # "… we drove up to the\nlake and waited,": a wrapped sentence
    signed = 0
    for line in lines[i + 1 :]:  # read until the block is too long: bounded work
        if stop(line.strip()):
            break
        if line.strip():
            signed += 1
            if signed > _BLOCK_LINES or not _signature_line(line.strip()):
                return False
    return True


def _signature_line(line: str) -> bool:
    """Whether a line may belong to a signature block: a few words, no sentence ending it
    (a name with its initials "J. R." may end with a stop)."""
    words = line.split()
    if len(words) > _BLOCK_WORDS:
        return False
    return not line.endswith(tuple(_SENTENCE_END)) or len(words) <= 3

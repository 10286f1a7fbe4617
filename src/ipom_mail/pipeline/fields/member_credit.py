"""The member a club's note hands a photo on for, named in a grammatical case ("posielam
fotografiu nášho člena Petra Baláža", "zdjęcie naszego członka Jana Kowalskiego", "фото
нашего члена клуба Ивана Петрова"): credited only in the nominative the mail itself writes
elsewhere, the member's signature under their pasted words or a From line ("Peter Baláž"),
each word the declined word's stem. No declension is ever guessed: without such a name,
nobody is credited (people.py)."""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.forward import members_named
from ipom_mail.pipeline.fields.place_words import shared_start

_WORD = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]|\n")
_BETWEEN = 2  # lower-case words between "our member" and the name: "člena klubu Petra"
_NAME_WORDS = 4
_ENDING = 4  # letters a case may add or change at a name's end: "Kowalski" → "Kowalskiego"
_STEM = 3  # letters the two forms share at least: "Pet|er" → "Pet|ra"


def _declined_names(note: str) -> list[tuple[str, ...]]:
    """The capitalised names right after each "our member" of the note, as written."""
    names = []
    for end in members_named(note):
        words = _WORD.findall(note[end : end + 120])
        i = 0
        while i < len(words) and i <= _BETWEEN and (words[i] == "," or words[i].islower()):
            i += 1
        name = capitalised_run(words[i:])
        if len(name) >= 2:
            names.append(tuple(name))
    return names


def capitalised_run(words: list[str]) -> list[str]:
    """The capitalised words opening a list of words, at most a name's few."""
    name = []
    for word in words[:_NAME_WORDS]:
        if not word[0].isupper():
            break
        name.append(word)
    return name


def _same_stem(nominative: str, declined: str) -> bool:
    """Whether a word may be the nominative of a declined one: the two share all but the
    last few letters ("Peter"/"Petra", "Baláž"/"Baláža", "Иван"/"Ивана")."""
    shared = shared_start(nominative.casefold(), declined.casefold())
    most = max(len(nominative), len(declined))
    return shared >= max(_STEM, len(nominative) - 2) and most - shared <= _ENDING


def _runs(text: str, size: int) -> set[tuple[str, ...]]:
    """The runs of exactly `size` capitalised words in the text, each a line's words in a row
    ("Peter Baláž" under the member's words, "From: Peter Baláž <…>")."""
    found = set()
    for line in text.split("\n"):
        run: list[str] = []
        for word in [*_WORD.findall(line), "."]:
            if word[0].isupper():
                run.append(word)
                continue
            if len(run) == size:
                found.add(tuple(run))
            run = []
    return found


def member_credit(text: str, note: str, sender: str | None) -> str | None:
    """The member's name in the nominative, when the note names them declined and the mail
    writes one name, not the sender's, whose every word is the stem of theirs; else None."""
    for declined in _declined_names(note):
        name = nominative_in(text, declined, sender)
        if name is not None:
            return name
    return None


def nominative_in(text: str, declined: tuple[str, ...], sender: str | None) -> str | None:
    """The one name the text writes, not the sender's, whose every word is the stem of the
    declined name's ("Peter Baláž" for "Petra Baláža"); None when none or several."""
    found = {
        run
        for run in _runs(text, len(declined))
        if run != declined and all(map(_same_stem, run, declined))
    }
    found.discard(tuple((sender or "").split()))
    return " ".join(found.pop()) if len(found) == 1 else None

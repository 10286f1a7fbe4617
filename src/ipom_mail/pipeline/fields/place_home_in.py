"""Where the sender says the photo was taken at their own place: the name after "at ours in"
("aufgenommen am Mittwoch, bei uns in St. Koloman vom Parkplatz am Trattberg aus"; issue 13).

The phrase ([home_in] of data/locatives.toml) says the sender lives there and took the
photo there, in the sentence of taking only (a verb of [taken_spot_verbs]): "bei uns in
Wien ist es bewölkt" names no spot. The place is the name as written, a village no town
list holds too, with a saint's word before it ("St. Koloman"); never a club, a month, a
maker or a sky word.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_words import WORD, club_name, data, words_of
from ipom_mail.pipeline.fields.towns import common_words

# a sentence's end: a mark, a space and a capital, never after a short abbreviation ("St.
# Koloman"; a date's "11.11.2026" has no space), or a blank line
_END = re.compile(r"(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z]\.)(?<=[.!?])\s+(?=[A-ZÀ-ÞÄÖÜ])|\n[ \t]*\n")


@cache
def _home_in_rx() -> list[tuple[str, re.Pattern[str]]]:
    """Per language: "at ours in", then a name of up to three capitalised words (a saint's
    word before it) ending its clause or before a lower-case word."""
    saints = "|".join(map(re.escape, sorted(words_of("saints"), key=len, reverse=True)))
    found = []
    for lang, phrases in data()["home_in"].items():
        lead = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
        found.append((lang, re.compile(
            rf"(?<![\w'’-])(?i:{lead})\s(?P<name>(?:(?:{saints})\s)?{WORD}(?:\s{WORD}){{0,2}})"
            rf"(?=\s*(?:[.,;:!?)]|$|\s[a-zà-ÿ]))"
        )))  # fmt: skip
    return found


def home_in_place(text: str) -> str | None:
    """The name after "at ours in" in a sentence that says the photo was taken ("bei uns in
    St. Koloman", [home_in]); None when none is."""
    for lang, rx in _home_in_rx():
        verbs = "|".join(map(re.escape, data()["taken_spot_verbs"].get(lang, [])))
        for m in rx.finditer(text) if verbs else ():
            name = m.group("name")
            if set(name.split()) & common_words() or club_name(name):
                continue
            if re.search(rf"(?<!\w)(?i:{verbs})(?!\w)", _clause(text, m.start())):
                return name
    return None


# a clause's end inside a sentence: a spaced dash or a semicolon ("… in Thüringen, weil …
# – bei mir zu Hause in Erfurt hätte ich ihn knapp verpasst": home is another clause)
_CLAUSE_END = re.compile(r"\s[–—]\s|;")


def _clause(text: str, at: int) -> str:
    """The clause of the sentence that holds the position `at`, between dashes or
    semicolons: the verb of taking must be in the home phrase's own clause."""
    sentence_start = _sentence_start(text, at)
    sentence = _sentence(text, at)
    offset = at - sentence_start
    starts = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, offset)]
    end = _CLAUSE_END.search(sentence, offset)
    return sentence[starts[-1] if starts else 0 : end.start() if end else len(sentence)]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence that holds the position `at` starts."""
    starts = [m.end() for m in _END.finditer(text, 0, at)]
    return starts[-1] if starts else 0


def _sentence(text: str, at: int) -> str:
    """The sentence that holds the position `at`."""
    end = _END.search(text, at)
    return text[_sentence_start(text, at) : end.start() if end else len(text)]

"""A town an Arabic, Persian or Hebrew sentence says the photo was taken in or from (issue 13).

"התמונה צולמה בירושלים", "التقطت الصورة في الرياض", "این عکس را در تهران گرفتم": a town of
GeoNames written in these scripts (fields/towns_scripts.py), of one or two words, after a
word or a prefix that leads a place ("في", "در"; "ב", "מ", "ب"), a few words after a verb
of taking in the same sentence, or in Persian a few words before it
(data/script_places.toml [taken_town]). A town in a greeting ("مساء الخير من الرياض") or a
letter's date line has no such verb; a country alone is no town.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ipom_mail.pipeline.fields.script_words import script_data
from ipom_mail.pipeline.fields.towns_scripts import script_town

_SENTENCE = re.compile(r"[^.!?؟\n]+")
_WORDS_BETWEEN = 4  # words between the verb and the town's lead, at most


@dataclass(frozen=True, slots=True)
class _Language:
    """One language's verbs of taking (as word tuples), the words and prefixes leading a
    town, its order."""

    verbs: frozenset[tuple[str, ...]]
    words: frozenset[str]
    prefixes: tuple[str, ...]
    verb_after: bool


@cache
def _languages() -> tuple[_Language, ...]:
    return tuple(
        _Language(
            verbs=frozenset(tuple(verb.split()) for verb in entry["verbs"]),
            words=frozenset(entry["words"]),
            prefixes=tuple(entry["prefixes"]),
            verb_after=bool(entry["verb_after"]),
        )
        for entry in script_data()["taken_town"].values()
    )


def taken_town(text: str) -> str | None:
    """The first town a sentence says the photo was taken in or from."""
    for sentence in _SENTENCE.finditer(text):
        words = re.sub(r"[,،;:()«»\"]", " ", sentence.group(0)).split()
        for language in _languages():
            town = _town_by_verb(words, language)
            if town is not None:
                return town
    return None


def _town_by_verb(words: list[str], language: _Language) -> str | None:
    """A town led by a word or prefix within a few words of a verb of taking: each word
    is read once as a verb's start, and a few words round a verb as a town's lead."""
    sizes = sorted({len(verb) for verb in language.verbs}, reverse=True)
    for at in range(len(words)):
        size = next((n for n in sizes if tuple(words[at : at + n]) in language.verbs), 0)
        if not size:
            continue
        if language.verb_after:
            span = range(max(0, at - _WORDS_BETWEEN - 2), at)
        else:
            span = range(at + size, min(len(words), at + size + _WORDS_BETWEEN + 1))
        town = next((t for i in span if (t := _led_town(words, i, language))), None)
        if town is not None:
            return town
    return None


def _led_town(words: list[str], i: int, language: _Language) -> str | None:
    """The town of one or two words led at word `i` by a lead word or a prefix."""
    if words[i] in language.words:
        rest = words[i + 1 : i + 3]
    else:
        prefix = next((p for p in language.prefixes if words[i].startswith(p)), None)
        if prefix is None or len(words[i]) <= len(prefix) + 1:
            return None
        rest = [words[i][len(prefix) :], *words[i + 1 : i + 2]]
    for size in (2, 1):
        name = " ".join(rest[:size])
        if len(rest) >= size and script_town(name):
            return name
    return None

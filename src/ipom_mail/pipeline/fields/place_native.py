"""A town written with a locative ending in a script without capitals: Armenian
"Բյուրականում", Georgian "აბասթუმანში" (issue 13).

Armenian and Georgian write "in" onto a place's name as an ending; with no capital to mark
a name, a word is read as a place only in a sentence holding a verb of the photo or of the
station's pass (data/script_places.toml [native_verbs]), and only when, with the ending
put back to a base form ([native_locative]: "ში>ი", "ში>"), exactly one form is a town of
the language's countries in GeoNames (fields/towns_native.py). No form, or two, give no
place: a base form is never guessed.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.script_words import script_data
from ipom_mail.pipeline.fields.towns_native import native_countries, native_town

_SENTENCE = re.compile(r"[^.!?։\n]+(?:\n(?!\n)[^.!?։\n]+)*")  # a wrapped line goes on
_WORD = re.compile(r"[\u0531-\u0587\u10d0-\u10ff]+")
_MIN_STEM = 3


@cache
def _rules() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each language's locative endings and the base ending each puts back."""
    return {
        lang: tuple((e, b) for e, _, b in (r.partition(">") for r in rules))
        for lang, rules in script_data()["native_locative"].items()
    }


@cache
def _genitives() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each language's genitive endings before a site's word, with the base ending."""
    return {
        lang: tuple((e, b) for e, _, b in (r.partition(">") for r in rules))
        for lang, rules in script_data()["native_genitive"].items()
    }


def _town(word: str, lang: str, rules: tuple[tuple[str, str], ...]) -> str | None:
    """The one town of the language's countries the word in one of `rules`' endings stands
    for."""
    where = native_countries(lang)
    found = {
        word[: -len(ending)] + base
        for ending, base in rules
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM
        if native_town(word[: -len(ending)] + base, where)
    }
    return found.pop() if len(found) == 1 else None


def native_place(text: str) -> str | None:
    """The first town in a locative ending in a sentence with a verb of the photo or of the
    pass, in its base form; None when none is certain."""
    if not _WORD.search(text):
        return None
    verbs = script_data()["native_verbs"]
    for sentence in _SENTENCE.finditer(text):
        said = sentence.group(0)
        for lang, rules in _rules().items():
            if not any(v in said.casefold() for v in verbs.get(lang, ())):
                continue
            if town := _town_in(said, lang, rules):
                return town
    return None


def _town_in(sentence: str, lang: str, rules: tuple[tuple[str, str], ...]) -> str | None:
    """The first town in a locative ending, or in the genitive before a site's word."""
    sites = tuple(script_data()["native_sites"].get(lang, ()))
    words = _WORD.findall(sentence)
    for word, after in zip(words, [*words[1:], ""], strict=True):
        if town := _town(word, lang, rules):
            return town
        genitive = after.casefold().startswith(sites) if sites else False
        if genitive and (town := _town(word, lang, _genitives().get(lang, ()))):
            return town
    return None

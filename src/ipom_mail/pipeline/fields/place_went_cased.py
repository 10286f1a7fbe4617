"""Where the sender went, in the languages that put the place's name in a case after the
preposition (issue 13): "pojechałem na Śnieżkę", "jel jsem do Jizerských hor", "поехал в
Карелию", "поїхав на Говерлу", "otišao sam na Učku".

As fields/place_went_to.py reads it for the languages that write the name as it is, the place
travelled to is where the photo was taken. The words are data (data/locatives.toml
[went_to_cased], one table per language). The name's base form is read only where it is
certain, as fields/place_cases.py decides: exactly one of the forms its case endings give, or
the name as written, is a place of the language's countries in GeoNames or a listed region
("do Zakopanego" → "Zakopane", "в Калугу" → "Калуга"). Else, after a preposition that leads to
a place only ("na", "в"), the name is kept as written ("Śnieżkę", "Jizerských hor"): never
a form the mail does not write. After one that
may lead to a person ("pojechałem do Marka"), an uncertain name gives no place, nor does a
feast ("na Wielkanoc", "на Новый год"), a month, a weekday or a maker.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import product
from typing import cast

from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.place_cases import case_forms, lead_spans, place_of
from ipom_mail.pipeline.fields.place_went_to import alternation, at_home
from ipom_mail.pipeline.fields.place_words import WORD, data, words_of
from ipom_mail.pipeline.fields.towns import common_words

_AUX = 2  # "sam se", "jsem": the words at most between the verb and the preposition


def _tables() -> dict[str, dict[str, list[str]]]:
    """Each language's table of [went_to_cased]: its verbs, helper words, prepositions."""
    return cast("dict[str, dict[str, list[str]]]", data()["went_to_cased"])


@cache
def _kinds() -> frozenset[str]:
    """The site kinds' words, lower case, also in the cases after the prepositions ("hor")."""
    cased = (w for table in _tables().values() for w in table["kinds"])
    return frozenset(w.casefold() for w in (*words_of("site_kinds"), *cased))


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each language's verb, helper words, preposition and the name after it: capitalised
    words, and a lower-case site kind after them ("Jizerských hor")."""
    found = []
    for lang, table in _tables().items():
        aux = rf"(?:\s+(?:{alternation(table['aux'])})){{0,{_AUX}}}" if table["aux"] else ""
        preps = alternation([*table["preps"], *table["person_preps"]])
        found.append((lang, re.compile(
            rf"(?<![\w'’-])(?:{alternation(table['verbs'])}){aux}\s+(?P<prep>{preps})\s+"
            rf"(?P<name>{WORD}(?:\s{WORD}){{0,2}}(?:\s[^\W\d_]+)?)"
        )))  # fmt: skip
    return tuple(found)


def went_cased_place(text: str) -> str | None:
    """The one place the sender says they went to in a cased language; None when there is
    none, when they name two, say the photo was taken at home, or name a place in a case
    elsewhere ("zrobione w Wetlinie, potem pojechałem na Śnieżkę": fields/place_cases.py
    decides that one)."""
    names, spans = _went_names(text)
    elsewhere = any(not any(a <= s and e <= b for a, b in spans) for s, e in lead_spans(text))
    if len(names) != 1 or elsewhere or at_home(text):
        return None
    return names.pop()


def _went_names(text: str) -> tuple[set[str], list[tuple[int, int]]]:
    """Every place the sender says they went to in a cased language (its base form when
    certain, else as written after a preposition that leads to a place only), and where
    each phrase stands."""
    names, spans = set(), []
    for lang, rx in _patterns():
        for m in rx.finditer(text):
            spans.append(m.span())
            name = _trimmed(m["name"])
            place = _place(name, lang, m["prep"].lower() in _tables()[lang]["preps"])
            if place is not None:
                names.add(place)
    return names, spans


def _trimmed(name: str) -> str:
    """The name's capitalised words, and a lower-case word after them only if it is a site
    kind ("Jizerských hor"; "Śnieżkę wieczorem" is "Śnieżkę")."""
    *words, last = name.split()
    if words and (last[0].isupper() or last.casefold() in _kinds()):
        return name
    return " ".join(words) if words else last


def _place(name: str, lang: str, place_only: bool) -> str | None:
    """The base form when exactly one form is a place of the language's countries; else the
    name as written when it is surely a place's (a site kind in it, or after a place-only
    preposition)."""
    table = _tables()[lang]
    words = name.split()
    if set(words) & (common_words() | set(table["not"])) or any(w.isupper() for w in words):
        return None
    forms = {" ".join(p) for p in product(*({w} | case_forms(w, table["endings"]) for w in words))}
    known = {f for f in forms if place_of(f, (lang,)) or f in gazetteer().regions}
    if len(known) == 1:
        return known.pop()
    if known:
        return None  # two forms are places: not certain
    kind = any(w.casefold() in _kinds() for w in words)
    return name if kind or place_only else None

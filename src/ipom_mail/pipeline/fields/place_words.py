"""The words of data/locatives.toml, and what a capitalised place word looks like.

Shared by the place readers (fields/place_*.py, fields/site_phrases.py); read once.

A locative word of one language may be an ordinary word of another: Spanish "en" is
"in", Dutch "en" is "and" ("met Vega en Mira" names no place "Mira"); Italian "a" is
"in", English "a" an article; Swedish "i" is "in", Polish "i" "and". Such words
([ordinary_words]) lead a place only in a mail surely written in a language whose lists
hold them (fields/mail_language.py): `reading_language` sets, for the readers of one
mail, the two-way words its language reads as locatives; `alt`, `alt_cased`, `leads` and
`lang_leads` give the locative sections' words without the others, and the readers'
patterns are built once per such set (`by_licence`). Unsure: none of them is read.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, wraps
from importlib.resources import files
from typing import Any, TypeVar

from ipom_mail.pipeline.fields.mail_language import language_shares

UP = r"A-ZÀ-ÖØ-ÞĀ-ſΆ-ΏΑ-ΩЀ-Я"
# A capitalised word (Latin, Greek, Cyrillic), from the start of a word, not ending in a dot.
WORD = rf"(?<![\w'’.-])[{UP}][\w'’.-]*(?<![.])"


@cache
def data() -> dict[str, dict[str, list[str]]]:
    """data/locatives.toml, read once."""
    return tomllib.loads(files("ipom_mail").joinpath("data/locatives.toml").read_text("utf-8"))


@cache
def words_of(section: str) -> frozenset[str]:
    """Every language's entries of one section."""
    return frozenset(w for listed in data()[section].values() for w in listed)


def alt(section: str) -> str:
    """One section as an alternation, longest entries first (a locative section's two-way
    words only where the mail's language reads them so)."""
    return _alt(section, _LICENSED.get())


@cache
def _alt(section: str, licensed: frozenset[str] | None) -> str:
    words = sorted(_leads(section, licensed), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


def alt_cased(section: str) -> str:
    """One section as an alternation, each entry lower-case or with its first letter a
    capital ('desde la', 'Desde la'): never 'desde La' ('desde La Roda' is not 'desde la')."""
    return _alt_cased(section, _LICENSED.get())


@cache
def _alt_cased(section: str, licensed: frozenset[str] | None) -> str:
    words = sorted(_leads(section, licensed), key=len, reverse=True)
    return "|".join(re.escape(v) for w in words for v in dict.fromkeys((w, w[:1].upper() + w[1:])))


# the sections whose words lead a place's name: "en Madrid", "a Roma", "i Lund", "w Krakowie"
LOCATIVE_SECTIONS = frozenset(
    {"from", "outer", "inner", "inner_cased", "taken_spot_from", "framed_from", "held_in"}
)
SURE = 0.75  # how likely the languages reading a two-way word as a locative must be, together
# None outside a mail's reading (a reader called alone): every word counts, as it did
_LICENSED: ContextVar[frozenset[str] | None] = ContextVar("licensed_locatives", default=None)


@cache
def ordinary_words() -> frozenset[str]:
    """The locative words some language writes as ordinary words ([ordinary_words])."""
    return words_of("ordinary_words")


@cache
def _locative_languages() -> dict[str, frozenset[str]]:
    """Each two-way word → the languages whose locative sections hold it."""
    found: dict[str, set[str]] = {}
    for section in LOCATIVE_SECTIONS:
        for lang, words in data()[section].items():
            for word in words:
                if word.lower() in ordinary_words():
                    found.setdefault(word.lower(), set()).add(lang)
    return {word: frozenset(langs) for word, langs in found.items()}


def _leads(section: str, licensed: frozenset[str] | None) -> frozenset[str]:
    """A section's words; of a locative section, without the two-way words not licensed."""
    words = words_of(section)
    if section not in LOCATIVE_SECTIONS or licensed is None:
        return words
    return frozenset(w for w in words if w.lower() not in ordinary_words() or w.lower() in licensed)


def leads(section: str) -> frozenset[str]:
    """A locative section's words that lead a place in this mail's language."""
    return _leads(section, _LICENSED.get())


def lang_leads(section: str, lang: str) -> list[str]:
    """One language's words of a section, without the two-way words this mail's language
    does not read as locatives."""
    words = data().get(section, {}).get(lang, [])
    licensed = _LICENSED.get()
    if section not in LOCATIVE_SECTIONS or licensed is None:
        return list(words)
    return [w for w in words if w.lower() not in ordinary_words() or w.lower() in licensed]


def counts(word: str) -> bool:
    """Whether a word matched as a locative leads a place in this mail's language."""
    licensed = _LICENSED.get()
    return licensed is None or word.lower() not in ordinary_words() or word.lower() in licensed


def licensed_in(text: str) -> frozenset[str]:
    """The two-way words `text` reads as locatives: those whose languages ([language_kin]
    counting as the languages they stand for) are together at least SURE likely."""
    if not _two_way().search(text):
        return frozenset()  # no two-way word at all: the model need not be loaded
    kin = data()["language_kin"]
    shares: dict[str, float] = {}
    for lang, p in language_shares(text):
        for meant in kin.get(lang, [lang]):
            shares[meant] = shares.get(meant, 0.0) + p
    return frozenset(
        word
        for word, langs in _locative_languages().items()
        if sum(shares.get(lang, 0.0) for lang in langs) >= SURE
    )


@cache
def _two_way() -> re.Pattern[str]:
    words = sorted(_locative_languages(), key=len, reverse=True)
    return re.compile(rf"(?<![\w'’-])(?i:{'|'.join(map(re.escape, words))})(?![\w'’-])")


@contextmanager
def reading_language(text: str) -> Iterator[None]:
    """Within: the place readers read two-way locative words as `text`'s language does."""
    token = _LICENSED.set(licensed_in(text))
    try:
        yield
    finally:
        _LICENSED.reset(token)


_T = TypeVar("_T")


def by_licence(build: Callable[..., _T]) -> Callable[..., _T]:
    """A builder of patterns from locative words, cached once per set of two-way words
    read as locatives (and per argument)."""

    @cache
    def built(licensed: frozenset[str] | None, *args: Any) -> _T:
        return build(*args)

    @wraps(build)
    def current(*args: Any) -> _T:
        return built(_LICENSED.get(), *args)

    return current


def club_name(name: str) -> bool:
    """A club's or a firm's name ('Leeds Astronomical Society', 'Clube de Astronomia de
    Campinas'; [club_words]): where it meets or sells, not where the photo was taken."""
    return any(w.lower() in words_of("club_words") for w in name.split())


# Greek moves a name's stress in its cases ("Πήλιο", "Πηλίου"): compared without it
_GREEK_STRESS = str.maketrans("άέήίόύώΐΰΆΈΉΊΌΎΏ", "αεηιουωϊϋΑΕΗΙΟΥΩ")


def shared_start(a: str, b: str) -> int:
    """How many letters two words share from their start: what a case ending leaves alone."""
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def same_stem(a: str, b: str) -> bool:
    """One name in two case endings: 'Zlatibora' and 'Zlatiboru', 'Siguldas' and 'Siguldā',
    'Πήλιο' and 'Πηλίου'."""
    a, b = a.translate(_GREEK_STRESS), b.translate(_GREEK_STRESS)
    shared = shared_start(a, b)
    return shared >= 4 and shared >= max(len(a), len(b)) - 2


def instrument_word(word: str) -> bool:
    """Whether a word names an instrument in any case ending ("Telescope", "Teleskopem",
    "телескопа", "望遠鏡"; [instrument_stems]): a landmark it ends is no place."""
    low = word.lower()
    return any(low.startswith(s) for s in words_of("instrument_stems"))

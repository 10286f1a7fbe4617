"""A photo the sender's opening calls a relative's work, the relative named ("шаљем вам
фотографију мог супруга Милана Петровића", "Nosūtu savas meitas Lauras Ozoliņas fotogrāfiju",
"Her er mit barnebarn Oskar Holms billede", "la foto que va fer la meva filla, la Laia Puig"):
data/kin_photos.toml.

The photographer is the relative, never the sender, credited in the nominative only when it
is certain: the language leaves the name as written, an ending of the table turns each
declined word ("Петровића" → "Петровић", a woman's "Ozoliņas" → "Ozoliņa"), or the mail writes
the word's nominative elsewhere ("Милан нема времена", the sender's own surname "Holm"). Else
nobody is credited: a missing name, never a guessed one. "My son held the torch" names no photo
of his: the sender stays the photographer.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files
from typing import Any

from ipom_mail.pipeline.fields.behalf_cases import SentFor
from ipom_mail.pipeline.fields.labels import alternation

_NAME = r"(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){1,3})"
_WORD = re.compile(r"[^\W\d_][\w-]*")
_ADDED = 3  # letters a case may add to a nominative: "Милан" → "Милана", "Holm" → "Holms"
_STEM = 3  # letters a nominative written elsewhere has at least


@cache
def _tables() -> dict[str, dict[str, Any]]:
    """Each language's table of data/kin_photos.toml."""
    text = files("ipom_mail").joinpath("data", "kin_photos.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def _shapes(lang: str) -> tuple[tuple[re.Pattern[str], bool], ...]:
    """One language's shapes, their {photo}, {kin} and {name} filled in, each with whether the
    name ends it (then the words after the name's capitalised ones are no part of it)."""
    table = _tables()[lang]
    photo = rf"(?<![^\W\d_])(?:{alternation(frozenset(table['photo']))})(?![^\W\d_])"
    words = "|".join(sorted([*table.get("lead", []), *table["kin"]], key=len, reverse=True))
    kin = rf"(?P<kin>(?:(?<![^\W\d_])(?:{words})(?![^\W\d_])[\s,]*){{1,4}})"
    return tuple(
        (
            re.compile(s.replace(" ", r"\s+").format(photo=photo, kin=kin, name=_NAME), re.I),
            s.endswith("{name}"),
        )
        for s in table["shapes"]
    )


def _says_kin(lang: str, kin: str) -> bool:
    """Whether the kin words say who the person is ("la meva filla"), not only "la", "mit"."""
    said = {w.casefold() for w in re.findall(r"[^\W\d_]+", kin)}
    return bool(said & {w.casefold() for w in _tables()[lang]["kin"]})


def _gender(lang: str, kin: str) -> str:
    """ "men", "women" or "" by the kin words said (both or neither: "")."""
    said = {w.casefold() for w in re.findall(r"[^\W\d_]+", kin)}
    table = _tables()[lang]
    man = bool(said & {w.casefold() for w in table.get("men", [])})
    woman = bool(said & {w.casefold() for w in table.get("women", [])})
    return "men" if man and not woman else "women" if woman and not man else ""


def _written_stem(word: str, text: str) -> str | None:
    """The one capitalised word of the text a case may have added a few letters to to make
    `word` ("Милан" for "Милана", "Holm" for "Holms"), or None."""
    found = {
        w
        for w in _WORD.findall(text)
        if w[0].isupper()
        and len(w) >= _STEM
        and 0 < len(word) - len(w) <= _ADDED
        and word.casefold().startswith(w.casefold())
    }
    return found.pop() if len(found) == 1 else None


def _turned(word: str, lang: str, gender: str, text: str) -> str | None:
    """A declined word's nominative: by the first ending of the table that fits it, or as
    the mail writes it elsewhere; None when neither makes it certain."""
    for ending, nominative, who in _tables()[lang].get("endings", []):
        if word.casefold().endswith(ending) and len(word) > len(ending) + 1:
            if who and who != gender:
                break
            return f"{word[: len(word) - len(ending)]}{nominative}"
    return _written_stem(word, text)


def _nominative(lang: str, kin: str, name: list[str], text: str) -> str | None:
    """The name in the nominative when certain, else None."""
    table = _tables()[lang]
    if table.get("as_written"):
        return " ".join(name)
    gender = _gender(lang, kin)
    keep = name[:-1] if table.get("last_only") else []
    turned = [_turned(w, lang, gender, text) for w in name[len(keep) :]]
    if any(t is None for t in turned):
        return None
    return " ".join([*keep, *(t or "" for t in turned)])


def _capitalised(words: list[str]) -> list[str]:
    """The capitalised words opening the name's words (any word of a script with no capitals,
    Hebrew: its shape ends the name)."""
    run: list[str] = []
    for word in words:
        if word[0].islower():
            break
        run.append(word)
    return run


def kin_photo(note: str, text: str) -> SentFor | None:
    """Whose photo, a relative's, the sender's note sends by name; None when it sends none.
    `text`: the whole mail, where a word's nominative may be written."""
    paragraphs = re.split(r"\n\s*\n", note)  # a name never runs into the next paragraph
    flat = "\n\n".join(" ".join(p.split()) for p in paragraphs)
    for lang in _tables():
        for shape, name_ends in _shapes(lang):
            for m in shape.finditer(flat):
                words = m.group("name").split()
                name = _capitalised(words)
                whole = name_ends or len(name) == len(words)
                if len(name) >= 2 and whole and _says_kin(lang, m.group("kin")):
                    return SentFor(_nominative(lang, m.group("kin"), name, text))
    return None

"""The person a mail is sent for, in the languages that decline the name after "on behalf of"
("piszę w imieniu mojego taty, Zbigniewa Kowalczyka", "Пишу от имени моего друга Сергея
Волкова"), put it before the words ("siunčiu savo brolio Mindaugo Jankausko vardu", "babam
Ahmet Yılmaz adına") or write no capitals ("夫・佐藤健一の代わりに"): data/name_cases.toml.

The photographer is that person, never the sender, credited in the nominative only when it
is certain: written so elsewhere in the mail (member_credit.py), or a man's name (the kin
word says so: "taty", "друга", "brolio") whose every word takes an ending of the language's
table ("Zbigniewa" → "Zbigniew", "Сергея" → "Сергей", "Jankausko" → "Jankauskas"). Else
nobody is credited: a missing name, never a guessed one.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from ipom_mail.pipeline.fields.labels import word_pattern
from ipom_mail.pipeline.fields.member_credit import capitalised_run, nominative_in

_WORD = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]|\n")
_KIN_WORDS = 4  # "mojego", "taty", ",": the words between "w imieniu" and the name
_SUFFIX = re.compile(r"['’][^\W\d_]+$")  # "Yılmaz'ın": the case after the apostrophe
_CJK_NAME = 3  # characters at least: "健一" alone may be a first name


@dataclass(frozen=True)
class SentFor:
    """A mail sent for someone: their name in the nominative, or None when not certain."""

    name: str | None


@cache
def _tables() -> dict[str, dict[str, Any]]:
    """Each language's table of data/name_cases.toml."""
    text = files("ipom_mail").joinpath("data", "name_cases.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def _pattern(lang: str, key: str) -> re.Pattern[str] | None:
    """One language's `after` or `before` words as a pattern, or None."""
    words = _tables()[lang].get(key, [])
    return word_pattern(words) if words else None


@cache
def _kin(lang: str, key: str) -> frozenset[str]:
    """One language's `kin`, `men` or `women` words, each word of an entry ("баща ми"); the
    kin words hold the others."""
    keys = ("kin", "men", "women") if key == "kin" else (key,)
    table = _tables()[lang]
    return frozenset(w.casefold() for k in keys for e in table.get(k, []) for w in e.split())


def sending_words() -> list[str]:
    """Every language's words before the name sent for ("w imieniu", "v mene"); those after
    it ("puolesta": "Minun puolestani ilta oli täydellinen") say other things too."""
    return [w for t in _tables().values() for w in t.get("after", [])]


def _name_run(words: list[str], kin: frozenset[str]) -> tuple[list[str], list[str]]:
    """The kin words, then the capitalised name after them ("mojego taty, Zbigniewa
    Kowalczyka" → ["mojego", "taty"], ["Zbigniewa", "Kowalczyka"]); no name when another
    word stands between ("naszego klubu Astro")."""
    said: list[str] = []
    i = 0
    while i < len(words) and i <= _KIN_WORDS and not words[i][0].isupper():
        if words[i].casefold() in kin:
            said.append(words[i].casefold())
        elif words[i] not in (",", "—", "–", "-", "\n"):  # "mojego taty,\nZbigniewa"
            return said, []
        i += 1
    return said, capitalised_run(words[i:])


def _found_after(note: str, lang: str) -> list[tuple[list[str], list[str]]]:
    pattern = _pattern(lang, "after")
    if pattern is None:
        return []
    kin = _kin(lang, "kin")
    return [
        _name_run(_WORD.findall(note[m.end() : m.end() + 160]), kin) for m in pattern.finditer(note)
    ]


def _found_before(note: str, lang: str) -> list[tuple[list[str], list[str]]]:
    """The name right before the words and the kin words before it, read backwards."""
    pattern = _pattern(lang, "before")
    if pattern is None:
        return []
    found = []
    for m in pattern.finditer(note):
        words = _WORD.findall(note[max(0, m.start() - 160) : m.start()])[::-1]
        said, name = _name_run(words, frozenset())
        if said or not name:
            continue
        kin = _kin(lang, "kin")
        rest = [w.casefold() for w in words[len(name) : len(name) + 3]]
        name = name[::-1]
        while name and name[0].casefold() in kin:  # "Babam Ahmet Yılmaz adına"
            rest.append(name.pop(0).casefold())
        found.append(([w for w in rest if w in kin], name))
    return found


def _turned(word: str, endings: list[list[str]]) -> str | None:
    """The nominative of a man's declined name word by the first ending that fits, or None."""
    for ending, nominative, stem in endings:
        if not word.casefold().endswith(ending):
            continue
        base = word[: len(word) - len(ending)]
        fits = bool(base) and (not stem or re.search(f"(?:{stem})$", base, re.I) is not None)
        return base + nominative if fits else None
    return None


def _womans(word: str, table: dict[str, Any]) -> str | None:
    """A woman's name word in the nominative: turned by an ending of one reading, or as
    written when the language leaves such a word undeclined ("Wójcik", "Ткаченко")."""
    turned = _turned(word, table.get("women_endings", []))
    as_is = table.get("women_as_is", "")
    if turned is None and as_is and re.search(f"(?:{as_is})$", word, re.I):
        return word
    return turned


def _nominative(lang: str, said: list[str], name: list[str]) -> str | None:
    """The name in the nominative when the table makes it certain, else None (a word
    with an `unsure` ending, unless a man is said: "Ioanei", never "lui Andrei")."""
    table = _tables()[lang]
    if table.get("as_written"):
        unsure = () if set(said) & _kin(lang, "men") else tuple(table.get("unsure", ()))
        if not said or (unsure and any(w.casefold().endswith(unsure) for w in name)):
            return None  # "fiicei mele, Ioanei Popescu": a woman's name in the genitive
        return " ".join(_SUFFIX.sub("", w) for w in name)
    man, woman = bool(set(said) & _kin(lang, "men")), bool(set(said) & _kin(lang, "women"))
    if man == woman or set(name) & set(table.get("polite", [])):  # "córki Ewy Wam przesyłam"
        return None
    if woman:
        turned = [_womans(w, table) for w in name]
        return None if None in turned else " ".join(t or "" for t in turned)
    turn = name[-1:] if table.get("last_only") else name
    turned = [_turned(w, table.get("endings", [])) for w in turn]
    if any(t is None for t in turned):
        return None
    return " ".join([*name[: len(name) - len(turn)], *(t or "" for t in turned)])


def _caseless(note: str, lang: str) -> str | None:
    """The full name a pattern of a script without capitals finds ("夫・佐藤健一の代わりに")."""
    for entry in _tables()[lang].get("names", []):
        for m in re.finditer(entry, note):
            name = m.group("name").strip(" 　・")
            if len(name.replace(" ", "").replace("　", "")) >= _CJK_NAME:
                return name
    return None


def caseless_sent_for(sentence: str) -> str | None:
    """The name a sentence sends for in a script without capitals ("मैं अपने बेटे आरव शर्मा की
    ओर से …" → "आरव शर्मा", "夫・佐藤健一の代わりに…"), or None."""
    return next(filter(None, (_caseless(sentence, lang) for lang in _tables())), None)


def sent_for(note: str, text: str, sender: str | None) -> SentFor | None:
    """Whom the sender's note (`note`) sends the photo for, by name; None when it sends for
    no one named so. `text`: the whole mail, where the nominative may be written."""
    for lang in _tables():
        caseless = _caseless(note, lang)
        if caseless is not None:
            return SentFor(caseless)
        as_written = bool(_tables()[lang].get("as_written"))
        for said, name in [*_found_after(note, lang), *_found_before(note, lang)]:
            if len(name) < 2 or (as_written and not said):  # "a Csillagász Egyesület nevében"
                continue
            written = nominative_in(text, tuple(name), sender)
            return SentFor(written or _nominative(lang, said, name))
    return None

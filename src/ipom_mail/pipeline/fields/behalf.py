"""The person a photo is sent on behalf of ("namens my seun, Pieter Botha", "on behalf of my
daughter Emma Lee"), the sender asks to credit ("please credit Emma Lee", "Credit: Emma Lee")
or whose work it is called ("karya siswa kami, Rizky …"): the photographer to credit, not the
sender who wrote the mail (data/mail_words.toml [on_behalf]).

Only a full name (two words or more, each capitalised) counts: "on behalf of our club" or a
first name alone leaves the credit to the sender (people.py). A name "on behalf of" puts in the
genitive ("w imieniu Jana Kowalskiego", "jménem Jana Nováka") is never the credit, and the
sender is not the photographer either: none is read.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.labels import mail_data, mail_pattern, word_pattern
from ipom_mail.pipeline.fields.name_titles import particles

# a word, a sign, or a line end, which stops a name ("Credit: Ana Ruiz\nBest" is no "Ana Ruiz Best")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]|\n")
_RELATION_WORDS = 4  # "my", "little", "son": the words between "on behalf of" and the name
_NAME_WORDS = 4


@cache
def _relations() -> frozenset[str]:
    """The words for who the photographer is to the sender (data/mail_words.toml [relation])."""
    return frozenset(w.casefold() for ws in mail_data()["relation"].values() for w in ws)


def _name_after(rest: str) -> str | None:
    """The capitalised full name opening `rest`, after at most a few words saying who the
    person is ("my son, Pieter Botha (16)" → "Pieter Botha"); None when none stands there or
    other words come first ("im Namen des Vereins Sternfreunde Nord")."""
    words = _WORD.findall(rest[:120])
    i = 0
    while (
        i < len(words)
        and i <= _RELATION_WORDS
        and (words[i] in (",", "\n") or words[i].casefold() in _relations())
    ):
        i += 1
    name: list[str] = []
    for k, word in enumerate(words[i : i + _NAME_WORDS + 1]):
        if not _name_word(word, name, words[i + k + 1 : i + k + 2]):
            break
        name.append(word)
    return " ".join(name) if len(name) >= 2 and name[-1][0].isupper() else None


@cache
def _object_words() -> frozenset[str]:
    """The words of what is sent ("Foto", "Bild", "photo": data/mail_words.toml
    [preamble_object]): after an article, no name goes on ("Jan Novak das Foto")."""
    return frozenset(w.casefold() for ws in mail_data()["preamble_object"].values() for w in ws)


def _name_word(word: str, name: list[str], after: list[str]) -> bool:
    """Whether a word goes on a name: capitalised and no relation word, or a name's particle
    between two capitalised words ("Anri du Toit"; "Aarav Menon of Class XI" stops at "of"),
    the second no word for what is sent (German capitalises its nouns: "im Namen meines
    Sohnes Jan Novak das Foto")."""
    if word[0].isupper():
        return word.casefold() not in _relations()
    particle = word in particles()
    named = bool(after) and after[0][0].isupper() and after[0].casefold() not in _object_words()
    return bool(name) and particle and named


def behalf_name(text: str) -> str | None:
    """The full name of the person the sender writes on behalf of or asks to credit, or None."""
    for m in mail_pattern("on_behalf").finditer(text):
        name = _name_after(text[m.end() :])
        if name is not None and not _genitive().fullmatch(m.group(0)):
            return name
    return None


@cache
def _genitive() -> re.Pattern[str]:
    """ "On behalf of" that puts the name after it in the genitive ([on_behalf] `genitive`)."""
    return word_pattern(mail_data()["on_behalf"]["genitive"])


def behalf_in_genitive(text: str) -> bool:
    """Whether the sender writes on behalf of someone named in the genitive ("w imieniu Jana
    Kowalskiego", "jménem Jana Nováka"): the photographer is not the sender, and the name is
    not in the form to credit (no data turns "Kowalskiego" into "Kowalski")."""
    return any(
        _genitive().fullmatch(m.group(0)) and _name_after(text[m.end() :]) is not None
        for m in mail_pattern("on_behalf").finditer(text)
    )

"""A place the Subject names and the body writes again in a case ending (issue 13).

Agglutinative languages mark where the photo was taken by an ending on the name, not by a
word before it: "ISS a Zselici Csillagpark felett" in the Subject and "… készült a Zselici
Csillagparkban" in the body (Hungarian "a" is "the", not Italian "in"). A name the Subject
gives before an "over" postposition ([over_after]: "felett", "yllä") that the body writes
with a case ending of the mail's language ([place_case_endings]) is the place, in the
Subject's base form. The mail's language must be sure (fields/mail_language.py): an
ending is never guessed.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.mail_language import language_shares
from ipom_mail.pipeline.fields.place_echo import title_name
from ipom_mail.pipeline.fields.place_words import SURE, UP, WORD, alt, data
from ipom_mail.pipeline.fields.towns import common_words


@cache
def _before_over() -> re.Pattern[str]:
    """One to three capitalised words, then an "over" postposition ([over_after])."""
    return re.compile(rf"(?P<name>{WORD}(?:\s{WORD}){{0,2}})\s+(?:{alt('over_after')})(?![\w'’-])")


def _without_acronym(name: str) -> str:
    """A name without the capitals before it ("ISS Tõravere kohal": the station, not the
    village's name), unless it is all capitals."""
    words = name.split()
    while len(words) > 1 and re.fullmatch(rf"[{UP}]{{2,}}", words[0]):
        words = words[1:]
    return " ".join(words)


def _endings(body: str) -> list[str]:
    """The case endings of the language the body is surely written in, longest first."""
    sure = [lang for lang, p in language_shares(body) if p >= SURE]
    endings = [e for lang in sure for e in data()["place_case_endings"].get(lang, [])]
    return sorted(endings, key=len, reverse=True)


def cased_echo(subject: str | None, body: str, sender: str | None = None) -> str | None:
    """The Subject's name before its "over" postposition, or of two words or more after a
    dash at its end ("… – Zselici Csillagpark"), when the body writes it with a case ending
    of its language ('Zselici Csillagpark' for 'a Zselici Csillagparkban'); never the
    sender's name nor a month's or a sky word."""
    names = [_without_acronym(m.group("name")) for m in _before_over().finditer(subject or "")]
    names += [t for t in [title_name(subject)] if t and " " in t]  # "… – Zselici Csillagpark"
    own = set((sender or "").split())
    names = [n for n in names if not own & set(n.split()) and not common_words() & set(n.split())]
    if not names:
        return None
    for name in names:
        for ending in _endings(body):
            if re.search(rf"(?<![\w'’-]){re.escape(name + ending)}(?![\w'’-])", body):
                return name
    return None

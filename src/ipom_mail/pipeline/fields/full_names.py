"""The full name behind a short credit: a sender who signs with a nickname or an initialled
short form ("Dazza", "Lupita T.") and gives their full name too is credited by the full name.

The full name is the sender's own when the mail says so by its layout or its words: in
brackets beside or under the short name ("Dazza" over "(Darren Whitlock)"), signed under the
sign-off when From gives the short form (From "Lupita T.", signed "Guadalupe Treviño": the
initials written must agree), in the sender's self-introduction ("my name is Patricio
Ferreyra": data/mail_words.toml [introduction]), or in the From line of the sender's own
earlier mail quoted below ("Margaret" over "From: Ashworth, Margaret <m.ashworth@…>"). A full name anywhere else in the mail (a
friend, the person thanked, a club's secretary) is someone else's: the credit stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ipom_mail.pipeline.fields.labels import mail_words
from ipom_mail.pipeline.fields.name_titles import particles

# a short name, then a full name in brackets ("Dazza (Darren Whitlock)"), or the brackets alone
_BRACKETED = re.compile(r"^(?P<short>[^()（）\n]{0,40}?)\s*[(（](?P<full>[^()（）\n]{3,60})[)）]$")
_INTRODUCED = re.compile(
    rf"(?<![^\W\d_])(?:{mail_words('introduction')})\s+(?P<rest>[^\n]{{3,80}})", re.I
)
_INITIAL = re.compile(r"^[^\W\d_]\.?$")
_NAME_WORDS = 4


def _initial(word: str) -> bool:
    """Whether a word is an initial ("T.", "T")."""
    return _INITIAL.match(word) is not None


def is_short(name: str) -> bool:
    """Whether a credit is a short form: one word of a script with capitals ("Dazza", but no
    "山田太郎"), or a name whose later words are initials ("Lupita T.")."""
    words = name.split()
    if len(words) == 1:
        return any(c.isupper() for c in name)
    return all(_initial(w) for w in words[1:])


def _is_full(name: str | None, person: Callable[[str], bool]) -> bool:
    """Whether a name is a person's full name: two words or more, none an initial."""
    words = (name or "").split()
    return len(words) >= 2 and not any(_initial(w) for w in words) and person(name or "")


def _initials_agree(short: str, full: str) -> bool:
    """Whether a short form's initials stand for the full name's last words ("Lupita T." for
    "Guadalupe Treviño"); a nickname alone has none to disagree."""
    initials = [w[0].casefold() for w in short.split()[1:]]
    last = [w[0].casefold() for w in full.split() if w not in particles()]
    return not initials or last[-len(initials) :] == initials


def _bracketed(short: str, lines: list[str]) -> str | None:
    """The full name in brackets beside the short name ("Dazza (Darren Whitlock)") or on the
    line under it ("Pato" over "(Patricio Ferreyra)")."""
    lines = [x.strip() for x in lines if x.strip()]
    for i, line in enumerate(lines):
        m = _BRACKETED.match(line)
        if m is None:
            continue
        beside = m.group("short").strip(" ~-–—")
        named = beside or (lines[i - 1] if i else "")
        if named.casefold() == short.casefold():
            return m.group("full").strip()
    return None


def _introduced(text: str) -> str | None:
    """The capitalised name after the sender's self-introduction ("My name is Ann Lee.")."""
    m = _INTRODUCED.search(text)
    if m is None:
        return None
    name: list[str] = []
    for word in re.findall(r"[^\W\d_][\w'’-]*|\S", m.group("rest"))[: _NAME_WORDS + 1]:
        if not (word[0].isupper() or (name and word in particles())):
            break
        name.append(word)
    while name and name[-1] in particles():
        name.pop()
    return " ".join(name) or None


def full_name_for(
    credit: str | None,
    signed: str | None,
    text: str,
    person: Callable[[str], bool],
    quoted: str | None = None,
) -> str | None:
    """The sender's full name when the credit is a short form of it (`signed`: the name under
    the sign-off; `text`: the sender's own words; `person`: whether a name reads as one;
    `quoted`: the name the sender's own quoted earlier mail gives)."""
    if credit is None or not is_short(credit):
        return credit
    bracketed = _bracketed(credit, text.split("\n"))
    if _is_full(bracketed, person):
        return bracketed
    if signed and signed != credit and _is_full(signed, person) and _initials_agree(credit, signed):
        return signed
    introduced = _introduced(text)
    if _is_full(introduced, person) and _initials_agree(credit, introduced or ""):
        return introduced
    if _is_full(quoted, person) and _same_first(credit, quoted or ""):
        return quoted
    return credit


def _same_first(short: str, full: str) -> bool:
    """Whether a short form is the full name's first word, its initials agreeing ("Margaret"
    for "Margaret Ashworth", never "Peggy" nor "Anne")."""
    first = full.split()[0].casefold()
    return short.split()[0].casefold() == first and _initials_agree(short, full)

"""The opening of a mail: the greeting, a name greeted alone, the sender's self-introduction.

The story leaves them out ("Hi John,", "Sue,", "佐藤と申します。"); the closing's reader
(closing.py) asks whether only such words stand above a line.
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.labels import WORD_END, mail_pattern, mail_words
from ipom_mail.pipeline.fields.shapes import greeting_shape

# a New Year's or holiday wish on top greets too ("Frohes neues Jahr!", "새해 복 많이 받으세요")
GREETING = re.compile(
    rf"^\s*+(?:{mail_words('greeting')}|{mail_words('season')}){WORD_END}", re.IGNORECASE
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # words without spaces
_LEADING_MARKS = re.compile(r"^[^\w¡¿]+")


def without_leading_marks(line: str) -> str:
    """A line without the emoji and marks before its words ("🙏 Saludos" → "Saludos")."""
    return _LEADING_MARKS.sub("", line.strip())


_CJK_SENTENCE_END = re.compile(r"[。！？!?]\s*|\.(?:\s+|$)")
_NAME_SALUTATION = re.compile(r"^\s*+([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s*,\s*$")
_GREETING_MARKS = " ,、，:：!！.。~～"
_GREETING_MARK = re.compile(r"^\s*+(?:[,、，:：!！.。~～]|$)")


def salutation(line: str) -> bool:
    """Whether a line is a name alone before a comma, greeting someone ("Sue,", "Karl Huber,")."""
    m = _NAME_SALUTATION.match(line)
    return m is not None and all(w[0].isupper() for w in m.group(1).split())


def without_greeting(line: str, shaped: bool = True) -> str:
    """A first line without its greeting ('Hi John,' alone is dropped; 'Hi, here is…' kept)
    and without the self-introduction after it ("佐藤と申します。", "My name is Ann.").
    `shaped`: the mail's very first line, where a greeting in any language is told by its
    shape alone ("Dia daoibh,", "გამარჯობა,": shapes.py)."""
    m = GREETING.match(line) or GREETING.match(without_leading_marks(line))  # "👋 Hi all,"
    if not m:
        bare = salutation(line) or (shaped and greeting_shape(line))
        return "" if bare else _without_introduction(line)
    line = line if GREETING.match(line) else without_leading_marks(line)
    if _CJK.search(line[: m.end()]):  # no spaces: a mark or its sentence's end ends it
        after = line[m.end() :]
        end = None if _GREETING_MARK.match(after) else _CJK_SENTENCE_END.search(after)
        rest = after[end.end() :] if end else after.lstrip(_GREETING_MARKS)
        return _without_introduction(rest)
    if len(line.split()) <= 5 or m.end() >= len(line.rstrip()) or _greets_only(line[m.end() :]):
        return ""
    return _without_introduction(
        re.sub(r"^\s*[^,!:]{0,40}[,!:]+[^\w¡¿\"'(«„“]*", "", line, count=1)
    )


_ADDRESSEE = re.compile(rf"(?<![^\W\d_])(?:{mail_words('addressee')}){WORD_END}", re.I)


def _greets_only(rest: str) -> bool:
    """Whether the words after a greeting only name whom it greets, comma or not: the
    feature's name and its team ("เรียน ทีมงาน ISS Photo of the Month"; [addressee])."""
    left = _ADDRESSEE.sub(" ", mail_pattern("contest").sub(" ", rest))
    return re.search(r"[^\W\d_]", left) is None


_INTRODUCTION = re.compile(
    r"^[^.!?。！？]{0,40}?(?:" + mail_words("introduction") + r")[^.!?。！？]{0,30}[.!?。！？]\s*",
    re.I,
)


def _without_introduction(line: str) -> str:
    """An opening line without the sender's short self-introduction ("佐藤と申します。",
    "My name is Ann Lee.", "Me llamo Sofía."): the post credits them, it does not quote it."""
    m = _INTRODUCTION.match(line)
    return line[m.end() :] if m else line

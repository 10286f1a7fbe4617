"""A place phrase a mail client wrapped over two lines, joined again (split from
place_spots.py by role, issue 13).

"taken from / Bloubergstrand, Cape Town", "vom Balkon / in Graz-Andritz", "von meiner
Dachterrasse in / München-Haidhausen", "dari halaman / sekolah di Yogyakarta": the sender
wrote one phrase; the place readers read a line at a time.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_words import WORD, leads, words_of


@cache
def _from_words() -> frozenset[str]:
    """The "from" words ([outer], [taken_from], [taken_at_wrap]) a wrapped line may end on,
    lower case: never "look at" or "in" alone, after which the next line could start
    anything ("a good look at / Argentina.")."""
    sections = ("outer", "taken_from", "taken_at_wrap")
    return frozenset(w.lower() for s in sections for w in words_of(s))


def _ends_on_from(line: str) -> bool:
    words = line.lower().split()[-4:]
    return any(" ".join(words[-k:]) in _from_words() for k in (1, 2, 3, 4) if k <= len(words))


# a label's line ('Location: Leeds / in Yorkshire'): never joined to the next
_LABEL_LINE = re.compile(r"^\s*+[^\s:]+(?:[ \t][^\s:]+){0,2}[ \t]*:")


def _starts_inner(line: str) -> bool:
    """Whether a line starts with an inner word and a capitalised name ('in Graz-Andritz')."""
    words = line.split(None, 4)
    return any(
        " ".join(words[:k]) in leads("inner") and re.match(WORD, words[k])
        for k in (1, 2, 3)
        if k < len(words)
    )


def _ends_on_kind(line: str, start: str) -> bool:
    """Whether a line ends on a "from" or a spot's joining word and a site's kind, and the
    next starts with its name ("z parkingu na przełęczy / Wyżnej koło Wetliny"; [site_heads],
    [taken_spot_kinds], [site_spot_joins]); never a kind after any other word."""
    words = line.lower().split()[-2:]
    kinds = words_of("site_heads") | words_of("taken_spot_kinds")
    joins = _from_words() | words_of("site_spot_joins")
    return (
        len(words) == 2
        and words[-1] in kinds
        and words[-2] in joins
        and re.match(WORD, start) is not None
        and not _LABEL_LINE.match(start)
    )


def _ends_on_inner(line: str, start: str) -> bool:
    """Whether a line ends on one's home or a spot and an inner word, and the next starts
    with a name ('von meiner Dachterrasse in / München-Haidhausen aus'); never an inner word
    after any other word ('a good look at / Argentina')."""
    words = line.lower().split()[-3:]
    spots = words_of("home_words") | words_of("spot_words")
    inner = next(
        (k for k in (1, 2) if k < len(words) and " ".join(words[-k:]) in words_of("inner")), 0
    )
    return (
        inner > 0
        and words[-inner - 1].strip(",") in spots
        and re.match(WORD, start) is not None
        and not _LABEL_LINE.match(start)
    )


def _spot_then_inner(line: str, start: str) -> bool:
    """Whether a line ends on a spot and the next goes on with up to three lower-case words,
    an inner word and a name ('dari halaman / sekolah di Yogyakarta'); never a name alone
    after a spot ('from the beach / Then we went home')."""
    last = line.lower().split()[-1:]
    spots = words_of("home_words") | words_of("spot_words")
    if not last or last[0] not in spots:
        return False
    words = start.split(None, 5)
    for k in range(1, min(4, len(words) - 1)):
        if not all(w.isalpha() and w.islower() for w in words[:k]):
            break
        if words[k] in leads("inner") and re.match(WORD, words[k + 1]):
            return True
    return False


def _taken_across(prev: str, start: str) -> bool:
    """Whether a line ends on a verb of taking and up to two words, and the next opens with
    up to three plain words or a day's number before a "from" ([taken_spot_verbs],
    [taken_spot_from]): "scattata sabato / 25 luglio dalla vetta del Monte Cimone"."""
    tail = prev.lower().split()[-3:]
    head = start.split()[:4]
    verbs = {v.lower() for v in words_of("taken_spot_verbs")}
    froms = {tuple(w.lower().split()) for w in words_of("taken_spot_from")}  # "des del" too
    at = next(
        (i for i in range(len(head)) if any(tuple(head[i : i + len(f)]) == f for f in froms)),
        None,
    )
    return (
        at is not None
        and any(w.strip(",") in verbs for w in tail)
        and all(w.islower() or re.fullmatch(r"\d{1,2}\.?", w) for w in head[:at])
        and not _LABEL_LINE.match(start)
    )


def unwrapped(text: str) -> str:
    """The text with a place joined to the words its line ended on: a mail client wraps
    "taken from / Bloubergstrand, Cape Town", "vom Balkon / in Graz-Andritz", "von
    meiner Dachterrasse in / München-Haidhausen" and "dari halaman / sekolah di
    Yogyakarta" where the sender wrote one phrase; a verb of taking to its "from"
    ("scattata sabato / 25 luglio dalla vetta")."""
    lines = text.split("\n")
    out = lines[:1]
    for line in lines[1:]:
        prev, start = out[-1], line.lstrip(" \t")
        if _taken_across(prev, start) or (
            start[:1].isalpha()
            and prev.rstrip()[-1:].isalpha()
            and (
                _ends_on_from(prev)
                or _ends_on_inner(prev, start)
                or _spot_then_inner(prev, start)
                or _ends_on_kind(prev, start)
                or (_starts_inner(start) and not _LABEL_LINE.match(prev))
            )
        ):
            out[-1] = f"{prev.rstrip()} {start}"
        else:
            out.append(line)
    return "\n".join(out)

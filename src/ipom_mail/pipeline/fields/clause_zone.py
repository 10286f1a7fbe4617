"""A zone written in a clause's own words rather than beside a time.

"El paso, también en hora canaria, fue de 19:41 a 19:47", "Pass (IST): rose at 05:30,
set at 05:36", "Toutes les heures sont en heure normale de l'Est (HNE).": the clock
of the times that follow in that clause, or of every time in the mail that has no
zone of its own. Only one zone may be named there; two are no zone at all.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.labels import label_words_raw
from ipom_mail.pipeline.fields.zones import is_zone_word, parse_zone

_WORD = re.compile(r"[^\W\d_][^\s(),;:]*")
_BRACKETS = re.compile(r"[(（](?P<inner>[^()（）\n]{1,40})[)）]")
# An abbreviation or an offset written alone: "IST", "HNE", "UTC+5:30"; never a lower-case
# word ("set", "est", "art" are words first)
_TOKEN = re.compile(r"(?<![\w+\-−])(?:UTC|UT|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?|\b[A-Z]{2,5}\b")
_MAX_WORDS = 4  # "heure normale de l'Est", "hora del centro de México"


def zones_in(piece: str) -> set[str]:
    """Every zone a piece of text names: in brackets, as an abbreviation or an offset, or
    in words (a CLDR or place-based name of two words or more)."""
    found = {m["inner"].strip() for m in _BRACKETS.finditer(piece)}
    found |= {m.group() for m in _TOKEN.finditer(piece)}
    words = list(_WORD.finditer(piece))
    for i, first in enumerate(words):
        for n in range(_MAX_WORDS, 1, -1):
            if i + n <= len(words):
                found.add(piece[first.start() : words[i + n - 1].end()])
    zones = {z for z in found if is_zone_word(z)}
    # a longer name holds its shorter tail ("heure normale de l'Est" and "l'Est"): keep it
    return {z for z in zones if not any(z != o and z in o for o in zones)}


def _one(zones: set[str]) -> str | None:
    """The zone when every name given is the same clock ("heure normale de l'Est (HNE)"),
    else None."""
    clocks = set()
    for name in zones:
        zone = parse_zone(name)
        clocks.add((zone.offset, zone.iana) if zone is not None and zone.usable else name)
    return min(zones, key=len) if len(clocks) == 1 else None


def clause_zone(piece: str) -> str | None:
    """The one zone a clause's words name, or None (none, or two different clocks)."""
    return _one(zones_in(piece))


@cache
def _statement() -> re.Pattern[str]:
    """A sentence saying which clock every time of the mail is in (data/labels.toml
    [all_times]): "All times are in UT", "Toutes les heures sont en HNE"."""
    return re.compile(rf"(?:{label_words_raw('all_times')})(?P<rest>[^.!?;\n]*)", re.I)


def stated_zone(text: str) -> str | None:
    """The one zone a sentence of the mail gives to all its times, else None."""
    return _one({z for m in _statement().finditer(text) for z in zones_in(m["rest"])})

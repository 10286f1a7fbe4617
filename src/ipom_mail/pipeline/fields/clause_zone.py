"""A zone written in a clause's own words rather than beside a time.

"El paso, también en hora canaria, fue de 19:41 a 19:47", "Pass (IST): rose at 05:30,
set at 05:36", "Toutes les heures sont en heure normale de l'Est (HNE).": the clock
of the times that follow in that clause, or of every time in the mail that has no
zone of its own. Only one zone may be named there; two are no zone at all.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ipom_mail.pipeline.fields.labels import label_words_raw
from ipom_mail.pipeline.fields.zones import is_zone_word, parse_zone

if TYPE_CHECKING:
    from ipom_mail.pipeline.fields.clock import TimeHit

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
    or a place's clock and an abbreviation of one of its seasons ("magyar idő szerint,
    CET": the abbreviation, which in_force.py checks against the date), else None."""
    clocks: dict[object, str] = {}
    for name in sorted(zones, key=len):
        zone = parse_zone(name)
        clocks.setdefault(
            (zone.offset, zone.iana) if zone is not None and zone.usable else name, name
        )
    if len(clocks) == 1:
        return min(zones, key=len)
    return _season_of_place(list(clocks.values())) if len(clocks) == 2 else None


def _season_of_place(names: list[str]) -> str | None:
    """Of a place's clock and a region's abbreviation, the abbreviation when the place
    shows its offset in one of its seasons; else None (two clocks: "hora canaria o UTC")."""
    from ipom_mail.pipeline.fields.zones import season_offsets

    zones = [parse_zone(name) for name in names]
    fixed = [  # an abbreviation of a region's season (CET, EEST), never UT nor an offset
        (n, z) for n, z in zip(names, zones, strict=True) if z and z.usable and z.reading
    ]
    place = [z for z in zones if z and z.usable and z.offset is None and z.iana]
    if len(fixed) != 1 or len(place) != 1:
        return None
    name, zone = fixed[0]
    return name if zone.offset in season_offsets(place[0]) else None


_TAIL = 60  # characters after a sentence's last time where its zone may be named


def trailing_zone(text: str, end: int, last: int) -> str | None:
    """The one zone named after a sentence's last time (`last`, its end) and before the
    sentence's end (`end`), within a few words: "… 16 óra 52 perckor készült (magyar idő
    szerint, CET)", "… fim às 18:58, tudo no horário de Brasília.": the clock of the times of
    that sentence that have none. None when none or two clocks are named there, or only an
    abbreviation outside brackets."""
    tail = text[last : min(end, last + _TAIL)].rstrip(" \t\n.!?…。")
    # a clock in words ("hora argentina", "magyar idő szerint"), or an abbreviation or offset
    # in brackets ("(CET)", "(UTC-3)"); never a bare one at a sentence's end ("… evening
    # light, BST") nor one word that names a town ("(Екатеринбург)": where, not which clock)
    inside = " ".join(m["inner"] for m in _BRACKETS.finditer(tail))
    names = {
        n
        for n in zones_in(tail)
        if " " in n.strip()
        or (_TOKEN.fullmatch(n) and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", inside))
    }
    return _one(names) if names else None


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


def with_sentence_zone(text: str, hits: list[TimeHit]) -> list[TimeHit]:
    """The times without a zone of their own in the one zone named after their sentence's
    last time ("… 16 óra 52 perckor készült (magyar idő szerint, CET)", "início às 18:52, …
    fim às 18:58, tudo no horário de Brasília"; trailing_zone), unless another
    time of the sentence is on another clock."""
    from ipom_mail.pipeline.fields.segments import segments, sentence_around

    if all(h.zone for h in hits):
        return hits
    segs = segments(text)
    groups: dict[tuple[int, int], list[TimeHit]] = {}
    for hit in sorted(hits, key=lambda h: h.start):
        groups.setdefault(sentence_around(text, segs, hit.start), []).append(hit)
    out: list[TimeHit] = []
    for (_, end), group in groups.items():
        zone = trailing_zone(text, end, group[-1].end) if not all(h.zone for h in group) else None
        if zone is not None and all(_same_clock(h.zone, zone) for h in group if h.zone):
            group = [h if h.zone else replace(h, zone=zone) for h in group]
        out.extend(group)
    return out


def _same_clock(written: str, named: str) -> bool:
    """Whether a time's own zone and its sentence's trailing one are one clock."""
    return written == named or clause_zone(f"{written} ({named})") is not None

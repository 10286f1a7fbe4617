"""Zones written in brackets after a time ("21:05:33 (ora legale, UTC+2)", "20:15:30, hora
local de Barcelona (CEST, …)"), and the clock of a bracket that names one clock twice
("(hora argentina, UTC-3)"); one naming two that may differ gives none here
("(hora de Madrid, UTC+2)": in_force.py checks such a pair on the date).

Split from clock.py, which reads the times these zones follow.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib.resources import files

from ipom_mail.pipeline.fields.labels import label_words_raw
from ipom_mail.pipeline.fields.zones import is_zone_word, one_clock

# A zone in brackets a few words after the time: "21:05:33 (ora legale, UTC+2)",
# "22:41 czasu polskiego (CEST)". Nothing else in the brackets may hold a digit.
_PAREN_AFTER = re.compile(r"(?:\s*[^\W\d_]+){0,3}\s*[(（](?P<inner>[^()（）]{1,40})[)）]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")


@functools.cache
def _all_times() -> tuple[str, ...]:
    text = files("ipom_mail").joinpath("data/zone_words.toml").read_text("utf-8")
    return tuple(sorted(tomllib.loads(text)["all_times"]["words"], key=len, reverse=True))


def zone_tail(piece: str) -> str:
    """A bracketed piece, or the zone its last words name after a word or two ("sempre ora
    italiana": ora italiana; "all times UTC": UTC). A whole piece that is a zone stays whole:
    the tail of "srednjoeuropsko ljetno vrijeme" is no zone of its own; a CJK zone after a
    word for "all" (data/zone_words.toml [all_times]: "均为北京时间" is 北京时间)."""
    if is_zone_word(piece):
        return piece
    lead = next((w for w in _all_times() if piece.startswith(w)), None)
    if lead is not None and _CJK.fullmatch(piece) and is_zone_word(piece[len(lead) :]):
        return piece[len(lead) :]  # "（均为北京时间）": "all in" written onto the zone's name
    named = _cldr_head(piece)
    if named is not None:
        return named
    words = piece.split()
    for cut in range(1, min(3, len(words))):
        tail = " ".join(words[cut:])
        if not any(c.isdigit() for c in piece) and is_zone_word(tail):
            return tail
    return piece


def _cldr_head(piece: str) -> str | None:
    """A CLDR zone name opening the piece with one word after it, a postposition
    ("közép-európai nyári idő szerint"): the name, not the season its tail names alone."""
    from ipom_mail.pipeline.fields.zone_names import zone_name_at

    found = zone_name_at(piece, 0)
    if found is None or found[1] != 0:
        return None
    rest = piece[found[2] :].split()
    alone = len(rest) <= 1 and all(w.isalpha() for w in rest)
    return piece[: found[2]] if alone and is_zone_word(piece[: found[2]]) else None


def zone_in_brackets(text: str, pos: int) -> tuple[str | None, int]:
    """A zone alone among the bracketed words after a time, or None (another time there)."""
    m = _PAREN_AFTER.match(text, pos) or _local_paren().match(text, pos)
    if not m:
        return None, pos
    pieces = [zone_tail(p.strip()) for p in re.split(r"[,;、，；]", m["inner"])]
    zones = [p for p in pieces if is_zone_word(p)]
    others = [p for p in pieces if p not in zones]
    zone = zones[0] if len(zones) == 1 else one_clock(zones) if zones else None
    if zone is None or any(_another_moment(p) for p in others):
        return None, pos
    return zone, m.end()


def _another_moment(piece: str) -> bool:
    """Whether a bracketed piece beside the zone holds a time or a date ("(CEST, 20:04
    UT)"): the bracket then says more than the clock. A count is no moment ("（日本時間、
    比較明合成42枚）", "(CEST, 42 frames)")."""
    if not any(c.isdigit() for c in piece):
        return False
    from ipom_mail.pipeline.fields.clock import find_times
    from ipom_mail.pipeline.fields.dates import date_spans

    return bool(find_times(piece) or date_spans(piece)) or ":" in piece


@functools.cache
def _local_paren() -> re.Pattern[str]:
    """ "Local time" and its place after a time, then brackets ("20:15:30, hora local de
    Barcelona (CEST, …)"; data/labels.toml [local_time]): the bracket's zone is the clock."""
    words = label_words_raw("local_time")
    return re.compile(
        rf",?\s*(?<![^\W\d_])(?:{words})(?![^\W\d_])(?:[ \t]+[^\W\d_][^\s()（）\d,;]*){{0,4}}"
        r"\s*[(（](?P<inner>[^()（）]{1,40})[)）]",
        re.I,
    )

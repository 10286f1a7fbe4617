"""A Turkish place named with a locative ending after an apostrophe (issue 13).

Turkish sets a proper name's endings off with an apostrophe, so the name before it is its
base form, whatever the town list holds: "Kapadokya'da, Göreme'deki peri bacalarının
üzerinden" (in Cappadocia, over the fairy chimneys at Göreme). An ending of place
(data/locatives.toml [suffixes]: "de", "den", "deki" …) says the name is where something
is or was; of names joined by a comma, the last is the narrowest ("Kapadokya'da,
Göreme'deki": Göreme, in Cappadocia), as the photographer would label it. Never a
program, a source or a maker ("Stellarium'da", "Heavens-Above'dan"), an acronym
("ISS'te") nor a month or a weekday. A town among them is read first by
place_phrases.town_with_suffix.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_after import instrument_name
from ipom_mail.pipeline.fields.place_words import WORD, alt, words_of
from ipom_mail.pipeline.fields.towns import common_words


@cache
def _suffixed() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<name>{WORD}(?:\s{WORD}){{0,2}})['’](?:{alt('suffixes')})(?![\w'’-])", re.MULTILINE
    )


@cache
def _turkish_days() -> frozenset[str]:
    """Turkish month and weekday names (CLDR), which take the same endings ("Ocak'ta")."""
    from babel.dates import get_day_names, get_month_names

    names = {*get_month_names("wide", locale="tr").values(), *get_day_names(locale="tr").values()}
    return frozenset(n.capitalize() for n in names)


def _a_place_name(name: str) -> bool:
    words = name.split()
    return not (
        any(w in common_words() or w in _turkish_days() or w.isupper() for w in words)
        or words_of("not_towns").intersection(words)
        or instrument_name(name)
    )


@cache
def _taken_from_rx() -> re.Pattern[str]:
    """A name with "from" after its apostrophe ([from_endings]), right before a verb of
    taking ([taken_after]): "Uçhisar'dan çektim"."""
    ends = "|".join(rf"n?{e}" for e in words_of("from_endings"))
    return re.compile(
        rf"(?P<name>{WORD}(?:\s{WORD}){{0,2}})['’](?:{ends})\s+(?:{alt('taken_after')})(?!\w)"
    )


def _taken_from(text: str) -> str | None:
    """The one name the photo was taken from ("fotoğrafı … Uçhisar'dan çektim"): it beats
    the region the sender stayed in ("tatilimizi Kapadokya'da geçirdik"); None for two."""
    found = (re.split(r"\S*['’]\S*\s", m["name"])[-1] for m in _taken_from_rx().finditer(text))
    names = {name for name in found if _a_place_name(name)}  # "ISS'i Datça'dan": Datça
    return names.pop() if len(names) == 1 else None


def suffixed_name(text: str) -> str | None:
    """The name the photo was taken from (_taken_from), else the last of the first run of
    comma-joined names with a place's ending after an apostrophe ("Kapadokya'da, Göreme'deki"
    → "Göreme"), as written before it."""
    taken = _taken_from(text)
    if taken is not None:
        return taken
    for line in text.splitlines():
        found = list(_suffixed().finditer(line))
        if not found:
            continue
        last = found[0]
        for m in found[1:]:
            if not re.fullmatch(r",\s*", line[last.end() : m.start()]):
                break
            last = m
        name = last.group("name")
        opening = re.search(r"(?:^|[.!?:]\s+)$", line[: last.start()]) is not None
        if opening and " " in name:
            continue  # "Fotoğrafı Datça'daki": a sentence's first word, or a longer name?
        inner = _named_inside(line, last)
        if inner is not None:
            return inner or None  # "" names a site in the town, but not one stood at
        if _a_place_name(name):
            return name
    return None


def _named_inside(line: str, m: re.Match[str]) -> str | None:
    """The name right after a name with "-deki" (which is in), in its own ending after an
    apostrophe: "Göreme'deki Aşıklar Vadisi'nin tepesinden" (from the hill of the Valley of
    Love, in Göreme): that site is where the sender stood, the town only holds it. Only
    with a word of its part after it ([site_parts]: "tepesinden", "kıyısında"): "İstanbul'daki
    Galata Kulesi'nin üzerinden" is a tower passed over, not a spot stood at: "" then, and
    the town is no surer (None when no such name follows)."""
    if not re.search(r"['’]\w*ki$", m.group(0)):
        return None
    nxt = re.match(rf"\s({WORD}(?:\s{WORD}){{0,2}})['’]\w+(\s\w+)?", line[m.end() :])
    if nxt is None or not _a_place_name(nxt.group(1)):
        return None
    part = nxt.group(2) and re.fullmatch(rf"\s(?:{alt('site_parts')})", nxt.group(2))
    return nxt.group(1) if part else ""

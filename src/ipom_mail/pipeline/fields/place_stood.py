"""Where the sender says they stood: a spot's word and its name after "I stood at the"
("stond ik bij de vuurtoren van Westkapelle", "I stood by the lighthouse at Westkapelle";
data/locatives.toml [stood_at], [stood_of], [spot_words]). The spot is where the photo was
taken from, so it beats the town under the sender's signature."""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.place_words import (
    WORD,
    by_licence,
    club_name,
    data,
    lang_leads,
    words_of,
)
from ipom_mail.pipeline.fields.towns import common_words


@by_licence
def _stood_rx() -> list[tuple[re.Pattern[str], frozenset[str]]]:
    """Per language: the phrase of standing, a spot's word, an "of" or an inner word
    ([inner]: "at", "bij"), a name of up to three capitalised words ending its clause or
    before a lower-case word; with the language's "of" words."""
    found = []
    for lang, phrases in data()["stood_at"].items():
        spots = data()["spot_words"].get(lang, [])
        ofs = data()["stood_of"].get(lang, [])
        if not spots:
            continue
        lead = "|".join(
            re.escape(v) for p in phrases for v in dict.fromkeys((p, p[:1].upper() + p[1:]))
        )
        kinds = "|".join(map(re.escape, sorted(spots, key=len, reverse=True)))
        inner = lang_leads("inner", lang)
        joins = "|".join(map(re.escape, sorted({*ofs, *inner}, key=len, reverse=True)))
        rx = re.compile(
            rf"(?<![\w'’-])(?:{lead})\s(?P<spot>{kinds})\s(?P<join>{joins})\s"
            rf"(?P<name>{WORD}(?:\s{WORD}){{0,2}})(?=\s*(?:[.,;:!?)]|$|\s[a-zà-ÿ]))",
            re.MULTILINE,
        )
        found.append((rx, frozenset(ofs)))
    return found


def stood_place(text: str) -> str | None:
    """The spot the sender says they stood at, with its name ("vuurtoren van Westkapelle"),
    or the town after it ("… lighthouse at Westkapelle" → "Westkapelle"); never a month,
    maker or sky word, nor a club, nor someone's home ("het balkon van Piet")."""
    for rx, ofs in _stood_rx():
        for m in rx.finditer(text):
            name = m.group("name")
            if any(w in common_words() for w in name.split()) or club_name(name):
                continue
            if m.group("join") in ofs:
                if m.group("spot").lower() in words_of("home_words"):
                    continue  # "op het balkon van Piet": a friend's home, no place
                return f"{m.group('spot')} {m.group('join')} {name}"
            return name
    return _stood_on_site(text)


@by_licence
def _site_rx() -> re.Pattern[str]:
    """A phrase of standing on ([stood_on_site]), then a name of up to three capitalised
    words ending its clause or before a lower-case word."""
    lead = "|".join(
        re.escape(v)
        for p in words_of("stood_on_site")
        for v in dict.fromkeys((p, p[:1].upper() + p[1:]))
    )
    return re.compile(
        rf"(?<![\w'’-])(?:{lead})\s(?P<name>{WORD}(?:\s{WORD}){{0,2}})"
        rf"(?=\s*(?:[.,;:!?)]|$|\s[a-zà-ÿ]))",
        re.MULTILINE,
    )


def _stood_on_site(text: str) -> str | None:
    """The one site stood on whose name ends in a site's kind ("Citadel Hill"; [site_kinds]):
    never a street, a weekday or a club; None for two."""
    kinds = {w.lower() for w in words_of("site_kinds")}
    names = {
        m["name"]
        for m in _site_rx().finditer(text)
        if m["name"].split()[-1].lower() in kinds
        and len(m["name"].split()) > 1
        and not any(w in common_words() for w in m["name"].split()[:-1])  # "Hill" is one
        and not club_name(m["name"])
    }
    return names.pop() if len(names) == 1 else None

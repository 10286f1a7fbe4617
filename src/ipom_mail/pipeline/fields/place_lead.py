"""A place never starts with a preposition, nor is a nameless site in a case (issue 13).

A reader may give a phrase's grammar with its place: "pri Poprade" (near Poprad), "hvězdárny
v Ondřejově" (the observatory, in the genitive, in Ondřejov). A map writes neither: the
place is the town's base form where GeoNames makes it certain ("Poprad", "Ondřejov"), else
nothing; never the phrase in its case. The lead words are every language's [case_leads]
and [near_town_before] (data/locatives.toml); a site with a name of its own ("набережной
Казанки в Казани", "деревне Дютьково под Звенигородом") is kept as written.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_cases import settled_name
from ipom_mail.pipeline.fields.place_words import WORD, words_of


@cache
def _led() -> re.Pattern[str]:
    """Lower-case words of no name (a site's kind, in a case), a lead word, then a name of
    one or two capitalised words that ends the place."""
    leads = words_of("case_leads") | words_of("near_town_before")
    alt = "|".join(re.escape(w) for w in sorted(leads, key=len, reverse=True))
    return re.compile(
        rf"(?P<site>(?:[^\W\d_A-ZÀ-ÞЀ-Я][\w'’-]*\s+){{0,3}}?)(?:{alt})\s+"
        rf"(?P<name>{WORD}(?:\s{WORD})?)"
    )


def without_lead(place: str | None, text: str) -> str | None:
    """`place`, or, where it is a lead word's phrase ("pri Poprade") or a nameless site in a
    town ("hvězdárny v Ondřejově"), the town's certain base form in the languages of `text`;
    None where none is certain."""
    if place is None:
        return None
    m = _led().fullmatch(place)
    if m is None or any(w[:1].isupper() for w in m["site"].split()):
        return place
    return settled_name(m["name"], text)

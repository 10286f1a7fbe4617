"""A place read from a phrase, settled to the town in its base form (issue 13).

A place is where the photographer stood, as the mail writes it in its base form; a
phrase's grammar is not part of it:
- a town in a case ending that starts the place ("u Osijeku", "под Звенигородом") is
  written as the mail
  itself writes it elsewhere in the base form ("Osijek" in the Subject); with no such
  form in the mail it stays as written (a guessed base form could be another language's);
- a spot inside a town ("Crescent Heights in Calgary, Alberta") is the town and what
  follows it ("Calgary, Alberta");
- a word before a bracketed town that is no town itself ("znad Wisły (Toruń)": a river
  in its case) gives the town alone ("Toruń").
Towns are GeoNames' (fields/towns.py).
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.place_words import UP, words_of
from ipom_mail.pipeline.fields.towns import inflected_town, is_town, town_or_district

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_INSIDE = re.compile(rf"^.+?\s(?:in|im|en|à|nel|nella|em|w|v|в|u)\s(?P<town>[{UP}].*)$")
_BRACKETED = re.compile(r"^(?P<lead>[^()]+?)\s?[(（](?P<town>[^()（）]+)[)）]$")


def settled_place(place: str | None, mail: str) -> str | None:
    """`place` with its town in the base form the `mail` (body and Subject) writes."""
    if place is None:
        return None
    place = _town_of_spot(place)
    first = _WORD.match(place)
    if first is not None:  # the town itself, not a word of a longer name ("Tartumaa")
        place = _base_form(first.group(), mail) + place[first.end() :]
    return _bracketed_town(place)


def _town_of_spot(place: str) -> str:
    """'Crescent Heights in Calgary, Alberta' → 'Calgary, Alberta': the town the spot is in."""
    m = _INSIDE.match(place)
    if m is None:
        return place
    town = m["town"].split(",")[0].strip()
    return m["town"] if is_town(town) else place


def written_base(word: str, mail: str) -> str:
    """The word's base form as the mail writes it elsewhere (see _base_form)."""
    return _base_form(word, mail)


def _base_form(word: str, mail: str) -> str:
    """The word's base form when it is a town in a case ending and the mail writes that
    town elsewhere as a town ('Osijeku' → 'Osijek'); else the word as written."""
    if not word[:1].isupper() or is_town(word) or not inflected_town(word):
        return word
    for cut in (1, 2, 3):
        stem = word[:-cut]
        if len(stem) < 4:
            break
        for seen in re.findall(rf"(?<![\w'’-]){re.escape(stem)}\w{{0,2}}(?![\w'’-])", mail):
            if seen != word and is_town(seen):
                return str(seen)
    return word


def _bracketed_town(place: str) -> str:
    """'Wisły (Toruń)' → 'Toruń': a word before a bracketed town that is no place itself."""
    m = _BRACKETED.match(place)
    if m is None:
        return place
    lead, town = m["lead"].strip(), m["town"].strip()
    if is_town(town) and not town_or_district(lead) and not inflected_town(lead):
        return town
    return place


def uninflected(place: str | None, mail: str) -> str | None:
    """`place` whose last word carries an agglutinative case ending ("Zselici Csillagparkban")
    in the base form the `mail` writes ("Zselici Csillagpark" in the Subject); with no such
    form, the place as written, or nothing for an ending only an inflected name carries
    ("Nuuksiossa" is kept, "Helsingissä" gives none: its base form is never guessed). A
    base form of one word is taken only when it is a town and the place is none ("Bergen"
    stays, whatever "Berg" the mail writes)."""
    if place is None or not place[-1:].isalpha() or is_town(place):
        return place  # "Bergen" is no "Berg" in a case ending
    for ending in sorted(words_of("place_case_endings"), key=len, reverse=True):
        stem = place[: -len(ending)]
        if not place.endswith(ending) or len(stem.split()[-1]) < 3:
            continue
        if (" " in stem or is_town(stem)) and re.search(
            rf"(?<![\w'’-]){re.escape(stem)}(?![\w'’-])", mail
        ):
            return stem  # a name of several words, or a town, written so elsewhere
    sure = words_of("place_case_endings_sure")
    return None if any(place.endswith(e) and len(place) > len(e) + 2 for e in sure) else place

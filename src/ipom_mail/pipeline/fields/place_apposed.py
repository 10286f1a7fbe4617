"""A landmark passed over with the area it stands in set beside it (issue 13).

"the ISS going over the Hook Lighthouse (Hook Head, Co. Wexford)", "a ISS a passar por cima
da Lagoa das Sete Cidades, na ilha de São Miguel (Açores)": the mail names what the photo
shows, then where that is, in brackets or after a comma. A reader that finds the area alone
("Hook Head, Co. Wexford") finds only its second half: the place as written is the landmark
with its area ("Hook Lighthouse (Hook Head, Co. Wexford)"). When the Subject names the area
and not the landmark ("Foto da ISS - Chapada dos Veadeiros" over "sobre o Vale da Lua, na
Chapada dos Veadeiros (GO)"), the sender presents the photo by its area: the area stays.
A town set beside the landmark after a bare comma ("over the Eiffel Tower, Paris") stays
the place, as a town after "in" does ("boven molen De Adriaan in Haarlem").
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_words import (
    UP,
    WORD,
    alt,
    alt_cased,
    data,
    same_stem,
    words_of,
)
from ipom_mail.pipeline.fields.towns import common_words, is_town


@cache
def _before_area() -> re.Pattern[str]:
    """An "over" word, up to three lower-case words ("por cima da"), a capitalised name with
    its joining words ("Lagoa das Sete Cidades"), then an opening bracket, or a comma and
    the words that set an area beside it: an inner word, an article, a lower-case kind, an
    "of" word ("na ilha de", "en la isla de"; [inner], [district_articles], [of_words]):
    the text right before the area."""
    joins = alt("connectors")
    name = rf"{WORD}(?:\s(?:(?:{joins})\s)?{WORD}){{0,4}}"
    lower = rf"[^\W\d_{UP}][\w'’-]*"
    of, inner, article = (_alt_all(s) for s in ("of_words", "inner", "district_articles"))
    return re.compile(
        rf"(?<![\w'’-])(?:{alt_cased('over')})\s+(?:{lower}\s+){{0,3}}?(?P<landmark>{name})"
        rf"(?P<join>\s\(|,\s(?:(?:{inner})\s)?(?:(?:{article}|the)\s)?(?:(?P<kind>{lower})\s(?:(?:{of})\s)?)?)$"
    )


def _alt_all(section: str) -> str:
    """Every language's words of a section, longest first: here they only join two names
    the "over" phrase already holds, whatever the mail's language."""
    return "|".join(re.escape(w) for w in sorted(words_of(section), key=len, reverse=True))


@cache
def _not_kinds() -> frozenset[str]:
    """Words that say a place is where the photo was taken from, not an area set beside
    what it shows: verbs of taking and "from" words ("prise depuis le col du Tourmalet")."""
    sections = ("taken_spot_verbs", "from", "outer", "taken_spot_from")
    return frozenset(w for s in sections for entry in words_of(s) for w in entry.split())


def landmark_with_area(text: str, place: str, subject: str | None) -> str | None:
    """The landmark passed over and `place`, its area beside it, as the text writes them;
    None when `place` is not such an area, is a town set beside it with no kind ("over the
    Eiffel Tower, Paris", "sobre el Templo de Debod, en Madrid"), or the Subject presents
    the photo by the area."""
    for m in re.finditer(re.escape(place), text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = _before_area().search(text, line_start, m.start())
        if before is None or _no_landmark(before.group("landmark")):
            continue
        kind = before.group("kind")
        if kind in _not_kinds() or (kind is None and is_town(re.split(r",| \(", place)[0])):
            return None  # taken from there; or a town beside the landmark
        if _named(subject or "", place) and not _named(subject or "", before.group("landmark")):
            return None  # the Subject presents the photo by its area
        whole = text[before.start("landmark") : m.end()]
        return f"{whole})" if before.group("join") == " (" and not place.endswith(")") else whole
    return None


def _no_landmark(name: str) -> bool:
    """A sky object, a month, a weekday or a maker: nothing the station passed over on
    the ground."""
    sky = {w for kind in ("sky", "station", "spacecraft") for w in data()["not_towns"][kind]}
    return bool(sky.intersection(name.split())) or name.split()[0] in common_words()


def _named(subject: str, name: str) -> bool:
    """Whether the Subject writes a word of `name` of four letters or more, in any case
    ending ("Öland" for "Ölands södra udde")."""
    said = re.findall(r"[^\W\d_][\w'’-]{3,}", subject)
    return any(
        w[:1].isupper() and any(same_stem(w, s) or w == s for s in said) for w in name.split()
    )

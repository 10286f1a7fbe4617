"""A place smaller than a town, told by its kind word (issue 13): a park, a lake, a plateau,
an observatory, a beach, a viewpoint, a peninsula.

"depuis le plateau de Valensole (Alpes-de-Haute-Provence)", "dal lago di Misurina",
"dall'Altopiano di Campo Imperatore (AQ)": after a "from" word, a site's kind and its name
(data/locatives.toml [named_sites], [site_heads], [taken_spot_kinds], [taken_spot_heads],
[sites]) is where the photographer stood, as written with the region after it; it beats
a town named elsewhere in the mail. A mail that names such a site anywhere ("over Birds Hill
Provincial Park", "at Echo Point, Katoomba", "a Piszkéstetői Obszervatórium … fölött";
[site_kinds] after the name) says where it was taken, though no reader settles it: a town
under the sender's name is then no surer than nothing.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.place_words import (
    UP,
    WORD,
    alt,
    by_licence,
    club_name,
    data,
    leads,
    same_stem,
    words_of,
)
from ipom_mail.pipeline.fields.towns import common_words, town_or_district

# an article or "of" elided before a name: "dell'Osservatorio", "d'Orient"
_ELIDED = r"(?:[dl]|dell|dall|all|dal)['’]"
# a region after the site: "(Alpes-de-Haute-Provence)", "(AQ)", ", Katoomba"
_BRACKET = rf"\s*\([{UP}][^()\n]{{0,40}}\)"


@cache
def _heads(spots: bool) -> str:
    """The kinds written before a site's name, any case, longest first; with `spots`, a
    town's own spots too ("plage de Carnac", "terrasse Dufferin": [spot_words])."""
    sections = ("named_sites", "site_heads", "taken_spot_kinds", "taken_spot_heads", "sites")
    kinds = {w.lower() for s in sections for w in words_of(s)}
    spot = {w.lower() for w in words_of("spot_words")}
    kinds = kinds | spot if spots else kinds - spot
    return "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))


@cache
def _tails() -> str:
    """The kinds written after a site's name ([site_kinds]: "Peninsula", "Obszervatórium")."""
    kinds = {w.lower() for w in words_of("site_kinds")}
    return "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))


@cache
def _joins() -> str:
    """The words joining a kind to its name ("de", "di", "of", Swahili "wa")."""
    words = words_of("of_words") | words_of("connectors") | words_of("site_kind_joins")
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# a capitalised word right after an elided article ("l'Univers"), where WORD's start is not
_AFTER_ELIDED = rf"(?<=['’])[{UP}][\w'’.-]*(?<![.])"


def _name(elided: bool = False) -> str:
    """A name of up to four capitalised words, joining words between them, with `elided` an
    elided article too ("Observació de l'Univers"); a name in quotation marks ("«Валдайский»")."""
    word = rf"(?:{WORD}|{_ELIDED}{_AFTER_ELIDED})" if elided else WORD
    first = rf"(?:{WORD}|{_AFTER_ELIDED})" if elided else WORD
    return rf"(?:«{WORD}»|{first}(?:\s(?:(?:{_joins()})\s)?{word}){{0,3}})"


@cache
def _kind_led(spots: bool, elided: bool = False) -> str:
    """A kind, a joining word or an elided one, then the name: "plateau de Valensole"; with
    `elided`, both and elided articles in the name: "Centre d'Observació de l'Univers"
    (read after a "from" only: a site passed over stays as before)."""
    both = rf"(?:{_ELIDED})?" if elided else ""
    return (
        rf"(?P<site>(?i:{_heads(spots)})(?:\s(?:(?:{_joins()})\s)?{both}|\s?{_ELIDED})"
        rf"(?P<name>{_name(elided)}))(?![\w'’-])"
    )


def kind_led(spots: bool) -> str:
    """The pattern of a site led by its kind (groups "site" and "name"; see _kind_led)."""
    return _kind_led(spots)


def named_before_kind() -> re.Pattern[str]:
    """A name, then its kind (groups "site" and "name"): "Birds Hill Provincial Park"."""
    return _named_before_kind()


@cache
def _site() -> re.Pattern[str]:
    """A site led by its kind, after an elided article too ("de l'Observatori Astronòmic
    del Montsec", "dall'Osservatorio di Campo Imperatore")."""
    return re.compile(rf"(?<![\w'’-])(?:{_ELIDED})?{_kind_led(True)}")


@cache
def _named_before_kind() -> re.Pattern[str]:
    """A name, then its kind: "Birds Hill Provincial Park"; joined to it by a hyphen, in
    any case ending ("Tihanyi-félszigetről")."""
    kind = f"(?i:{_tails()})"
    return re.compile(rf"(?P<site>(?P<name>{WORD})(?:\s{kind}(?![\w'’-])|-{kind}))")


@by_licence
def _from_site() -> re.Pattern[str]:
    """A "from" word ([outer], [taken_spot_from]; never one that is also "of", "da", nor
    "over the"; or one that leads a site only, [site_from]: "pe Platoul Bucegi"), then a
    site led by its kind, the region after it, and an inner word
    ([inner]) and the name after that."""
    words = leads("taken_spot_from") | leads("outer")
    words = (words - words_of("of_words") - words_of("over")) | words_of("site_from")
    lead = "|".join(
        re.escape(v) for w in sorted(words, key=len, reverse=True) for v in {w, w.capitalize()}
    )
    regions = "|".join(re.escape(r) for r in sorted(gazetteer().regions, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’-])(?:{lead})(?:\s+|(?<=['’]))(?=[^\W\d_]){_spot_at()}"
        rf"(?P<whole>{_kind_led(False, elided=True)}"
        rf"(?P<region>{_BRACKET}|,\s(?:{regions})(?![\w'’-]))?)"
        rf"(?:,?\s(?:{alt('inner')})\s(?P<town>{WORD}))?"
    )


@cache
def _spot_at() -> str:
    """A spot at a site and the word joining it to the site's kind, left out of the place
    ("depuis le | parking du | col de Menée", "dal | parcheggio sul | lungolago di
    Trevignano Romano"; data/locatives.toml [site_spots], [site_spot_joins])."""
    spots = "|".join(re.escape(w) for w in sorted(words_of("site_spots"), key=len, reverse=True))
    joins = words_of("site_spot_joins")
    join = "|".join(re.escape(w) for w in sorted(joins, key=len, reverse=True))
    return rf"(?:(?:{spots})\s(?:(?:{join})(?:\s|(?<=['’])))?)?"


def _plain_name(name: str) -> bool:
    """A site's own name: no month, weekday or sky word, no digit, no club."""
    words = name.strip("«»").split()
    return not (
        any(w in common_words() or any(c.isdigit() for c in w) for w in words) or club_name(name)
    )


def kind_site(text: str) -> str | None:
    """The first site after a "from" word, led by its kind, with its region as written:
    "plateau de Valensole (Alpes-de-Haute-Provence)", "Altopiano di Campo Imperatore (AQ)"."""
    for line in text.splitlines():
        for m in _from_site().finditer(line):
            town = m.group("town")
            if town and town_or_district(town) and not _near_word(m.group(0), town):
                continue  # "desde el cerro del Socorro en Cuenca": the town, read elsewhere
            if passed_over(line[: m.start()]):
                continue  # "deasupra stației meteo de pe Vârful Omu": the thing in view
            if _plain_name(m.group("name")):
                return m.group("whole").strip()
    return None


def _near_word(found: str, town: str) -> bool:
    """Whether the word before the town in `found` says "near" ([near_town_before]): "Danau
    Batur dekat Kintamani" was taken at the lake, outside the town, where "en Cuenca" was not."""
    word = found[: found.rindex(town)].rstrip().rsplit(maxsplit=1)[-1].casefold()
    return word in {w.casefold() for w in words_of("near_town_before")}


def passed_over(head: str) -> bool:
    """Whether the clause `head` ends in (after its last comma or full stop) says what the
    station passed over ([over]: "ISS deasupra stației meteo "), with no verb of taking
    after that word: a site named next belongs to the thing in view, not to where one stood."""
    clause = re.split(r"[,.;:!?\n]", head)[-1]
    over = list(re.finditer(rf"(?<![\w'’-])(?i:{alt('over')})(?![\w'’-])", clause))
    if not over:
        return False
    verbs = "|".join(re.escape(w) for w in sorted(words_of("taken_spot_verbs"), key=len))
    return re.search(rf"(?<![\w'’-])(?i:{verbs})(?![\w'’-])", clause[over[-1].end() :]) is None


def names_site(text: str, besides: str = "") -> bool:
    """Whether the text names a site smaller than a town, by its kind before or after its
    name ("lago di Misurina", "ufukwe wa Diani", "Echo Point"), never a club's name; with
    `besides`, a site other than that one ("национальный парк «Валдайский»" besides
    "Валдай", the lake passed over)."""
    other = [w.casefold() for w in re.findall(r"[^\W\d_]+", besides)]
    for rx in (_site(), _named_before_kind()):
        for m in rx.finditer(text):
            around = " ".join(text[max(0, m.start() - 40) : m.end() + 40].split())
            words = [w.casefold() for w in re.findall(r"[^\W\d_]+", m.group("name"))]
            if any(w == o or same_stem(w, o) for w in words for o in other):
                continue  # the same site again
            if _plain_name(m.group("name")) and not club_name(around):
                return True
    return False


@cache
def _ended_site() -> re.Pattern[str]:
    """A capitalised name in a "from" case ending right before a verb of taking, in a
    language that joins "from" to its word ([from_endings], [taken_after])."""
    parts = [
        rf"(?P<stem_{lang}>[{UP}][\w'’-]*?)(?:{'|'.join(endings)})\s+"
        rf"(?:{'|'.join(data()['taken_after'][lang])})"
        for lang, endings in data()["from_endings"].items()
    ]
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(parts)})(?![\w'’-])")


def ended_site(text: str) -> str | None:
    """A site whose name ends in its kind, named in a "from" case ending before a verb of
    taking, in its base form: "a Tihanyi-félszigetről fotóztam" → "Tihanyi-félsziget"."""
    kinds = tuple(w.lower() for w in words_of("site_kinds"))
    for m in _ended_site().finditer(text):
        stem = next(v for k, v in m.groupdict().items() if k.startswith("stem_") and v)
        if "-" in stem and stem.lower().endswith(kinds) and _plain_name(stem):
            return stem
    return None

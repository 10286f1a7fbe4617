"""The spot a photo was taken from, named after a verb of taking and its "from" (issue 13).

"taken last night from the Gibson Steps lookout", "prise depuis la digue de Beauvoir",
"aufgenommen gestern Abend von der Hohenzollernbrücke aus", "scattata ieri sera dalla Rocca
Albornoz": the spot, though no town list holds it, is where the photo was taken from; it
beats the town of the landmark the station passed over or the Subject names. A few words
(a time) may stand between the verb and its "from"; the name is capitalised words
(data/locatives.toml [taken_spot_verbs], [taken_spot_from], [taken_spot_kinds]).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.name_titles import particles
from ipom_mail.pipeline.fields.place_sky import station_word
from ipom_mail.pipeline.fields.place_unwrap import unwrapped
from ipom_mail.pipeline.fields.place_words import (
    UP,
    by_licence,
    club_name,
    data,
    lang_leads,
    leads,
    words_of,
)
from ipom_mail.pipeline.fields.towns import common_words, town_or_district, weekday_names

_NAME_WORD = rf"[{UP}][\w'’-]*"
# up to three plain words between a verb and its "from", and a clock time among them
# ("scattata ieri sera alle 17:52 da …", "taken at 21:14 from …"), a day's number too
# ("scattata sabato 25 luglio dalla vetta del Monte Cimone")
_DAY = r"\d{1,2}\.?"
_PLAIN_WORD = rf"(?:[^\W\d_][\w'’-]*|{_DAY})\s"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
_BETWEEN = rf"(?:{_PLAIN_WORD}){{0,3}}?(?:{_CLOCK}\s)?"
_JOINS = r"(?:de|del|de la|della|di|da|do|dos|das|du|des|of|the|van|von|der|y|e)"


def _alt(words: list[str]) -> str:
    """Words as an alternation, longest first, also with a capital first letter; each
    followed by a space unless it ends in an apostrophe ("dall'Etna")."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(
        re.escape(v) + ("" if v.endswith("'") else r"\s")
        for w in ordered
        for v in dict.fromkeys((w, w.capitalize()))
    )


@by_licence
def _taken_rx() -> re.Pattern[str]:
    """Every language's verb of taking, up to three plain words, its "from", an optional
    spot noun and "of" word or a spot's word in lower case ("от хижа"), a part of the
    site that is no part of its name ([site_parts]: "vetta del"), then a name of up
    to four capitalised words."""
    parts = []
    for lang, verbs in data()["taken_spot_verbs"].items():
        froms = lang_leads("taken_spot_from", lang)
        kinds = data().get("taken_spot_kinds", {}).get(lang, [])
        kind = (
            rf"(?:(?P<kind_{lang}>{'|'.join(map(re.escape, kinds))})\s{_JOINS}\s)?" if kinds else ""
        )
        heads = data().get("taken_spot_heads", {}).get(lang, [])
        head = rf"(?:(?P<head_{lang}>{'|'.join(map(re.escape, heads))})\s)?" if heads else ""
        parts.append(
            rf"(?:{_alt(verbs)})(?P<between_{lang}>{_BETWEEN})(?P<from_{lang}>{_alt(froms)})"
            rf"{kind}{head}"
        )
    joins = "|".join(re.escape(w) for w in sorted(words_of("connectors"), key=len, reverse=True))
    # "dalla vetta del Monte Cimone"; German's capitalised part names the spot ("vom Gipfel
    # des Schöckl" is read with it)
    lower = sorted(w for w in words_of("site_parts") if w[:1].islower())
    part = rf"(?:(?:{_alt(lower)}))?"
    parts = [f"{p}{part}" for p in parts]
    name = rf"{_NAME_WORD}(?:\s(?:(?:{joins}|{_JOINS})\s)?{_NAME_WORD}){{0,3}}"
    region = rf"(?:,\s(?P<region>{_NAME_WORD}(?:\s{_NAME_WORD})?)(?![\w'’-])(?!\s[{UP}]))?"
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(parts)})(?P<name>{name})(?![\w'’-]){region}")


def _spot_like(name: str, lang: str) -> bool:
    """A spot's name: no month, maker, sky or program word, acronym, digit or club, nor a
    noun of one's home or a spot in German's capitals ("vom Balkon", "von der Terrasse");
    a spot's word heading a longer name is part of it ("da Campo Imperatore")."""
    words = name.split()
    nouns = words_of("home_words") | words_of("spot_words") | words_of("directions")
    return not (
        (words[0].lower() in nouns and not (len(words) > 1 and _headed(name, lang)))
        or any(w in common_words() or w.isupper() or any(c.isdigit() for c in w) for w in words)
        or club_name(name)
        or re.search(r"['’]s?$", name) is not None  # "from Mum's": a person's home
    )


@cache
def _day_parts() -> frozenset[str]:
    """Day parts as German writes them, with a capital ("Abend", "Nacht"; CLDR)."""
    from babel import Locale

    periods = Locale.parse("de").day_periods.get("stand-alone", {}).get("wide", {})
    return frozenset(str(p) for p in periods.values())


def _plain(between: str) -> bool:
    """Words between a verb and its "from": lower case, a day part ("gestern Abend") or a
    day's number,
    never a name ("feita com a Canon da Maria")."""
    return all(
        w[:1].islower() or w in _day_parts() or re.fullmatch(f"{_CLOCK}|{_DAY}", w)
        for w in between.split()
    )


def _spots(text: str, people: frozenset[str]) -> Iterator[tuple[str, bool, str]]:
    """Each spot named after a verb of taking and its "from", and whether it is sure: not
    when a town follows it ("von der Donauinsel in Wien": the town is the place, read by
    other readers), nor a lone German noun that is no town ("vom Parkplatz aus")."""
    for line in text.splitlines():
        for m in _taken_rx().finditer(line):
            whole = re.sub(rf"\s{_JOINS}$", "", m.group("name"))
            name = before_time(whole)
            timed = name != whole  # "Mrs Macquarie's Chair | on Sat": a time cut off
            lang, between = next(
                (k.split("_", 1)[1], v)
                for k, v in m.groupdict().items()
                if k.startswith("between_") and v is not None
            )
            name = _before_near(name, lang)
            head = m.groupdict().get(f"head_{lang}")
            if (
                not _spot_like(name, lang)
                or _ROUTE.match(line, m.end("name"))  # "the Abuja–Kaduna expressway"
                or name.split()[0] in people
                or not _plain(between)
                or (_an_author(m.group(f"from_{lang}"), name, lang) and not head)
            ):
                continue
            name = f"{head} {name}" if head else name  # "от хижа Мусала": the kind is named
            kind = next((v for k, v in m.groupdict().items() if k.startswith("kind_") and v), None)
            join = line[m.end(f"kind_{lang}") : m.start("name")].strip() if kind else ""
            town = town_or_district(name) or (
                kind is not None and _town_spot(kind, join, name, lang)
            )
            if kind and not town:
                name = line[line.index(kind, m.start()) : m.end()]  # "digue de Beauvoir"
            region = None if timed else m.group("region")
            name = f"{name}, {region}" if region else name
            noun = lang in _CAPITAL_NOUNS and " " not in name and not town
            inner = None if timed else _inner_after().match(line, m.end())
            if inner and _no_town(inner.group("name"), lang) and not region:
                name, inner = f"{name}{inner.group(0)}", None  # its comma as written
            yield name, not noun and inner is None, line


def _before_near(name: str, lang: str) -> str:
    """A site's name without the town it lies near ("Monte Cucco vicino a Gubbio": [near]);
    a lone German noun keeps it ("vom Parkplatz bei Jena" names no site of its own)."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i and w in words_of("near")), len(words))
    return name if cut == 1 and lang in _CAPITAL_NOUNS else " ".join(words[:cut])


def _town_spot(kind: str, join: str, name: str, lang: str) -> bool:
    """Whether a spot of no name of its own ([taken_spot_town_kinds]: "jetée") is named by a
    town's hyphenated name ("de Saint-Jean-de-Luz", [town_name_joins]): the town is the place;
    an article before it names a spot ("plage de la Côte-des-Basques")."""
    joins = data().get("town_name_joins", {}).get(lang, [])
    parts = re.split(r"-|(?<=['’])", name)
    return (
        kind in data().get("taken_spot_town_kinds", {}).get(lang, [])
        and join in joins[:1]
        and " " not in name
        and len(parts) > 2
        and parts[0][:1].isupper()
        and parts[-1][:1].isupper()
        and any(p in joins for p in parts[1:-1])
    )


# a name joined by a dash to another: a route between two towns, not the town
_ROUTE = re.compile(rf"[-–—]{_NAME_WORD}")


def before_time(name: str) -> str:
    """A spot's name without a day run on after its joiner ("Mrs Macquarie's Chair on Sat",
    "Kings Park on Friday"): the name ends before the joiner of a weekday (CLDR)."""
    words = name.split()
    days = weekday_names()
    at = (i for i, w in enumerate(words) if i > 1 and w in days and words[i - 1][:1].islower())
    cut = next(at, len(words))
    while cut > 1 and words[cut - 1][:1].islower():
        cut -= 1  # "… on | Sat": the joiner goes with the day
    return " ".join(words[:cut])


def _an_author(word: str, name: str, lang: str) -> bool:
    """Whether a "from" that is also "by" ("scattata da …") names who took the photo: unless
    the name starts with a spot's word ("da Campo Imperatore"), it may be a person's."""
    return word.strip().lower() in words_of("taken_by_words") and not _headed(name, lang)


def _headed(name: str, lang: str) -> bool:
    """Whether a name starts with a spot's word of its language ("Campo Imperatore")."""
    return name.split()[0].lower() in data().get("taken_spot_heads", {}).get(lang, [])


# languages that write every noun with a capital: a lone word after "from" may be a noun
_CAPITAL_NOUNS = frozenset({"de"})


@by_licence
def _inner_after() -> re.Pattern[str]:
    inner = "|".join(re.escape(w) for w in sorted(leads("inner"), key=len, reverse=True))
    name = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}}"
    return re.compile(rf",?\s(?P<word>{inner})\s(?P<name>{name})(?![\w'’-])")


def _no_town(name: str, lang: str) -> bool:
    """Whether a name after a spot's "at"/"in" is a part of town or a site, not a town or a
    region ("Wilson Outlook Reserve at Kangaroo Point", not "Donauinsel in Wien"): it
    belongs to the spot's name."""
    words = name.split()
    return (
        _spot_like(name, lang)
        and not any(town_or_district(w) for w in [name, *words])
        and name not in gazetteer().regions
        and not any(w in gazetteer().regions for w in words)
    )


def taken_from_spot(text: str, people: frozenset[str] = frozenset()) -> str | None:
    """The first sure spot named after a verb of taking and its "from" (see _spots); a
    name the mail gives a person (`people`: "Luca" of "Luca Bernardi <…>") is none."""
    return next((spot for spot, sure, _ in _spots(text, people) if sure), None)


def subject_named_spot(subject: str | None, text: str) -> str | None:
    """An unsure lone noun taken from that the Subject names too, as a whole word ("… –
    Gaisberg" and "aufgenommen vom Gaisberg"): a name, not a noun ("vom Parkplatz")."""
    for spot, sure, line in _spots(unwrapped(text), frozenset()):
        rest = line[line.find(spot) + len(spot) :] if spot in line else ""
        if sure or " " in spot or _inner_after().match(rest):
            continue  # "vom Vereinsgelände in Ahlen": the town is the place
        if re.search(rf"(?<![\w'’-]){re.escape(spot)}(?![\w'’-])", subject or ""):
            return spot
    return None


def unsure_spot_line(text: str) -> str | None:
    """The line of the first spot taken from that is not surely read ("vom Vereinsgelände
    in Ahlen", "von der Hohenzollernbrücke aus"): the place, if any, is in it."""
    return next((line for _, sure, line in _spots(text, frozenset()) if not sure), None)


def names_taken_spot(text: str) -> bool:
    """Whether the text names a spot the photo was taken from: then a town the Subject or the
    signature names is no surer than nothing ("ISS sobre o Cristo Redentor" in the Subject,
    "feita do Mirante Dona Marta no Rio de Janeiro" in the body, "A tihanyi kikötőből
    fotóztam" above "Kovács Bence / Veszprém")."""
    return (
        next(_spots(unwrapped(text), frozenset()), None) is not None
        or any(not station_word(m.group(0)) for m in _ending_before_verb().finditer(text))
        or _from_site_spot().search(unwrapped(text)) is not None
    )


@by_licence
def _from_site_spot() -> re.Pattern[str]:
    """A verb of taking, its "from" and a spot at a site ([site_spots]: "feta des de
    l'aparcament d'un restaurant", "taken from the car park"): where it was taken from."""
    verbs = words_of("taken_spot_verbs")
    froms = words_of("taken_spot_from")
    spots = words_of("site_spots")
    return re.compile(
        rf"(?<![\w'’-])(?i:{_alt(sorted(verbs))})(?:{_BETWEEN})(?i:{_alt(sorted(froms))})"
        rf"(?i:{'|'.join(re.escape(w) for w in sorted(spots, key=len, reverse=True))})"
        rf"(?![\w'’-])"
    )


@cache
def _ending_before_verb() -> re.Pattern[str]:
    """A word in a "from" case ending right before a verb of taking, in a language that
    joins "from" to its word ([from_endings], [taken_after]: "kikötőből fotóztam",
    "balkondan çektim", a compound's last part too: "Tihanyi-félszigetről fotóztam")."""
    parts = [
        rf"(?:[^\W\d_]+-)?[^\W\d_]{{2,}}(?:{'|'.join(endings)})\s+"
        rf"(?:{'|'.join(data()['taken_after'][lang])})"
        for lang, endings in data()["from_endings"].items()
    ]
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(parts)})(?![\w'’-])", re.IGNORECASE)


@cache
def _addressed() -> re.Pattern[str]:
    """A name written with an address: capitalised words, a name's own small words between
    them ("Jordi Puig i Serra <jordi@…>", "Ana de Souza (ana@…)": name_titles.particles)."""
    small = "|".join(sorted(map(re.escape, particles()), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’-])({_NAME_WORD})(?:\s(?:(?:{small})\s){{0,2}}{_NAME_WORD}){{1,3}}"
        rf"\s*[<(\[][^\s<>()@]+@"
    )


def people_named(text: str) -> frozenset[str]:
    """The given names of people the mail writes with an address ("Luca Bernardi
    <luca.bernardi@…> ha scritto:", "cc: Anna Berg (anna@…)"): never a place."""
    return frozenset(m.group(1) for m in _addressed().finditer(text))


@cache
def _verb_end() -> re.Pattern[str]:
    verbs = [w for listed in data()["taken_spot_verbs"].values() for w in listed]
    # "scattata ieri alle 20:31 | da", "scattata ieri sera | da"
    timed = rf"(?:{_PLAIN_WORD}){{0,3}}?(?:{_CLOCK}\s+)?"
    return re.compile(rf"(?<![\w'’-])(?i:{'|'.join(map(re.escape, verbs))})\s+{timed}$")


def taken_by(before: str, word: str) -> bool:
    """Whether `word` after the text `before` says who took the photo ("scattata | da Marco
    Bianchi", "aufgenommen | von Stefan", "scattata ieri sera | da Marco"; data/locatives.toml
    [taken_by_words]): no place."""
    return word.lower() in words_of("taken_by_words") and _verb_end().search(before) is not None

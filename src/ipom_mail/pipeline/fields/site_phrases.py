"""A place written as a site and the town it is in (data/locatives.toml, issue 13).

"am Gipfel des Schöckl bei Graz", "fra stranda ved Koigen i Hamar": the place is the
whole phrase after the first locative word, not the town at its end. A site without a
name of its own ("vanaf de dijk bij Harderwijk", "vom Vereinsgelände in Ahlen") gives the
town as written: readers label it as the town or as the whole phrase, and the town is
part of both. "from my balcony in Denver", "z balkona v Ljubljani": when the
site is one's own home, the place is the town alone, as written (in its case ending).
A town at the end of such a phrase is never read alone by the other readers.
A site named before its kind ("from the Otago Peninsula", "са Фрушке горе", "pie
Turaidas pils"; data/locatives.toml [site_kinds]) is a place without a town.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_taken import before_time
from ipom_mail.pipeline.fields.place_words import (
    UP,
    WORD,
    alt,
    alt_cased,
    by_licence,
    data,
    words_of,
)
from ipom_mail.pipeline.fields.towns import (
    common_words,
    inflected_town,
    is_town,
    own_countries,
    town_or_district,
)

_CLAUSE_END = r"(?=\s*(?:[.,;:!?)]|$|\s(?i:{ends})\b|\s[^\w\s]))"


@by_licence
def _long(ended: bool) -> re.Pattern[str]:
    """Outer word, a site of one to five words, inner word, a capitalised town; `ended`:
    and nothing else in its clause."""
    joins = sorted(words_of("connectors") - words_of("inner"), key=len, reverse=True)
    town = rf"{WORD}(?:\s(?:(?:{'|'.join(map(re.escape, joins))})\s)?{WORD}){{0,3}}"
    return re.compile(
        rf"(?<![\w'’-])(?P<outer>{alt_cased('outer')})\s+"
        rf"(?P<site>(?:[^\s,.;:!?()]+\s+){{1,5}}?)"
        rf"(?P<inner>{alt('inner')})\s+(?P<town>{town})"
        rf"(?P<tail>\s\([{UP}][^()\n]{{1,40}}\))?"
        rf"(?:,\s(?P<region>[{UP}]{{2,3}}\b|{WORD}))?"
        + (_CLAUSE_END.format(ends=alt("ends")) if ended else ""),
        re.MULTILINE,
    )


def _route(site: str) -> bool:
    """Whether a site is named by two towns joined by a dash ("Abuja–Kaduna", "Madrid-Valencia"):
    a road or a line between them."""
    return any(
        len(parts := re.split(r"[-–—]", w)) == 2 and all(is_town(x) for x in parts)
        for w in site.split()
    )


def _plain(site: str) -> bool:
    """A site's words, not a date's or an instrument's: 'op zaterdag 24', 'da ISS' are not."""
    return not any(
        any(c.isdigit() for c in w) or w.isupper() or w in common_words() for w in site.split()
    )


def _home(site: str) -> bool:
    """Whether a site is one's own home: 'my backyard', 'back garden', 'balkona'."""
    lowered = site.lower().split()
    homes = words_of("home_words")
    return any(" ".join(lowered[i : i + n]) in homes for n in (1, 2) for i in range(len(lowered)))


def _proper(site: str, outer: str) -> bool:
    """Whether a site names itself ('Gipfel des Schöckl', 'stranda ved Koigen', 'Sljemena'):
    a capital, after its first word in German (every noun has one; [outer] de). A
    site without a name ('de dijk', 'Vereinsgelände') leaves only its town certain."""
    return any(w[:1].isupper() for w in site.split()[1 if _nouns(outer) else 0 :])


def _nouns(outer: str) -> bool:
    """Whether the outer word is German, where every noun has a capital."""
    return outer.lower() in {w.lower() for w in data()["outer"]["de"]}


def _named_town(name: str) -> bool:
    """A town as written, or in a case ending ('Казани', 'Львові')."""
    return town_or_district(name) or all(inflected_town(w) for w in name.split())


def town_led(name: str) -> bool:
    """'Bergamo Alta', 'Berlin Mitte': a town and one more capitalised word of its own
    part, no month, maker or body's word ('Leeds Astronomy' is no place: [org_words])."""
    words = name.split()
    return (
        len(words) == 2
        and is_town(words[0])
        and words[1] not in common_words()
        and words[1].lower() not in words_of("org_words") | words_of("club_words")
        and not is_town(name)
    )


def site_phrase(text: str) -> str | None:
    """The place of 'outer site inner town': the town after one's home, else the whole phrase."""
    lines = text.splitlines()
    for m in [m for ended in (True, False) for ln in lines for m in _long(ended).finditer(ln)]:
        town, tail, region = m.group("town"), m.group("tail") or "", m.group("region")
        if before_time(town) != town:  # "in East Boston on Thursday, November 12"
            town, tail, region = before_time(town), "", None
        if any(w in common_words() for w in town.split()) or not _plain(m.group("site")):
            continue
        if _home(m.group("site")) and (_named_town(town) or not _nouns(m.group("outer"))):
            # "z balkona v Ljubljani enega od večerov": the home says it is a place; in
            # German a capital does not ("vom Balkon in Richtung Süden"): a town must
            return f"{town}{tail}, {region}" if region else town + tail
        if _home(m.group("site")) or words_of("possessives") & set(m.group("site").split()):
            continue  # "fra min have i Brorfelde": one's own spot is no place's name
        if m.re is _long(False) or not (_named_town(town) or town_led(town)):
            continue
        if not _proper(m.group("site"), m.group("outer")):
            if not (town_or_district(town) or town_led(town)):
                continue  # a site without a name at a word in a case ending: unsettled
            # "vanaf de dijk bij Harderwijk": the dike or the town? The town is in both
            return f"{town}{tail}, {region}" if region else town + tail
        if m.group("inner") in words_of("near"):  # "Clogher Head near Dingle": the site
            site = m.group("site").rstrip()  # "the Abuja–Kaduna expressway near Madalla": a
            if site.split()[-1][:1].isupper() and not _route(site):  # road of no name of
                return site  # its own ("autovía Madrid-Valencia"): the town
            return f"{town}{tail}, {region}" if region else town + tail
        phrase = f"{_named_part(m.group('site'))}{m.group('inner')} {town}{tail}"
        return f"{phrase}, {region}" if region else phrase
    return None


def _named_part(site: str) -> str:
    """A site from its first capitalised word where a lower-case noun stands right before
    it: the part one stood on, in its case ("s terase Zvjezdarnice Višnjan": of the
    terrace), no part of the place's name. A spot joined to the name by a word of place or
    "of" stays ("brygga ved Tjuvholmen", "terrazza della Specola Vaticana")."""
    words = site.split(" ")
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
    joins = {w for s in ("inner", "outer", "of_words", "connectors") for w in words_of(s)}
    if first == 0 or len(words[first - 1]) <= 3 or words[first - 1] in joins:
        return site
    return " ".join(words[first:])


@by_licence
def _open_site() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w'’-])(?P<outer>{alt_cased('outer')})\s+(?P<site>(?:[^\s,.;:!?()]+\s+){{1,5}})$"
    )


def inside_site(text: str, start: int) -> bool:
    """Whether the locative word at `start` joins a town to a site named before it in the
    same clause ('… vanaf de dijk | bij Westkapelle'): the town alone is not the place."""
    clause = re.split(r"[.,;:!?\n()]", text[max(0, start - 80) : start])[-1]
    m = _open_site().search(clause)
    return m is not None and _plain(m.group("site"))


def named_site_before(text: str, start: int) -> str | None:
    """The site with a name of its own that the locative word at `start` joins to the
    place after it: 'Čigote ' in 'sa Čigote | na Zlatiboru'."""
    clause = re.split(r"[.,;:!?\n()]", text[max(0, start - 80) : start])[-1]
    m = _open_site().search(clause)
    if m is None or not _plain(m.group("site")) or _home(m.group("site")):
        return None
    return m.group("site") if _proper(m.group("site"), m.group("outer")) else None


# an article or "of" elided before a name: "Centre d'Observació de l'Univers", "dell'Etna"
_ELIDED = r"(?:(?<![\w'’])(?:l|d|dell|dall|all)['’](?=[A-ZÀ-Þ]))"


@by_licence
def _named_site() -> re.Pattern[str]:
    """A locative word, a site's kind ('Parque Nacional', 'parc national'), its name."""
    return re.compile(
        rf"(?<![\w'’-])(?:{alt_cased('from')}|{alt_cased('outer')})\s"
        rf"(?P<name>(?i:{alt('named_sites')})(?:\s[^\s,.;:!?()]+){{0,4}}?\s(?:{_ELIDED}[{UP}][\w'’.-]*(?<![.])|{WORD}))"
        + _CLAUSE_END.format(ends=alt("ends"))
    )


def named_site(text: str) -> str | None:
    """A park, reserve or observatory named after a locative word: 'desde el Parque
    Nacional del Teide', 'na Reserva Dark Sky Alqueva'; a place without a town."""
    for line in text.splitlines():
        for m in _named_site().finditer(line):
            words = m.group("name").split()
            if _plain(" ".join(words[1:])) and words[-1] not in common_words():
                return m.group("name")
    return None


@cache
def _genitive() -> re.Pattern[str]:
    ends = "|".join(sorted(words_of("genitive_places"), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?P<town>[{UP}]\w+n)\s(?P<part>[{UP}]\w+(?:{ends}))\b")


def genitive_place(text: str) -> str | None:
    """A town in the genitive and a part of it in a local case, as written (Finnish:
    'Helsingin Lauttasaaresta', from Helsinki's Lauttasaari); or a name in the genitive, a
    place's noun and a name in one local case ('Päijänteen rannalta Padasjoelta', from
    Päijänne's shore at Padasjoki; [genitive_nouns]): the noun says it is a place."""
    for m in _genitive().finditer(text):
        town = m.group("town")
        if _sentence_start(text, m.start()) and not is_town(town):
            continue  # "Kuvasin Tähtikalliossa": a verb capitalised for starting, not a town
        if inflected_town(town) and town not in common_words():
            return m.group(0)
    for m in _genitive_chain().finditer(text):
        ending = next(e for e in _local_endings() if m.group("noun").endswith(e))
        part = m.group("part")
        if inflected_town(part) or any(is_town(part[:-k]) for k in range(2, 6)):
            continue  # "… rannalta Tampereelta": a town's label is its base form, unknown here
        if m.group("part").endswith(ending) and m.group("town") not in common_words():
            return m.group(0)
    return None


def _sentence_start(text: str, pos: int) -> bool:
    """Whether `pos` starts a line or a sentence: a word there is capitalised for that alone."""
    before = text[:pos].rstrip(" \t")
    return not before or before[-1] in "\n.!?:"


@cache
def _local_endings() -> list[str]:
    return sorted(words_of("genitive_places"), key=len, reverse=True)


@cache
def _genitive_chain() -> re.Pattern[str]:
    ends = "|".join(_local_endings())
    nouns = "|".join(sorted(words_of("genitive_nouns"), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’-])(?P<town>[{UP}]\w+n)\s(?P<noun>(?:{nouns})\w*?(?:{ends}))"
        rf"\s(?P<part>[{UP}]\w+(?:{ends}))\b"
    )


@by_licence
def _kind_last() -> re.Pattern[str]:
    """A locative or "over" word, a site's name, then its kind: 'from the Otago Peninsula',
    'са Фрушке горе', 'prie Molėtų astronomijos observatorijos', 'from brooklyn bridge park'."""
    kinds = sorted(words_of("site_kinds"), key=len, reverse=True)
    kind = "|".join(re.escape(k) + "|" + re.escape(k[:1].upper() + k[1:]) for k in kinds)
    lead = "|".join(alt_cased(s) for s in ("over", "outer", "from"))
    return re.compile(
        rf"(?<![\w'’-])(?P<lead>{lead})\s+(?:the\s+)?(?:(?:{alt('site_parts')})\s+)?"
        rf"(?P<name>(?:{WORD}\s){{1,3}}(?:[^\W\d_]+\s)?(?:{kind})"
        rf"|(?:[a-z][a-z'-]+\s){{1,3}}(?:{kind}))" + _CLAUSE_END.format(ends=alt("ends"))
    )


def kind_last_site(text: str) -> str | None:
    """A site named before its kind, as written. Where the station passed over it, or in a
    phone's lower case, only when it is named after its town ('over the Sydney Harbour
    Bridge', 'from brooklyn bridge park'): 'over the Bay Bridge' says what is in the frame."""
    for line in text.splitlines():
        for m in _kind_last().finditer(line):
            name = m.group("name")
            words = name.split()
            kinds = words_of("site_kinds")  # "White Horse Hill campground": "Hill" is a kind
            own = " ".join(w for w in words[:-1] if w.lower() not in kinds)
            if not _plain(own) or re.search(r"['’]s?\b", name):
                continue  # "at John's old park": a person's, not a named site
            over = m.group("lead").lower() in {w.lower() for w in words_of("over")}
            if (over or name.islower()) and not is_town(words[0].title()):
                continue
            return name
    return None


@by_licence
def _declined_village() -> re.Pattern[str]:
    lead = "|".join(alt_cased(s) for s in ("from", "outer", "inner"))
    return re.compile(
        rf"(?<![\w'’-])(?:{lead})\s(?:{alt('settlements_declined')})\s"
        rf"(?P<name>{WORD}(?:\s{WORD})?)(?=\s*(?:[.,;:!?]|$)|\s[^\W\d_]{{1,3}}\s)",
        re.MULTILINE,
    )


def declined_village(text: str) -> str | None:
    """A village after its kind in a case ending, its name as written: 'z obce Kvilda',
    'у села Саввинская Слобода', 'z wsi Bukowina'; the kind says it is a place. The name
    ends its clause or a preposition follows: never half of 'Ивановка Московской области'."""
    for m in _declined_village().finditer(text):
        name = m.group("name")
        if not any(w in common_words() or any(c.isdigit() for c in w) for w in name.split()):
            return name
    return None


def framed(line: str, m: re.Match[str]) -> bool:
    """Whether a bare locative word and its postposition frame the name ('von Schierke im
    Harz aus'): a place's own name, a village no town list holds; never after an article
    ('vom Parkplatz aus'), nor a direction ('von Westen aus') or one's home."""
    post = re.match(rf"\s(?:{alt('postpositions')})\b", line[m.end() :])
    words = m.group("name").split()
    return bool(
        post
        and m.group("word").lower() in words_of("framed_from")
        and not any(w in common_words() for w in words)
        and not {w.lower() for w in words} & (words_of("directions") | words_of("home_words"))
    )


def place_by_name(line: str, m: re.Match[str], where: frozenset[str]) -> bool:
    """Whether a name after a verb of taking and a "by" that is also "from" is surely a
    place, not the author: a town, a town and its part ('da Bergamo Alta': [town_parts];
    never 'da Marco Bianchi') or a name a postposition frames ('von Schierke im Harz aus').
    A lone word that is a town's own name only outside the word's language's countries
    (`where`) is a given name: "da Bergamo", "da Roma" are places, "da Marco" (a town of
    Brazil alone) the author."""
    name = m.group("name")
    words = name.split()
    part = town_led(name) and words[-1].lower() in words_of("town_parts")
    abroad = own_countries(name)
    town = is_town(name) and (len(words) > 1 or not abroad or bool(abroad & where))
    return town or part or framed(line, m)

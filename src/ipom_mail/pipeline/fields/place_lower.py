"""A phone's lower-case place (issue 13): "in elk grove, california", "in melbourne 🛰️",
"at byron bay last night", "over lake washington".

Phones and hurried senders write names in lower case. A lower-case phrase is a place
only when, capitalised, it is a GeoNames town: with a listed state, province or country
after it ("from my driveway in westerville ohio"), or alone at the end of its clause
after a word that leaves names as written ("over the bolte bridge in melbourne 🛰️") in a
mail written all in lower case; or a site the Subject and such a mail both name after a
locative word ("iss pic from lake tekapo" and "… at lake tekapo on friday night"); or,
after a verb of taking, a spot of a named site by both their kinds ("scattata ieri sera
dalla terrazza di palazzo lombardia").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.place_words import alt, by_licence, data, lang_leads, leads, words_of
from ipom_mail.pipeline.fields.towns import common_words, is_town

_LOWER = re.compile(r"[a-zà-ÿ][\w'’-]*")


@lru_cache(maxsize=1)
def _lower_region_rx() -> re.Pattern[str]:
    """A listed region written in lower case ('ohio', 'nuevo león'), as a whole word."""
    regions = sorted((r.lower() for r in gazetteer().regions if len(r) > 3), key=len, reverse=True)
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, regions))})(?![\w'’-])")


def lower_case_place(text: str) -> str | None:
    """A phone's lower-case town and its region after a locative word ('from my driveway in
    westerville ohio', 'in elk grove, california'): the pair is a place as written when the
    words, capitalised, are a GeoNames town and a listed state, province or country."""
    regions, froms = gazetteer().regions, leads("from")
    for region in _lower_region_rx().finditer(text):
        head = text[max(0, region.start() - 60) : region.start()]
        words = list(re.finditer(r"\S+", head))
        for k in (1, 2, 3):
            if len(words) <= k or words[-k - 1].group(0) not in froms:
                continue
            town = " ".join(w.group(0) for w in words[-k:]).rstrip(",")
            lower = all(_LOWER.fullmatch(w) for w in town.split())
            if lower and is_town(town.title()) and town.title() not in regions:
                return text[region.start() - len(head) + words[-k].start() : region.end()]
    return None


@cache
def _lower_town_rx() -> re.Pattern[str]:
    """A word that leaves names as written ([as_written]: 'in', 'at'), then one or two
    lower-case words that end their clause."""
    return re.compile(
        rf"(?<![\w'’-])(?:{alt('as_written')})\s+(?P<town>[a-zà-ÿ][\w'’-]+(?:\s[a-zà-ÿ][\w'’-]+)?)"
        r"(?=\s*(?:[.,;:!?)]|$|[^\w\s]))",
        re.MULTILINE,
    )


def lower_case_town(text: str) -> str | None:
    """A town alone, in lower case, at the end of its clause in a mail written all in lower
    case, after a spot ('… the bolte bridge in melbourne 🛰️', 'my yard in brisbane'), as
    written."""
    if re.search(r"(?:^|[.!?]\s+)[A-ZÀ-Þ]", text.strip()):
        return None  # sentences start with capitals: a lower-case word is no name
    spots = words_of("spot_words") | words_of("home_words") | words_of("site_kinds")
    for m in _lower_town_rx().finditer(text):
        town, before = m.group("town"), text[max(0, m.start() - 40) : m.start()].split()[-4:]
        title = town.title()
        if not spots.intersection(before) and m.group(0).split()[0] not in leads("outer"):
            continue  # "the moon rose in orange": no spot nor "from" says it is a place
        if is_town(title) and title not in common_words() and len(town) > 3:
            return town
        if _coded(town):
            return town  # "over the lift bridge in fairport ny": a town with its state's code
    return None


def _coded(town: str) -> bool:
    """A lower-case name and a state's or province's code of two letters ('fairport ny'),
    never a common word before it ('in time ok')."""
    name, _, code = town.rpartition(" ")
    codes = {r.lower() for r in gazetteer().regions if len(r) == 2 and r.isupper()}
    return bool(name) and code in codes and name.title() not in common_words() | _not_names()


@by_licence
def _lower_after() -> re.Pattern[str]:
    """A locative word ([from], [outer]), then two or three lower-case words ending their
    clause ('from lake tekapo', 'at lake tekapo on friday')."""
    lead = "|".join(alt(s) for s in ("outer", "from"))
    ends = alt("ends")
    return re.compile(
        rf"(?<![\w'’-])(?:{lead})\s+(?P<name>[a-zà-ÿ][\w'’-]+(?:\s[a-zà-ÿ][\w'’-]+){{1,2}}?)"
        rf"(?=\s*(?:[.,;:!?)]|$|[^\w\s])|\s(?:{ends})\b)",
        re.MULTILINE,
    )


def lower_echo(subject: str | None, body: str) -> str | None:
    """A lower-case place the Subject and a lower-case body both name after a locative word
    ('iss pic from lake tekapo' and '… at lake tekapo on friday night'), as written: a
    phone's site no town list holds, said twice."""
    if re.search(r"(?:^|[.!?]\s+)[A-ZÀ-Þ]", body.strip()):
        return None
    named = {m.group("name") for m in _lower_after().finditer((subject or "").lower())}
    for m in _lower_after().finditer(body):
        name = m.group("name")
        if name in named and not set(name.split()) & _not_names():
            return name
    return None


def lower_titled_site(subject: str | None, body: str) -> str | None:
    """A name a lower-case Subject ends with ('iss kaiteriteri') that a lower-case body writes
    before a site's kind ([site_kinds]: '… right over kaiteriteri beach (tasman) last
    night'): the site as the body writes it, its region in brackets; never when the body
    says it was taken from somewhere ('from my deck in motueka', [taken_spot_from])."""
    said = (subject or "").strip()
    if not said or said != said.lower() or re.search(r"(?:^|[.!?]\s+)[A-ZÀ-Þ]", body.strip()):
        return None
    froms = "|".join(map(re.escape, words_of("taken_spot_from") | words_of("home_words")))
    if re.search(rf"(?<![\w'’-])(?:{froms})(?![\w'’-])", body):
        return None
    kinds = "|".join(re.escape(k) for k in sorted(words_of("site_kinds"), key=len, reverse=True))
    words = said.split()
    for n in (2, 1):
        name = " ".join(words[-n:])
        if len(words) <= n or len(name) < 4 or set(name.split()) & _not_names():
            continue
        m = re.search(
            rf"(?<![\w'’-]){re.escape(name)}\s(?:{kinds})(?![\w'’-])(?:\s?\([a-z][^()\n]{{0,30}}\))?",
            body,
        )
        if m and name.title() not in common_words():
            return m.group(0)
    return None


@cache
def _not_names() -> frozenset[str]:
    """Lower-case words no place's name holds: one's home and possessives ('my yard')."""
    return words_of("possessives") | words_of("home_words") | {"the", "a", "an"}


@by_licence
def _lower_spot_rx() -> re.Pattern[str]:
    """Each language's verb of taking, up to three plain words, its "from", a spot's kind
    ([taken_spot_kinds]), "of" ([stood_of]), a site's kind ([taken_spot_heads]) and one or
    two lower-case words ending their clause."""
    parts = []
    for lang, verbs in data()["taken_spot_verbs"].items():
        kinds, heads = data()["taken_spot_kinds"].get(lang), data()["taken_spot_heads"].get(lang)
        ofs, froms = data()["stood_of"].get(lang), lang_leads("taken_spot_from", lang)
        if not (kinds and heads and ofs and froms):
            continue
        alts = ["|".join(map(re.escape, w)) for w in (verbs, froms, kinds, ofs, heads)]
        parts.append(
            rf"(?:{alts[0]})\s(?:[a-zà-ÿ]+\s){{0,3}}?(?:{alts[1]})\s?(?P<spot_{lang}>"
            rf"(?:{alts[2]})\s(?:{alts[3]})\s(?:{alts[4]})(?:\s[a-zà-ÿ][\w-]+){{1,2}})"
        )
    return re.compile(
        rf"(?<![\w'’-])(?:{'|'.join(parts)})(?=\s*(?:[.,;:!?)]|$|[^\w\s]))", re.MULTILINE
    )


def lower_taken_spot(text: str) -> str | None:
    """In a mail written all in lower case, the spot taken from when both its kind and its
    site's kind frame a name ("dalla terrazza di palazzo lombardia"), as written; never
    one's home, a possessive or a word of time as the name ("… di casa mia")."""
    if re.search(r"(?:^|[.!?]\s+)[A-ZÀ-Þ]", text.strip()):
        return None
    stop = _not_names() | words_of("ends") | words_of("connectors") | words_of("taken_by_words")
    for m in _lower_spot_rx().finditer(text):
        spot = next(v for k, v in m.groupdict().items() if k.startswith("spot_") and v)
        name = spot.split()[3:]
        if not stop.intersection(name) and all(w.title() not in common_words() for w in name):
            return spot
    return None


_PROPER_STOPS = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "every"})


@cache
def _proper_site_rx(over: bool) -> re.Pattern[str]:
    """An English locative (or, `over`, "over") word with no article after it, then a site in
    lower case:
    one or two words and a site's kind ([site_kinds]: "byron bay", "caesar creek lake"), or
    a kind that heads a name ([lower_site_heads]: "lake washington"), ending its clause."""
    sections = ("over",) if over else ("from", "inner")
    leads = {w for s in sections for w in data()[s].get("en", [])}
    leads = {w for w in leads if w.split()[-1] not in _PROPER_STOPS}
    kinds = data()["site_kinds"]["en"]
    heads = data()["lower_site_heads"]["en"]
    word = r"[a-z][a-z'’-]+"
    ends = "|".join(re.escape(w) for w in data()["ends"]["en"] + data()["ends"]["all"])
    return re.compile(
        rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, leads))})\s(?P<name>{word}(?:\s{word})?"
        rf"\s(?:{'|'.join(kinds)})|(?:{'|'.join(heads)})\s{word}(?:\s{word})?)"
        rf"(?=\s*(?:[.,;:!?)(]|$|[^\w\s])|\s(?:{ends})\b)",
        re.MULTILINE,
    )


def lower_proper_site(text: str, subject: str | None = None) -> str | None:
    """In a mail written all in lower case, a site English names without an article, so by
    its own name, where the sender was ("at byron bay last night"), as written; with the
    `subject`, one the station passed over that the Subject names too, by its name or its
    kind ("iss over the lake" and "… over lake washington last nite"), never one the photo
    was taken "from" somewhere else. Never one's home, a possessive, a word of time or a
    common word as its name ("at the beach", "over my lake", "at night bay")."""
    if re.search(r"(?:^|[.!?]\s+)[A-ZÀ-Þ]", text.strip()):
        return None
    said = set(re.findall(r"[a-z]+", (subject or "").lower()))
    stop = _not_names() | _PROPER_STOPS | words_of("ends") | words_of("possessives")
    kinds = set(data()["site_kinds"]["en"]) | set(data()["lower_site_heads"]["en"])
    for m in _proper_site_rx(subject is not None).finditer(text):
        words = m.group("name").split()
        own = [w for w in words if w not in kinds]  # "mount" is a maker's word too
        if not own or stop.intersection(words) or any(w.title() in common_words() for w in own):
            continue
        rest = text[m.end() :].split("\n")[0]
        if subject is not None and (not said & set(words) or re.search(r"\bfrom\b", rest)):
            continue  # not named in the Subject, or "…, shot from my deck": taken elsewhere
        return m.group("name")
    return None


# a sentence that starts with a capital, in the scripts with capitals
_CAPITAL_START = re.compile(r"(?:^|[.!?]\s+)[A-ZÀ-ÞΑ-ΩЀ-Я]")
_COMMA_TOWN = re.compile(r",\s(?P<town>[^\W\d_A-ZÀ-ÞΑ-ΩЀ-Я][\w'’-]{2,})(?=\s*(?:[.;!?]|$))", re.M)


def lower_town_after_comma(text: str) -> str | None:
    """In a mail written all in lower case (Latin, Cyrillic or Greek), a town alone after a
    comma at the end of a clause that names one's home or a spot ("з даху нашої
    багатоповерхівки на оболоні, київ."), as written; never after a greeting ("дякую, київ")."""
    if _CAPITAL_START.search(text.strip()):
        return None
    spots = words_of("home_words") | words_of("spot_words")
    for m in _COMMA_TOWN.finditer(text):
        clause = re.split(r"[.!?;\n]", text[: m.start()])[-1].lower().split()
        town = m.group("town")
        if (
            spots.intersection(clause)
            and is_town(town.title())
            and town.title() not in common_words()
        ):
            return town
    return None

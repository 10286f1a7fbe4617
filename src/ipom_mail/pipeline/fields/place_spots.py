"""A place named after a spot or a landmark, though no town list holds it (issue 13).

"fra min have i Brorfelde ved Holbæk", "vanaf de dijk bij Westkapelle", "от двора ми в
Смолян", "ναό του Ποσειδώνα στο Σούνιο, Αττική", "över Ales stenar vid Kåseberga, Skåne",
"dari halaman sekolah di Yogyakarta": one's own home, an outdoor spot or a landmark
(data/locatives.toml [spot_words]), or what the station passed over with a noun or a
saint's name in it, then an inner word (never one the language writes for "of":
[of_words]), then a capitalised name that ends its clause; or a verb of taking and its
"in" ([taken_in]: "tagen i Lerkaka på Öland"). The place is the name (and a region after a
comma), never the spot nor the possessive before it. Where the inner word puts the name
in a case ending ([inner_cased]: "v Ondřejově", "u Zadru"), the place is its base form as
the mail writes it elsewhere ("Ondřejov" under the signature), a town as written, or a
smaller place of the language's country (fields/small_towns.py, GeoNames' place_cases.base_form);
otherwise nothing: a base form is never guessed. A kin language that writes the same inner
word with no case ("в" in Bulgarian) yields to the mail's own ("в Архызе" in Russian).
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.mail_language import language_shares
from ipom_mail.pipeline.fields.place_cases import base_form
from ipom_mail.pipeline.fields.place_words import (
    UP,
    WORD,
    by_licence,
    club_name,
    data,
    lang_leads,
    words_of,
)
from ipom_mail.pipeline.fields.small_towns import countries, small_stem, small_town
from ipom_mail.pipeline.fields.towns import common_words, is_town, town_in, town_or_district


def _alt(words: frozenset[str] | list[str]) -> str:
    """Words as an alternation, longest first, each also with a capital first letter."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(
        re.escape(v) for w in ordered for v in dict.fromkeys((w, w[:1].upper() + w[1:]))
    )


def _lower(words: list[str]) -> str:
    """Words as an alternation, longest first, as written in lower case: a spot's noun with
    a capital is another language's ("vom Balkon in Richtung Süden" is German)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _lang_words(section: str, lang: str) -> list[str]:
    return list(data().get(section, {}).get(lang, []))


@by_licence
def _spot_rx(lang: str, kind: str) -> re.Pattern[str] | None:
    """A spot (or an "over" word and what was passed over), an inner word, a name; or a
    verb of taking and its "from" ([taken_from]), then the name."""
    over = kind == "over"
    if kind == "taken":
        return _taken_rx(lang)
    if kind == "taken_in":
        return _taken_in_rx(lang)
    inner = set(lang_leads("inner", lang)) - set(_lang_words("of_words", lang))
    lead = _lang_words("over", lang) if over else _lang_words("spot_words", lang)
    if not inner or not lead:
        return None
    poss = _alt(_lang_words("possessives", lang)) or "(?!)"
    between = r"(?:\s[^\s,;:!?()]+){1,4}?" if over else r"(?:\s[^\s,;:!?()]+){0,3}?"
    return re.compile(
        rf"(?<![\w'’-])(?:(?:{poss})\s)?(?P<spot>{_alt(lead) if over else _lower(lead)})(?:\s(?:{poss}))?"
        rf"(?P<between>{between})\s(?P<inner>{_lower(sorted(inner))})\s" + _named(inner),
        re.MULTILINE,
    )


def _taken_rx(lang: str) -> re.Pattern[str] | None:
    """A verb of taking and its "from", then a name; or a spot in lower case and an inner
    or "of" word before the name ('tirada do cais de Vila Nova de Gaia')."""
    verbs = _lang_words("taken_from", lang)
    if not verbs:
        return None
    joins = _lower(sorted(set(lang_leads("inner", lang)) | words_of("of_words")))
    spot = rf"(?:\s(?![{UP}])[^\W\d_][\w'’-]*){{1,3}}?"
    return re.compile(
        rf"(?<![\w'’-])(?P<spot>{_alt(verbs)})(?:(?P<between>{spot})\s(?P<inner>{joins}))?\s"
        + _named(set()),
        re.MULTILINE,
    )


def _taken_in_rx(lang: str) -> re.Pattern[str] | None:
    """A verb of taking and its "in" ([taken_in]), then a name whose parts the language's
    inner words join ('tagen i Lerkaka på Öland')."""
    verbs = _lang_words("taken_in", lang)
    if not verbs:
        return None
    inner = set(lang_leads("inner", lang)) - set(_lang_words("of_words", lang))
    return re.compile(
        rf"(?<![\w'’-])(?P<spot>{_alt(verbs)})(?P<between>)(?P<inner>)\s" + _named(inner),
        re.MULTILINE,
    )


def _named(inner: set[str]) -> str:
    """A name of up to four words (joined by connectors or inner words: 'Brorfelde ved
    Holbæk'), after the lower-case kind of a town's part that heads it, as written ('la
    colonia Narvarte', 'quận Bình Thạnh'; [district_kinds], its article left out), a region
    after a comma, then the end of the clause."""
    joins = "|".join(re.escape(w) for w in sorted(words_of("connectors") | inner, key=len)[::-1])
    chain = rf"{WORD}(?:\s(?:(?:{joins})\s)?{WORD}){{0,3}}"
    ends = "|".join(re.escape(w) for w in sorted(words_of("ends"), key=len, reverse=True))
    kinds = _lower(sorted(words_of("district_kinds")))
    article = rf"(?:(?:{_lower(sorted(words_of('district_articles')))})\s(?=(?:{kinds})\s))?"
    return (
        rf"{article}(?P<name>(?:(?:{kinds})\s)?{chain})(?:,\s(?P<region>{WORD}(?:\s{WORD})?))?"
        rf"(?=\s*(?:[.,;:!?)]|$|\s(?i:{ends})\b|\s[^\w\s]))"
    )


_KINDS = {"spot": "spot_words", "over": "over", "taken": "taken_from", "taken_in": "taken_in"}


@cache
def _leads() -> dict[str, set[tuple[int, str, str]]]:
    """Every language's spot, over and taking word (lower case) → the kinds and languages
    it leads, in reading order: a line with none of them is looked up word by word only."""
    where: dict[str, set[tuple[int, str, str]]] = {}
    for order, (kind, section) in enumerate(_KINDS.items()):
        for lang, words in data()[section].items():
            for word in words:
                where.setdefault(word.lower(), set()).add((order, lang, kind))
    return where


def _tries(line: str) -> list[tuple[int, str, str]]:
    """The kinds and languages whose lead words the line holds (up to four words long)."""
    where, firsts = _leads(), _first_words()
    words = _WORDS.findall(line.lower())
    found: set[tuple[int, str, str]] = set()
    for i, word in enumerate(words):
        found |= where.get(word, set())
        if word in firsts:
            for size in (2, 3, 4):
                found |= where.get(" ".join(words[i : i + size]), set())
    return sorted(found, key=lambda t: (t[1], t[0]))


def _holds_lead(text: str) -> bool:
    """Whether the text holds any lead word at all: most lines of a long text hold none."""
    leads, firsts = _leads(), _first_words()
    return any(w in leads or w in firsts for w in set(_WORDS.findall(text.lower())))


_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _first_words() -> frozenset[str]:
    """The first words of the lead words that are several words long ('taken', 'πάνω')."""
    return frozenset(w.split()[0] for w in _leads() if " " in w)


def spot_place(text: str, mail: str) -> str | None:
    """The place named after a spot or a landmark; `mail` is where its base form may be
    written ('Ondřejov' under the signature)."""
    if not _holds_lead(text):
        return None
    for line in text.splitlines():
        found: list[tuple[bool, int, str]] = []
        for _, lang, kind in _tries(line):
            rx = _spot_rx(lang, kind)
            for m in rx.finditer(line) if rx else ():
                if kind == "taken" and m.group("between"):
                    place = _taken_site(m, lang)
                else:
                    place = _place(m, lang, kind == "over", mail)
                if place:
                    found.append((_pictured(line, m.start("spot"), lang, kind), len(found), place))
        if found:  # where it was taken from before what the station passed over
            return min(found)[2]
    return None


def _taken_site(m: re.Match[str], lang: str) -> str | None:
    """After a verb of taking, a spot and a name: the town ('tirada do cais de Vila Nova de
    Gaia'), or a site headed by its kind as written ('prise depuis le col du Tourmalet');
    a spot before a name that is neither is no place ('desde el estacionamiento de la
    Puerta Norte')."""
    name, head = m.group("name"), m.group("between").split()[-1]
    if town_or_district(name):
        return name
    if head in _lang_words("site_heads", lang) and _name_like(name):
        return f"{head} {m.group('inner')} {name}"
    return None


def _pictured(line: str, start: int, lang: str, kind: str) -> bool:
    """Whether the spot at `start` is what the station passed over ('over fyret på
    Torbjørnskjær'), not where the photo was taken from ('tatt fra hytta vår på Hvaler')."""
    over = _alt(_lang_words("over", lang))
    return kind == "over" or bool(
        over and re.search(rf"(?<![\w'’-])(?:{over})\s+(?:\S+\s+){{0,2}}$", line[:start])
    )


def _place(m: re.Match[str], lang: str, over: bool, mail: str) -> str | None:
    """The match's place, settled to its base form, or None when it is no sure place."""
    between = (m.group("between") or "").split()
    if not _plain_between(between, over):
        return None
    name, region = m.group("name"), m.group("region")
    if not _name_like(name):
        return None
    region = region if region and _region_like(region) else None
    inner = (m.group("inner") or "").lower()
    if inner in _lang_words("inner_town_only", lang) and not town_or_district(name):
        return None  # "über der Stadt in Richtung Westen": a German noun, not a town
    cased = lang if inner in _lang_words("inner_cased", lang) else _cased_in_mail(inner, mail)
    if cased:
        name = _base(name, mail, cased)
        if name is None:
            return None
    return f"{name}, {region}" if region else name


_SURE = 0.5  # the mail's likeliest language, past doubt


def _cased_in_mail(inner: str, mail: str) -> str | None:
    """The mail's own language when it declines a name after `inner`, though a kin language
    sharing the lead words does not ("в Архызе" in a Russian mail, read as Bulgarian too)."""
    shares = language_shares(mail)
    if shares and shares[0][1] >= _SURE and inner in _lang_words("inner_cased", shares[0][0]):
        return shares[0][0]
    return None


def _plain_between(words: list[str], over: bool) -> bool:
    """Words between the spot and the inner word: no digit, no sky, no sentence's end; for
    what was passed over, a noun or a saint's landmark ('Ales stenar', 'Sv. Donata'), not a
    town alone ('over Leeds in England': England is not where the photo was taken)."""
    sky = set(data()["not_towns"]["sky"])
    for i, w in enumerate(words):
        if any(c.isdigit() for c in w) or w.strip(".") in sky or w in common_words():
            return False
        if w.endswith(".") and not (i + 1 < len(words) and w in words_of("saints")):
            return False  # "… with friends. Then in Leeds": another sentence
    if not over:
        return True
    nouns = [w for w in words if w[:1].islower() and w not in words_of("connectors")]
    saint = bool(words) and words[0] in words_of("saints")
    return bool(nouns) or saint


def _name_like(name: str) -> bool:
    """A place's name: not a month, a maker, a sky or program word, a club, an acronym; a
    town's whole name holds such words at times ('Vila Nova de Gaia')."""
    words = name.split()
    return (
        (len(words) > 1 and is_town(name))
        or not (
            re.search(r"['’]s?$", name)  # "at Mum's", "at the Jones'": a person's home
            or any(w in common_words() or w.isupper() or any(c.isdigit() for c in w) for w in words)
            or any(any(c.isupper() for c in p[1:]) for w in words for p in w.split("-"))
            or club_name(name)
        )
    )


def _region_like(region: str) -> bool:
    """A region's name, or a town and its state's code ('Katoomba NSW')."""
    words = region.split()
    if len(words) == 2 and words[1].isupper() and words[1] in gazetteer().regions:
        words = words[:1]
    return _name_like(" ".join(words))


def _base(name: str, mail: str, lang: str) -> str | None:
    """A name after a word that declines it: a town as written ('Смолян'), else the base
    form the mail writes elsewhere ('Ondřejově' → 'Ondřejov', 'Zadru' → 'Zadar'), else the
    own name of a smaller place of the language's country ('Ondřejov' of CZ)."""
    if town_or_district(name):
        return name
    if " " in name:
        return None  # "Новом Саду": an adjective's ending too; never guessed
    where = countries([lang])
    return written_base(name, mail) or small_stem(name, where) or base_form(name, (lang,))


# where a name stands in its base form: a line of its own or a signature's ("Tomáš Novotný\n
# Ondřejov"), after a label's colon, a comma or a dash ("Místo: Ondřejov", "ISS – Zadar")
_STANDS = r"(?:^[ \t]*|(?<=[,:–—-] ))"


def written_base(word: str, mail: str) -> str | None:
    """The one other form of `word` the mail writes with the same stem, shorter by a case
    ending of up to three letters, or with a vowel the case drops ('Zadar', 'Zadru')."""
    found: set[str] = set()
    for cut in (1, 2, 3):
        stem = word[:-cut]
        if len(stem) < 4:
            break
        fleeting = rf"{re.escape(stem[:-1])}[aeoě]{re.escape(stem[-1])}"
        rx = rf"{_STANDS}(?:{re.escape(stem)}\w?|{fleeting})(?![\w'’-])"
        found |= {s for s in re.findall(rx, mail, re.M) if s != word and s not in common_words()}
    shortest = {s for s in found if len(s) == min(map(len, found))} if found else set()
    return shortest.pop() if len(shortest) == 1 else None


_LONG_VOWELS = str.maketrans("áé", "ae")


def _known(word: str) -> bool:
    """A town, a maker, a month or another word as written: no ending to take off."""
    return is_town(word) or word in common_words()


def suffixed_town(text: str) -> str | None:
    """A town with a case ending joined to it ([town_suffixes]: 'Szegedről' → 'Szeged',
    'Tatán' → 'Tata'), in a mail in the ending's language; the town exactly, never a
    word that is a town itself ('Bergen')."""
    for word in (m.group(0) for m in re.finditer(WORD, text)):
        if town := town_in_case(word, text):
            return town
    return None


def town_in_case(word: str, text: str) -> str | None:
    """The town a word names with a case ending joined to it ('Ságújfaluban' → 'Ságújfalu'),
    in a `text` in the ending's language; none for a word that is a town itself."""
    for lang, endings in data()["town_suffixes"].items():
        if not any(mark in text for mark in data()["suffix_marks"].get(lang, [])):
            continue
        for ending in sorted(endings, key=len, reverse=True):
            stem = word[: -len(ending)]
            if not word.endswith(ending) or len(stem) < 4 or _known(word):
                continue  # "Canon", "Nikon": a maker, not "Can" with an ending
            stem = stem[:-1] + stem[-1].translate(_LONG_VOWELS)
            if _suffixed(stem, ending, lang):
                return stem
    return None


def _suffixed(stem: str, ending: str, lang: str) -> bool:
    """Whether a stem and its ending make a town in case: an ending joined only to the
    language's own towns ([home_suffixes]) needs one of its country's ("Szegeden"), never
    another's word for a town ("Balat" + "on" is the lake "Balaton")."""
    own = data()["suffix_countries"][lang]
    if ending not in data()["home_suffixes"].get(lang, []):
        return is_town(stem) or small_town(stem, own)
    return any(town_in(stem, country) for country in own) or small_town(stem, own)

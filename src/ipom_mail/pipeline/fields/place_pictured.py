"""What the Subject and the body both say the station passed over (split from place_over.py).

"ISS au-dessus du Pic du Midi" and "… de la coupole du Pic du Midi de Bigorre": the body's
name, as written, for a mail that names no other place the photo was taken from; a name
before an "over" postposition in its genitive ("Suomenlinnan yllä") in the Subject's base
form. Read by fields/__init__.py after the Subject.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_after import instrument_name
from ipom_mail.pipeline.fields.place_kinds import names_site
from ipom_mail.pipeline.fields.place_over import FEATURE, other_place, path_not_spot
from ipom_mail.pipeline.fields.place_words import (
    UP,
    WORD,
    alt,
    alt_cased,
    by_licence,
    data,
    same_stem,
    words_of,
)


@cache
def _subject_over() -> re.Pattern[str]:
    """An "over" word in the Subject, up to three words of what the name is ("de
    l'observatoire du"), then a capitalised name."""
    return re.compile(
        rf"(?<![\w'’-])(?:{alt_cased('over')})\s+(?P<lead>(?:\S+\s+){{0,3}}?)"
        rf"(?:[ldLD]['’])?(?P<name>{WORD})"
    )


def _subject_names(subject: str) -> list[str]:
    """The names the Subject says the station passed over, and the lower-case kind of five
    letters or more before one ("l'observatoire du Mont-Mégantic": "observatoire"), which
    the body may write with a capital as the start of the name."""
    named: list[str] = []
    for m in _subject_over().finditer(subject):
        lead = [re.sub(r"^\w{0,4}['’]", "", w) for w in m.group("lead").split()]
        if not all(w.isalpha() and w.islower() for w in lead):
            continue
        named += [w for w in lead if len(w) >= 5] + [m.group("name")]
    return named


@cache
def _body_over() -> re.Pattern[str]:
    """An "over" word in the body, up to five words of what is on it ('de la coupole du',
    'il Pian Grande di'), then a name with its joining words ('Pic du Midi de Bigorre') and
    the site's kind after it ('Lindesnes fyr'), ending its clause or before the verb that
    ends it ('über dem Brockenhaus | hinwegzieht;')."""
    joins = "|".join(re.escape(w) for w in sorted(words_of("connectors"), key=len, reverse=True))
    name = rf"{WORD}(?:\s(?:(?:{joins})\s)?{WORD}){{0,4}}"
    return re.compile(
        rf"(?<![\w'’-])(?P<over>{alt_cased('over')})\s+(?:[^\s,.;:!?()]+\s+){{0,5}}?"
        rf"(?:[ldLD]['’])?(?P<name>{name})(?P<kind>\s(?:{alt('site_kinds')}))?"
        rf"(?=\s*(?:[.,;:!?)]|$|\s[^\w\s])|\s[^\W\d_{UP}][\w'’-]*[.,;:!?])",
        re.MULTILINE,
    )


def _echoes(word: str, named: list[str]) -> bool:
    """Whether a body's word is a name the Subject gives ('Pic', 'Castelluccio'), or a
    compound it heads ('Brockenhaus' for 'Brocken')."""
    return any(
        word == n or same_stem(word.lower(), n.lower()) or _compound_of(word, n) for n in named
    )


def _compound_of(word: str, name: str) -> bool:
    """Whether `word` is a compound that `name` (five letters or more, a capital first)
    heads, with a lower-case noun of three letters or more after it ('Brocken|haus')."""
    rest = word[len(name) :]
    return (
        len(name) >= 5
        and name[:1].isupper()
        and word.startswith(name)
        and len(rest) >= 3
        and rest.isalpha()
        and rest.islower()
    )


@cache
def _cased_overs() -> frozenset[str]:
    """The "over" words of languages that put the name after them in a case ending
    ([inner_cased]: "nad Giewontem", "над ратушею"), and those that do in a language that
    does not after its other words ([over_cased]: "deasupra Sibiului")."""
    cased, base = set(data()["inner_cased"]), words_of("over_base")  # "πάνω από το Πήλιο"
    overs = (w for lang, ws in data()["over"].items() if lang in cased for w in ws)
    return frozenset(w.lower() for w in (*overs, *words_of("over_cased")) if w not in base)


def acronym_site(name: str) -> bool:
    """An institution's capitals before a name ('НАО Рожен', 'OAN Calar Alto'): a site, not a
    model, when the rest is a plain name and the capitals are no maker's."""
    head, _, rest = name.partition(" ")
    return (
        head.isupper()
        and head.isalpha()
        and bool(rest)
        and rest.replace(" ", "").isalpha()
        and not instrument_name(rest)
        and not instrument_name(head.capitalize())
    )


def names_undeclined(text: str) -> bool:
    """Whether a Cyrillic mail is in a language that writes names as they are after "над"
    (Bulgarian: two words with a mid-word "ъ", none of Russian's, Ukrainian's or Serbian's
    own letters; data/locatives.toml [undeclined_marks], [declined_marks])."""
    lowered = text.lower()
    if any(mark in lowered for mark in words_of("declined_marks")):
        return False
    marks = "".join(words_of("undeclined_marks"))
    return len(set(re.findall(rf"\w*[{marks}]\w+", lowered))) >= 2


def pictured_place(
    subject: str | None, body: str, people: frozenset[str] = frozenset()
) -> str | None:
    """What the Subject and the body both say the station passed over ('ISS au-dessus du Pic
    du Midi' and '… au-dessus de la coupole du Pic du Midi de Bigorre'), as the body writes
    it; or a name before an "over" postposition in its genitive ('Suomenlinnan yllä') in
    the Subject's base form ('ISS ja Suomenlinna'); for a mail that names no place the
    photo was taken from: the photographer was there. Never when the body says the photo
    was taken elsewhere ('tomada desde …') or names another site by its kind ('над озером
    Валдай' beside 'национальный парк «Валдайский»': place_kinds.names_site)."""
    if path_not_spot(body):
        return None
    named = _subject_names(subject or "")
    name = (_over_echo(named, body) if named else None) or _genitive_over(subject or "", body)
    if name is None or _seen_from_afar(name) or (instrument_name(name) and not acronym_site(name)):
        return None  # a sky feature, a program
    return None if other_place(body, name, people) or names_site(body, besides=name) else name


def _seen_from_afar(name: str) -> bool:
    """A sky feature, or a landmark one sees from afar ("over Haapsalu Castle"); not a site
    one goes to and stands at, named by its kind ([named_sites]: "over the Kielder
    Observatory buildings", "… dome at Siding Spring Observatory")."""
    return bool(FEATURE.search(name)) and name.split()[-1].lower() not in words_of("named_sites")


@cache
def _kind_over() -> re.Pattern[str]:
    """An "over" word, a landmark's kind in the case it takes, with or without a capital
    ([cased_kinds]: "iznad Zvjezdarnice Višnjan"), then one capitalised word, and a
    district after a comma ([districts]: "deasupra stațiunii Păltiniș, județul Sibiu")."""
    words = sorted(_cased_overs() | {w.lower() for w in words_of("over")}, key=len, reverse=True)
    overs = "|".join(map(re.escape, words))
    return re.compile(
        rf"(?<![\w'’-])(?i:{overs})\s+(?:{alt_cased('cased_kinds')})\s(?P<name>{WORD})"
        rf"(?:,\s(?P<district>(?:{alt('districts')})\s{WORD}))?"
    )


def _over_echo(named: list[str], body: str) -> str | None:
    """The body's name after an "over" word that starts with a name the Subject gives; or
    the name the Subject gives after a landmark's kind in the case the "over" word takes,
    which keeps its base form ("iznad Zvjezdarnice Višnjan u Istri" → "Višnjan")."""
    for m in _kind_over().finditer(body):
        if _echoes(m.group("name"), named):  # with its district: "Păltiniș, județul Sibiu"
            district = m.group("district")
            return f"{m.group('name')}, {district}" if district else m.group("name")
    if site := _name_before_kind(named, body):
        return site
    for m in _body_over().finditer(body):
        cased = m.group("over").lower() in _cased_overs() and not names_undeclined(body)
        if cased and not _after_kind(m):
            continue  # "nad Giewontem": a name in a case ending, its base form unknown
        words = _elided_head(m, named) + m.group("name").split()
        at = next((i for i, w in enumerate(words) if _echoes(w, named)), None)
        head = next((n for n in named if at is not None and _compound_of(words[at], n)), None)
        if head is not None:
            return head  # "über dem Brockenhaus": the Brocken, as the Subject writes it
        if at is not None and at == len(words) - 1 and at and words[at] not in named:
            return " ".join(words)  # "Χάνια Πηλίου": a place named with its area's genitive
        if at is not None:  # "Pian Grande di | Castelluccio di Norcia", "Lindesnes fyr"
            return " ".join(words[at:]) + (m.group("kind") or "")
    return _town_bracketing(named, body)


@by_licence
def _town_bracket_rx() -> re.Pattern[str]:
    """An "over" word, what was passed over in its clause, then a comma, an "in" word
    ([inner]), a town's capitalised name and a bracket after it."""
    return re.compile(
        rf"(?<![\w'’-])(?:{alt_cased('over')})\s[^.;:!?()]{{1,80}}?,\s*(?:{alt('inner')})\s+"
        rf"(?P<town>{WORD})\s*\((?P<area>[^()\n]{{1,40}})\)"
    )


def _town_bracketing(named: list[str], body: str) -> str | None:
    """The town a site passed over lies in, with the name the Subject gives in brackets
    after it ("per sobre del Centre d'Observació de l'Univers, a Àger (el Montsec)" under
    "L'ISS sobre el Montsec"): the two as written."""
    for m in _town_bracket_rx().finditer(body):
        if any(_echoes(w, named) for w in re.findall(WORD, m["area"])):
            return f"{m['town']} ({m['area']})"
    return None


@cache
def _kind_after() -> re.Pattern[str]:
    """An "over" word that puts a name in a case, a name, then up to two lower-case words
    ending in a site's kind ("virš Molėtų astronomijos observatorijos"; [site_kinds])."""
    overs = "|".join(map(re.escape, sorted(_cased_overs(), key=len, reverse=True)))
    return re.compile(
        rf"(?<![\w'’-])(?i:{overs})\s+(?P<name>{WORD})"
        rf"(?P<kind>(?:\s[^\W\d_{UP}][\w'’-]*){{0,1}}\s(?:{alt('site_kinds')}))(?![\w'’-])"
    )


def _name_before_kind(named: list[str], body: str) -> str | None:
    """The Subject's name after an "over" word that declines it, with the site's kind the
    body writes after it, as written: the site's own name in its case ("virš Molėtų
    astronomijos observatorijos" under "TKS virš Molėtų observatorijos"), as the
    echo of a place taken from writes it (place_echo.py)."""
    for m in _kind_after().finditer(body):
        if _echoes(m.group("name"), named):
            return " ".join([m.group("name"), *m.group("kind").split()])
    return None


def _after_kind(m: re.Match[str]) -> bool:
    """Whether the name follows a landmark's kind in the case the "over" word takes, and so
    keeps its base form ("iznad svjetionika Savudrija", "nad hradem Karlštejn";
    [cased_kinds])."""
    before = m.string[m.end("over") : m.start("name")].split()
    return bool(before) and before[-1].lower() in words_of("cased_kinds")


def _elided_head(m: re.Match[str], named: list[str]) -> list[str]:
    """The capitalised kind after an elided article that starts the name ("de
    l'Observatoire du | Mont-Mégantic"), or the site the Subject names before the town it
    lies in ("der Sternwarte Gahberg in | Weyregg am Attersee"), when the Subject names
    that kind."""
    skipped = m.string[m.end("over") : m.start("name")].split()
    for i in range(len(skipped) - 1, -1, -1):
        word = re.sub(r"^\w{0,4}['’]", "", skipped[i])
        joins = skipped[i + 1 :]
        if word[:1].isupper() and _echoes(word, named) and _joins_name(word, joins):
            return [word, *joins]
    return []


def _joins_name(word: str, joins: list[str]) -> bool:
    """Joining words only ("du"), or the rest of a site's name and the word placing it in
    its town ("Sternwarte | Gahberg in": [inner]), for a site one goes to and stands at
    ([named_sites]; never a landmark seen from a lookout, "the Three Sisters at Echo
    Point"), never that word alone ("Sternwarte in München" is no site's name)."""
    if set(joins) <= words_of("connectors"):
        return True
    *name, inner = joins or [""]
    return (
        bool(name)
        and inner in words_of("inner")
        and any(w.lower() in words_of("named_sites") for w in (word, *name))
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in name)
    )


@cache
def _genitive_rx() -> re.Pattern[str]:
    """Up to four words ending a phrase ("Gaztelugatxeko San Juan ermitaren"), then an
    "over" postposition that takes the genitive ([over_after])."""
    over = rf"\s+(?:{alt('over_after')})(?![\w'’-])"
    return re.compile(rf"(?<!\S)(?P<phrase>(?:[^\s.,;:!?()]+\s+){{0,3}}[^\s.,;:!?()]+){over}")


def _genitive_over(subject: str, body: str) -> str | None:
    """'Suomenlinnan yllä' with 'Suomenlinna' in the Subject: the Subject's base form; the
    name may start the phrase the postposition ends ('Gaztelugatxeko San Juan ermitaren').
    A Subject's word right before such a postposition is in the genitive itself ('ISS
    Tähtikallion yllä'): no base form."""
    genitive = {
        m.group("phrase").split()[-1]
        for m in _genitive_rx().finditer(subject)
        if m.group(0).split()[-1] not in words_of("over_after_base")  # "Gaztelugatxe gainean"
    }
    words: list[str] = [w for w in re.findall(WORD, subject) if w not in genitive]
    for m in _genitive_rx().finditer(body):
        for name in re.findall(WORD, m.group("phrase")):
            base = next((w for w in words if same_stem(name, w)), None)
            if base:
                return base
    return None

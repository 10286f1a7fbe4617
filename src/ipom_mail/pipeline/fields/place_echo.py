"""A place the Subject names and the body names again (issue 13), also a name after a dash
at the Subject's end ("Fotografie ISS - Transfăgărășan"): no town list needed;
or a town the Subject names after "from" when the body names no place.

"Fwd: ISS boven Westkapelle" and "… vanaf de dijk bij Westkapelle."; "TKS nuotrauka iš
Molėtų" and "Fotografavau prie Molėtų astronomijos observatorijos."; "ISS sa Zlatibora"
and "sa Čigote na Zlatiboru": a name written twice, after a locative word in the Subject
and after one (or between commas after the photo's data) in the body, is where the photo was taken, though
it is a village, a hill or a site no town list holds. The place is the body's, as written
(its case ending kept), with the site's kind after it (data/locatives.toml [site_kinds]:
"Фрушке горе", "Molėtų astronomijos observatorijos"). Never from "over" in the body: what
the station passed over ("über den Stephansdom") is not where the photographer stood.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_after import SELLER, clock_before, instrument_name
from ipom_mail.pipeline.fields.place_cases import case_led_words
from ipom_mail.pipeline.fields.place_kinds import passed_over
from ipom_mail.pipeline.fields.place_nominative import settled_echo
from ipom_mail.pipeline.fields.place_pictured import acronym_site
from ipom_mail.pipeline.fields.place_went_to import went_to_name
from ipom_mail.pipeline.fields.place_words import (
    WORD,
    alt,
    alt_cased,
    by_licence,
    club_name,
    same_stem,
    words_of,
)
from ipom_mail.pipeline.fields.site_phrases import named_site_before
from ipom_mail.pipeline.fields.towns import common_words, is_town


@by_licence
def _subject_rx() -> re.Pattern[str]:
    """A locative or "over" word in the Subject, then a capitalised name."""
    words = "|".join(alt_cased(s) for s in ("over", "outer", "from"))
    return re.compile(rf"(?<![\w'’-])(?:{words})\s+(?P<name>{WORD})")


@by_licence
def _body_rx() -> re.Pattern[str]:
    """A locative word (never "over") or a comma, then a capitalised name and the site's
    kind after it ("prie Molėtų astronomijos observatorijos"), ending its clause or before a
    postposition ("vom Schauinsland | aus")."""
    lead = "|".join(alt_cased(s) for s in ("outer", "from", "inner"))
    kind = rf"(?:\s[^\W\d_]+)?\s(?:{alt('site_kinds')})"
    return re.compile(
        rf"(?:(?<![\w'’-])(?P<lead>{lead})\s+|(?<=,)\s)"
        rf"(?P<name>{WORD}(?:\s{WORD}){{0,2}})(?P<kind>{kind})?"
        rf"(?=\s*(?:[.,;:!?)]|$|\s(?i:{alt('ends')})\b|\s(?:{alt('postpositions')})\b))",
        re.MULTILINE,
    )


_POSSESSIVE = re.compile(r"['’]s?\b")


@cache
def _over() -> re.Pattern[str]:
    """An "over" word ("over the", "über den"), which some locative lists share."""
    return re.compile(rf"(?:{alt_cased('over')})")


def _in_a_name(text: str, start: int) -> bool:
    """Whether the word at `start` joins a person's or a place's name ('Sanne de Vries'),
    not a place to the sentence: a name's particle right after a capitalised word."""
    word = re.match(r"\S+", text[start:])
    before = re.search(r"(\S+)\s+$", text[:start])
    return bool(
        word
        and before
        and word.group(0).lower() in words_of("name_particles")
        and before.group(1)[:1].isupper()
    )


def _named_in_subject(subject: str, sender: str | None) -> list[str]:
    """The names the Subject gives after a locative word, not the sender's own."""
    names = set((sender or "").split())
    return [
        m.group("name")
        for m in _subject_rx().finditer(subject)
        if m.group("name") not in names
        and m.group("name") not in common_words()
        and not _in_a_name(subject, m.start())
    ]


def echoed_place(subject: str | None, body: str, sender: str | None = None) -> str | None:
    """The body's place whose first word is a name the Subject gives after a locative word."""
    named = _named_in_subject(subject or "", sender)
    if not named:
        return None
    for line in body.splitlines():
        for m in _body_rx().finditer(line):
            name = m.group("name")
            first = name.split()[0]
            before = line[max(0, m.start() - 60) : m.start()]
            comma = not m.group("lead") and not any(c.isdigit() for c in line[: m.start()])
            if (
                comma  # "Hi, Tom,": a name between commas only after the photo's data
                or (m.group("lead") and _over().fullmatch(m.group("lead")))  # passed over
                or _over_before(f"{before}{m.group('lead') or ''} ")  # "por cima | da Ponte"
                or _POSSESSIVE.search(name)  # "Dave's backyard"
                or not any(_same_name(first, n) for n in named)
                or any(w in common_words() for w in name.split())
                or (instrument_name(name) and not acronym_site(name))  # "НАО Рожен"
                or clock_before().search(before)
                or SELLER.search(before)
                or _in_a_name(line, m.start())
            ):
                continue
            site = named_site_before(line, m.start()) if m.group("lead") else None
            if site and _settlement(site):
                return _settlement(site)  # "z obce Kvilda na Šumavě": the village Kvilda
            if not site:  # "z Ondřejova": in its base form, or none
                said = next(n for n in named if _same_name(first, n))
                settled = settled_echo(name, said, f"{body}\n{subject}", m.group("kind"))
                return settled + (m.group("kind") or "") if settled else None
            lead = f"{site}{m.group('lead')} " if site else ""
            return lead + name + (m.group("kind") or "")  # "Čigote na Zlatiboru"
    return _gone_to_named(named, body)


def _same_name(body: str, said: str) -> bool:
    """The Subject's name in the body, in another case ending or as it is, short too ("МКС
    над НАО Рожен" and "от двора на НАО Рожен")."""
    return body == said or same_stem(body, said)


def _gone_to_named(named: list[str], body: str) -> str | None:
    """The site gone to that the Subject names ("auf den Schauinsland gefahren" under "ISS
    über dem Schauinsland"): the Subject settles it; never when the body writes it as the
    start of a longer name ("drove up to Kielder" and "Kielder Observatory"), read later."""
    gone = went_to_name(body)
    if not gone or gone not in named:
        return None
    longer = re.search(rf"(?<![\w'’-]){re.escape(gone)}\s+{WORD}", body)
    return None if longer else gone


def _settlement(site: str) -> str | None:
    """The name a settlement's kind leads in a case ending ('obce Kvilda ' → 'Kvilda')."""
    m = re.fullmatch(rf"(?:{alt('settlements_declined')})\s+(?P<name>{WORD}(?:\s{WORD})?)\s*", site)
    return m.group("name") if m else None


@by_licence
def _from_town() -> re.Pattern[str]:
    words = "|".join(alt_cased(s) for s in ("outer", "from"))
    return re.compile(
        rf"(?<![\w'’-])(?:{words})\s+(?P<name>{WORD}(?:\s{WORD}){{0,2}})(?=\s*(?:$|[-–—|,;:.!?)(]))"
    )


def subject_from_town(subject: str | None, sender: str | None = None) -> str | None:
    """A town the Subject says the photo was taken from ('ISS-Foto aus Hamburg', 'ISS fra
    Aarhus'), for a body that names no place. Never a town the station passed over ('ISS
    sobre Lisboa' was taken from Almada), nor a clock's ('hora de Madrid')."""
    names = set((sender or "").split())
    for m in _from_town().finditer(subject or ""):
        name = m.group("name")
        before = (subject or "")[max(0, m.start() - 60) : m.start()]
        if (
            is_town(name)
            and not names.intersection(name.split())
            and not clock_before().search(before)
            and not _in_a_name(subject or "", m.start())
        ):
            return name
    return None


# the Subject's title after a dash, at its end: "Fotografie ISS - Transfăgărășan", with its
# region after a comma ("… TSİ - Uçhisar, Kapadokya")
@cache
def _title() -> re.Pattern[str]:
    joins = rf"(?:(?:{alt('connectors')})\s)?"
    return re.compile(
        rf"\s[-–—]\s+(?P<name>{WORD}(?:\s{joins}{WORD}){{0,2}})"
        rf"(?P<region>,\s{WORD}(?:\s{WORD})?)?\s*$"
    )


def title_name(subject: str | None) -> str | None:
    """The name the Subject gives after a dash at its end ("… – Zselici Csillagpark")."""
    m = _title().search(subject or "")
    return m.group("name") if m else None


def titled_place(
    subject: str | None, body: str, sender: str | None = None, people: frozenset[str] = frozenset()
) -> str | None:
    """A name the Subject gives after a dash at its end ('Foto ISS - Campo Imperatore') and
    the body writes again, as written (a Turkish ending after an apostrophe, a province's
    code in brackets kept: 'Campo Imperatore (AQ)'); never what the station passed over
    ('over Penarth pier'), a sky, maker or clock word, nor the sender's name or a person's
    the mail writes with an address (`people`: "Fwd: fotografie ISS - Andrei Popescu" and
    "De la: Andrei Popescu <andrei@…>", a club forwards its member's photo)."""
    m = _title().search(subject or "")
    if m is None:
        return None
    name = m.group("name")
    whole = f"{name} {m.group('region') or ''}".replace(",", " ")
    words = [w for w in whole.split() if w[:1].isupper()]
    if (
        set((sender or "").split()) & set(words)
        or (words[:1] and words[0] in people)
        or any(w in common_words() or w in words_of("not_towns") for w in words)
        or instrument_name(whole)
        or club_name(whole)
    ):
        return None
    for hit in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?=['’]\w|[^\w'’-]|$)", body):
        before = body[max(0, hit.start() - 60) : hit.start()]
        if _over_before(before) or clock_before().search(before) or SELLER.search(before):
            continue
        if passed_over(before):
            continue  # "per sobre de la cúpula de l'Observatori … del Montsec": in view
        code = re.match(r"\s\(([A-Z]{2})\)", body[hit.end() :])
        if code and code.group(1) in words_of("province_codes"):
            return f"{name} ({code.group(1)})"
        return name + (m.group("region") or "")  # "Uçhisar, Kapadokya", as the Subject writes
    return name if _declined_in(name, body) else None


@by_licence
def _lead_word() -> re.Pattern[str]:
    """A locative word ([from], [outer], [inner]; never "over"), then a capitalised word."""
    lead = "|".join(alt_cased(s) for s in ("from", "outer", "inner"))
    return re.compile(rf"(?<![\w'’-])(?:{lead})\s+(?P<word>{WORD})")


def _declined_in(name: str, body: str) -> bool:
    """Whether the body writes the Subject's one-word town in a case ending after a locative
    word ('… – Piaseczno' and 'z działki pod Piasecznem'): the Subject gives its base form;
    any name the body writes with an ending added ('… – Rožnik' and 'na Rožniku')."""
    if " " in name:
        return False
    led = [m.group("word") for m in _lead_word().finditer(body)]
    if is_town(name):
        return any(word != name and same_stem(word, name) for word in led)
    return any(_ending_added(word, name) for word in led + case_led_words(body))


def _ending_added(word: str, name: str) -> bool:
    """Whether `word` is `name` with a case ending of one to three letters written onto it."""
    return len(name) >= 4 and word.startswith(name) and 1 <= len(word) - len(name) <= 3


def _over_before(before: str) -> bool:
    """Whether an "over" word ends the text before a name ('über dem', 'nad')."""
    return re.search(rf"(?:{alt_cased('over')})\s+$", before) is not None

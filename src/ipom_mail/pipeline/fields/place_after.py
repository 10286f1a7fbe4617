"""A place named after a locative word (split from place_phrases.py by role, issue 13).

"desde Alcalá de Henares", "aufgenommen in Görlitz", "da Roma", "dal parco di Monza", "von
der Sternwarte Bochum aus": a locative word ([from] of data/locatives.toml), then a place's
name, a place only when it names a town exactly as written (fields/towns.py), a site and
its town, a town joined to a site in its case, a town with its state's code, or a name
framed by a postposition; a name of two words or more also when it is the own name of a
smaller place of the country of the word's language ("da Castel Gandolfo sui Colli
Albani"; fields/small_towns.py). Never a clock's town ("hora de Madrid"), a shop ("bought from
…"), a town ending a site named before it, the author after "da"/"von" ("scattata da
Marco Bianchi"), a greeting's region. Also the shared tests of what is no place: a maker
or model (`instrument_name`), a remark on the clock in brackets after a place
(`zone_remark`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.place_taken import before_time, taken_by
from ipom_mail.pipeline.fields.place_words import (
    UP,
    WORD,
    alt,
    alt_cased,
    by_licence,
    club_name,
    data,
    words_of,
)
from ipom_mail.pipeline.fields.site_phrases import (
    framed,
    inside_site,
    place_by_name,
    town_led,
)
from ipom_mail.pipeline.fields.small_towns import countries, small_town
from ipom_mail.pipeline.fields.towns import (
    common_words,
    inflected_town,
    is_town,
)
from ipom_mail.pipeline.fields.zones import is_zone_word


@by_licence
def _after_word() -> re.Pattern[str]:
    """A locative word, then a place's name: capitalised words and the connectors between."""
    name = rf"(?:{WORD}|(?:{alt('sites')})(?=\s))(?:\s(?:(?:{alt('connectors')})\s)?{WORD}){{0,5}}"
    return re.compile(
        rf"(?<![\w'’-])(?P<word>{alt_cased('from')})\s(?P<name>{name})"
        rf"(?P<tail>\s\([{UP}][^()\n]{{1,40}}\))?"
        rf"(?:,\s(?P<town>{WORD}(?:\s{WORD})?))?"
        rf"(?=\s*(?:[.,;:!?)]|$|\s(?:{alt('postpositions')})\b|\s(?i:{alt('ends')})\b|\s[^\w\s]))",
        re.MULTILINE,
    )


@cache
def clock_before() -> re.Pattern[str]:
    # "hora de Madrid", "hora del centro de México": a clock word up to three words before
    return re.compile(
        rf"(?<!\w)(?:{alt('clock_words')})(?:\s+[^\s,.;:()]+){{0,2}}\s*$", re.IGNORECASE
    )


def _starts_upper(m: re.Match[str]) -> bool:
    """A name starts with a capital, or with a site's noun ('parco di Monza')."""
    return m.group("name")[:1].isupper() or m.group("name").split()[0].lower() in words_of("sites")


# "Tag der offenen Tür in Görlitz", "Donauinsel in Wien": the town ends a longer name
_NAME_BEFORE = re.compile(rf"(?<![\w'’.-])[{UP}][^\W{UP}][\w'’.-]*\s*$")  # not "MESZ"


def each_line_match(rx: re.Pattern[str], text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Every match in each line, with its line: a place never runs across lines."""
    for line in text.splitlines():
        for m in rx.finditer(line):
            yield line, m


def instrument_name(name: str) -> bool:
    """'a Rainbow Astro RST-135', '(OpenSMTPD)': a maker, a model number or a program's
    name (capitals inside a word), not a place."""
    words = name.split()
    words = words[:-1] if _state_coded(name) else words
    if any(c.isdigit() for c in name) or any(
        any(c.isupper() for part in w.split("-") for c in part[1:]) for w in words
    ):
        return True
    lowered = tuple(name.lower().split())
    return any(
        lowered[i : i + len(m)] == m for m in gazetteer().makers for i in range(len(lowered))
    )


def _state_coded(name: str) -> bool:
    """'Cape May NJ': a place with its state's or province's code (gazetteer), a town too
    small for the town list."""
    words = name.split()
    return len(words) >= 2 and len(words[-1]) == 2 and words[-1] in gazetteer().regions


SELLER = re.compile(rf"(?<!\w)(?i:{alt('seller_verbs')})(?:\s+[^\s,.;:!?]+){{0,3}}\s*$")
# a sign-off's greeting just before a "from" word: "Liebe Grüße | aus Tirol"
GREETING_END = re.compile(rf"(?<!\w)(?i:{alt('greeting_words')})\s*$")


def _town_named(name: str) -> bool:
    """A town's name, or a site's noun and the town ('parco di Monza', 'Sternwarte Bochum');
    not any name with a town's word in it ('Community Hall')."""
    if is_town(name):
        return True
    words = name.split()
    first = words[0].lower()
    return (
        len(words) >= 2
        and first in words_of("sites")
        and (is_town(" ".join(words[1:])) or is_town(" ".join(words[2:])))
    )


@cache
def _from_languages() -> dict[str, frozenset[str]]:
    """Each locative word of [from], lower case → the languages that write it."""
    found: dict[str, set[str]] = {}
    for lang, words in data()["from"].items():
        for word in words:
            found.setdefault(word.lower(), set()).add(lang)
    return {word: frozenset(langs) for word, langs in found.items()}


def _small_named(m: re.Match[str]) -> bool:
    """A name of two words or more that is the own name of a smaller place of the country
    of the locative word's language ("da Castel Gandolfo" in Italy): no person's name nor a
    common phrase is one; a single word may be either ("da Marco")."""
    name = m.group("name")
    langs = _from_languages().get(m.group("word").lower(), frozenset())
    return " " in name and small_town(name, countries(langs))


def _by_name(line: str, m: re.Match[str]) -> bool:
    """Whether the name after a "by" that is also "from" is a place (site_phrases.place_by_name),
    a lone word only as a town of the countries of the word's languages."""
    langs = _from_languages().get(m.group("word").lower(), frozenset())
    return place_by_name(line, m, countries(langs))


def _town_joined(name: str) -> bool:
    """'Sljemena iznad Zagreba', 'Kaštela kraj Splita': a site joined to a town in its case;
    never a day or month ('Brocken am Montag')."""
    words = name.split()
    if len(words) < 3 or words[-1] in common_words():
        return False
    return words[-2] in words_of("connectors") and inflected_town(words[-1])


def _barred(line: str, m: re.Match[str]) -> bool:
    """Whether the phrase is no place: a clock's town ('hora de Madrid'), a shop ('bought
    from …'), a town ending a site named before it, or the end of a longer name ('Tag der
    offenen Tür in Görlitz')."""
    before = line[max(0, m.start() - 60) : m.start()]
    if (
        not _starts_upper(m)
        or (m.group("word").lower() in words_of("clock_joins") and clock_before().search(before))
        or SELLER.search(before)
        or inside_site(line, m.start())
        or (GREETING_END.search(before) and m.group("name") in gazetteer().regions)
        or _over_end().search(f"{before}{m.group('word')} ")  # "por cima | da Torre de Belém"
        or (taken_by(before, m.group("word")) and not (_by_name(line, m) or _small_named(m)))
    ):
        return True  # "Saludos desde Andalucía": where one lives, not the photo's place
    name_before = _NAME_BEFORE.search(before)
    return bool(
        name_before
        and name_before.group(0).strip() not in common_words()
        and not re.search(r"(?:^|[.!?]\s+)\S+\s*$", before)
        and not _site_led().search(re.split(r"[.,;:!?()]", before)[-1])
    )


@cache
def _over_end() -> re.Pattern[str]:
    """An "over" word ending the text: what follows was passed over, not stood at."""
    return re.compile(rf"(?<![\w'’-])(?:{alt_cased('over')})\s+$")


@by_licence
def _site_led() -> re.Pattern[str]:
    """A locative word and a named site ending the text: 'at Garden of the Gods ' before
    'in Colorado Springs' (the site is in that town: the town is the place)."""
    joins = "|".join(re.escape(w) for w in sorted(words_of("connectors") | words_of("of_words")))
    return re.compile(
        rf"(?<![\w'’-])(?:{alt_cased('from')})\s+(?:the\s+)?{WORD}(?:\s(?:(?:{joins}|the)\s)*{WORD})*\s*$"
    )


def after_locative(text: str) -> str | None:
    """The first town named after a locative word, with its bracketed site or town after."""
    for line, m in each_line_match(_after_word(), text):
        if _barred(line, m):
            continue
        name, tail, town = m.group("name"), m.group("tail"), m.group("town")
        if before_time(name) != name:  # "in East Boston on Thursday, November 12"
            name, tail, town = before_time(name), None, None
        coded = bool(tail) and tail.strip(" ()") in words_of("province_codes")  # "(AQ)"
        named = _town_named(name) or _town_joined(name) or _state_coded(name) or coded
        named = named or town_led(name) or framed(line, m) or _small_named(m)
        if not (named or (town and is_town(town))) or instrument_name(name) or club_name(name):
            continue
        place = name + (tail if tail and not zone_remark(tail) else "")
        if town and (is_town(town) or (_town_named(name) and " " not in town)):
            place = f"{place}, {town}"
        return place
    return None


def zone_remark(bracket: str) -> bool:
    """Whether a bracket after a place opens with a clock's name ("(CEST, encara érem a
    l'horari d'estiu)", "(UTC+2)"): a remark on the time, not the site taken from."""
    first = re.split(r"[,;:\s]", bracket.strip(" ()"), maxsplit=1)[0]
    return is_zone_word(first)

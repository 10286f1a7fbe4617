"""A place in a case ending, in the base form GeoNames makes certain (issue 13).

"zrobione w Wetlinie", "v Jindřichově Hradci", "u Višnjanu", "у Чернівцях",
"ylilennosta Sodankylässä": a Slavic language puts a place's name in a case after a word
of place ([case_leads]), a Finnic one writes the case onto it. The place is its base form,
as a map writes it, and only where it is certain: each word's case ending is put back to
the endings its language's base forms have (data/locatives.toml [case_bases], one entry per
language: "ově>ův", "ci>ec"), and of the forms this gives (with the name as written, after
a lead) exactly one must be a place of the language's countries ([own_countries]) in
GeoNames' cities500: its own name (fields/small_towns.py), or, for a name in Cyrillic, one
of its names in that script ("Чернівці", "Белоградчик"). No form ("Wetlinie" is Wetlina's
or Wetlin's; GeoNames knows neither) or two forms (a stem two towns share) give no place.
After a lead, the first capitalised name is the place or nothing: a region after it ("w
Bieszczadach") or a town named later for a talk is never taken in its stead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import product
from pathlib import Path
from typing import Any

from ipom_mail.pipeline.fields.mail_language import language_shares
from ipom_mail.pipeline.fields.place_words import UP, WORD, data
from ipom_mail.pipeline.fields.small_towns import countries, small_town
from ipom_mail.pipeline.fields.towns import _Names, common_words, packed_towns

LIKELY = 0.2  # as fields/place_nominative.py: kin languages share a mail's letters
_CYRILLIC = re.compile(r"^[\u0400-\u04ff][\u0400-\u04ff' .-]*$")


@cache
def _bases() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each language's case endings and the base ending each puts back, longest first."""
    return {
        lang: tuple(sorted(map(case_rule, listed), key=lambda r: -len(r[0])))
        for lang, listed in data()["case_bases"].items()
    }


def case_rule(entry: str) -> tuple[str, str]:
    """'ově>ův' → ('ově', 'ův'): a case ending (or a word in its case, 'tetőn>tető') and the
    base form's ending it puts back."""
    ending, _, base = entry.partition(">")
    return ending, base


@cache
def _own_countries_codes() -> frozenset[str]:
    return frozenset(c for listed in data()["own_countries"].values() for c in listed)


@lru_cache(maxsize=1)
def _native() -> _Names:
    """Every Cyrillic name of a place of the languages' countries, with its country."""
    key = Path(__file__).read_bytes() + repr(sorted(_own_countries_codes())).encode()
    return packed_towns(key, _cyrillic_in_country, "cities500.json")


def _cyrillic_in_country(city: dict[str, Any]) -> Iterator[str]:
    country = city["countrycode"]
    if country not in _own_countries_codes():
        return
    for name in city.get("alternatenames") or ():
        if _CYRILLIC.match(name) and not name.islower() and not name.isupper():
            yield f"{name}\t{country}"


def _is_place(name: str, where: frozenset[str]) -> bool:
    """Whether `name` is a place of `where`: its own name, or a Cyrillic name of it."""
    if name in common_words():
        return False
    if _CYRILLIC.match(name):
        return any(f"{name}\t{country}" in _native() for country in where)
    return small_town(name, where)


def case_forms(word: str, rules: Iterable[str | tuple[str, str]]) -> set[str]:
    """The base forms a word's case ending may stand for by `rules` ('ie>a', or the pair),
    a stem of three letters at least left ("Hradce" → "Hradec")."""
    pairs = (case_rule(r) if isinstance(r, str) else r for r in rules)
    return {
        word[: len(word) - len(ending)] + base
        for ending, base in pairs
        if word.endswith(ending) and len(word) - len(ending) >= 3
    }


def _forms(word: str, langs: tuple[str, ...], as_written: bool) -> set[str]:
    """The base forms a word's case ending may stand for in `langs`."""
    found = {word} if as_written else set()
    for lang in langs:
        found |= case_forms(word, _bases().get(lang, ()))
    return found


def base_form(name: str, langs: tuple[str, ...], as_written: bool = True) -> str | None:
    """The one place of the languages' countries `name` (one or two words, each in a case)
    may be the base form of; None when none or several are."""
    where = countries(langs)
    if not where:
        return None
    forms = [_forms(w, langs, as_written) for w in name.split()]
    found = {" ".join(p) for p in product(*forms) if _is_place(" ".join(p), where)}
    return found.pop() if len(found) == 1 else None


@cache
def _lead_rx(lead_words: tuple[str, ...]) -> re.Pattern[str]:
    """A lead (lower case, or with a capital first letter), then a capitalised name of one or
    two words."""
    ordered = sorted(lead_words, key=len, reverse=True)
    alt = "|".join(re.escape(v) for w in ordered for v in dict.fromkeys((w, w[:1].upper() + w[1:])))
    return re.compile(rf"(?<![\w'’-])(?:{alt})\s+(?P<name>{WORD}(?:\s{WORD})?)")


_INSIDE = re.compile(rf"(?<=[a-zà-ÿā-ſа-яёіїєґ,\d]\s)(?P<name>[{UP}][^\W\d_]+)(?![\w'’-])")


def _leads_of(langs: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for lang in langs for w in data()["case_leads"].get(lang, []))


def _ending_only(langs: tuple[str, ...]) -> tuple[str, ...]:
    """The languages of `langs` that write a case onto a name with no word before it."""
    return tuple(lang for lang in langs if lang in _bases() and not _leads_of((lang,)))


def _may_hold(text: str) -> bool:
    """Whether `text` holds a lead of any language before a name, or a capitalised word with
    a case ending of a language with no leads: else the language model need not be loaded."""
    if _lead_rx(_leads_of(tuple(_bases()))).search(text):
        return True
    endings = tuple(e for lang in _ending_only(tuple(_bases())) for e, _ in _bases()[lang])
    return any(m["name"].endswith(endings) and len(m["name"]) > 5 for m in _INSIDE.finditer(text))


def _mail_languages(text: str) -> tuple[str, ...]:
    return tuple(lang for lang, p in language_shares(text) if p >= LIKELY)


def declined_place(text: str) -> str | None:
    """The place the first name after a lead of the mail's language stands for, in its base
    form; else, in a language with no leads, the first capitalised word in a sentence whose
    case ending leaves a place; None when its base form is not certain."""
    if not _may_hold(text):
        return None
    langs = tuple(lang for lang in _mail_languages(text) if lang in _bases())
    leads = _leads_of(langs)
    if leads and (m := _lead_rx(leads).search(text)):
        return _narrowed(text, m.end(), langs) or _settled(m["name"], langs)
    if ending_only := _ending_only(langs):
        for m in _INSIDE.finditer(text):
            if (base := base_form(m["name"], ending_only, as_written=False)) is not None:
                return base
    return None


def _narrowed(text: str, end: int, langs: tuple[str, ...]) -> str | None:
    """The town a near word of the mail's language names right after the comma that ends
    the first name ("в Карпатах, біля Ворохти": in the Carpathians, near Vorokhta), when its
    base form is certain: it narrows the region before it."""
    near = tuple(w for lang in langs for w in data()["near_town_before"].get(lang, []))
    comma = re.compile(r",\s+").match(text, end)
    m = _lead_rx(near).match(text, comma.end()) if near and comma else None
    return _settled(m["name"], langs) if m else None


def known_place(name: str, mail: str) -> bool:
    """Whether `name`, as written, is a place of the countries of the mail's languages: a
    base form GeoNames makes certain ("Višnjan" under "ISS iznad Višnjana")."""
    return _is_place(name, countries(_mail_languages(mail)))


def lead_spans(text: str) -> list[tuple[int, int]]:
    """Where a lead word of any language stands before a capitalised name ("w Wetlinie")."""
    return [m.span() for m in _lead_rx(_leads_of(tuple(_bases()))).finditer(text)]


def case_led_words(text: str) -> list[str]:
    """The first word of each name a case's lead word of any language writes ("na Rožniku")."""
    return [m["name"].split()[0] for m in _lead_rx(_leads_of(tuple(_bases()))).finditer(text)]


def place_of(name: str, langs: tuple[str, ...]) -> bool:
    """Whether `name`, as written, is a place of the languages' countries in GeoNames."""
    return _is_place(name, countries(langs))


def _settled(name: str, langs: tuple[str, ...]) -> str | None:
    """Two capitalised words as one place, else the first alone ("Jindřichově Hradci",
    "Višnjanu"); never a word all in capitals."""
    words = name.split()
    if any(w.isupper() for w in words):
        return None
    if len(words) == 2 and (base := base_form(name, langs)) is not None:
        return base
    return base_form(words[0], langs)


def certain_base(place: str, text: str) -> str:
    """A place of one word in a case ending ("z vrta v Mariboru") in the one base form
    GeoNames knows in the mail's languages' countries ("Maribor"); else as given."""
    if not re.fullmatch(r"[^\W\d_]{4,}", place) or not place[:1].isupper():
        return place
    if place_of(place, _mail_languages(text)):
        return place  # "Bergen", "Sopot": a town as written
    return base_form(place, _mail_languages(text), as_written=False) or place


def settled_name(name: str, text: str) -> str | None:
    """The one place of the mail's languages' countries `name` (one or two words in a case)
    is the base form of ("Ondřejově" → "Ondřejov"); None when none or several are."""
    langs = tuple(lang for lang in _mail_languages(text) if lang in _bases())
    return _settled(name, langs) if langs else None


def opens_with_lead(value: str) -> bool:
    """Whether a labelled value opens with a case's lead word of any language and a name
    ("Mesto: na Fruškoj gori", "Místo: v Ondřejově"): the name after it is in a case."""
    return _lead_rx(_leads_of(tuple(_bases()))).match(value) is not None


def labelled_declined(value: str, mail: str) -> str | None:
    """The base form of the name a labelled value writes after a lead word of the mail's
    language ("w Zakopanem" → "Zakopane"), when GeoNames makes it certain; else None, never
    the value with its lead ("na Fruškoj gori")."""
    langs = tuple(lang for lang in _mail_languages(mail) if lang in _bases())
    leads = _leads_of(langs)
    m = _lead_rx(leads).match(value) if leads else None
    return _settled(m["name"], langs) if m else None

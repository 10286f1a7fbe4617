"""A town an Arabic, Persian or Hebrew sentence says the photo was taken in or from (issue 13).

"התמונה צולמה בירושלים", "التقطت الصورة في الرياض", "این عکس را در تهران گرفتم": a town of
GeoNames written in these scripts (fields/towns_scripts.py), of one or two words, after a
word or a prefix that leads a place ("في", "در"; "ב", "מ", "ب"), a few words after a verb
of taking in the same sentence, or in Persian a few words before it
(data/script_places.toml [taken_town]). A town in a greeting ("مساء الخير من الرياض") or a
letter's date line has no such verb; a country alone is no town.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from ipom_mail.pipeline.fields.script_words import script_data
from ipom_mail.pipeline.fields.towns_native import native_countries, native_town
from ipom_mail.pipeline.fields.towns_scripts import script_town
from ipom_mail.pipeline.tables_cache import machine_table

_SENTENCE = re.compile(r"[^.!?؟\n]+")
# a line break inside a paragraph: a mail wraps its sentences ("שצילמתי ביום שלישי,\n29 בספטמבר")
_LINE_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n])")
_WORDS_BETWEEN = 4  # words between the verb and the town's lead, at most


@dataclass(frozen=True, slots=True)
class _Language:
    """One language's verbs of taking (as word tuples), the words and prefixes leading a
    town, its order."""

    verbs: frozenset[tuple[str, ...]]
    words: frozenset[str]
    prefixes: tuple[str, ...]
    verb_after: bool
    verb_prefixes: tuple[str, ...]
    times: frozenset[str]
    in_words: frozenset[str]
    in_prefixes: tuple[str, ...]
    clause_starts: tuple[str, ...]
    countries: frozenset[str]
    clocks: frozenset[str]


@cache
def _languages() -> tuple[_Language, ...]:
    return tuple(
        _Language(
            verbs=frozenset(tuple(verb.split()) for verb in entry["verbs"]),
            words=frozenset(entry["words"]),
            prefixes=tuple(entry["prefixes"]),
            verb_after=bool(entry["verb_after"]),
            verb_prefixes=tuple(sorted(entry["verb_prefixes"], key=len, reverse=True)),
            times=frozenset(entry["times"]) | _calendar_words(lang),
            in_words=frozenset(entry["in_words"]),
            in_prefixes=tuple(entry["in_prefixes"]),
            clause_starts=tuple(entry["clause_starts"]),
            countries=native_countries(lang),
            clocks=frozenset(entry.get("clocks", ())),
        )
        for lang, entry in script_data()["taken_town"].items()
    )


@machine_table
def _calendar_words(lang: str) -> frozenset[str]:
    """A language's months and weekdays (CLDR), each word of them: never a place's name.
    Kept per machine: a worker loads no Babel locale for it."""
    from babel import Locale

    locale = Locale.parse(lang)
    names = [*locale.months["format"]["wide"].values(), *locale.days["format"]["wide"].values()]
    return frozenset(w for name in names for w in str(name).split())


def _verb_size(words: list[str], at: int, language: _Language) -> int:
    """The number of words of the verb of taking at `at`, a conjunction written onto its
    first word left out ("שצילמתי"); 0 for none."""
    first = words[at]
    bare = [first] + [first[len(p) :] for p in language.verb_prefixes if first.startswith(p)]
    for n in sorted({len(verb) for verb in language.verbs}, reverse=True):
        if any((b, *words[at + 1 : at + n]) in language.verbs for b in bare):
            return n
    return 0


def taken_town(text: str) -> str | None:
    """The first town a sentence says the photo was taken in or from."""
    for sentence in _SENTENCE.finditer(_LINE_BREAK.sub(" ", text)):
        words = re.sub(r"[,،;:()«»\"]", " ", sentence.group(0)).split()
        for language in _languages():
            town = _town_by_verb(words, language)
            if town is not None:
                return town
    return None


def _town_by_verb(words: list[str], language: _Language) -> str | None:
    """A town led by a word or prefix within a few words of a verb of taking: each word
    is read once as a verb's start, and a few words round a verb as a town's lead."""
    for at in range(len(words)):
        size = _verb_size(words, at, language)
        if not size:
            continue
        if language.verb_after:
            span: Iterable[int] = range(max(0, at - _WORDS_BETWEEN - 2), at)
        else:
            span = _after_verb(words, at + size, language)
        town = next((t for i in span if (t := _led_town(words, i, language))), None)
        if town is not None:
            return town
    return None


def _after_verb(words: list[str], start: int, language: _Language) -> Iterator[int]:
    """The words after a verb where a town's lead may stand: up to a few words, a date and
    a time between not counted ("שצילמתי ביום שלישי, 29 בספטמבר 2026, בשעה 19:12 … במצפה
    רמון"), nor a zone's place after a clock's word ("שעון ישראל", Israel time; [clocks]),
    never past a word opening another clause."""
    counted = 0
    for i in range(start, len(words)):
        if i > start and words[i].startswith(language.clause_starts):
            return
        yield i
        clock = i > start and words[i - 1] in language.clocks  # "שעון ישראל": a zone
        counted += not (clock or _timely(words[i], language))
        if counted > _WORDS_BETWEEN:
            return


def _timely(word: str, language: _Language) -> bool:
    """Whether a word is part of a date or a time: a number, or a word of time (a lead's
    prefix on it or not)."""
    if any(c.isdigit() for c in word):
        return True
    bare = [word] + [word[len(p) :] for p in language.prefixes if word.startswith(p)]
    return any(b in language.times for b in bare)


def _led_town(words: list[str], i: int, language: _Language) -> str | None:
    """The town of one or two words led at word `i` by a lead word or a prefix."""
    if words[i] in language.words:
        rest = words[i + 1 : i + 3]
    else:
        prefix = next((p for p in language.prefixes if words[i].startswith(p)), None)
        if prefix is None or len(words[i]) <= len(prefix) + 1:
            return None
        rest = [words[i][len(prefix) :], *words[i + 1 : i + 2]]
    for size in (2, 1):
        name = " ".join(rest[:size])
        if len(rest) >= size and (script_town(name) or native_town(name, language.countries)):
            return name
    return None


def taken_in_named(text: str) -> bool:
    """Whether a sentence says the photo was taken in or from a place it names, a word or
    prefix leading a word of no time after its verb of taking, however far, in the same
    sentence ("…חולפת מעל מכתש רמון, שצילמתי ביום שישי … במצפה רמון"): what the
    station passed over was seen from there, and is not where the photo was taken."""
    for sentence in re.finditer(r"(?:[^.!?؟]|\.(?=\d))+", text):  # "9.4.2027" ends none
        words = re.sub(r"[,،;:()«»\"]", " ", sentence.group(0)).split()
        for language in _languages():
            for at in range(len(words)):
                size = _verb_size(words, at, language)
                if size and any(
                    _leads_name(words, i, language) for i in _clause(words, at, size, language)
                ):
                    return True
    return False


def _clause(words: list[str], at: int, size: int, language: _Language) -> range:
    """The words of the verb's clause where its place may stand: a few before a verb that
    comes last, else all after it up to a word opening another clause ("כשהים")."""
    if language.verb_after:
        return range(max(0, at - _WORDS_BETWEEN - 2), at)
    starts = language.clause_starts
    end = next((i for i in range(at + size, len(words)) if words[i].startswith(starts)), len(words))
    return range(at + size, end)


def _leads_name(words: list[str], i: int, language: _Language) -> bool:
    """Whether word `i` leads a name: an "in" word before one, or an "in" prefix on one,
    that is no word of time, no instrument, no number."""
    if words[i] in language.in_words:
        name = words[i + 1] if i + 1 < len(words) else ""
    else:
        prefix = next((p for p in language.in_prefixes if words[i].startswith(p)), "")
        name = words[i][len(prefix) :] if prefix else ""
    return len(name) > 1 and not name[0].isdigit() and name not in language.times

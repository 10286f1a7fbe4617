"""Weekday names from CLDR through Babel, in the languages mail comes in: whole, in a case
ending ("w sobotę", "sunnuntaina"), with a part of the day ("Dienstagabend"), abbreviated
only where a date confirms them.

Built once per machine (tables_cache) and compiled lazily, so a message costs a lookup.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ipom_mail.pipeline.fields.words import LOCALES
from ipom_mail.pipeline.tables_cache import machine_table

_LETTERS = r"[^\W\d_]"
_UNSPACED = r"(?=[\u0e00-\u0e7f])"  # Thai is written without spaces between its words


@machine_table
def weekday_names() -> dict[str, int]:
    """Every wide and abbreviated weekday name (lower-case) → Monday 0 … Sunday 6.

    Abbreviations of two letters are left out: "so", "do", "mi" are ordinary words.
    """
    from babel.dates import get_day_names

    names: dict[str, int] = {}
    for locale in LOCALES:
        for width in ("wide", "abbreviated"):
            for day, name in get_day_names(width, "format", locale).items():
                key = name.lower().rstrip(".")
                if len(key) > 2:
                    names.setdefault(key, day)
    return names


@machine_table
def _short_weekdays() -> dict[str, frozenset[int]]:
    """CLDR's weekday abbreviations of two letters ("do", "di", "Mi") → the days they
    abbreviate in any language: ordinary words too, so only a date they fit may use them."""
    from babel.dates import get_day_names

    names: dict[str, set[int]] = {}
    for locale in LOCALES:
        for day, name in get_day_names("abbreviated", "format", locale).items():
            key = name.lower().rstrip(".")
            if len(key) == 2 and key.isalpha():
                names.setdefault(key, set()).add(day)
    return {key: frozenset(days) for key, days in names.items()}


def short_weekdays_before(text: str) -> frozenset[int]:
    """The days a two-letter weekday abbreviation just before a date may name ("do 15 okt":
    Thursday in Dutch), or none: the date must fall on one of them."""
    m = re.search(rf"(?<!{_LETTERS})({_LETTERS}{{2}})\.?,?\s+$", text)
    return _short_weekdays().get(m.group(1).lower(), frozenset()) if m else frozenset()


@lru_cache(maxsize=1)
def _weekday_stems() -> dict[str, int]:
    """Wide weekday names without their last letter or two (four letters at least), for the
    cases they are written in ("у суботу", "w sobotę", "sunnuntaina"); a stem two days
    share is left out, and so is one of a name of two words ("e diel": "e di" is Italian)."""
    stems: dict[str, set[int]] = {}
    for name, day in weekday_names().items():
        for cut in (1, 2) if " " not in name else ():
            if len(name) - cut >= 4:
                stems.setdefault(name[:-cut], set()).add(day)
    return {stem: days.pop() for stem, days in stems.items() if len(days) == 1}


@lru_cache(maxsize=1)
def _weekday_tail() -> re.Pattern[str]:
    from ipom_mail.pipeline.fields.labels import label_words

    words = {**_weekday_stems(), **weekday_names()}
    alternatives = "|".join(re.escape(n) for n in sorted(words, key=len, reverse=True))
    return re.compile(
        rf"(?:(?<!{_LETTERS})|{_UNSPACED})(({alternatives}){_LETTERS}{{0,3}})\.?,?\s*"
        rf"(?:(?:{label_words('weekday_joins')})\s*|{_LETTERS}{{4,9}}\s*\(\s*)?$",
        re.I,
    )


def weekday_before(text: str) -> int | None:
    """The weekday named at the very end of `text` ("on Tuesday, ", "у суботу "), before a
    word saying a day's number follows ("Tuesday the ", "thứ Hai, ngày ", "Senin, tanggal ";
    data/labels.toml [weekday_joins]), or before one word and an opening bracket ("Saturday
    night ("), or None."""
    m = _weekday_tail().search(text)
    if m is None:
        return None
    written, stem = m.group(1).lower(), m.group(2).lower()
    return weekday_names().get(written, _weekday_stems().get(stem, weekday_names().get(stem)))


def certain_weekday_before(text: str) -> int | None:
    """The weekday weekday_before reads, only when its word is a weekday's name whole, in
    a case too, or its abbreviation as such: "Lune" (the Moon) or "Szeged" are no Monday
    ("lun") or Wednesday ("sze") with letters after them."""
    m = _weekday_tail().search(text)
    if m is None:
        return None
    word = m.group(1).lower()
    sure = word in weekday_names() or _any_weekday().fullmatch(word) is not None
    return weekday_before(text) if sure else None


_AFTER = re.compile(rf"[ \t]*(?:(?P<bracket>\()[ \t]*|,?[ \t]*)(?P<word>{_LETTERS}+)")


def weekday_after(text: str) -> int | None:
    """The weekday named at the very start of `text`, right after a date: in brackets, in
    any of its forms ("(Friday)", "(Fri)", "(pátek)"), or after a space or a comma by its
    wide name ("02/04/2027, Friday"); never across a line's end."""
    m = _AFTER.match(text)
    if m is None:
        return None
    word = m["word"].lower()
    if word in weekday_names():
        return weekday_names()[word] if m["bracket"] or _any_weekday().fullmatch(word) else None
    if _any_weekday().fullmatch(word) is None:
        return None
    return _weekday_of(word)


def _weekday_of(word: str) -> int | None:
    """The weekday a wide name names, whole, in a case ("sobotę", "sunnuntaina") or with
    its part of the day ("Dienstagabend")."""
    from ipom_mail.pipeline.fields.weekday_compounds import compound_weekday

    if word in weekday_names():
        return weekday_names()[word]  # Monday is 0
    return next(
        (_weekday_stems()[word[:-cut]] for cut in (1, 2, 3) if word[:-cut] in _weekday_stems()),
        compound_weekday(word),
    )


def weekday_named(text: str) -> int | None:
    """The weekday (Monday 0) the first wide weekday name in `text` names, in a case too
    ("so technically Saturday morning", "już w sobotę"), or None."""
    m = _any_weekday().search(text)
    return _weekday_of(m.group(0).lower()) if m else None


@machine_table
def _wide_weekday_stems() -> list[str]:
    """CLDR's wide weekday names in both contexts, a long one without its last letter
    ("sobota" → "sobot" + "ę"), longest first (built once per machine: tables_cache)."""
    from babel.dates import get_day_names

    words = {
        name.lower()
        for locale in LOCALES
        for context in ("format", "stand-alone")
        for name in get_day_names("wide", context, locale).values()
    }
    stems = {w[:-1] if len(w) >= 6 else w for w in words}
    return sorted(stems, key=lambda stem: (-len(stem), stem))


@lru_cache(maxsize=1)
def _any_weekday() -> re.Pattern[str]:
    """CLDR's wide weekday names, each with a case ending of up to three letters (the
    abbreviations are ordinary words: "mon", "qui", "ter")."""
    from ipom_mail.pipeline.fields.weekday_compounds import compound_source

    alternatives = "|".join(re.escape(n) for n in _wide_weekday_stems())
    named = rf"{compound_source()}|(?:{alternatives}){_LETTERS}{{0,3}}"  # "Dienstagabend"
    return re.compile(rf"(?:(?<!{_LETTERS})|{_HEBREW_PREFIX})(?:{named})(?!{_LETTERS})", re.I)


# Hebrew writes "on", "and", "the" onto the next word: "ביום חמישי" is "on Thursday"
_HEBREW_PREFIX = r"(?<=(?<![^\W\d_])[בוהלמכש])(?=יום)|(?<=(?<![^\W\d_])ו[בהלמ])(?=יום)"


def only_a_weekday(piece: str) -> bool:
    """Whether `piece` is a weekday's wide name alone, with a comma or "the" after it at most
    ("domingo ", "Sunday, the "): a date after it is still the one beside a time."""
    words = piece.strip(" \t,").split()
    if words and words[-1].lower() in ("the", "den", "le"):
        words = words[:-1]
    return len(words) == 1 and _any_weekday().fullmatch(words[0].rstrip(",")) is not None


def names_a_weekday(text: str) -> bool:
    """Whether a weekday's wide name, in a case too, is written anywhere in `text`: the
    words speak of a day of their own."""
    return _any_weekday().search(text) is not None


def weekday_alone(word: str) -> bool:
    """Whether `word` is a weekday's wide name and nothing else ("Jumat", "sobotę")."""
    return _any_weekday().fullmatch(word) is not None


# a day's number and its month right after a weekday: "lørdag den 23. august", "dijous 11 de
# desembre", "Saturday, the 23rd of August", "sobota 23.8."
_OWN_DATE = re.compile(
    r"[ \t,]*(?:(?:den|the|le|el|il|am|de)[ \t]+)?(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?"
    r"(?:[ \t]+(?:of|de|del)?[ \t]*(?P<month>[^\W\d_]{3,})|[./]\d{1,2}(?!\d))"
)


def _dated(text: str, end: int) -> bool:
    """Whether a day and its month follow a weekday ending at `end`: its own date."""
    from ipom_mail.pipeline.fields.words import month_names

    m = _OWN_DATE.match(text, end)
    if m is None or not 1 <= int(m["day"]) <= 31:
        return False
    return m["month"] is None or m["month"].lower().rstrip(".") in month_names()[0]


def undated_weekdays_in(text: str, skip: frozenset[str] = frozenset()) -> set[int]:
    """As weekdays_in, leaving out a weekday written with its own date right after it
    ("lørdag den 23. august kl. 20:00", a star party's): it names that date, no day alone."""
    found = (m.group(0).lower() for m in _any_weekday().finditer(text) if not _dated(text, m.end()))
    return {d for w in found if w not in skip and (d := _weekday_of(w)) is not None}


def weekdays_in(text: str, skip: frozenset[str] = frozenset()) -> set[int]:
    """The weekdays (Monday 0) the wide names in `text` name, in a case too; words in
    `skip` ("minggu": also a week) name none."""
    found = (m.group(0).lower() for m in _any_weekday().finditer(text))
    return {d for w in found if w not in skip and (d := _weekday_of(w)) is not None}

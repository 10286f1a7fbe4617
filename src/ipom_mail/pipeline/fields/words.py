"""Calendar words from CLDR through Babel: month names and words for days (yesterday,
tonight) in the languages mail comes in; weekday names are in fields/weekday_words.py.

Loaded lazily, once per process, so a message costs a dictionary lookup. The
locales are the reply languages and the languages the evaluation set holds;
English is always among them.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ipom_mail.pipeline.tables_cache import machine_table

LOCALES = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "hu", "sk", "sl", "hr", "ro",
    "sv", "nb", "da", "fi", "tr", "el", "ru", "uk", "bg", "sr", "lt", "lv", "et", "ca",
    "is", "eu", "gl", "af", "he", "ar", "fa", "hi", "bn", "th", "vi", "id", "ms", "fil", "sw",
    "cy", "ga", "sq", "mk", "mt", "ka", "hy", "be", "ur",
    "az", "kk", "mn", "uz", "ky", "tg", "ta", "mr", "ne", "te", "kn", "ml", "si",
)  # fmt: skip
# Months are named otherwise in some countries of a language: the Levantine and Iraqi months
# ("تشرين الثاني", "شباط", "آذار") are CLDR's ar_SY (ar_LB, ar_JO and ar_IQ hold the same)
_MONTH_LOCALES = (*LOCALES, "ar_SY")
_LETTERS = r"[^\W\d_]"


def _eras() -> dict[str, int]:
    """Era names → the Gregorian year before the era's first (data/eras.toml)."""
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files("ipom_mail").joinpath("data/eras.toml").read_text("utf-8"))
    return {name: int(offset) for name, offset in data["eras"].items()}


ERAS = dict(sorted(_eras().items(), key=lambda kv: -len(kv[0])))  # longest name first


@machine_table
def month_names() -> tuple[dict[str, int], frozenset[str]]:
    """CLDR month names of every locale (lower-case) → month 1…12, in their grammatical
    forms (format: "июня", "maaliskuuta"; stand-alone: "июнь"), and the set of those
    that are only abbreviations ("мар", "set"): such a word counts only beside a day and a
    year. Locales that write months as numbers (ja, zh, ko) are read as numbers."""
    from babel.dates import get_month_names

    wide: dict[str, int] = {}
    short: dict[str, int] = {}
    for locale in _MONTH_LOCALES:
        for context in ("format", "stand-alone"):
            for month, name in get_month_names("wide", context, locale).items():
                wide.setdefault(name.lower(), month)
            for month, name in get_month_names("abbreviated", context, locale).items():
                key = name.lower().rstrip(".")
                if len(key) > 2 and not any(c.isdigit() for c in key):
                    short.setdefault(key, month)
    for name, month in _month_cases().items():
        wide.setdefault(name, month)
    for name, month in list(wide.items()):  # "d’octubre" as typed: "d'octubre"
        wide.setdefault(name.replace("’", "'"), month)
    abbreviations = frozenset(k for k in short if k not in wide)
    abbreviations |= {k for k in wide if len(k) <= 4 and k not in _plain_wide()}
    return {**short, **wide}, abbreviations


@machine_table
def two_way_months() -> dict[str, dict[str, int]]:
    """Month names that mean different months in different languages (Croatian "listopada"
    is October, Polish "listopada" November), each with its month per language: such a
    date reads every way until the mail's letters settle it (two_way_letters)."""
    from babel.dates import get_month_names

    meant: dict[str, dict[str, int]] = {}
    for locale in _MONTH_LOCALES:
        for context in ("format", "stand-alone"):
            for month, name in get_month_names("wide", context, locale).items():
                meant.setdefault(name.lower(), {})[locale.split("_")[0]] = month
    return {name: by for name, by in meant.items() if len(set(by.values())) > 1}


@lru_cache(maxsize=1)
def _month_letters() -> dict[str, dict[str, str]]:
    """data/month_letters.toml: the letters that tell a two-way month name's language."""
    import tomllib
    from importlib.resources import files

    return tomllib.loads(files("ipom_mail").joinpath("data/month_letters.toml").read_text("utf-8"))


def two_way_reading(name: str, text: str) -> tuple[int, ...]:
    """The months a name read two ways may mean in this text: only those of the languages
    whose letters the text writes (data/month_letters.toml), else all."""
    import tomllib
    from importlib.resources import files

    by = two_way_months()[name]
    letters = tomllib.loads(
        files("ipom_mail").joinpath("data/month_letters.toml").read_text("utf-8")
    )
    shown = {
        by[lang]
        for lang, rule in letters.items()
        if lang in by
        and re.search(rule["has"], text, re.I)
        and not re.search(rule.get("without", "(?!)"), text, re.I)
    }
    return tuple(shown) if len(shown) == 1 else tuple(sorted(set(by.values())))


@machine_table
def _plain_wide() -> frozenset[str]:
    """CLDR's own wide month names (before the grammatical cases are added)."""
    from babel.dates import get_month_names

    return frozenset(
        name.lower()
        for locale in LOCALES
        for context in ("format", "stand-alone")
        for name in get_month_names("wide", context, locale).values()
    )


def _month_cases() -> dict[str, int]:
    """Month names in the cases CLDR does not give (data/month_cases.toml): "јула", "oktobrī"."""
    import tomllib
    from importlib.resources import files

    from babel.dates import get_month_names

    data = tomllib.loads(files("ipom_mail").joinpath("data/month_cases.toml").read_text("utf-8"))
    forms: dict[str, int] = {}
    for locale, cases in data.items():
        for month, name in get_month_names("wide", "stand-alone", locale).items():
            for rules in cases.values():
                form = inflect(name.lower(), rules)
                if form is not None:
                    forms.setdefault(form, month)
    return forms


def inflect(name: str, rules: list[str]) -> str | None:
    """The form the first matching rule "ENDING>REPLACEMENT" makes of `name`, or None."""
    for rule in rules:
        ending, replacement = rule.split(">")
        form, count = re.subn(f"(?:{ending})$", replacement, name, count=1)
        if count:
            return form
    return None


_CJK_LOCALES = ("ja", "ko", "zh", "zh_Hant")
_SHIFT = {"yesterday": -1, "before_yesterday": -2, "tomorrow": 1, "today": 0, "tonight": 0}
# CLDR's "yesterday" that is a common word of another language: French "hier" is German
# and Dutch "here", Estonian "eile" German "hurry"; and a CLDR relative day that is another
# word of its own language or another's: Uzbek "kecha" is yesterday and night ("ideal kecha",
# an ideal night), Azerbaijani "sabah" (tomorrow) is Turkish and Malay morning, Marathi "काल"
# is yesterday and tomorrow
_OTHER_WORDS = frozenset({"hier", "eile", "", "kecha", "sabah", "काल"})


@lru_cache(maxsize=8)
def relative_day_pattern(kind: str) -> re.Pattern[str]:
    """CLDR's words for "yesterday" ("wczoraj", "учора", "ahir"), for the day before it
    ("predvčerom", "vorgestern", "anteayer"), for "tomorrow" ("demain", "morgen"), for
    "today" ("hoy", "heute", "oggi"), or for "tonight" written as today and an evening or
    night word ("azi seara", "heute Abend", "danas navečer"), in the languages mail comes
    in; a today word of two letters ("ma") is left out."""
    return re.compile(_relative_day_source(kind), re.I)


@machine_table
def _relative_day_source(kind: str) -> str:
    """The text of relative_day_pattern(kind), built once per machine (tables_cache): most
    mail says "last night" or "yesterday", and building it loads seventy Babel locales."""
    from babel import Locale

    found: set[str] = set()
    for name in (*LOCALES, *_CJK_LOCALES):
        locale = Locale.parse(name)
        days = locale._data["date_fields"]["day"]["relative"]
        if days.get(_SHIFT[kind], "").lower() in _OTHER_WORDS:
            continue
        if kind == "yesterday":
            found.add(re.escape(days[-1].lower()))
        elif kind == "before_yesterday" and len(days.get(-2, "")) >= 5:
            found.add(re.escape(days[-2].lower()))
        elif kind == "tomorrow" and len(days.get(1, "")) >= 4:
            found.add(re.escape(days[1].lower()))
        elif kind == "today" and len(days.get(0, "")) >= 3:
            found.add(re.escape(days[0].lower()))
        elif kind == "tonight" and len(days.get(0, "")) >= 3:
            for period in _evening_words(locale):
                found.add(rf"{re.escape(days[0].lower())}\s+(?:{_LETTERS}+\s+)?{period}")
    ordered = sorted(found, key=len, reverse=True)
    words = "|".join(w.replace("’", "['’]") for w in ordered) or r"(?!)"
    return rf"(?<!{_LETTERS})(?:{words})(?!{_LETTERS})"


# CLDR's day periods of a day's daylight and evening (not midnight: which day is it?)
_PERIODS = ("morning1", "morning2", "noon", "afternoon1", "afternoon2", "evening1", "night1")


def _evening_words(locale: object) -> set[str]:
    """The day-period words of a locale from morning to night, each by its stem (all but
    its last letter, four at least: "seara" and "seară", "Abend" and "abends"): today
    with one of them is that day ("hoy al mediodía", "heute Abend")."""
    periods = getattr(locale, "day_periods", {})
    stems: set[str] = set()
    for context in ("format", "stand-alone"):
        for period, width in itertools.product(_PERIODS, ("wide", "abbreviated")):
            word = periods.get(context, {}).get(width, {}).get(period, "").split()
            last = word[-1].lower() if word else ""
            if len(last) >= 4 and last[-1].isalpha():
                stems.add(re.escape(last[: max(4, len(last) - 1)]) + rf"{_LETTERS}{{0,3}}")
    return stems

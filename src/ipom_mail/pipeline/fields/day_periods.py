"""Words that settle a 12-hour clock, from CLDR's day periods through Babel.

"7:12 pm", "9:30 de la noche", "9.30 Uhr abends", "晚上7點12分", "오후 7시", "밤 11시":
each locale's am/pm and day-period words, with the hours CLDR's day-period rules give
them (zh 晚上 19:00–24:00, ko 밤 21:00–03:00). An hour on a 12-hour dial is read as the
one of its two readings inside the word's hours; none or both inside: not certain.
Built once, lazily, for the languages mail comes in.

A short word ("tối", "soir", "ночи", "gece", "noc") is an ordinary word too somewhere:
right beside a time it settles the hour only in a mail likely in its language ("lúc 7
giờ 45 tối" is 19:45, "tối 7:45" too), and elsewhere leaves a 1-12 hour unsettled (the reply asks) but
never read as morning. Words CLDR lacks are data (data/day_period_words.toml).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib.resources import files

from ipom_mail.pipeline.fields.labels import label_words_raw
from ipom_mail.pipeline.fields.mail_language import language_shares
from ipom_mail.pipeline.fields.words import LOCALES
from ipom_mail.pipeline.tables_cache import machine_table

_EXTRA_LOCALES = ("ja", "ko", "zh", "zh_Hant")
# Swahili counts the hours from 06:00 and 18:00 ("saa moja usiku" is 19:00): CLDR's
# periods would settle its "saa 1 usiku" as 01:00, so its words settle no hour.
_OTHER_DIALS = frozenset({"sw"})
_ASIAN = re.compile(r"[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff]")
_HALF_DAY = {"am": ((0, 12),), "pm": ((12, 24),)}
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# People stretch a period past CLDR's end by an hour: "9:30 in the evening" (CLDR's
# evening ends at 21:00), "8 de la tarde" (ends at 20:00); and before its start by an
# hour: "晚上6点48分" on a November evening (CLDR's 晚上 starts at 19:00).
_LATE = 1
_EARLY = 1
_SPACE = re.compile(r"[\s\u00a0\u202f]+")


def _key(word: str) -> str:
    return _SPACE.sub(" ", word.lower().strip()).replace("'", "’")  # "'s avonds"


def _distinct(word: str) -> bool:
    """Whether a period word is no ordinary word too: CJK or Hangul, abbreviated with a
    dot ("μ.μ.", "a. m."), of five letters or more ("em", "este", "gece" are not), or of
    three or more in a script of Asia or Arabic ("शाम", "রাত")."""
    if _CJK.match(word) or ("." in word and len(word) >= 3) or len(word) >= 5:
        return True
    return len(word) >= 3 and bool(_ASIAN.match(word))


def _hours(rules: list[dict[str, int]]) -> tuple[tuple[int, int], ...]:
    """A day period's rules as hour ranges [from, before), split at midnight."""
    spans: list[tuple[int, int]] = []
    for rule in rules:
        if "at" in rule:
            hour = rule["at"] // 3600
            spans.append((hour, hour + 1))
        elif "from" in rule and "before" in rule:
            first, last = (rule["from"] // 3600 - _EARLY) % 24, rule["before"] // 3600 + _LATE
            spans.extend([(first, last)] if first < last else [(first, 24), (0, last)])
    return tuple(spans)


Spans = tuple[tuple[int, int], ...]


def _periods() -> dict[str, Spans]:
    """Every am/pm and day-period word (lower-case) → the hours it covers."""
    return _tables()[0]


def _halves() -> dict[str, Spans]:
    """Every am or pm word (lower-case) → its own half of the day alone."""
    return _tables()[1]


def _loose() -> dict[str, tuple[Spans, tuple[str, ...]]]:
    """Every short day-period word (lower-case) → its hours and the languages it is theirs in."""
    return _tables()[2]


_MIN_LOOSE = 3  # letters: "am", "em", "sa", "ص" are other words too often to count at all
_LANGUAGE_SHARE = 0.3  # how likely the mail is in a short word's language for it to settle


def _data() -> dict[str, dict[str, list[list[int]]]]:
    text = files("ipom_mail").joinpath("data/day_period_words.toml").read_text("utf-8")
    return dict(tomllib.loads(text)["words"])


@machine_table
def _tables() -> tuple[
    dict[str, Spans], dict[str, Spans], dict[str, tuple[Spans, tuple[str, ...]]]
]:
    """_periods(), _halves() and _loose(), read once from CLDR through Babel and the data."""
    from babel import Locale

    found: dict[str, set[tuple[int, int]]] = {}
    halves: dict[str, set[tuple[int, int]]] = {}
    loose: dict[str, set[tuple[int, int]]] = {}
    owners: dict[str, set[str]] = {}
    for code in (*LOCALES, *_EXTRA_LOCALES):
        if code in _OTHER_DIALS:
            continue
        locale = Locale.parse(code)
        table: dict[str | None, dict[str, list[dict[str, int]]]] = dict(
            locale.day_period_rules or {}
        )
        rules = table.get(None, {})
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for period, word in locale.day_periods.get(context, {}).get(width, {}).items():
                    spans = _HALF_DAY.get(period) or _hours(rules.get(period, []))
                    key = _key(word)
                    if spans and _distinct(key):
                        found.setdefault(key, set()).update(spans)
                        if period in _HALF_DAY:
                            halves[key] = set(spans)
                    elif spans and len(key) >= _MIN_LOOSE and period not in _HALF_DAY:
                        loose.setdefault(key, set()).update(spans)
                        owners.setdefault(key, set()).add(code.split("_")[0])
    for code, words in _data().items():
        for word, hours in words.items():
            key, given = _key(word), {(a, b) for a, b in hours}
            if _distinct(key):
                found.setdefault(key, set()).update(given)
            else:
                loose.setdefault(key, set()).update(given)
                owners.setdefault(key, set()).add(code)
    return (
        {word: tuple(sorted(spans)) for word, spans in found.items()},
        {word: tuple(sorted(spans)) for word, spans in halves.items()},
        {
            w: (tuple(sorted(s)), tuple(sorted(owners[w])))
            for w, s in loose.items()
            if w not in found
        },
    )


@lru_cache(maxsize=2)
def _pattern(side: str) -> re.Pattern[str]:
    words = sorted(_periods(), key=len, reverse=True)
    alternation = "|".join(_spelled(w) for w in words)
    if side == "after":
        return re.compile(rf"[\s\u00a0\u202f]*(?P<w>{alternation})(?![^\W\d_])", re.I)
    # a CJK word may follow a CJK character: "8月9日晚上9点" has no space to look for
    cjk = "|".join(re.escape(w) for w in words if _CJK.match(w))
    return re.compile(
        rf"(?:(?<![^\W\d_])(?P<w>{alternation})|(?<={_CJK.pattern})(?P<c>{cjk}))"
        r"[\s\u00a0\u202f]*$",
        re.I,
    )


def _spelled(word: str) -> str:
    """A period word as a regex: any blank between its words, either apostrophe."""
    return re.escape(word).replace(r"\ ", r"[\s\u00a0\u202f]*").replace("’", "['’]")


@lru_cache(maxsize=1)
def _loose_after() -> re.Pattern[str]:
    words = sorted(_loose(), key=len, reverse=True)
    alternation = "|".join(_spelled(w) for w in words)
    return re.compile(rf"[\s\u00a0\u202f]*(?P<w>{alternation})(?![^\W\d_])", re.I)


@lru_cache(maxsize=1)
def _loose_before() -> re.Pattern[str]:
    words = sorted(_loose(), key=len, reverse=True)
    alternation = "|".join(_spelled(w) for w in words)
    return re.compile(rf"(?<![^\W\d_])(?P<w>{alternation})[\s\u00a0\u202f]+$", re.I)


def _in_language(text: str, languages: tuple[str, ...]) -> bool:
    """Whether the text is likely in one of the languages (py3langid's codes)."""
    return any(code in languages and p >= _LANGUAGE_SHARE for code, p in language_shares(text))


def _settle_loose(text: str, hour: int, word: str) -> int | None:
    """A short word's reading of `hour`: settled in a mail in its language, else none."""
    spans, languages = _loose()[_key(word)]
    if not _in_language(text, languages):
        return None  # "tối" in a mail we cannot tell: evening, or another word? ask
    return _reading(hour, spans)


def _reading(hour: int, spans: Spans) -> int | None:
    """The one reading of `hour` inside `spans`; an evening or night word beside 6 to 11
    past CLDR's end ("o jedenastej wieczorem" is 23:00), a night word beside 12 to 4."""
    dial = (hour % 12, hour % 12 + 12) if 1 <= hour <= 12 else (hour,)
    readings = {h for h in dial if any(a <= h < b for a, b in spans)}
    if not readings and len(dial) == 2:
        covers = {h: any(a <= h < b for a, b in spans) for h in (1, 9, 13, 21)}
        if covers[21] and not covers[9] and 6 <= hour <= 11:
            return hour + 12
        if covers[1] and not covers[13] and (hour == 12 or hour <= 4):
            return hour % 12
    return readings.pop() if len(readings) == 1 else None


@lru_cache(maxsize=1)
def _twelve_am() -> frozenset[str]:
    """The am words with which 12 o'clock is midnight (data/labels.toml [twelve_am])."""
    return frozenset(_key(w) for w in label_words_raw("twelve_am").split("|"))


def _settle(hour: int, word: str) -> int | None:
    """The reading of `hour` inside the word's hours, when exactly one is (a 12-hour
    dial's hour has two readings; a 24-hour one only itself)."""
    spans = _periods().get(_key(word), ())
    if hour == 12 and _key(word) in _twelve_am():
        return 0  # "오전 12시 4분": 00:04
    if 1 <= hour <= 11 and _key(word) in _halves():
        # an am or pm word ("오후", "上午") means its half of the day for 1 to 11, whatever
        # stretched day period it also names ("오후 11시" is 23:00); 12 is left to both:
        # "오전 12시" is midnight on a Korean phone, "上午12点" noon to many
        spans = _halves()[_key(word)]
    return _reading(hour, spans)


def period_after(text: str, pos: int, hour: int) -> tuple[int | None, int] | None:
    """A day-period word right after a time at `pos`: (the 24-hour hour or None, its end)."""
    m = _pattern("after").match(text, pos)
    if m is not None:
        return _settle(hour, m["w"]), m.end()
    m = _loose_after().match(text, pos)
    if m is None:
        return None
    return _settle_loose(text, hour, m["w"]), m.end()


def period_before_start(text: str, pos: int) -> int | None:
    """Where a day-period word right before a time at `pos` starts ("भारतीय समयानुसार शाम
    7:24:10": a zone named before the word is the time's), or None."""
    m = _pattern("before").search(text, max(0, pos - 24), pos)
    return None if m is None else m.start()


def period_before(text: str, pos: int, hour: int) -> tuple[int | None] | None:
    """A day-period word right before a time at `pos` ("晚上7點", "오후 7시"): (the 24-hour
    hour or None when it does not settle it,), or None when there is no such word."""
    m = _pattern("before").search(text, max(0, pos - 24), pos)
    if m is not None:
        return (_settle(hour, m["w"] or m["c"]),)
    m = _loose_before().search(text, max(0, pos - 12), pos)  # "tối 7:45", "gece 1:15"
    return None if m is None else (_settle_loose(text, hour, m["w"]),)


# A weekday-and-period word, then at most a date and a short word, right before a time:
# "am Dienstagabend, 20. Oktober, um zehn nach sieben", "tisdagskväll kvart i sju"
_DATE = r"(?:\d{1,2}\.?\s*[^\W\d_]+\.?|[^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th|\.)?)"
_COMPOUND_TAIL = re.compile(
    rf"(?<![^\W\d_])(?P<word>[^\W\d_]{{6,}})[,\s]+(?:{_DATE}[,\s]+)?(?:[^\W\d_]{{1,3}}\s+)?$"
)


def compound_period_before(text: str, pos: int, hour: int) -> int | None:
    """The 24-hour hour of `hour` by a weekday-and-period word before a time at `pos`
    ("Dienstagabend, 20. Oktober, um zehn nach sieben": 19), with at most a date and a
    short word between (fields/weekday_compounds.py); None when there is no such word."""
    from ipom_mail.pipeline.fields.weekday_compounds import compound_period

    m = _COMPOUND_TAIL.search(text, max(0, pos - 48), pos)
    period = compound_period(m["word"]) if m else None
    return None if period is None or _key(period) not in _periods() else _settle(hour, period)


def period_within(text: str, start: int, end: int, hour: int) -> int | None:
    """The 24-hour hour of `hour` by the day-period words CLDR knows in text[start:end]
    ("I går kveld var jeg ute."), when they all settle it alike; None when none is there."""
    words = re.finditer(rf"(?<![^\W\d_]){_pattern('after').pattern}", text[start:end], re.I)
    readings = {_settle(hour, m["w"]) for m in words}
    return readings.pop() if len(readings) == 1 else None


def day_period_words() -> frozenset[str]:
    """Every day-period word (lower-case), CLDR's and the data's, short ones too."""
    return frozenset((*_periods(), *_loose()))


def settle_word(text: str, hour: int, word: str) -> int | None:
    """The reading of a 12-hour dial's `hour` by a day-period word of the mail `text`: a
    short one only in a mail likely in its language (see the module)."""
    if _key(word) in _periods():
        return _settle(hour, word)
    return _settle_loose(text, hour, word) if _key(word) in _loose() else None

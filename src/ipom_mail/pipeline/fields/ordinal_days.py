"""Day numbers written as ordinal words in the grammatical forms a date takes: "третьего
июля", "dnia trzeciego sierpnia", "rugpjūčio dvyliktosios", "tuttugasta og fyrsta ágúst",
"в нощта на осми срещу девети август".

The base forms come from num2words where it spells a language's ordinals, else from
data/ordinal_days.toml, which also holds the case rules that make the inflected forms, the
words that may stand before a day ("den", "dnia") and the languages that write the day
after its month. An inflected form is surely a date's day; a base form ("tredje",
"осми") only after such a word, or with a year (spelled_dates.py).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from ipom_mail.pipeline.fields.words import inflect
from ipom_mail.pipeline.tables_cache import machine_table

_MIN_STEM = 4  # a word shorter than this is never inflected ("og", "и")
MOST_WORDS = 5  # words of one day: "двадцать и първи", "tuttugasta og fyrsta"


def norm(word: str) -> str:
    """A word as the tables key it: lower-case, "ё" as "е", a typed apostrophe."""
    return word.lower().replace("ё", "е").replace("’", "'")


def _data() -> dict[str, Any]:
    return tomllib.loads(files("ipom_mail").joinpath("data/ordinal_days.toml").read_text("utf-8"))


def _bases(spec: dict[str, Any]) -> list[tuple[int, list[str]]]:
    """(day, its base spellings) for 1–31 of one language's table."""
    if "num2words" in spec:
        from num2words import num2words

        lang = spec["num2words"]
        return [(n, [num2words(n, lang=lang, to="ordinal")]) for n in range(1, 32)]
    units = [written.split("|") for written in spec["days"]]
    tens = [written.split("|") for written in spec["tens"]]
    days = [(n, units[n - 1]) for n in range(1, 21)]
    days += [(20 + n, [f"{t} {u}" for t in tens[0] for u in units[n - 1]]) for n in range(1, 10)]
    days.append((30, spec["thirty"].split("|")))
    days.append((31, [f"{t} {u}" for t in tens[1] for u in units[0]]))
    return days


def _inflect(word: str, rules: list[str]) -> str:
    """The form the first matching rule makes of one word, or the word itself."""
    return (inflect(word, rules) if len(word) >= _MIN_STEM else None) or word


@machine_table
def ordinal_table() -> tuple[dict[str, tuple[int, bool]], list[str], list[str]]:
    """Every ordinal day phrase (its words joined by one space) → (day, sure without a
    year: an inflected form, or any form of a `bare` language), the words that may stand
    before a day, and the phrases also written after a month."""
    seen: dict[str, set[int]] = {}
    inflected: set[str] = set()
    before: set[str] = set()
    after: set[str] = set()
    for spec in _data().values():
        before.update(norm(w) for w in spec.get("before", ()))
        for day, spellings in _bases(spec):
            for base in spellings:
                base = norm(base)
                forms = {base}
                if spec.get("bare"):
                    inflected.add(base)
                for rules in spec.get("cases", {}).values():
                    form = " ".join(_inflect(w, rules) for w in base.split())
                    if form != base:
                        forms.add(form)
                        inflected.add(form)
                for form in forms:
                    seen.setdefault(form, set()).add(day)
                if spec.get("month_first"):
                    after.update(forms - {base})
    table = {form: (days.pop(), form in inflected) for form, days in seen.items() if len(days) == 1}
    return table, sorted(before), sorted(after & set(table))


@dataclass(frozen=True, slots=True)
class DayWords:
    """An ordinal day written in words: its day, tokens[first:last], and whether it is
    surely a date's day without a year (inflected, or after a word such as "den")."""

    day: int
    first: int
    last: int
    sure: bool


def _phrase(tokens: list[re.Match[str]], first: int, last: int) -> str:
    return " ".join(norm(t.group()) for t in tokens[first:last])


def _sure(tokens: list[re.Match[str]], first: int, inflected: bool) -> bool:
    _, before, _ = ordinal_table()
    return inflected or (first > 0 and norm(tokens[first - 1].group()) in before)


def ordinal_ending_at(tokens: list[re.Match[str]], end: int) -> DayWords | None:
    """The ordinal day whose words end just before tokens[end], the longest one."""
    table, _, _ = ordinal_table()
    for size in range(min(MOST_WORDS, end), 0, -1):
        found = table.get(_phrase(tokens, end - size, end))
        if found is not None:
            return DayWords(found[0], end - size, end, _sure(tokens, end - size, found[1]))
    return None


def ordinal_starting_at(
    tokens: list[re.Match[str]], start: int, after_month: bool = False
) -> DayWords | None:
    """The ordinal day whose words start at tokens[start], the longest one; `after_month`:
    only the forms a language writes after its month."""
    table, _, after = ordinal_table()
    for size in range(min(MOST_WORDS, len(tokens) - start), 0, -1):
        phrase = _phrase(tokens, start, start + size)
        found = table.get(phrase)
        if found is not None and (not after_month or phrase in after):
            return DayWords(found[0], start, start + size, _sure(tokens, start, found[1]))
    return None

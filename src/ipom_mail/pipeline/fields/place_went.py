"""Where an Arabic, Persian or Hebrew sender says they went or were (issue 13).

"با چند نفر از دوستان … برای رصد به کویر مرنجاب رفته بودیم" (we had gone to the Maranjab
desert to observe), "ذهبنا إلى جبل حفيت", "נסענו למצפה רמון": the place the sender went to
or was at is where the photo was taken, whatever landmark the station passed over
(place_above.py). The verb comes before the name ([went_before]; "+" marks a prefix
written onto it) or, in Persian, after it with its preposition before ([went_after]:
"به|رفته بودیم"); so with "from" and a spot by a site ([spot_from]: "من موقف السيارات عند
بحيرات القدرة في صحراء دبي", from the car park at the Al Qudra lakes in the Dubai
desert: the spot left out). The area after the name goes with it ([area_leads]). The name is a landmark headed by its kind ([stand_kinds], data/
locatives.toml [caseless_heads]) and one or two words, or a town of one or two words
(fields/towns_scripts.py); a word of time in it, none ([caseless_not_name]).
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_words import data, words_of
from ipom_mail.pipeline.fields.script_words import script_alt, script_data, script_words
from ipom_mail.pipeline.fields.towns_scripts import script_town

_WORD = r"[^\W\d_][^\s.,،;:!?()]*"
_END = r"(?=\s*(?:[.,،;:!?()\n]|$))"


def _lead(entry: str) -> str:
    """An entry as a pattern: a prefix written onto the name ("נסענו ל+"), or words."""
    return re.escape(entry[:-1]) if entry.endswith("+") else re.escape(entry) + " "


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Each language's verbs before a name, then its area and its end; "from" and a spot
    by a site; Persian's lead, name and verb."""
    name = rf"(?P<name>{_WORD}(?: {_WORD}){{0,2}}?)"
    area = rf"(?P<area> (?:{script_alt('area_leads')})(?: {_WORD}){{1,2}}?)?"
    end = rf"(?:{_END}|(?= (?:{script_alt('name_ends')})(?!\S)))"
    found = []
    for entries in script_data()["went_before"].values():
        leads = "|".join(map(_lead, sorted(entries, key=len, reverse=True)))
        found.append(re.compile(rf"(?<!\S)(?:{leads}){name}{area}{end}", re.MULTILINE))
    for entries in script_data()["spot_from"].values():
        spots = "|".join(entries)
        found.append(re.compile(rf"(?<!\S)(?:{spots}) {name}{area}{end}", re.MULTILINE))
    for entries in script_data()["went_after"].values():
        for entry in entries:
            lead, verb = entry.split("|")
            found.append(
                re.compile(rf"(?<!\S){re.escape(lead)} {name} {re.escape(verb)}(?![^\s.,،;:!?])")
            )
    return tuple(found)


@cache
def _kinds() -> tuple[str, ...]:
    heads = {w for listed in data()["caseless_heads"].values() for w in listed}
    return tuple(heads | script_words("stand_kinds"))


def went_place(text: str) -> str | None:
    """The first landmark or town the sender says they went to or were at."""
    for rx in _patterns():
        for m in rx.finditer(text):
            name = m["name"]
            if words_of("caseless_not_name").intersection(m.group(0).split()):
                continue
            if _named_kind(name) or script_town(name):
                return name + (m.groupdict().get("area") or "")
    return None


def _named_kind(name: str) -> bool:
    """A kind heading a name of its own ("کویر مرنجاب"), never the kind alone."""
    words = name.split()
    return len(words) > 1 and any(words[0] == kind for kind in _kinds())

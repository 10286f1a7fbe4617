"""A Hindi or Marathi site the photo was taken from: its name and kind, then a postposition
and a verb of taking (issue 13).

"जो मैंने 12 दिसंबर 2027 को लद्दाख के हानले डार्क स्काई रिज़र्व से ली थी" (which I took from
the Hanle Dark Sky Reserve in Ladakh): the place is a site ending in its kind
([indic_kinds]: a reserve, an observatory, a fort, a lake), its name the words before the
kind up to a word that is no part of it ([indic_stops]: a genitive's particle, a
postposition, a pronoun, a word of time, a number), with the region written after it
behind a comma ("नाहरगढ़ किला, जयपुर से") and the words that place one by it ("सांभर झील
के किनारे से", from the shore of Sambhar lake; [indic_near]); or a town (fields/towns_scripts.py) with its
region so written. Only before a postposition of place ([indic_places]: from, in, on)
followed, in the same sentence and within a few words, by a verb of taking
([taken_verbs]: "ली", "खींची"): "जयपुर में रहता हूँ" (I live in Jaipur) names no spot.
Never a gathering's venue ([event_words]: "क्लब की बैठक में").
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.script_words import holds_event, script_alt, script_words
from ipom_mail.pipeline.fields.towns_scripts import script_town

_WORD = r"[^\s\d,.;:!?()।॥\"'“”]+"
_SENTENCE = re.compile(r"[^।॥.!?\n]+")
_VERB_WITHIN = 8  # words between the postposition and the verb of taking, at most
_NAME_WORDS = 4  # words of a site's own name before its kind, at most
_LOOK = 200  # characters read before and after a postposition: the words round it, no more


@cache
def _pattern() -> re.Pattern[str]:
    """A word or a kind, its region after a comma and the words placing one by it
    ([indic_near]), then a postposition of place."""
    region = rf"(?:, {_WORD}(?: {_WORD})?){{0,2}}"
    near = rf"(?: (?:{script_alt('indic_near')}))?"
    return re.compile(
        rf"(?<!\S)(?P<head>(?:{script_alt('indic_kinds')})|{_WORD})(?P<region>{region}{near})"
        rf" (?:{script_alt('indic_places')})(?=[\s,.।]|$)"
    )


def indic_site(text: str) -> str | None:
    """The first site or town a Hindi or Marathi sentence says the photo was taken from."""
    for sentence in _SENTENCE.finditer(text):
        for m in _pattern().finditer(sentence.group(0)):
            if not _taken_after(m.string[m.end() : m.end() + _LOOK]):
                continue
            place = _site(m) or _town(m)
            if place is not None and not holds_event(place):
                return place
    return None


def _taken_after(rest: str) -> bool:
    """Whether a verb of taking follows within a few words, in the same clause (a greeting's
    "दिल्ली से नमस्ते, मैंने … ली" names no spot)."""
    words = re.split(r"[,;]", rest, maxsplit=1)[0].split()[:_VERB_WITHIN]
    joined = " " + " ".join(words) + " "
    return any(f" {verb} " in joined for verb in script_words("taken_verbs"))


def _site(m: re.Match[str]) -> str | None:
    """A site by its kind: its own name's words before it, then its region as written."""
    settlement = m["head"] in script_words("indic_settlements")
    if m["head"] not in script_words("indic_kinds") and not settlement:
        return None
    start = max(0, m.start() - _LOOK)
    before = m.string[start : m.start()].split()[1 if start else 0 :]  # no cut word
    stops = script_words("indic_stops")
    name: list[str] = []
    for word in reversed(before):
        if word in stops or not re.fullmatch(_WORD, word) or len(name) == _NAME_WORDS:
            break
        name.insert(0, word)
    if not name:
        return None  # the kind alone ("झील से", from the lake) names no site
    if settlement:  # "हानले गाँव से": the village's name alone, of one or two words; with
        ok = len(name) <= 2 and not m["region"]  # its region after a comma, as written (later)
        return " ".join(name) if ok else None
    return " ".join([*name, m["head"]]) + m["region"]


def _town(m: re.Match[str]) -> str | None:
    """A town of one or two words ("माउंट आबू"), with its region as written after a comma."""
    before = m.string[max(0, m.start() - 40) : m.start()].split()
    if before and script_town(f"{before[-1]} {m['head']}"):
        return f"{before[-1]} {m['head']}{m['region']}"
    return m["head"] + m["region"] if script_town(m["head"]) else None

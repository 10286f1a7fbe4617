"""A Thai site the photo was taken from: a kind heading a name, written onto a locative word
(issue 13).

Thai writes no space between words, only between phrases: "ถ่ายจากลานจอดรถริมอ่างเก็บน้ำ
ห้วยตึงเฒ่า จังหวัดเชียงใหม่" (taken from the car park beside the Huai Tueng Thao
reservoir, Chiang Mai province). A place is read where a locative word ([thai_leads]: on,
at, from; never "over", what was passed over is pictured) is written onto a kind heading a
name ([thai_kinds]: a mountain, a reservoir, a viewpoint), a spot by it left out
([thai_spots], [thai_by]: the car park beside; or a space: "ลานจอดรถ หอดูดาวแห่งชาติ",
the car park, the National Observatory); the name runs to the next space, and the
phrases after it that name the area it lies in go with it: another site by its kind
("อุทยานแห่งชาติดอยอินทนนท์"), a province or district by its word ([thai_regions]:
"จ.เชียงใหม่") or a town (fields/towns_scripts.py). A name's letters say nothing, so the
phrase counts only where the sentence says the photo was taken there: "taken" written
right before the locative ("ถ่ายจาก…"), or "taken on" right after the phrase ("… ถ่ายเมื่อ
วันที่"; [thai_taken_after]), or an area after the name. Never a gathering's venue ([event_words]: "ประชุมที่หอดูดาว…").
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.script_words import holds_event, script_alt, script_words
from ipom_mail.pipeline.fields.towns_scripts import script_town

_RUN = r"[^\s\d.,;:!?()\"'“”]+"  # letters up to the next space or mark
_AREAS = 4  # phrases read after a site for its areas and a verb, at most
_PHRASE = r"[^\s\d,;:!?()\"'“”]+"  # a phrase, dots kept: "จ.เชียงใหม่"
_WRAPPED = re.compile(
    r"(?<=[\u0e00-\u0e7f])\n(?=[\u0e00-\u0e7f])"
)  # a Thai line wrapped mid-sentence


@cache
def _pattern() -> re.Pattern[str]:
    """A lead, a spot by the site (left out), the site by its kind, then a look at the
    phrases after it (not taken: a lead among them is read next)."""
    return re.compile(
        rf"(?P<lead>{script_alt('thai_leads')})"
        rf"(?:(?:{script_alt('thai_spots')})(?:{script_alt('thai_by')}| )|{script_alt('thai_parts')})?"
        rf"(?P<name>(?:{script_alt('thai_kinds')}){_RUN})"
        rf"(?=(?P<rest>(?: {_PHRASE}){{0,{_AREAS}}}))"
    )


@cache
def _town_pattern() -> re.Pattern[str]:
    """A verb of taking, a lead ("ถ่ายที่", "ถ่ายจาก", "ถ่ายใน"), one's home and "at" maybe
    ("ถ่ายจากดาดฟ้าบ้านที่…", [thai_homes]), then a word up to a space."""
    leads = script_alt("thai_leads") + "|ใน"
    home = rf"(?:(?:{script_alt('thai_homes')})(?:ที่|ใน))?"
    return re.compile(rf"(?:{script_alt('taken_verbs')})(?:ภาพ)?(?:{leads}){home}(?P<town>{_RUN})")


def thai_site(text: str) -> str | None:
    """The first Thai site the text says the photo was taken from or at, with its areas;
    else a town written straight after "taken at/from/in" ("ถ่ายที่เชียงใหม่")."""
    for line in _WRAPPED.sub(" ", text).splitlines():  # "…บนดอยอินทนนท์\nจ.เชียงใหม่ ถ่ายเมื่อ"
        for m in _pattern().finditer(line):
            place = _read(m)
            if place is not None:
                return place
    for line in text.splitlines():
        for m in _town_pattern().finditer(line):
            town = _without_particle(m["town"])
            if script_town(town):
                return town
    return None


def _read(m: re.Match[str]) -> str | None:
    """The site and its areas, when the sentence says the photo was taken there."""
    name = _without_particle(m["name"])
    if any(name.startswith(w) for w in script_words("thai_not_names")):
        return None  # "ภูมิใจ" (proud) starts with "ภู"
    if len(name) < 4 or holds_event(m.string[max(0, m.start() - 12) : m.start()]):
        return None  # "ประชุมที่หอดูดาว…": a meeting's venue
    phrases = m["rest"].split()
    areas = [] if name != m["name"] else _areas(phrases)
    before = m.string[max(0, m.start() - 12) : m.start()]
    taken_before = before.endswith(tuple(script_words("taken_verbs")))
    following = phrases[len(areas)] if len(phrases) > len(areas) else ""
    taken_after = following.startswith(tuple(script_words("thai_taken_after")))
    if not (taken_before or taken_after or areas):
        return None
    return " ".join([name, *areas])


def _areas(phrases: list[str]) -> list[str]:
    """The phrases after a site that name its area: a site by its kind, a province or
    district by its word, a town; up to the first that is none of them."""
    kinds = tuple(script_words("thai_kinds"))
    regions = tuple(script_words("thai_regions"))
    found: list[str] = []
    for phrase in phrases:
        word = _without_particle(phrase)
        if (word.startswith((*kinds, *regions)) and len(word) > 3) or script_town(word):
            found.append(word)
        else:
            break
        if word != phrase:
            break  # a polite particle ends the sentence
    return found


def _without_particle(word: str) -> str:
    """A word without the polite particle written onto it ("เชียงใหม่ครับ")."""
    for particle in sorted(script_words("thai_particles"), key=len, reverse=True):
        if word.endswith(particle) and len(word) > len(particle) + 2:
            return word[: -len(particle)]
    return word

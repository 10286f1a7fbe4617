"""A landmark the station passed over, in Arabic, Persian or Hebrew: pictured, or where the
photographer stood (issue 13).

"تعبر فوق صخور حافة العالم قرب الرياض" (passing over the rocks of the Edge of the World
near Riyadh), "از بالای کاروانسرای مرنجاب" (over the Maranjab caravanserai), "از کنار برج
میلاد تهران" (past Tehran's Milad Tower). After "over", "past" or "beside" ([over_words])
a landmark is headed by its kind, or follows a plural of terrain ([terrain_of]: the
rocks, the dunes of …; left out, the name kept), or is a feature without a name in a site
one stands at ("فوق الشلالات في وادي الريان", over the waterfalls in Wadi El Rayan;
[feature_in]): the site. Its name is one to three words, then the
area it lies in ([area_leads]: near, north-east of, in; with one or two words), then the
sentence's end or a word that ends a name ([name_ends]: Persian's object mark "را").
What kind it is says where the photographer stood:
- one stands at or on it ([stand_kinds]: a rock, dunes, a desert, a caravanserai, a
  mountain): the landmark is the place, with its area as written;
- it is seen from afar ([seen_kinds]: a tower, a bridge, a minaret, a lighthouse): the
  place is the town written with it (fields/towns_scripts.py), after its name, in its area
  or after an "in" prefix ("המגדלור ביפו"); no town, no place.
Where the landmark lies "near" a town ([near_leads]: "فوق جبل الفيل بالقرب من العُلا، منطقة
المدينة المنورة", or a spot of it after its comma, "روی کوه گرگش نزدیک کاشان"), the place is the
town with its region as written, never the phrase with "near" in it, and none when no town is
written; where a spot of it after its comma is in a place ("מעל מכתש רמון, מצוק המכתש במצפה
רמון"), the place is that town one stood in (batch-27).
Where the area after "in" is headed by its word for an area ([region_heads]: "فوق جبل الفاية
في منطقة مليحة، الشارقة", over Jebel Faya in the Mleiha area, Sharjah), the landmark was seen
from that area: the place is the area, with its region as written (batch-30).
Where the sender took the photo from home ([home_from]: "التقطتها من شرفة منزلي"), any
landmark passed over was only pictured: the town of its area, or nothing.
Read last, for a mail that names no other place.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_words import words_of
from ipom_mail.pipeline.fields.script_words import script_alt, script_data, script_words
from ipom_mail.pipeline.fields.towns_scripts import script_town

_WORD = r"[^\W\d_][^\s.,،;:!?()]*"  # a word with its marks ("العُلا"), no stop after it
_END = r"(?=\s*(?:[.,،;:!?()\n]|$))"


@cache
def _pattern() -> re.Pattern[str]:
    """ "over", a landmark (a kind and its name, or a plural of terrain and a name), its
    area, then the end."""
    kinds = f"{script_alt('stand_kinds')}|{script_alt('seen_kinds')}"
    terrain = rf"(?:{script_alt('terrain_of')})(?: (?:{script_alt('terrain_adjectives')}))?"
    named = rf"(?P<named>{_WORD}(?: {_WORD}){{0,2}}?)"
    site = rf"(?P<site>(?:{script_alt('stand_kinds')})(?: {_WORD}){{1,2}}?)"
    feature = rf"ال{_WORD} (?:{script_alt('feature_in')}) {site}"  # "الشلالات في وادي الريان"
    name = rf"(?:{terrain} {named}|{feature}|(?:{kinds})(?: {_WORD}){{0,3}}?)"
    prefixes = "|".join(map(re.escape, words_of("caseless_in_prefix")))
    leads = script_alt("area_leads")
    # a word that ends a name is never an area: "بود" (was) is no "in Ud"
    ended = rf"(?:{script_alt('name_ends')})(?=[\s.,،;:!?()]|$)"
    area = rf"(?:{leads})(?: {_WORD}){{1,2}}?|(?:{prefixes}){_WORD}(?: {_WORD})?"
    area = rf"(?P<area>,? (?!{ended})(?:{area}))"
    # a spot of it after its comma, in a place: "מצוק המכתש במצפה רמון" (the crater's cliff in
    # Mitzpe Ramon): where the photographer stood
    stood = rf"(?P<stood>[,،] (?:{_WORD} ){{1,3}}?(?:{prefixes})(?P<town>{_WORD}(?: {_WORD})?))"
    # or a spot of it after its comma near a town: "گنبد رصدخانه ملی ایران، روی کوه گرگش نزدیک
    # کاشان" (the observatory's dome, on Mount Gargash near Kashan)
    near = (
        rf"(?P<near>[,،] (?:{_WORD} ){{1,4}}?(?:{script_alt('near_leads')}) {_WORD}(?: {_WORD})?)"
    )
    area = f"(?:{stood}|{near}|{area})?"
    ends = rf"(?= {ended})"
    return re.compile(
        rf"(?<!\S)(?:{script_alt('over_words')}) (?P<landmark>{name}){area}(?:{_END}|{ends})",
        re.MULTILINE,
    )


@cache
def _home_from() -> re.Pattern[str]:
    """One's own home as the spot taken from ([home_from])."""
    return re.compile("|".join(p for listed in script_data()["home_from"].values() for p in listed))


def above_place(text: str) -> str | None:
    """The first landmark passed over that says where the photo was taken (see above);
    when the sender took it from home, only the town of its area."""
    from_home = _home_from().search(text) is not None
    for m in _pattern().finditer(text):
        said = set(m.group(0).split())
        if said & (words_of("caseless_not_name") | script_words("passing_verbs")):
            continue  # "فوق جبل حفيت أمس": a word of time; "کاروانسرا گذشت": a verb
        place = _town_of(m) if from_home else _place(m)
        if place is not None:
            return place
    return None


def _place(m: re.Match[str]) -> str | None:
    """The landmark with its area, or the town of a landmark seen from afar; the place in
    which a spot of it stood (`_stood_in`), the town it lies near (`_near_town`)."""
    if m["stood"]:
        return _stood_in(m["town"])
    if m["near"] or (m["area"] and _near(m["area"])):
        return _near_town(m)
    headed = _headed_area(m["area"]) if m["area"] else None
    if headed is not None:  # "في منطقة مليحة، الشارقة": the area one stood in
        return headed + _comma_region(m)
    area: str = m["area"] or _bracket(m)
    named: str | None = m["named"]
    if m["site"]:  # a feature without a name in a site one stands at: the site
        return m["site"] + area
    if named:
        if _generic(named):
            return None  # "رمال الصحراء": the sands of the desert, no name
        return named + area  # "صخور حافة العالم": the rocks of the place named
    landmark: str = m["landmark"]
    if landmark.split()[0] not in script_words("seen_kinds"):
        return landmark + area if len(landmark.split()) > 1 else None  # a kind alone: none
    return _town_of(m)


def _town_of(m: re.Match[str]) -> str | None:
    """The town written with a landmark: after its name, in its area, or after an "in"
    prefix ("המגדלור ביפו"); none when no word there is a town."""
    landmark: str = m["landmark"]
    area: str = m["area"] or ""
    words = [*landmark.split()[1:], *area.split()[-2:]]
    prefixes = tuple(words_of("caseless_in_prefix"))
    for word in reversed(words):
        if script_town(word):
            return word
        if word.startswith(prefixes) and script_town(word[1:]):
            return word[1:]  # "ביפו": in Jaffa
    return None


def _stood_in(name: str) -> str | None:
    """The place after "in" where a spot of the landmark is ("מצוק המכתש במצפה רמון": מצפה
    רמון): a town, or a name its kind heads ([caseless_heads]: "מצפה", a lookout); else
    none, the landmark being only what was pictured."""
    if script_town(name) or name.split()[0] in words_of("caseless_heads"):
        return name
    return None


def _near(area: str) -> bool:
    """Whether the area opens with a word of "near" ([near_leads])."""
    words = area.lstrip(",، ")
    return any(words.startswith(f"{lead} ") for lead in script_words("near_leads"))


def _headed_area(area: str) -> str | None:
    """The area after "in", when its word for an area heads it ([region_heads]: "في منطقة
    مليحة", in the Mleiha area): the landmark passed over lies in the area the photographer
    stood in, and was seen from there (batch-30); else none."""
    lead, _, name = area.lstrip(",، ").partition(" ")
    heads = script_words("region_heads")
    headed = len(name.split()) > 1 and name.split()[0] in heads
    return name if lead in script_words("area_leads") and headed else None


_COMMA_REGION = re.compile(r"[,،] [^\s.,،;:!?()]+(?: [^\s.,،;:!?()]+){0,2}(?=\s*(?:[.!?؟\n]|$))")


def _comma_region(m: re.Match[str]) -> str:
    """The region after the phrase's comma, as written ("، الشارقة"), or nothing."""
    found = _COMMA_REGION.match(m.string, m.end())
    return found.group(0).rstrip() if found else ""


_REGION = re.compile(r"[,،] (?P<region>\S+(?: [^\s.,،;:!?()]+){1,3})(?=\s*(?:[.!?؟\n]|$))")


def _near_town(m: re.Match[str]) -> str | None:
    """The town a landmark passed over lies near ("فوق جبل الفيل بالقرب من العُلا، منطقة
    المدينة المنورة": "العُلا، منطقة المدينة المنورة"), with its region after its comma
    as written ([region_heads]); none when the words after "near" are no town."""
    phrase = m["area"] or m["near"]
    lead = max(
        (f" {lead} " for lead in script_words("near_leads") if f" {lead} " in phrase), key=len
    )
    name = phrase[phrase.index(lead) + len(lead) :].strip()
    if not script_town(name):
        return None
    region = _REGION.match(m.string, m.end())
    heads = script_words("region_heads")
    if region and region["region"].split()[0] in heads:
        return name + region.group(0).rstrip()
    return name


_BRACKET = re.compile(r" ?\([^()\n]{2,40}\)")


def _bracket(m: re.Match[str]) -> str:
    """The region or nearby town in brackets right after the name, as written."""
    found = _BRACKET.match(m.string, m.end())
    return found.group(0) if found else ""


def _generic(named: str) -> bool:
    """A kind alone, with or without the article ("الصحراء", the desert), or what terrain
    is made of ([terrain_matter]: "كثبان الرمل", dunes of sand): no name."""
    kinds = (
        script_words("stand_kinds") | script_words("seen_kinds") | script_words("terrain_matter")
    )
    return " " not in named and (named in kinds or named.removeprefix("ال") in kinds)

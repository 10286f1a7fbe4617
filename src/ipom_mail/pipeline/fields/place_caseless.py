"""A place the photo was taken from, in a script without capitals (issue 13).

Hebrew and Arabic write no capitals, so a name is not told by its letters: "מהטיילת
במצפה רמון", "من منطقة تل مرعب" name a place only where "from" (data/locatives.toml
[caseless_from]) comes before a kind of place that heads its name ([caseless_heads]: a
lookout, a hill, a village) and one or two words, none of them a word of time
([caseless_not_name]), end the sentence. A landmark after "over" ("فوق صخرة الفيل في
العُلا"; place_above.py) is read last, for a mail that names no other place.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_above import above_place
from ipom_mail.pipeline.fields.place_words import data, words_of
from ipom_mail.pipeline.fields.script_words import script_data

_END = r"(?=\s*(?:[.,،;:!?()\n]|$))"
# a region or a nearby town in brackets, straight after a name ("کویر مرنجاب (نزدیک کاشان)")
_BRACKETED = re.compile(r" ?\([^()\n]{2,40}\)")


@cache
def _pattern() -> re.Pattern[str]:
    """Each language's "from" before a head word and one or two words, then the end, a
    verb of taking where the language puts it after the place ([caseless_taken]), or the
    words a time starts with (data/script_places.toml [time_starts]: "… במצפה רמון ביום
    שלישי")."""
    parts = []
    for lang, leads in data()["caseless_from"].items():
        kinds = data()["caseless_heads"][lang] + script_data()["from_kinds"].get(lang, [])
        heads = "|".join(map(re.escape, kinds))
        ends = data()["caseless_taken"].get(lang, []) + script_data()["time_starts"].get(lang, [])
        verbs = "|".join(map(re.escape, ends)) or "(?!)"
        word = rf"(?: (?!(?:{verbs})(?![^\s.,،]))[^\W\d_]+)"
        name = rf"(?P<name_{lang}>(?:{heads}){word}{{1,2}}{_area(lang, word)})"
        parts.append(rf"(?:{'|'.join(leads)}){name}(?:{_END}|(?= (?:{verbs})(?![^\s.,،])))")
    return re.compile(rf"(?<!\S)(?:{'|'.join(parts)})", re.MULTILINE)


def _area(lang: str, word: str) -> str:
    """The area a place lies in, after its name ("صحراء الثمامة شمال الرياض", the Thumamah
    desert north of Riyadh; [area_leads] but "in"): kept, as written; optional."""
    leads = set(script_data()["area_leads"].get(lang, [])) - words_of("caseless_in")
    lead = "|".join(map(re.escape, sorted(leads, key=len, reverse=True)))
    return rf"(?: (?:{lead}){word}{{1,2}})?" if lead else ""


def caseless_place(text: str) -> str | None:
    """The first place named after "from" and a head word in a script without capitals,
    with the brackets written right after it ("مرصد الختم الفلكي (أبوظبي)")."""
    for m in _pattern().finditer(text):
        name = next(v for k, v in m.groupdict().items() if k.startswith("name_") and v)
        if not words_of("caseless_not_name").intersection(name.split()):
            bracket = _BRACKETED.match(text, m.end())
            return name + bracket.group(0) if bracket else name
    return None


def caseless_over(text: str) -> str | None:
    """The first landmark passed over, in a script without capitals, that says where the
    photo was taken ("فوق صخرة الفيل في العُلا"; place_above.above_place): read last, as
    the place of a mail that names no other."""
    return above_place(text)


# the Subject's last part after a dash, in a script with no capitals or spaces: "… - ดอยอินทนนท์"
_TITLE = re.compile(r"\s[-–—]\s+(?P<name>[^\sA-Za-z0-9\-–—]{2,})\s*$")


def unspaced_titled_place(subject: str | None, body: str) -> str | None:
    """A name the Subject gives after a dash at its end that the body writes again straight
    after a locative word, in a script with no spaces between words ("- ดอยอินทนนท์" and
    "บนดอยอินทนนท์ "; data/locatives.toml [unspaced_leads]); never after "over"."""
    m = _TITLE.search(subject or "")
    leads = [w for words in data()["unspaced_leads"].values() for w in words]
    if m is None or not leads:
        return None
    name = m.group("name")
    lead = "|".join(map(re.escape, sorted(leads, key=len, reverse=True)))
    rx = rf"(?:{lead})\s?{re.escape(name)}(?=[\s.,!?;:()]|$)"
    return name if re.search(rx, body, re.MULTILINE) else None


_CASELESS_WORD = r"[^\sA-Za-z0-9\-–—.,،;:!?()]{2,}"
_CASELESS_NAME = rf"{_CASELESS_WORD}(?: {_CASELESS_WORD})?"
# the Subject's last part after a dash, one or two words with no capitals, and its region
# after a comma: "… – जयपुर", "… – מצפה רמון", "… – हानले, लद्दाख"
_SPACED_TITLE = re.compile(
    rf"\s[-–—]\s+(?P<name>{_CASELESS_NAME})(?:, (?P<area>{_CASELESS_NAME}))?\s*$"
)
_AFTER = r"(?=[\s.,،;:!?()।]|$)"


def _caseless(name: str) -> bool:
    """Whether a name is in a script without capitals (no letter of it has a case)."""
    return any(c.isalpha() for c in name) and not any(c.isupper() or c.islower() for c in name)


def _alt_words(*sections: str) -> str:
    """Sections' words as one alternation, longest first."""
    words = {w for section in sections for w in words_of(section)}
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def caseless_titled_place(subject: str | None, body: str) -> str | None:
    """A name in a script without capitals that the Subject gives after a dash at its end
    ("… – जयपुर", "… – מצפה רמון") and the body writes again as a place: before a locative
    postposition ([caseless_after]: "जयपुर में", in Jaipur) or after a locative or "from"
    word ([caseless_in], [caseless_from_word]: "في …", "من …") or prefix
    ([caseless_in_prefix], [caseless_from_prefix]: "ב…", "מ…"). With its region after a
    comma ("हानले, लद्दाख"), the body's words before the postposition, a kind between
    ([caseless_name_kinds]: "हानले गाँव, लद्दाख से")."""
    m = _SPACED_TITLE.search(subject or "")
    if m is None or not _caseless(m.group(0)):
        return None
    after = _alt_words("caseless_after")
    if m.group("area"):
        kinds = _alt_words("caseless_name_kinds")
        name, area = re.escape(m.group("name")), re.escape(m.group("area"))
        rx = rf"(?<!\S)(?P<place>{name}(?: (?:{kinds}))?, {area}) (?:{after}){_AFTER}"
        found = re.search(rx, body)
        return found.group("place") if found else None
    name = re.escape(m.group("name"))
    ins = _alt_words("caseless_in", "caseless_from_word")
    prefixes = _alt_words("caseless_in_prefix", "caseless_from_prefix")
    rx = rf"(?<!\S){name} (?:{after}){_AFTER}|(?<!\S)(?:(?:{ins}) |{prefixes}){name}{_AFTER}"
    if not re.search(rx, body):
        return None
    return _site_in_town(name, body) or m.group("name")


def _site_in_town(name: str, body: str) -> str | None:
    """The town the Subject names, then a site in it, its kind after its name, and the
    words that place one by it, as written ("वाराणसी में अस्सी घाट के पास", near
    Assi Ghat in Varanasi; [caseless_site_kinds], [caseless_near])."""
    kinds = _alt_words("caseless_site_kinds")
    near = _alt_words("caseless_near")
    if not kinds:
        return None
    after = _alt_words("caseless_after")
    site = rf"(?:{_CASELESS_WORD} ){{1,2}}?(?:{kinds})(?: (?:{near}))?"
    found = re.search(rf"(?<!\S)(?P<place>{name} (?:{after}) {site}){_AFTER}", body)
    return found.group("place") if found else None


@cache
def _subject_from() -> re.Pattern[str]:
    """Each language's "from" at the Subject's end, a kind heading a name, and one or two
    words after it (none in a script with no spaces, which writes "from" onto the name)."""
    parts = []
    for lang, leads in data()["caseless_subject_from"].items():
        heads = "|".join(map(re.escape, data()["caseless_subject_heads"][lang]))
        lead = "|".join(map(re.escape, leads))
        unspaced = lang in data()["unspaced_leads"]
        if unspaced:  # "ภาพถ่ายจากดอยอินทนนท์": "from" written onto the words round it
            parts.append(rf"(?:{lead})(?P<unspaced_{lang}>(?:{heads})[^\s\d]+)")
        else:
            name = rf"(?:{heads})(?: {_CASELESS_WORD}){{1,2}}"
            parts.append(rf"(?<!\S)(?:{lead}) (?P<spaced_{lang}>{name})")
    return re.compile(rf"(?:{'|'.join(parts)})\s*$")


def caseless_subject_from(subject: str | None, body: str) -> str | None:
    """The place a Subject ends with after "from", a kind heading its name ("… از کویر
    مرنجاب", "… จากดอยอินทนนท์"; [caseless_subject_from], [caseless_subject_heads]), when the
    body writes that name again: the name, with the brackets the body writes after it ("کویر
    مرنجاب (نزدیک کاشان)"). Read after every surer place."""
    m = _subject_from().search(subject or "")
    if m is None:
        return None
    kind, name = next((k, v) for k, v in m.groupdict().items() if v)
    if not _caseless(name):
        return None
    start = "" if kind.startswith("unspaced_") else r"(?<!\S)"
    found = re.search(rf"{start}{re.escape(name)}{_AFTER}", body)
    if found is None:
        return None
    bracket = _BRACKETED.match(body, found.end())
    return name + bracket.group(0) if bracket else name


def caseless_pictured(subject: str | None, body: str) -> str | None:
    """What the Subject says the station passed over, in a script without capitals, when the
    body writes the same words, also with "in" written onto them ("מעל המגדלור ביפו", "بر
    فراز کویر مرنجاب" and "به کویر مرنجاب رفته بودیم", "מעל מצפה רמון" and "במצפה רמון"): the landmark's town after an "in" prefix when it has one ("יפו"),
    else the words as written; the photographer was there ([caseless_over],
    [caseless_over_echo]). Read after every surer place."""
    overs = words_of("caseless_over") | words_of("caseless_over_echo")
    lead = "|".join(map(re.escape, sorted(overs, key=len, reverse=True)))
    m = re.search(
        rf"(?<!\S)(?:{lead}) (?P<what>{_CASELESS_WORD}(?: {_CASELESS_WORD}){{0,2}})"
        rf"\s*$",
        subject or "",
    )
    if m is None or not _caseless(m.group("what")):
        return None
    what = m.group("what")
    into = "|".join(map(re.escape, words_of("caseless_in_prefix")))  # "במצפה רמון"
    if not re.search(rf"(?<!\S)(?:{into})?{re.escape(what)}{_AFTER}", body):
        return None
    words = what.split()
    last = words[-1]
    prefix = next((p for p in words_of("caseless_in_prefix") if last.startswith(p)), None)
    if len(words) > 1 and prefix and len(last) > len(prefix) + 1:
        return last[len(prefix) :]  # "המגדלור ביפו": the lighthouse in Jaffa
    return what

"""The zone written beside a clock time: after it ("21:34 UTC", "20:41:05 czasu polskiego",
"19:58:22-kor CET", "21:58:12, hora dos Açores", "(hora de Madrid, UTC+2)"), before it ("UTC
21:34", "北京时间20时31分"), or after the date that follows it ("21:05, 19 March 2027 (CET)").

Split from clock.py, which finds the times themselves and asks this module for their zone.
"""

from __future__ import annotations

import functools
import re

from ipom_mail.pipeline.fields.bracket_zone import zone_in_brackets
from ipom_mail.pipeline.fields.word_clock import zone_right_there, zone_start_after_date
from ipom_mail.pipeline.fields.zone_names import zone_name_at
from ipom_mail.pipeline.fields.zone_regions import region_zone_at
from ipom_mail.pipeline.fields.zones import (
    AGAIN_ZONE,
    BEFORE_GLUED,
    BEFORE_ZONE,
    CJK_SEASON_NAMES,
    LOWER_AFTER_PERIOD,
    NAMED,
    O_CLOCK,
    SEASON,
    is_zone_word,
)

# A unit after a time: "Uhr", "uur", "óra", "h", Thai "น." (นาฬิกา), Hindi "बजे", and the
# words for "o'clock" of data/zone_words.toml [o_clock] (Georgian "საათზე")
UNIT = re.compile(
    r"\s?(?:Uhr|hrs?\b\.?|h\b|hod\b\.?|óra\b|uur\b|czasu|heure|hora|ч\.|часа|год\.|बजे|น\.|"
    + "|".join(O_CLOCK)
    + r")(?!\w)",
    re.I,
)
# Units that say nothing of a 24-hour dial ("शाम 6:58 बजे", "8:40 საათზე")
DIAL_NEUTRAL = re.compile(r"\s?(?:बजे|" + "|".join(O_CLOCK) + r")(?!\w)", re.I)
# A zone written in words may wrap onto the next line ("18:09:30 ora\nitaliana")
_WRAP = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
_CJK_CHAR = "[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"


def _alternation(cjk: bool) -> str:
    """The zones written as words (longest first), CJK ones or the others: a CJK name is
    tried only where a CJK character follows, so a Latin text pays for the others only."""
    words = sorted({*NAMED, *SEASON, *CJK_SEASON_NAMES}, key=len, reverse=True)
    named = [n for n in words if bool(re.match(_CJK_CHAR, n)) is cjk]
    return "|".join(_WRAP.join(map(re.escape, n.split(" "))) for n in named)


_NAMED = rf"{_alternation(False)}|(?={_CJK_CHAR})(?:{_alternation(True)})"
_ZONE_AFTER = re.compile(
    r"\s?[(（]?\s?(?P<z>(?:UTC|UT|GMT|TU)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?(?!\d)"
    r"|[+\-−]\d{2}:?\d{2}(?!\d)|U\.T\.(?:C\.)?|[A-Z][a-z]+(?:/[A-Za-z_\-]+){1,2}"
    rf"|(?i:{_NAMED})(?![^\W\d_])|[^\W\d_]{{1,5}}(?![^\W\d_]))[)）]?"
)


@functools.cache
def _before_named() -> re.Pattern[str]:
    """ "23:58:40 по мск": a short word between the time and a zone written as words
    (compiled at its first use: 35 ms, and most mail writes UT or an abbreviation)."""
    return re.compile(
        rf"\s?(?:(?i:{'|'.join(map(re.escape, BEFORE_ZONE))})\s|(?:{'|'.join(map(re.escape, BEFORE_GLUED))})\s?)"
        rf"(?P<z>(?i:{_NAMED}))(?![^\W\d_])"
    )


@functools.cache
def _named_before() -> re.Pattern[str]:
    """ "北京时间2024年5月18日20时31分", "昨晚北京时间21:08": a zone written as words before the
    time; a day-period or weekday word of up to three CJK characters may stand before the
    time ("北京时间2026年8月9日晚上9点12分", "日本時間 2026年3月1日（日）午後8時"). Compiled at
    its first use, as _before_named."""
    return re.compile(
        rf"(?P<z>(?i:{_NAMED}))[\s:：]*(?:\d{{4}}\s*[年년]\s*\d{{1,2}}\s*[月월]\s*\d{{1,2}}\s*[日일]\s*)?"
        rf"(?:[(（]?{_CJK_CHAR}{{1,3}}[)）]?\s*){{0,2}}$"
    )


# "de las 20:38 a las 20:44, también hora del centro": a zone named again after a comma
_AGAIN = re.compile(rf",[ \t]+(?i:{'|'.join(map(re.escape, AGAIN_ZONE))})(?=[ \t])")
_ZONE_BEFORE = re.compile(r"(?:^|[\s(])(?P<z>UTC|UT|GMT)\)?:?\s?$")


@functools.cache
def _named_then_date_pattern() -> re.Pattern[str]:
    """ "magyar idő szerint 2027. március 10-én 18:52:30-kor", "по московскому времени 3
    апреля в 23:58": a zone in words, then the date, then the time, with short words at most
    between. Compiled at its first use, as _before_named."""
    return re.compile(
        rf"(?<![^\W\d_])(?P<z>(?i:{_NAMED}))(?![^\W\d_])(?P<gap>[^\n:;!?()]{{1,40}})$"
    )


_SHORT_WORDS = re.compile(r"(?:[\s,.\-]|[^\W\d_]{1,3}(?![^\W\d_]))*")  # "le", "à", "в", "-én"


def named_then_date(text: str, first: int) -> str | None:
    """The zone named in words before the date that stands before the time at `first`
    (_named_then_date_pattern): only a date and short words may stand between."""
    m = _named_then_date_pattern().search(text, max(0, first - 80), first)
    if m is None:
        return None
    from ipom_mail.pipeline.fields.dates import date_spans

    gap = m["gap"]
    spans = date_spans(gap)
    for start, end in spans:
        gap = gap[:start] + " " * (end - start) + gap[end:]
    return m["z"] if spans and _SHORT_WORDS.fullmatch(gap) else None


# "19:58:22-kor", "21:30'da": a case ending written onto the time
_SUFFIX = re.compile(r"(?:-|['’])[^\W\d_]{1,4}(?![^\W\d_])")
_COMMA = re.compile(r"[,،՝][ \t]")  # the Latin, Arabic and Armenian commas


def comma_end(comma: re.Match[str] | None) -> int:
    """Where a comma after a time ends (-1 without one): after it only a zone in words
    counts ("21:58:12, hora dos Açores"), not a lone word ("21:58, ISO 800")."""
    return comma.end() if comma else -1


_BRACKET_REST = re.compile(r"\s*[,;]\s*(?P<rest>[^()（）\n]{1,30})[)）]")


def zone_after(text: str, pos: int, iso: bool) -> tuple[str | None, int]:
    """The zone token written right after a time (and its end), or None: after a unit
    ("Uhr"), a case ending ("19:58:22-kor") or a comma ("21:58:12, hora dos Açores").
    Another clock in the bracket it opens is part of what was written ("(hora de Madrid,
    UTC+2)"): in_force.py checks that both are one clock on the date."""
    zone, end = _zone_after_time(text, pos, iso)
    rest = _BRACKET_REST.match(text, end) if zone else None
    if rest and any(c in text[pos:end] for c in "(（") and is_zone_word(rest["rest"].strip()):
        return zone, rest.end()
    return zone, end


def _zone_after_time(text: str, pos: int, iso: bool) -> tuple[str | None, int]:
    """The zone right after a time, as zone_after reads it."""
    suffix = _SUFFIX.match(text, pos)
    pos = suffix.end() if suffix else pos
    unit = UNIT.match(text, pos)
    after = unit.end() if unit else pos
    comma = _COMMA.match(text, after)
    for start in dict.fromkeys((pos, after, comma.end() if comma else after)):
        m = _ZONE_AFTER.match(text, start)  # "czasu polskiego" is a zone; "Uhr" a unit
        if m and is_zone_word(m["z"]) and (start != comma_end(comma) or " " in m["z"].strip()):
            if m["z"].strip("()（） ").lower() in SEASON:
                longer = _cldr_after(text, start)
                if longer[0] is not None and longer[1] > m.end():
                    return longer  # "ora legale italiana", not "ora legale"
                opened = any(c in text[start : m.start("z") + 1] for c in "(（")
                if opened and text[m.end() : m.end() + 1] in (",", "，"):
                    continue  # "(ora legale, UTC+2)": the bracket's clocks, read as one
            bare = m["z"][0] in "+-−"
            if not bare or iso or m.start("z") > start:
                return m["z"].replace(".", "") if m["z"].startswith("U.") else m["z"], m.end()
    again = _AGAIN.match(text, after)
    word = _before_named().match(text, after) or (again and _ZONE_AFTER.match(text, again.end()))
    if word and is_zone_word(word["z"]):
        return word["z"], word.end()
    for start in dict.fromkeys((pos, after, comma.end() if comma else after)):
        named = _cldr_after(text, start)  # CLDR's names are words: after a comma too
        if named[0] is not None:
            return named
        whole = region_zone_at(text, start) or _led_region(text, start)
        if whole is not None:  # "giờ Việt Nam", "(বাংলাদেশ সময়)", "بتوقيت القاهرة"
            closing = 1 if text[whole[2] : whole[2] + 1] in ")）" else 0
            return text[whole[1] : whole[2]], whole[2] + closing
    return _lower_after_period(text, pos) or zone_in_brackets(text, after)


@functools.cache
def _lead() -> re.Pattern[str]:
    """A short word, or a prefix written onto the next word, that leads a zone's name after
    a time ("по", "به", Arabic "ب" in "بتوقيت القاهرة"; data/zone_words.toml [before])."""
    words = "|".join(map(re.escape, BEFORE_ZONE))
    glued = "|".join(map(re.escape, BEFORE_GLUED))
    return re.compile(rf"[ \t]?(?:(?i:{words})[ \t]|(?:{glued})(?=[^\W\d_]))")


def _led_region(text: str, start: int) -> tuple[str, int, int] | None:
    """A whole CLDR name after the word or prefix that leads it (see _lead)."""
    lead = _lead().match(text, start)
    return region_zone_at(text, lead.end()) if lead else None


_PERIOD_END = re.compile(r"(?<![^\W\d_])[ap]\.?\s?m\.?$", re.I)
_LOWER_WORD = re.compile(r"\s?\(?([a-z]{3,4})\)?(?![^\W\d_])")


def _lower_after_period(text: str, pos: int) -> tuple[str, int] | None:
    """A lower-case abbreviation right after "am" or "pm" ("9:14 pm edt", a phone's mail;
    data/zone_words.toml [lower_after_period]), in upper case; else None."""
    if _PERIOD_END.search(text, max(0, pos - 5), pos) is None:
        return None
    m = _LOWER_WORD.match(text, pos)
    return (m[1].upper(), m.end()) if m and m[1] in LOWER_AFTER_PERIOD else None


def past_unit(text: str, pos: int) -> int:
    """Where a unit after a time ends ("00:04 Uhr am Sonntag, 21. März"), else `pos`."""
    unit = UNIT.match(text, pos)
    return unit.end() if unit else pos


def _cldr_after(text: str, pos: int) -> tuple[str | None, int]:
    """A zone CLDR names, in words, right after a time ("u 21:41 po srednjoeuropskom …")."""
    gap = re.match(r"[ \t]?[(（]?", text[pos : pos + 2])
    start = pos + (gap.end() if gap else 0)
    if start >= len(text) or not text[start].isalpha():
        return None, pos
    found = zone_name_at(text, start)
    if found is None:
        return None, pos
    _, first, end = found
    closing = 1 if text[end : end + 1] in ")）" and start > pos and text[start - 1] in "(（" else 0
    return text[first:end], end + closing


def zone_before(text: str, first: int) -> str | None:
    """A zone written before a time: "UTC 21:34", "北京时间2024年5月18日20时31分"."""
    before = _ZONE_BEFORE.search(text, max(0, first - 6), first)
    words = _named_before().search(text, max(0, first - 40), first)
    return before["z"] if before else words["z"] if words else None


def zone_after_date(text: str, first: int, end: int) -> str | None:
    """The zone right after the date that follows a time: "19 giờ 05 phút, ngày 19 tháng
    3 năm 2027 (giờ Việt Nam)", "21:05, 19 March 2027 (CET)"; the bracket reader refuses
    brackets after a date, as the date's digits might be another time's."""
    date_end = zone_start_after_date(text, first, end)
    if date_end is None:
        return None
    zone, _ = zone_after(text, date_end, False)
    at = text.find(zone, date_end) if zone else -1
    return zone if zone and at >= 0 and zone_right_there(text, date_end, at) else None

"""A site or a village named with its region in brackets (issue 13).

"национальный парк «Валдайский» (Новгородская обл.)", "ufukwe wa Diani (Kaunti ya
Kwale)", "a Piszkéstetői Obszervatórium (Mátra) nagy kupolája fölött", "deasupra satului
Mărișel (jud. Cluj)", "под деревней Кузьминское (Рязанская область)", "from the parking lot
at caesar creek lake (waynesville, ohio)": a site told by its kind (before its name:
data/locatives.toml [named_sites], [site_heads] …; after it: [site_kinds]) or a village by
its kind ([settlements]; in a case ending, [settlements_declined], the name stands as
written after it), and then the region it lies in, in brackets, is a place no town list
need hold. The place is as written, with its region; a village's declined kind is left
out ("Mărișel (jud. Cluj)").

Read only in a sentence about the photo or the pass (data/submission.toml [words]), never in
one about a gathering (data/labels.toml [events]: "our meeting at the Kielder Observatory
(Northumberland)"), nor a club's name, nor a bracket that is a clock's ("(UTC+3)").
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.labels import label_pattern
from ipom_mail.pipeline.fields.place_after import zone_remark
from ipom_mail.pipeline.fields.place_kinds import kind_led, named_before_kind
from ipom_mail.pipeline.fields.place_words import (
    UP,
    WORD,
    alt,
    alt_cased,
    by_licence,
    club_name,
    words_of,
)
from ipom_mail.pipeline.fields.submission import has_submission_wording
from ipom_mail.pipeline.fields.towns import common_words


@cache
def _bracket() -> re.Pattern[str]:
    """A region in brackets: capitalised words ("(Mátra)", "(Новгородская обл.)", "(CN)"), or
    a district's word and its name ("(okres Praha-východ)", "(jud. Cluj)"), or a phone's
    town and its listed region in lower case ("(waynesville, ohio)")."""
    districts = "|".join(
        re.escape(w.lower()) for w in sorted(words_of("districts"), key=len, reverse=True)
    )
    lower = "|".join(
        re.escape(r.lower())
        for r in sorted(gazetteer().regions, key=len, reverse=True)
        if len(r) > 3
    )
    return re.compile(
        rf"\s?\((?P<region>[{UP}][^()\d\n]{{0,40}}|(?:{districts})\s[{UP}][^()\d\n]{{0,30}}"
        rf"|[a-z][a-z' -]{{2,30}},\s(?:{lower}))\)"
    )


def _region_like(region: str) -> bool:
    """A region's words: not a clock ("UTC+3", "CEST"), nor the station ("ISS"), nor an
    acronym other than a province's code ("(CN)")."""
    if zone_remark(f"({region})"):
        return False
    if region.isupper():
        return region in words_of("province_codes")
    return not any(w in common_words() for w in region.split())


@by_licence  # the locative words read depend on the mail's language
def _before() -> tuple[re.Pattern[str], ...]:
    """What may stand before the bracket, each ending there: a declined village's kind and
    its name, a village's kind and its name, a site led by its kind, a name and its kind
    (after a locative word, of up to three words), a phone's lower-case name and its kind
    after a locative word."""
    name = rf"{WORD}(?:[\s-]{WORD})?"
    kinds = "|".join(re.escape(k) for k in sorted(words_of("site_kinds"), key=len, reverse=True))
    lead = "|".join(alt(s) for s in ("from", "outer", "inner"))
    return (
        re.compile(rf"(?<![\w'’-])(?i:{alt('settlements_declined')})\s(?P<place>{name})$"),
        re.compile(rf"(?<![\w'’-])(?P<place>(?:{alt_cased('settlements')})\s{name})$"),
        re.compile(rf"(?<![\w'’-]){kind_led(False)}$"),
        re.compile(
            rf"(?<![\w'’-])(?:{lead})\s(?:the\s)?(?P<place>(?:{WORD}\s){{1,3}}(?i:{kinds}))$"
        ),
        re.compile(rf"{named_before_kind().pattern}$"),
        re.compile(rf"(?<![\w'’-])(?:{lead})\s(?P<place>(?:[a-z][\w'’-]*\s){{1,3}}(?:{kinds}))$"),
    )


def _site_before(head: str) -> str | None:
    """The site or village that ends `head`, as the place is written."""
    for rx in _before():
        m = rx.search(head)
        if m is None:
            continue
        place = m.groupdict().get("place") or m.group("site")
        words = place.split()
        if words[0].lower() in {"the", "my", "our", "a", "an"} or club_name(head[-80:]):
            return None  # "at the lake (ohio)", "Grupo Astronómico … (Madrid)"
        kinds = words_of("site_kinds")  # "Hill" is a maker's word too, and a site's kind
        if any(
            (w in common_words() and w.lower() not in kinds) or any(c.isdigit() for c in w)
            for w in words
        ):
            continue
        return place
    return None


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end] (a bracket's own stops, "(jud. Cluj)", are no
    sentence's end), at most 300 characters each way."""
    head = text[max(0, start - 300) : start]
    stops = list(re.finditer(r"[.!?](?:\s|$)|\n", head))
    tail = re.search(r"[.!?](?:\s|$)|\n", text[end : end + 300])
    return (
        head[stops[-1].end() if stops else 0 :]
        + text[start : end + (tail.start() if tail else 300)]
    )


def bracketed_site(text: str) -> str | None:
    """The first site or village with its region in brackets, in a sentence about the photo
    or the pass and not about a gathering, as written."""
    events = label_pattern("events")
    for m in _bracket().finditer(text):
        said = _sentence(text, m.start(), m.end())
        if events.search(said) or not has_submission_wording(said):
            continue
        if not _region_like(m.group("region")):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        place = _site_before(text[line_start : m.start()])
        if place:
            return f"{place} ({m.group('region')})"
    return None

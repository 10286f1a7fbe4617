"""A town or area the mail names only as what holds the spot the sender stood at.

"passando sobre o Jardim de Maytrea, na Chapada dos Veadeiros", "از کنار کاروانسرای مرنجاب
در کویر مرنجاب" (from beside the Maranjab caravanserai, in the Maranjab desert), "מטיילת שפת
המכתש במצפה רמון" (from the crater's rim promenade, in Mitzpe Ramon): a spot is led by a
word of "from", "at" or "over", and the place follows it with a word or a prefix of "in".
The spot is where the photo was taken; the place alone would name a town or an area that
holds it, less than the sender said. Such a place is no value (a question costs less than a
wrong place). A town before the "in" keeps a site after it ("em Lisboa, no Parque das
Nações": the site is in the town). In a script with capitals only an "in" with an article
([held_in]: "na", "nel", "dans le") leads such an area; a town after a plain "in" stays the
place ("do Observatório do Pico dos Dias, em Brazópolis, MG"), as a sender writes it alone
too, and so does a park ("the Cyprus Lake campground in Bruce Peninsula National Park").
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_words import UP, alt_cased, words_of
from ipom_mail.pipeline.fields.script_words import script_data
from ipom_mail.pipeline.fields.towns import is_town

_CLAUSE_END = re.compile(r"[.!?؟;؛،,:]\s|\n[ \t]*\n")
_WORDS_BEFORE = 5  # words between the spot's lead and the place's "in", at most


def _spelled() -> re.Pattern[str]:
    """A lead ([from], [outer], [over]), a capitalised spot of up to five words, maybe a
    comma, and an "in" with an article ([held_in]) right before the place; the words this mail's
    language reads as locatives only (re keeps the compiled pattern)."""
    leads = "|".join(alt_cased(s) for s in ("from", "outer", "over"))
    ins = _ins()
    return re.compile(
        rf"(?<![\w'’-])(?:{leads})\s+(?P<spot>[{UP}][\w'’-]*(?:\s+[\w'’-]+){{0,{_WORDS_BEFORE - 1}}}?)"
        rf",?\s+(?:{ins})\s+$"
    )


def held_place(text: str, place: str) -> bool:
    """Whether the text writes `place` (its first word) as what holds a spot named right
    before (see the module's note), and nowhere as a place on its own, after a lead of its
    own that follows no spot ("در کویر مرنجاب" alone; "ستاره‌های کویر", the desert's stars,
    leads none)."""
    first = place.split()[0] if place.split() else ""
    if not first:
        return False
    found = [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(first)}", text)]
    glued = [m.start() + 1 for m in re.finditer(rf"\w{re.escape(first)}", text)]
    held = [at for at in found if _holds_script(text, at)]
    held += [at for at in glued if _holds_glued(text, at)]
    alone = [at for at in found + glued if at not in held and _led(text, at)]
    return bool(held) and not alone


def held_area(text: str, place: str) -> str | None:
    """`place` without a region added in brackets where the text writes it after a named
    spot and an "in" with an article ("sobre o Jardim de Maytrea, na Chapada dos Veadeiros
    (GO)"): the area of a longer phrase, as that phrase writes it; None elsewhere."""
    first = place.split()[0] if place.split() else ""
    found = [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(first)}", text)]
    if not first or not any(_holds_spelled(text, at) for at in found):
        return None
    return re.sub(r"\s*\([^()]*\)$", "", place)


def _led(text: str, at: int) -> bool:
    """Whether the word before position `at`, or a prefix glued to it, leads a place."""
    start = text.rfind(" ", 0, at) + 1
    if start < at:  # a prefix: "במצפה"
        return any(text[start:at] in lang["prefixes"] for lang in _scripts())
    before = text[:at].split()[-2:]
    leads = "|".join(alt_cased(s) for s in ("from", "outer", "over", "inner", "held_in"))
    spoken = {w for lang in _scripts() for w in lang["words"]}
    return bool(before) and (
        before[-1] in spoken
        or re.search(rf"(?<![\w'’-])(?:{leads})$", " ".join(before)) is not None
    )


def _clause_before(text: str, at: int) -> str:
    """The clause's words before position `at`, its line breaks as spaces."""
    start = max(0, at - 160)
    head = text[start:at]
    ends = list(_CLAUSE_END.finditer(head))
    # a comma right before an "in" stays: "Jardim de Maytrea, na Chapada"
    for end in reversed(ends):
        rest = head[end.end() :]
        if end.group(0).startswith(",") and re.fullmatch(rf"\s*(?:{_ins()})\s+", rest):
            continue
        head = rest
        break
    return head.replace("\n", " ")


def _ins() -> str:
    """The words of "in" with an article ([held_in]: "na", "nel", "dans le") this mail's
    language reads: they lead an area, a park, a valley; a town takes none ("em
    Brazópolis")."""
    return alt_cased("held_in")


def _holds_spelled(text: str, at: int) -> bool:
    """Whether the place at `at` follows a spot that is no town and an "in" with an article."""
    m = _spelled().search(_clause_before(text, at))
    return m is not None and not is_town(m.group("spot"))


def _holds_script(text: str, at: int) -> bool:
    """Whether the place at `at` follows an "in" word after a spot led by "from"."""
    words = _clause_before(text, at).split()
    return any(
        words and words[-1] in lang["in_words"] and _from_lead(words[:-1], lang)
        for lang in _scripts()
    )


def _holds_glued(text: str, at: int) -> bool:
    """Whether the place at `at` has an "in" prefix glued to it ("במצפה") after a word
    with a "from" prefix in the clause ("מטיילת")."""
    start = text.rfind(" ", 0, at) + 1
    prefix = text[start:at]
    words = _clause_before(text, start).split()
    return any(prefix in lang["in_prefixes"] and _from_lead(words, lang) for lang in _scripts())


def _from_lead(words: list[str], lang: dict[str, list[str]]) -> bool:
    """Whether a lead of "from", or a word with its prefix, opens a spot of a name of its
    own, three words or more ("از کنار کاروانسرای مرنجاب", from beside the Maranjab
    caravanserai; "מטיילת שפת המכתש"), never one's home ("از پشت‌بام خانه‌مان", from our
    rooftop) nor a bare kind ("מהטיילת", from the promenade), with where it lies after an
    "in" prefix or not ("מהטיילת בשפת המכתש במצפה רמון"): that town is the place.
    A word of time or an instrument is no spot ("מצלמה")."""
    froms = set(lang["words"]) - set(lang["in_words"])
    prefixes = tuple(p for p in lang["prefixes"] if p not in lang["in_prefixes"])
    last = words[-_WORDS_BEFORE:]
    for i, word in enumerate(last):
        spot = last[i + 1 :] if word in froms else [word[1:], *last[i + 1 :]]
        spot = _before_in(spot, lang)
        bare = word[1:] if word.startswith(prefixes) else ""
        lead = word in froms or (
            len(bare) > 2 and bare not in lang["times"] and word not in words_of("held_not_from")
        )
        if lead and len(spot) >= 3 and not any(w.startswith(_homes()) for w in spot):
            return True
    return False


def _before_in(spot: list[str], lang: dict[str, list[str]]) -> list[str]:
    """A spot's words up to one with an "in" prefix: "מהטיילת בשפת המכתש" (from the
    promenade, on the crater's rim) is a bare kind and where it lies, no name of its own."""
    cut = next(
        (n for n, w in enumerate(spot[1:], 1) if w.startswith(tuple(lang["in_prefixes"]))), None
    )
    return spot[:cut]


@cache
def _homes() -> tuple[str, ...]:
    """One's home in the scripts of [taken_town] (data/locatives.toml [script_homes])."""
    return tuple(words_of("script_homes"))


@cache
def _scripts() -> tuple[dict[str, list[str]], ...]:
    """The Arabic, Persian and Hebrew leads of data/script_places.toml [taken_town]."""
    return tuple(script_data()["taken_town"].values())

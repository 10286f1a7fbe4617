"""A compound place name ending in a landform noun in a local case, in its base form (batch-39).

"lomalla Pyhätunturilla" (on holiday at Pyhätunturi), "a Mátrában, Piszkéstetőn" (in the
Mátra, at Piszkéstető), "á Þingvöllum" (at Þingvellir): Finnish, Hungarian and Icelandic
write the case onto the last part of a name, and where that part is a landform noun
([case_heads]: a fell, a hilltop, plains) its own declension gives the base form with
certainty, though GeoNames knows no such place (fields/place_cases.py). Only a name with a
part before the noun ("Tunturilla" alone is no name), in a language the mail is likely in,
after a lead where the language needs one ([case_head_leads]: Icelandic "á", not "yfir"),
never after a name it is part of ("Almannagjá á Þingvöllum").
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.mail_language import language_shares
from ipom_mail.pipeline.fields.place_cases import LIKELY, case_rule
from ipom_mail.pipeline.fields.place_words import UP, data


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    """A capitalised word with a part before one of the language's landform nouns in a case,
    after one of its leads where it has some."""
    heads = data()["case_heads"].get(lang, [])
    if not heads:
        return None
    alt = "|".join(re.escape(i) for i, _ in sorted(map(case_rule, heads), key=lambda r: -len(r[0])))
    leads = data()["case_head_leads"].get(lang, [])
    lead = rf"(?<![\w'’-])(?i:{'|'.join(map(re.escape, leads))})\s+" if leads else r"(?<![\w'’-])"
    return re.compile(
        rf"{lead}(?P<name>[{UP}][^\W\d_]*(?:-[^\W\d_]+)*?[^\W\d_-])(?P<head>{alt})(?![\w'’-])"
    )


@cache
def _site_pattern(lang: str) -> re.Pattern[str] | None:
    """One to three genitives, the first capitalised ([head_genitives]), then a site's kind in
    a local case ([case_head_words])."""
    kinds = data()["case_head_words"].get(lang, [])
    if not kinds:
        return None
    alt = "|".join(re.escape(i) for i, _ in sorted(map(case_rule, kinds), key=lambda r: -len(r[0])))
    ends = sorted(data()["head_genitives"][lang], key=len, reverse=True)
    gen = rf"(?:{'|'.join(map(re.escape, ends))})(?=\s)"
    name = rf"[{UP}][^\W\d_]*{gen}(?:\s[^\W\d_{UP}][^\W\d_]*{gen}){{0,2}}"
    return re.compile(rf"(?<![\w'’-])(?P<name>{name})\s(?P<head>{alt})(?![\w'’-])")


def _part_of_name(text: str, m: re.Match[str]) -> bool:
    """Whether a lead and the name after it end a longer name ("yfir Almannagjá á
    Þingvöllum": the gorge at Þingvellir, named whole): a capitalised word right before."""
    if m.start() == m.start("name"):
        return False
    before = text[: m.start()].split()
    return bool(before) and before[-1][:1].isupper()


def headed_place(text: str) -> str | None:
    """The first compound name of the mail's languages whose landform noun is in a local case,
    or a site named by genitives whose kind is, in its base form ("Piszkéstetőn" →
    "Piszkéstető", "Molėtų astronomijos observatorijoje"); None when there is none."""
    langs = set(data()["case_heads"]) | set(data()["case_head_words"])
    if not any(
        rx.search(text) for lang in langs for rx in (_pattern(lang), _site_pattern(lang)) if rx
    ):
        return None  # no candidate: the language model need not be loaded
    for lang, share in language_shares(text):
        if share < LIKELY:
            continue
        for rx, section, gap in (
            (_pattern(lang), "case_heads", ""),
            (_site_pattern(lang), "case_head_words", " "),
        ):
            m = (
                next((m for m in rx.finditer(text) if not _part_of_name(text, m)), None)
                if rx
                else None
            )
            if m:
                name = " ".join(m["name"].split())
                return name + gap + dict(map(case_rule, data()[section][lang]))[m["head"]]
    return None

"""Where the sender says they drove, went or headed to (issue 13, batch-37).

"Drove to Lake Tekapo after work on Saturday", "fuimos hasta el Parque Nacional del Teide",
"ich bin nach Purkersdorf gefahren": the place a sender travelled to for the photo is where
it was taken, whatever landmark the station passed over ("arcing over the Church of the Good
Shepherd"). The verb comes before the name (data/locatives.toml [went_to]) or, in German
and Dutch, its preposition before and its participle after ([went_to_after]: "nach|gefahren").
The name is read as written, in languages that write it so after these words, and only when
it is surely a place: a town or a village of the language's countries (GeoNames,
[went_to_countries]) or a name holding a site's kind ([site_kinds]:
"Lake", "Observatory"; [named_sites]). Never where the sender says they took it at home
("from my back garden"), and never when the mail names two places travelled to: a missing
place is acceptable, a wrong one never. A journey's start ("drove up from Christchurch") is
blanked before (place_away.py).
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_words import WORD, club_name, data, words_of
from ipom_mail.pipeline.fields.small_towns import small_town
from ipom_mail.pipeline.fields.towns import common_words, is_town

# small words a place's name may hold between its capitalised words ("Rifugio Quintino Sella
# al Felik")
_JOINS = r"of the|of|de la|de los|de las|del|de|di|du|des|da|do|dos|das|van|am|an der|im|al"
_NAME = rf"{WORD}(?:\s(?:(?:{_JOINS})\s)?{WORD}){{0,3}}"
_END = r"(?=\s*(?:[.,;:!?)]|$)|\s+[a-zà-ÿ])"


def alternation(words: list[str]) -> str:
    """The words as an alternation, longest first, each also with a capital first letter;
    a line may break between a phrase's words ("naar\nhet Dwingelderveld")."""
    forms = {v for w in words for v in (w, w[:1].upper() + w[1:])}
    escaped = (re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    return "|".join(escaped)


def _with_adverb(lead: str, lang: str) -> str:
    """A lead as a pattern, an adverb of the language allowed before its last word
    ([went_to_adverbs]: "am urcat special la")."""
    adverbs = data()["went_to_adverbs"].get(lang, [])
    head, _, last = lead.rpartition(" ")
    if not head or not adverbs:
        return alternation([lead])
    return rf"(?:{alternation([head])})(?:\s(?:{alternation(adverbs)}))?\s{re.escape(last)}"


@cache
def _name() -> str:
    """A name, or a site's kind in lower case heading one ([went_to_kinds]: "col de Porte")."""
    kinds = alternation(sorted(words_of("went_to_kinds")))
    return rf"(?P<name>(?:(?:{kinds})\s(?:(?:{_JOINS})\s)?)?{_NAME})"


@cache
def _patterns(onto: bool = False) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each language's verbs before a name; German's and Dutch's lead, name and participle;
    with `onto`, German's "auf den" a mountain's name and participle too ([went_to_onto])."""
    found = [
        (lang, re.compile(
            rf"(?<![\w'’-])(?:{'|'.join(_with_adverb(lead, lang) for lead in leads)})\s+"
            rf"{_name()}{_END}", re.M,
        ))
        for lang, leads in data()["went_to"].items()
    ]  # fmt: skip
    after = [*data()["went_to_after"].items(), *(data()["went_to_onto"].items() if onto else [])]
    for lang, entries in after:
        between = data()["went_to_between"].get(lang, [])
        near = rf"(?:\s+(?:{alternation(between)})\s+{WORD})?" if between else ""
        for lead, _, verb in (entry.partition("|") for entry in entries):
            found.append((lang, re.compile(
                rf"(?<![\w'’-])(?:{alternation([lead])})\s+{_name()}{near}\s+"
                rf"{re.escape(verb)}(?!\w)"
            )))  # fmt: skip
    return tuple(found)


@cache
def _at_home() -> re.Pattern[str]:
    """One's own home after a possessive ("my back garden", "mi balcón", "ons dak")."""
    homes = data()["home_words"]
    parts = [
        rf"(?:{alternation(owners)})\s+(?:{alternation(homes[lang])})"
        for lang, owners in data()["possessives"].items()
        if lang in homes
    ]
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(parts)})(?![\w'’-])")


def went_to_place(text: str) -> str | None:
    """The one place the sender says they drove, went or headed to, as written; None when
    there is none, when the sender names two, or says the photo was taken at home."""
    names = {
        m["name"] for lang, rx in _patterns() for m in rx.finditer(text) if _sure(m["name"], lang)
    }
    if len(names) != 1 or at_home(text):
        return None
    return names.pop()


def at_home(text: str) -> bool:
    """Whether the sender says the photo was taken at their own home ("from my back garden")."""
    return _at_home().search(text) is not None


def went_to_name(text: str) -> str | None:
    """The one name the sender says they went to, sure or not ("auf den Schauinsland
    gefahren": a mountain no list holds), for a Subject naming it too to settle; never a
    month, maker, sky word or club, nor one of two, nor when taken at home."""
    names = {
        m["name"]
        for _, rx in _patterns(onto=True)
        for m in rx.finditer(text)
        if not (set(m["name"].split()) & common_words() or club_name(m["name"]))
    }
    if len(names) != 1 or at_home(text):
        return None
    return names.pop()


def _sure(name: str, lang: str) -> bool:
    """Whether a name is surely a place: a town, a village of the language's countries
    ([went_to_countries]), or a name holding a site's kind; never a month, a weekday, a
    maker or a sky word, nor a club."""
    words = name.split()
    if set(words) & common_words() or club_name(name):
        return False
    kinds = {w.lower() for w in words_of("site_kinds")}
    if any(w.lower() in kinds for w in words) or words[0] in words_of("went_to_kinds"):
        return True  # "Lake Tekapo", "col de Porte"
    if words[-1][:1].isupper() and any(
        words[-1].lower().endswith(end) and len(words[-1]) > len(end) + 3
        for end in data()["site_kind_endings"].get(lang, [])
    ):
        return True  # "Dwingelderveld": a heath by its name's ending
    if any(name.lower().startswith(site) for site in words_of("named_sites")):
        return True
    return is_town(name) or small_town(name, data()["went_to_countries"].get(lang, []))

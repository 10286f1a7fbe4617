"""A town in a case ending whose base form is certain (issue 13).

A base form is never guessed (fields/place_base.py), but two kinds of ending give it:
- a town the station passed over, after an "over" word that declines it ([over] of the
  [inner_cased] languages, [over_cased]: "nad Olomoucí", "iznad Splita", "üle Tallinna"):
  the word less an ending of up to three letters is the town's own name in GeoNames
  (towns.own_stem: "Olomouc", "Split", "Tallinn"), never another language's spelling of
  it ("w Krakowie" gives no "Krakow"); or the word is a town's own name as written ("üle
  Tartu"), never another's word for it ("Tallinna" is one, for Tallinn); or, for a smaller
  place, its own name in the country of the word's language ("iznad Motovuna" → Motovun
  of Croatia, fields/small_towns.py);
- Greek writes a feminine town after the article "της" with an "ς" added to its base form
  ("από την παραλία της Θεσσαλονίκης", from Thessaloniki's beach): after a spot
  ([spot_words]), the word less its "ς", when that is a town;
- Greek writes a masculine name after the article "τον" without the "ς" of its base form
  ("πάνω από τον Όλυμπο", "τον Πειραιά", "τον Ψηλορείτη": Όλυμπος, Πειραιάς, Ψηλορείτης) and
  a plural one after "τους" in "-ους" ("τους Δελφούς": Δελφοί): that base form is taken
  only when it is a town or the mail writes it, else no place.
Like a town passed over in any language ("boven Groningen", fields/place_over.py), the
photographer stood there or near.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_words import UP, WORD, data
from ipom_mail.pipeline.fields.small_towns import countries, small_stem
from ipom_mail.pipeline.fields.towns import common_words, is_town, own_name, own_stem


@cache
def _over_languages() -> dict[str, frozenset[str]]:
    """Each "over" word that declines the name after it ([over] of the [inner_cased]
    languages, [over_cased]), lower case → the languages that write it."""
    cased = data()["inner_cased"]
    found: dict[str, set[str]] = {}
    for section, langs in (("over", cased), ("over_cased", data()["over_cased"])):
        for lang in langs:
            for word in data()[section].get(lang, []):
                found.setdefault(word.lower(), set()).add(lang)
    return {word: frozenset(langs) for word, langs in found.items()}


@cache
def _cased_over() -> re.Pattern[str]:
    """An "over" word that declines the name after it, then one capitalised word alone, whole:
    never its start cut from a longer name ("deasupra Castelului Peleș" names no "Castelu")."""
    alt = "|".join(re.escape(w) for w in sorted(_over_languages(), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?P<over>(?i:{alt}))\s({WORD})(?![\w'’]|\s[{UP}]|-)")


def cased_over_town(text: str) -> str | None:
    """The first town passed over after an "over" word that declines it, in its base form:
    a town's own name, or a smaller place's of the country of the word's language."""
    for m in _cased_over().finditer(text):
        word = m.group(2)
        if word in common_words() or _site_above(text, m.start()):
            continue
        base = own_stem(word)
        if base is not None:
            return base  # "nad Olomoucí", "iznad Splita"
        if own_name(word):
            return word  # "üle Tartu": the genitive is the town's own name
        small = small_stem(word, countries(_over_languages()[m.group("over").lower()]))
        if small is not None:
            return small  # "iznad Motovuna": Motovun, a town of Croatia
    return None


@cache
def _site_before() -> re.Pattern[str]:
    """A lead of a site one stood on ([site_above_leads]), its capitalised name and up to two
    more words, ending where an "over" word starts ("na Marjanu ", "na Svatém Kopečku ")."""
    leads = {w for listed in data()["site_above_leads"].values() for w in listed}
    alt = "|".join(re.escape(w) for w in sorted(leads, key=len, reverse=True))
    more = rf"(?:\s(?![\w'’-]*[{UP}]{{2}})[^\W\d_][\w'’-]*){{0,2}}"  # never "ISS", "МКС"
    return re.compile(rf"(?<![\w'’-])(?i:{alt})\s{WORD}{more}\s$")


def _site_above(text: str, at: int) -> bool:
    """Whether the "over" word at `at` follows a site one stood on ("s vidikovca na Marjanu
    iznad Splita"): it places the site above the town, the station did not pass over it."""
    return _site_before().search(text, max(0, at - 80), at) is not None


@cache
def _greek_genitive() -> re.Pattern[str]:
    spots = "|".join(re.escape(w) for w in data()["spot_words"]["el"])
    return re.compile(rf"(?<![\w'’-])(?:{spots})\s+της\s+(?P<town>[Α-ΩΆ-Ώ][^\W\d_]+ς)(?![\w'’-])")


def greek_genitive_town(text: str) -> str | None:
    """A feminine town after a Greek spot and "της" ("την παραλία της Θεσσαλονίκης"), in
    its base form: the word less its "ς", when that is a town."""
    for m in _greek_genitive().finditer(text):
        base = m.group("town")[:-1]
        if is_town(base):
            return base
    return None


_GREEK_VOWEL = "αάεέηήιίοόυύωώ"
_MASCULINE = frozenset({"τον", "τους"})


def greek_accusative_base(name: str, article: str, mail: str) -> str | None:
    """A name after a Greek article in the accusative, in its base form (see above), when
    that is certain: a town, or written so in the `mail`; else None. After "τον" every word
    ending in a vowel takes its "ς" ("τον Άγιο Νικόλαο": Άγιος Νικόλαος), after "τους" "-ους"
    is "-οι"; a word that ends in a consonant is the same in both cases ("τον Έβερεστ"). After
    the feminine "τη", "την" only a name in "-ο" is an accusative ("τη Ρόδο": Ρόδος, an island
    of the "-ος" nouns); a name in "-α" or "-η" is its own base form ("την Αθήνα"), and one in
    "-ο" whose base is not certain stays as written."""
    words = []
    for word in name.split():
        if article == "τους" and word.endswith(("ους", "ούς")):
            word = word[:-3] + ("οί" if word.endswith("ούς") else "οι")
        elif article == "τους" and word[-1:] in _GREEK_VOWEL:
            return None  # a plural of another ending: its base form is not one
        elif word[-1:] in (_GREEK_VOWEL if article == "τον" else "οό"):
            word += "ς"
        words.append(word)
    base = " ".join(words)
    written = re.search(rf"(?<![\w'’-]){re.escape(base)}(?![\w'’-])", mail)
    if base == name or is_town(base) or written:
        return base
    return None if article in _MASCULINE else name

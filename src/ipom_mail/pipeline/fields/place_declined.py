"""A town in a case ending whose base form is certain (issue 13).

A base form is never guessed (fields/place_base.py), but two kinds of ending give it:
- a town the station passed over, after an "over" word that declines it ([over] of the
  [inner_cased] languages, [over_cased]: "nad Olomoucí", "iznad Splita", "üle Tallinna"):
  the word less an ending of up to three letters is the town's own name in GeoNames
  (towns.own_stem: "Olomouc", "Split", "Tallinn"), never another language's spelling of
  it ("w Krakowie" gives no "Krakow"); or the word is a town's own name as written ("üle
  Tartu"), never another's word for it ("Tallinna" is one, for Tallinn);
- Greek writes a feminine town after the article "της" with an "ς" added to its base form
  ("από την παραλία της Θεσσαλονίκης", from Thessaloniki's beach): after a spot
  ([spot_words]), the word less its "ς", when that is a town.
Like a town passed over in any language ("boven Groningen", fields/place_over.py), the
photographer stood there or near.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_words import UP, WORD, data, words_of
from ipom_mail.pipeline.fields.towns import common_words, is_town, own_name, own_stem


@cache
def _cased_over() -> re.Pattern[str]:
    """An "over" word that declines the name after it, then one capitalised word alone."""
    cased = data()["inner_cased"]
    words = {w for lang in cased for w in data()["over"].get(lang, [])} | words_of("over_cased")
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?i:{alt})\s({WORD})(?!\s[{UP}]|-)")


def cased_over_town(text: str) -> str | None:
    """The first town passed over after an "over" word that declines it, in its base form."""
    for m in _cased_over().finditer(text):
        word = m.group(1)
        if word in common_words():
            continue
        base = own_stem(word)
        if base is not None:
            return base  # "nad Olomoucí", "iznad Splita"
        if own_name(word):
            return word  # "üle Tartu": the genitive is the town's own name
    return None


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

"""A labelled place that starts with the spot it was taken from, described in lower case
(issue 13).

"Lugar: terraza de un edificio sobre Av. Corrientes, San Nicolás, Buenos Aires",
"Location: roof of a car park in Leeds", "Ort: Wiese hinter dem Haus in Kassel" (German
capitals every noun: left alone): the words before the locative word describe the spot, a
roof or a terrace no reader names; the place is the name after it, as written, with what
follows. Only when the value opens with a spot's or a home's word (data/locatives.toml
[spot_words], [home_words]) written in lower case, all the words up to the locative word
are in lower case, and a capital follows it.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_words import UP, words_of


@cache
def _described() -> re.Pattern[str]:
    spots = sorted(words_of("spot_words") | words_of("home_words"), key=len, reverse=True)
    joins = words_of("inner") | words_of("over") | words_of("from")
    joins -= words_of("of_words")  # "faro de Cabo Peñas": the spot's own name, kept
    lead = "|".join(re.escape(w) for w in spots if w.islower())
    join = "|".join(re.escape(w) for w in sorted(joins, key=len, reverse=True) if w.islower())
    return re.compile(
        rf"^(?:{lead})(?:\s[^\W\d_{UP}][\w'’-]*){{0,4}}?\s(?:{join})\s(?P<place>[{UP}].*)$"
    )


def without_spot_described(value: str) -> str:
    """The labelled value from the name after the spot described before it, or as it is."""
    m = _described().match(value)
    return m.group("place") if m else value

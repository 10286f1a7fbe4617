"""A model's last word that is short and capitalised ("Manfrotto 190 Go!", "Huawei P30 Pro+",
"Benro Tortoise 24 Air", "Rollei C5i Neo"): after a code with digits, on its line, ending its
clause, it is the model's own word, and the name is kept whole, never cut before it. A month's
or a weekday's name ("… Nikon D750 June."), a sign-off ("… D750 Ciao") and a joining word are
no model's word.
"""

from __future__ import annotations

from collections.abc import Sequence

from ipom_mail.pipeline.fields.equipment_names import is_support
from ipom_mail.pipeline.fields.equipment_tokens import Tok
from ipom_mail.pipeline.fields.gazetteer import Gazetteer
from ipom_mail.pipeline.fields.labels import connectors, mail_pattern
from ipom_mail.pipeline.fields.words import month_names, weekday_names

__all__ = ["short_last_word"]


def _short_titled(word: str) -> bool:
    """A word of two to four letters written with a capital, then lower case ("Go", "Neo")."""
    bare = word.rstrip("+")
    return 2 <= len(bare) <= 4 and bare.isalpha() and bare[0].isupper() and bare[1:].islower()


def _ends_clause(toks: Sequence[Tok], j: int) -> bool:
    """Whether token j ends its clause, or only a tripod's kind follows ("190 Go Stativ")."""
    return toks[j].closes or j + 1 == len(toks) or is_support(toks[j + 1].text)


def short_last_word(s: str, toks: Sequence[Tok], j: int, g: Gazetteer) -> bool:
    """Whether token j is a model's short last word after the code before it (see above)."""
    if j == 0 or not _short_titled(toks[j].text) or not _ends_clause(toks, j):
        return False
    before = toks[j - 1]
    if not any(c.isdigit() for c in before.text) or "\n" in s[before.end : toks[j].start]:
        return False  # "Nikon D750\nTom": a name signed on the next line
    low = toks[j].text.lower()
    named_day = low in month_names()[0] or low in weekday_names()
    signed = mail_pattern("sign_off").fullmatch(toks[j].text) is not None  # "… D750 Ciao"
    return (
        not (named_day or signed) and low not in connectors() and toks[j].text not in g.stop_tokens
    )

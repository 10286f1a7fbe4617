"""How likely a text is in each language, from its letters (issue 13).

Some readers need the mail's language to read a word at all: Spanish "en" is "in", Dutch
"en" is "and" (fields/place_words.py). py3langid ships its model inside the package:
nothing is downloaded at run time. The model is mapped from the cache folder
(pipeline/language_model.py) once, on first use, and only for a text that needs it.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier  # type: ignore[import-untyped]

MIN_LETTERS = 40  # fewer letters than this say nothing reliable about a language
_FLOOR = 0.01  # a language less likely than this is left out


@cache
def _identifier() -> LanguageIdentifier:
    """The py3langid model over every language it knows, with probabilities (opened once;
    numpy and the model are imported only here: most mail never asks its language)."""
    from ipom_mail.pipeline import language_model

    return language_model.identifier()


@lru_cache(maxsize=16)
def language_shares(text: str) -> tuple[tuple[str, float], ...]:
    """Each language (ISO 639-1) `text` may be in, with its probability, likeliest first;
    nothing when the text is too short to tell ("ISS en Madrid")."""
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return ()
    try:
        ranked = _identifier().rank(text[:5000])
    except (ValueError, IndexError):  # the model found nothing to read
        return ()
    return tuple((str(code), float(p)) for code, p in ranked if float(p) >= _FLOOR)

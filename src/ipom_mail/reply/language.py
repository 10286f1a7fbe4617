"""The sender's language, from the text they wrote, among the languages we have templates for.

py3langid ships its model inside the package: nothing is downloaded at run
time. The model is mapped from the cache folder (pipeline/language_model.py),
once per set of languages, on first use.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier  # type: ignore[import-untyped]

DEFAULT = "en"
MIN_LETTERS = 12  # fewer letters than this say nothing reliable about a language
MIN_CONFIDENCE = 0.75


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]) -> LanguageIdentifier:
    """The py3langid model restricted to `languages` (made once per set)."""
    from ipom_mail.pipeline import language_model  # numpy and the model: only when asked

    return language_model.identifier(languages)


def detect_language(text: str, languages: tuple[str, ...]) -> str:
    """The language of `text` among `languages` (ISO 639-1), or English when unsure."""
    letters = sum(ch.isalpha() for ch in text)
    choices = tuple(sorted(set(languages) | {DEFAULT}))
    if letters < MIN_LETTERS or len(choices) == 1:
        return DEFAULT
    try:
        code, confidence = _identifier(choices).classify(text[:5000])
    except (ValueError, IndexError):  # the model found nothing to read
        return DEFAULT
    return str(code) if float(confidence) >= MIN_CONFIDENCE else DEFAULT

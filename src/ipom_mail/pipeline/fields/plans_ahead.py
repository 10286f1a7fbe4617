"""Plans to come closing a story: "El tránsito lunar de la semana que viene lo intentaré
desde Madrid", "Příští měsíc jedu na Slovensko", "Утре заминавам за Шумен …".

A sentence that names a time after the mail (tomorrow, next week, next month, next year:
CLDR's words through Babel, and data/labels.toml [time_ahead] for the forms CLDR does not
hold) tells of a trip, an attempt or a plan, not of the photo. Only where the story ends:
its last paragraphs opening with one leave whole, and the plan sentences ending the last
paragraph leave. A sentence that also names the photo's own past day ("yesterday", a date
on or before the mail) stays; so does a plan in the middle of the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache

from ipom_mail.pipeline.fields.dates import find_dates
from ipom_mail.pipeline.fields.labels import alternation, whole_words
from ipom_mail.pipeline.fields.other_events import paragraph_sentences
from ipom_mail.pipeline.fields.words import LOCALES, relative_day_pattern
from ipom_mail.pipeline.tables_cache import machine_table

_CJK_LOCALES = ("ja", "ko", "zh", "zh_Hant")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LONGEST = 400  # characters: a longer run without a stop is no sentence of a plan


# CLDR's "tomorrow" that is a common word of another language: Estonian "homme" is French
# "man", Basque "bihar" an Indian state's name, Filipino "bukas" also "open"
_OTHER_WORDS = frozenset({"homme", "bihar", "bukas"})


def _morning_words(locales: Sequence[object]) -> set[str]:
    """Every locale's words for the morning ("mañana", "Morgen"): a "tomorrow" that is one of
    them anywhere ("esta mañana", "heute Morgen") is written with its guards in [time_ahead]."""
    words: set[str] = set()
    for locale in locales:
        periods = getattr(locale, "day_periods", {})
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for period in ("morning1", "morning2"):
                    said = periods.get(context, {}).get(width, {}).get(period, "").lower()
                    words.update(w[:5] for w in said.split() if len(w) >= 5)
    return words


def _phrase(words: str) -> str | None:
    """A relative phrase as matched: without a short leading article or preposition when
    two words stay ("la próxima semana" → "próxima semana"); a lone word of four letters at
    least ("mot", Albanian next year, is a common word), CJK of any length."""
    parts = words.lower().replace("’", "'").split()
    if len(parts) >= 3 and len(parts[0]) <= 3:
        parts = parts[1:]
    if len(parts) == 1 and len(parts[0]) < 4 and not _CJK.search(parts[0]):
        return None
    return " ".join(parts) or None


@machine_table
def _cldr_ahead() -> list[str]:
    """CLDR's tomorrow, next week, next month and next year of every locale, lower-case."""
    from babel import Locale

    locales = [Locale.parse(name) for name in (*LOCALES, *_CJK_LOCALES)]
    mornings = _morning_words(locales)
    found: set[str] = set()
    for locale in locales:
        fields = locale._data["date_fields"]
        for unit in ("day", "week", "month", "year"):
            phrase = _phrase(fields[unit]["relative"].get(1, ""))
            if phrase is None or phrase in _OTHER_WORDS:
                continue
            if unit != "day" or not any(w[:5] in mornings for w in phrase.split()):
                found.add(phrase)
    return sorted(found)


@cache
def _ahead() -> re.Pattern[str]:
    """A time after the mail, in CLDR's words (CJK ones anywhere) and [time_ahead]'s."""
    words = _cldr_ahead()
    spaced = alternation(frozenset(w for w in words if not _CJK.search(w))).replace("'", "['’]")
    free = alternation(frozenset(w for w in words if _CJK.search(w)))
    own = whole_words("time_ahead").pattern
    return re.compile(rf"(?<![^\W\d_])(?:{spaced})(?![^\W\d_])|{free}|{own}", re.I)


def plans_ahead(sentence: str, sent: date | None = None) -> bool:
    """Whether a sentence names a time to come and no past day of the photo's."""
    if len(sentence) > _LONGEST or not _ahead().search(sentence):
        return False
    if relative_day_pattern("yesterday").search(sentence) or any(
        whole_words(kind).search(sentence) for kind in ("yesterday", "last_night")
    ):
        return False
    if sent is None:
        return True
    past = sent + timedelta(days=1)
    return not any(hit.readings and min(hit.readings) <= past for hit in find_dates(sentence, sent))


def without_closing_plans(story: str, sent: date | None = None) -> str:
    """The story without the plans to come that close it; a story of plans alone stays."""
    paragraphs = re.split(r"\n\s*\n", story)
    while len(paragraphs) > 1:
        sentences, _ = paragraph_sentences(paragraphs[-1].strip())
        opening = next((s for s in sentences if s.strip()), "")
        if not plans_ahead(opening, sent):
            break
        paragraphs.pop()
    sentences, gaps = paragraph_sentences(paragraphs[-1])
    kept = len(sentences)
    while kept > 1 and (not sentences[kept - 1].strip() or plans_ahead(sentences[kept - 1], sent)):
        kept -= 1
    last = "".join(s + g for s, g in zip(sentences[:kept], gaps[:kept], strict=True)).strip()
    return "\n\n".join([*paragraphs[:-1], last]).strip()

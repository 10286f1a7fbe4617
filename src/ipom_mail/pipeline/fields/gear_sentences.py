"""A sentence of prose that only lists the instruments, the exposure and the processing
software, without a label: "Телескоп Sky-Watcher Skymax 127 на монтуванні Sky-Watcher AZ-GTi,
камера SVBONY SV305, 1/800 с, відео обробляла в PIPP та AutoStakkert.", "画像処理は PixInsight
です。", "Shot on my Nikon D850 with the Nikkor 14-24 f/2.8 on a Manfrotto tripod, single 15 sec
exposure.".

Such sentences, making up a paragraph (a line) of their own, are a field line written as
prose: the equipment field holds its names, and the story leaves them out; one inside a
paragraph of story stays, as the set's labels keep it. Its words are the names, the settings, the programs (data/labels.toml
[software]) and the words a gear sentence is written with ([connectors], [kinds], [gear_prose]);
one word more may be a nickname ("the Beast"). A sentence telling more ("I used my old Nikon
because the new one was in repair", "the Barlow made the station look huge") stays.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.data_lines import (
    SETTINGS_LINE,
    is_photo_data,
    is_settings_line,
    prose_words,
    value_word,
)
from ipom_mail.pipeline.fields.equipment import text_items
from ipom_mail.pipeline.fields.forward import sentences_of
from ipom_mail.pipeline.fields.gear_lines import glue_word
from ipom_mail.pipeline.fields.labels import kind_words, label_words

_SEPARATORS = re.compile(r"[\s,;:+&()\"“”„«»،、，；：·|]+")
_STRIP = ".!?。！？\"'“”«»()[]"
_SPARE = 1  # a word of its own beside the names: a nickname ("the Beast")
_SPARE_FROM = 8  # tokens: a shorter sentence has no word to spare


@cache
def _software() -> re.Pattern[str]:
    """The processing and capture programs (data/labels.toml [software])."""
    return re.compile(rf"(?<!\w)(?:{label_words('software')})(?!\w)", re.I)


@cache
def _unspaced_pieces() -> tuple[str, ...]:
    """The [gear_prose] pieces of scripts written without spaces, longest first."""
    pieces = [w for w in kind_words("gear_prose") if re.search(r"[^\x00-\u024f\u0370-\u04ff]", w)]
    return tuple(sorted(pieces, key=len, reverse=True))


def _prose_in(token: str, previous: str) -> int:
    """How many words of prose a token holds beside the names, settings and programs."""
    if value_word(token, previous) or glue_word(token):
        return 0
    if token.casefold() in kind_words("gear_prose"):
        return 0
    for piece in _unspaced_pieces():
        token = token.replace(piece, "")
    return prose_words(token.strip(_STRIP))


def is_gear_sentence(sentence: str) -> bool:
    """Whether a sentence only lists instruments, settings and programs: two names at least
    (instruments or programs), or one with a setting, and no word of prose."""
    items = text_items(sentence)
    programs = _software().findall(sentence)
    if len(items) + len(programs) == 0:
        return False
    rest = _software().sub(" ", sentence)
    for item in sorted(items, key=len, reverse=True):
        rest = rest.replace(item, " ")
    tokens = [t.strip(_STRIP) for t in _SEPARATORS.split(rest)]
    tokens = [t for t in tokens if t]
    words, previous = 0, ""
    for token in tokens:
        words += _prose_in(token, previous)
        previous = token
    named = len(items) + len(programs) >= 2 or len(tokens) > words  # a setting beside a name
    spare = _SPARE if len(tokens) >= _SPARE_FROM else 0
    return named and words <= spare


def _settings(sentence: str) -> bool:
    """Whether a sentence only gives the camera's settings ("露出 1/500秒、ゲイン 100。")."""
    s = sentence.strip()
    return is_settings_line(s) or is_photo_data(s) or SETTINGS_LINE.match(s) is not None


def without_gear_sentences(story: str) -> str:
    """The story without its paragraphs made only of sentences listing the instruments, the
    exposure and the processing software: a field line in prose. A gear sentence inside a
    paragraph of story ("Taken … near Dubbo. Canon EOS R6 with a Samyang 14mm f/2.8, 15 s at
    ISO 3200.") stays with it, as the set's labels keep it."""
    kept: list[str] = []
    for paragraph in story.split("\n\n"):
        sentences = [s for s in sentences_of(paragraph) if s.strip()]
        gear = [is_gear_sentence(s) for s in sentences]
        alone = any(gear) and all(g or _settings(s) for g, s in zip(gear, sentences, strict=True))
        if not alone:
            kept.append(paragraph)
    return "\n\n".join(kept)

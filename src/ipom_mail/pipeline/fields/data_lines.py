"""Data lines without a label: flyby data, the camera's settings, the photo's time and settings.

"Max elevation 72°, from 21:31 to 21:38 UT, brightness -3.6 mag", "Exposure 1/1000 s, ISO 800",
"20 s, ISO 400, f/5.6", "Saat 18:12 (GMT+3), 10 sn poz.": the fields hold those values, and
the story does not need them again (issue 13). A line with any other word is prose and stays.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.clock import find_times
from ipom_mail.pipeline.fields.clock_spans import pair_ranges
from ipom_mail.pipeline.fields.labels import connectors, kind_words, label_words, label_words_in
from ipom_mail.pipeline.fields.zones import is_zone_word

# The words of a flyby line in each language, and the words joining them (data/labels.toml
# [flyby_data]): single words, lower-case
_FLYBY_GLUE = kind_words("flyby_data", "glue")
_FLYBY_WORDS = kind_words("flyby_data") - _FLYBY_GLUE
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")  # words without spaces
_DATUM = re.compile(r"^[-+−–~]?\d+(?:[.,:]\d+)*(?:°|º|°c)?$|^[-–—|/·°º~]+$")


def is_flyby_data(line: str) -> bool:
    """Whether a line only lists flyby data, without a label: "Max elevation 72°, from 21:31
    to 21:38 UT, brightness -3.6 mag". The flyby fields hold those values; the story does not
    need them again."""
    spaced = _CJK_RUN.sub(r" \g<0> ", line.replace("，", ", ").replace("、", ", "))
    tokens = [t.strip(".,;:()[]!") for t in spaced.casefold().split()]
    tokens = [t for t in tokens if t]
    if not tokens or len(line) > 120 or not any(c.isdigit() for c in line):
        return False
    if not any(t in _FLYBY_WORDS for t in tokens) and not pair_ranges(line, find_times(line)):
        return False  # a flyby word, or a span of time ("from 21:31 to 21:38 UT")
    return all(
        t in _FLYBY_WORDS or t in _FLYBY_GLUE or _DATUM.match(t) or is_zone_word(t.upper())
        for t in tokens
    )


# "Valotus 1/2000 s.", "Exposure 1/1000 s, ISO 800", "Exposició de 20 s": the camera's settings;
# never a CJK sentence going on after its comma ("過境時間只有 0.82 秒，這次太陽上剛好…")
SETTINGS_LINE = re.compile(
    r"^\W*[^\W\d_]+\s+(?:[^\W\d_]{1,3}\s+)?(?:\d+/\d+|\d+(?:[.,]\d+)?)\s*(?:s|sec|ms|sn|с|сек|秒)\b[^.!?，。！？]{0,40}[.!?。]?$",
    re.I,
)


# Words a line of the photo's time and settings is written with, beside the [settings] words
_TIME_WORDS = """saat klo kl kello hs uhr ora hora time iso gain exp exposure total yhteensä
    single shot night mode frame frames"""
_SETTING_TOKEN = re.compile(
    r"^(?:iso\d*|f/?\d+(?:[.,]\d+)?|\d+(?:[.,/]\d+)*(?:s|sec|ms|x)|\d+/\d+)$", re.I
)
_CLOCK_TOKEN = re.compile(r"^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:am|pm)?$", re.I)


@cache
def _setting_words() -> frozenset[str]:
    """The settings words, seconds and frame words of data/labels.toml [settings]."""
    listed = "|".join(label_words_in("settings", k) for k in ("words", "seconds", "frames"))
    return frozenset({"iso", *(w.replace("\\", "").casefold() for w in listed.split("|"))})


def is_photo_data(line: str) -> bool:
    """Whether a line only gives the photo's time and the camera's settings, without a label
    and without a word of prose: "20 s, ISO 400, f/5.6", "20:51 UTC+2, 8 sec belichting"."""
    tokens = [t.strip(".,;:()[]!") for t in line.casefold().split()]
    tokens = [t for t in tokens if t]
    if not tokens or len(line) > 120:
        return False
    setting = [t in _setting_words() or _SETTING_TOKEN.match(t) is not None for t in tokens]
    return any(setting) and all(
        is_setting
        or t in _TIME_WORDS.split()
        or t in _FLYBY_GLUE
        or _DATUM.match(t)
        or _CLOCK_TOKEN.match(t)
        or is_zone_word(t.upper())
        for t, is_setting in zip(tokens, setting, strict=True)
    )


# An exposure's values in any language (issue 13): "8 sek.", "١٠ ثوانٍ", "1/250s", "f/2", "ISO 3200",
# "30 fps", "0,8 ms"; each of its kind. The words around them are the line's label, in the
# writer's language ("Stillingar:", "Hver eksponering", "الإعدادات: … لكل لقطة").
_NUMBER = r"\d+(?:[.,/٫]\d+)*"
_F_NUMBER = re.compile(r"^[fƒ]/?\d+(?:[.,]\d+)?$", re.I)
_ISO = re.compile(r"^iso\d+$", re.I)
_COUNT = re.compile(rf"^(?:{_NUMBER}|[×x*])$", re.I)  # "30 × 8 s": a count of frames
_SETTINGS_WORDS = 4  # "الإعدادات", "لكل", "لقطة": a label; five words or more are prose
_SEPARATORS = re.compile(r"[\s,;:،、，；：·|]+")


@cache
def _rate() -> re.Pattern[str]:
    """Frames a second, its unit joined or alone ("150fps", "i/s", "кадр/с")."""
    return re.compile(rf"^(?:{_NUMBER})?(?:{label_words_in('settings', 'rates')})$", re.I)


@cache
def _unworded() -> frozenset[str]:
    """Tokens that are no prose word beside an exposure's values: a video's or file's format
    ("SER", "vidéo") and a capture program ("FireCapture"; data/labels.toml [settings] formats,
    [software])."""
    listed = f"{label_words_in('settings', 'formats')}|{label_words('software')}"
    return frozenset({"iso", *(w.replace("\\", "").casefold() for w in listed.split("|"))})


@cache
def _exposure() -> re.Pattern[str]:
    """A time in seconds, its unit joined or after it ("10s", "8 sek", "١٠ ثوانٍ")."""
    units = label_words_in("settings", "seconds")
    return re.compile(rf"^(?:{_NUMBER})?(?:{units})$", re.I)


# A label of one or two words opening a line ("Captura:", "Capture settings:")
_LABEL_FIRST = re.compile(r"^\W*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[:：]")


@cache
def _frame_words() -> frozenset[str]:
    """Frames written after their count ("1500 fotogramas", "1200 кадров"; data/labels.toml
    [settings] frames)."""
    return frozenset(w.casefold() for w in label_words_in("settings", "frames").split("|"))


def _kind(token: str, previous: str) -> str | None:
    """The kind of exposure value a token is (time, aperture, ISO, rate, a count of frames),
    or None."""
    if _F_NUMBER.match(token):
        return "f"
    if token.casefold() in _frame_words() and previous.isdigit():
        return "frames"  # "Captura: vídeo de 1500 fotogramas a 1/4000 s": a video's frames
    if _ISO.match(token) or (token.isdigit() and previous.casefold() == "iso"):
        return "iso"
    rate = _rate().match(token)
    if rate and (any(c.isdigit() for c in token) or _COUNT.match(previous)):
        return "rate"
    unit_after_number = _COUNT.match(previous) is not None and _exposure().match(token)
    if (any(c.isdigit() for c in token) and _exposure().match(token)) or unit_after_number:
        return "time"
    return None


def _glue(token: str) -> bool:
    """A word that only joins values ("a", "con", "e", "and", "with"): "riprese a 1 ms, 200 fps,
    elaborazione con AutoStakkert e Photoshop" is settings and programs, no prose
    (data/labels.toml [connectors], [and_words])."""
    return token in connectors() or token.casefold() in kind_words("and_words")


_UNSPACED = re.compile(r"[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_UNSPACED_WORD = 4  # characters of a script written without spaces (CJK, Thai) to a word


def _words_in(token: str) -> int:
    """How many words a token holds: one, or a run of CJK or Thai by its length (a clause
    "風が強くて三脚が揺れてしまい" is several words, "ตั้งค่า" one)."""
    if not any(c.isalpha() for c in token):
        return 0
    return max(1, len(token) // _UNSPACED_WORD) if _UNSPACED.search(token) else 1


def is_settings_line(line: str) -> bool:
    """Whether a line's content is an exposure's values, whatever its label and language:
    "Stillingar: 8 sek., f/2, ISO 3200.", "Hver eksponering 10 s, f/4, ISO 800.", "Acquisition :
    vidéo SER, 1/4000 s, 150 i/s, FireCapture." (a format or a program is no prose word). Two kinds of
    value at least, and at most a label's few words: "I waited 10 s for the wind to calm" and
    "15 s at f/2.8 was plenty, the station was that bright." are prose. A count of frames is a
    value only under a label ("Captura: vídeo de 1500 fotogramas a 1/4000 s, procesado en
    AutoStakkert y Photoshop"): "Hand guided with a joystick, 3000 frames at 2 ms." is prose."""
    if len(line) > 120:
        return False
    tokens = [t.strip(".()[]!\"'") for t in _SEPARATORS.split(line.strip())]
    kinds: set[str] = set()
    words, previous = 0, ""
    for token in (t for t in tokens if t):
        kind = _kind(token, previous)
        if kind is not None:
            kinds.add(kind)
        elif not (_glue(token) or token.casefold() in _unworded() or _COUNT.match(token)):
            words += _words_in(token)
        previous = token
    if not _LABEL_FIRST.match(line):
        kinds.discard("frames")  # "Hand guided with a joystick, 3000 frames at 2 ms.": prose
    return len(kinds) >= 2 and words <= _SETTINGS_WORDS


def value_word(token: str, previous: str) -> bool:
    """Whether a token is no prose word beside an exposure's values: a value ("1/800", "f/2.8",
    "15 sec"), a joining word, a format or a capture program ("SER", "FireCapture")."""
    kind = _kind(token, previous)
    return (
        kind is not None
        or _glue(token)
        or token.casefold() in _unworded()
        or bool(_COUNT.match(token))
    )


def prose_words(token: str) -> int:
    """How many words of prose a token holds (a CJK or Thai run counts by its length)."""
    return _words_in(token)

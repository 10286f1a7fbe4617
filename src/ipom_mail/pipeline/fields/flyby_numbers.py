"""The pass's numbers: its max elevation and its brightness (magnitude).

Each value needs its own words next to it ("max. elevation 72°", "-3.6 mag"):
a Sun altitude, an angular size or a moon phase is never taken for one. When
the text gives two different values for the same detail, none is kept.
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.doubt import doubted
from ipom_mail.pipeline.fields.labels import label_words_raw
from ipom_mail.pipeline.fields.numerals import ascii_numbers

# A word saying the number is the highest point of the pass, in the languages we read.
_HIGHEST = re.compile(
    r"\bma(?:x|ks)|highest|höchst|culmin|kulmin|delel|peak|reach|legnagyobb|legmagasabb"
    r"|najwyższ|nejvyšší|hoogste|más alto|mais alto|plus haut|più alto|massim|máxim|pass\b|"
    + label_words_raw("highest")
    + "|"
    + label_words_raw("climbed"),
    re.I,
)
# "the pass started at 10°", "the pass ended at 12° in the east": the degrees where it rose or
# set, no highest point ([pass_start], [pass_end])
_RISE_OR_SET = re.compile(
    rf"(?:{label_words_raw('pass_start')}|{label_words_raw('pass_end')})", re.I
)
_OVERHEAD = re.compile(rf"(?:{label_words_raw('overhead')})[^\d\n;]{{0,14}}$", re.I)
# "passing right over the pavilion, about 80 degrees up": "up" after the degrees, with the
# pass going overhead earlier in the sentence ("20° up through the trees" is no height)
_OVERHEAD_ANYWHERE = re.compile(rf"(?:{label_words_raw('overhead')})[^\d\n;]*$", re.I)
_UP = re.compile(r"\s*up\b(?! to)", re.I)
_FIELD_OF_VIEW = re.compile(
    r"\s*(?:field of view|fov\b|bildwinkel|sichtfeld|champ de vision)", re.I
)
# "Az 230°" is an azimuth; Hungarian's article "az" before a word is not ("Az áthaladás
# legnagyobb magassága 57°")
_NOT_ELEVATION = re.compile(
    r"azimut|\baz\b(?![ \t]+[^\W\d_])|below|unter dem|sous l|bajo el|field of view|\bfov\b|latitud|longitud"
    r"|angle of view|bildwinkel|diagonal|" + label_words_raw("not_elevation"),
    re.I,
)
_CELSIUS = re.compile(r"\s*[CF]\b")  # "12°C": a temperature
_DEGREES = re.compile(
    r"(?<![\d.,+\-−])(?P<v>\d{1,2}(?:[.,]\d+)?)\s*(?:°|º|deg(?:rees?)?\b|grad\w*|graus|graden"
    r"|fok\w*|stopni|stupň\w*|" + label_words_raw("degrees") + ")",
    re.I,
)
# "nyuzi 57": the word for degrees before the number
_DEGREES_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{label_words_raw('degrees_before')})\s+(?P<v>\d{{1,2}}(?:[.,]\d+)?)(?![\d°º])",
    re.I,
)
_DEGREES_FIRST = re.compile(rf"\s*(?:{label_words_raw('highest_after')})", re.I)
_SENTENCE_END = re.compile(r"\n(?P<wrap>[ \t]*[^\W\d_])?|[.!?]\s+(?P<next>.?)", re.I)
_WINDOW = 45  # characters before the number where its words must be
_BODY = re.compile(
    r"\b(?:sun|solar|sonne|soleil|sol|nap|moon|mond|lune|luna|hold|księżyc|měsíc|slunce"
    r"|venus|vénus|venere|wenus|венера|jupiter|júpiter|giove|jowisz|юпитер|mars|марс"
    r"|saturn\w*|saturno|сатурн|sirius|сириус|planet\w*|star|stern|étoile|estrella)\b|"
    + label_words_raw("bodies"),
    re.I,
)
_BRIGHTNESS_WORD = re.compile(
    r"(?<![^\W\d_])(?:mag(?:nitude|nitud|nitudine|nitudo|nitúdó)?\.?|brightness|brilliance"
    r"|helligkeit|luminosité|éclat|brillo|brillance|luminosità|brilho|fényesség\w*|jasność"
    r"|jasnost|helderheid|(?:" + label_words_raw("brightness") + r")\w*)(?![^\W\d_])",
    re.I,
)
# a colon ends the value ("magnitud -3,9: pasó…") unless a clock's minutes follow it
_NUMBER = r"(?P<v>[+\-−–]?\s?\d{1,2}(?:[.,]\d{1,2})?)(?![\d°º%]|:\d|[.,]\d|\s*(?:°|%|km|mm|x\b))"
# the number may stand on the next line, where the mail client wrapped ("brilho\n-3,1")
# or after "about" there ("kirkkaus\nnoin -2,7": data/labels.toml [about_words])
_ABOUT = label_words_raw("about_words")
_AFTER_WORD = re.compile(  # a table's row turned into text puts a run of blanks between
    rf"(?:[ \t]{{2,}}|[^\d\n+\-−–]{{0,20}}?)(?:\n[ \t]*(?:(?:{_ABOUT})(?![^\W\d_])[ \t]*)?)?{_NUMBER}",
    re.I,
)
# a minus written as a word ("قدر: منفی ۳٫۲", "brightness minus 3.5"): data/labels.toml
_MINUS_WORD = re.compile(rf"(?<![^\W\d_])(?:{label_words_raw('minus_words')})\s*(?=\d)", re.I)
_BRIGHT_WORD = re.compile(r"(?<![^\W\d_])(?:" + label_words_raw("bright") + ")", re.I)
_AFTER_BRIGHT = re.compile(  # a signed number only: "a bright pass on 4 August" is a date
    # a hyphen inside a word may stand between ("heaps bright, heavens-above said -3.5"), and
    # a prediction site's words ("super bright, heavens above had it at -3.8"), in its sentence
    r"(?:[^\d\n+\-−–.;!?]|\.(?!\s)|(?<=[^\W\d_])-(?=[^\W\d_])){0,32}?"
    r"(?P<v>[+\-−–]\s?\d{1,2}(?:[.,]\d{1,2})?)(?![\d°º%:]|[.,]\d)"
)
# "Max 79°, -3.3", "max el 82° / -3.9": a signed number right after the pass's height
_AFTER_HEIGHT = re.compile(
    r"\s*[,/;]\s*(?P<v>[+\-−–]\s?\d(?:[.,]\d{1,2})?)(?![\d°º%:]|[.,]\d|\s*(?:°|%|km|mm|x\b))"
)
_BEFORE_MAG = re.compile(
    r"(?<![\d.,])(?P<v>[+\-−–]\s?\d{1,2}(?:[.,]\d{1,2})?|\d{1,2}[.,]\d{1,2})\s*"
    r"(?:mag\b|magnitude|" + label_words_raw("magnitude_after") + ")"
    # "-2.8等", "-3.4등급": a CJK magnitude after a signed number ("2等星" is a star's class)
    r"|(?<![\d.,])(?P<cjk>[+\-−–]\s?\d{1,2}(?:[.,]\d{1,2})?)\s*(?:等級?|등급)(?!星)",
    re.I,
)


def _number(raw: str) -> float:
    return float(re.sub(r"\s", "", raw).replace("−", "-").replace("–", "-").replace(",", "."))


def _one(values: list[float]) -> float | None:
    """The value when every mention agrees, else None (two different values: unsure)."""
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


# a bright star or planet by its name ("Arcturus", "Wegi"; data/labels.toml [star_names])
_STAR = re.compile(label_words_raw("star_names"), re.I)


def _body_in(text: str, start: int, end: int) -> bool:
    """Whether the Sun, the Moon, a planet or a named star stands in text[start:end]."""
    return any(rx.search(text, start, end) for rx in (_BODY, _STAR))


def _near_body(text: str, pos: int) -> bool:
    """True when a body is named just before `pos` (its brightness is not the ISS's)."""
    return _body_in(text, max(0, pos - 20), pos)


def _of_body(text: str, word: re.Match[str], number: re.Match[str]) -> bool:
    """Whether a brightness word's number is another body's: one named just before the word,
    or between it and its number ("Brightness of Venus -4.2", "Яркость Венеры -4,2",
    "Arcturus are magnitudinea -0,05")."""
    return _near_body(text, word.start()) or _body_in(text, word.end(), number.start("v"))


def _sentence_before(text: str, pos: int) -> str:
    """Up to _WINDOW characters before `pos`, cut at the start of its sentence or line."""
    window = text[max(0, pos - _WINDOW) : pos]
    ends = [m.start("next") if m["next"] is not None else m.start() + 1 for m in _ends(window)]
    return window[ends[-1] :] if ends else window


# "Max", "ca", "макс"; never the end of a model's number ("Star Adventurer 2i.")
_ABBREVIATION = re.compile(r"(?<!\w)[^\W\d_][^\W\d_A-ZА-ЯЁ]{0,3}$")


def _ends(window: str) -> list[re.Match[str]]:
    """Where sentences end in `window`: a line break (not a line wrapped before a lower-case
    word: "culmination\nà 78°"), or a full stop before a capital.

    A stop before a lower-case word or a number ends an abbreviation in any script
    ("макс. висота 49°", "Elevación máx. 58º"), as does a stop after a short lower-case
    word ("max. Höhe 72°", "ca. 40°"), not a sentence.
    """
    return [m for m in _SENTENCE_END.finditer(window) if _is_end(m, window)]


# the word for the height ending a line wrapped before its degrees ("Maksimaalne kõrgus\n42°")
_HEIGHT_END = re.compile(rf"(?<![^\W\d_])(?:{label_words_raw('height_label')})[ \t]*$", re.I)


def _is_end(m: re.Match[str], window: str) -> bool:
    """Whether a line break or full stop found by _SENTENCE_END ends a sentence (see _ends)."""
    if m["next"] is None:  # "Max\n68 degrees": a short word wrapped before its number
        short = m.end() == len(window) and (
            _ABBREVIATION.search(window, 0, m.start()) or _HEIGHT_END.search(window, 0, m.start())
        )
        return not (m["wrap"] and m["wrap"][-1].islower()) and not short
    return not (
        m["next"].islower() or m["next"].isdigit() or _ABBREVIATION.search(window, 0, m.start())
    )


_COMPARED = re.compile(
    rf"(?<![^\W\d_])(?:{label_words_raw('compared_with')})\s+(?:[^\W\d_]{{1,4}}\s+)?$", re.I
)


def _named_body(before: str) -> bool:
    """Whether a body is named before the degrees, so they may be its height ("Venus at 30°
    altitude"); one the station is only compared with is not ("as bright as Venus, max
    elevation 74°", "svetla kot Venera, najvišja višina 74°": data/labels.toml
    [compared_with])."""
    return last_body(before) >= 0


def last_body(text: str) -> int:
    """Where the last body named in `text` ends, one the station is only compared with
    passed over; -1 when none is."""
    ends = [m.end() for m in _BODY.finditer(text) if not _COMPARED.search(text, 0, m.start())]
    return ends[-1] if ends else -1


# "Hoogte: 55°": a line opening with the bare word for the height and a colon before the degrees
_HEIGHT_LABEL = re.compile(
    rf"[ \t*•-]*(?:{label_words_raw('height_label')})[ \t]*[:：][ \t]*(?:ca\.?|~)?[ \t]*$", re.I
)

_BETWEEN = re.compile(r"[ \t]*(?:[,;/|·]|[–-](?=\s))?[ \t]*")


def _labelled_pass_line(text: str, m: re.Match[str]) -> bool:
    """Whether the degrees stand on a line labelled with the bare word for the height, and the
    line gives the pass's brightness too ("Hoogte: 55°, magnitude -3,1": the pass's figures,
    data/labels.toml [height_label]), right after a comma; a height labelled alone, or with
    words after it ("Elevation: 30° when I pressed the shutter"), may be the photo's moment's."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    rest = text[m.end() : end if end >= 0 else len(text)]
    sep = _BETWEEN.match(rest)
    rest = rest[sep.end() :] if sep else rest
    brightness = _BRIGHTNESS_WORD.match(rest) or _BEFORE_MAG.match(rest)
    labelled = _HEIGHT_LABEL.match(text, start, m.start())
    return bool(labelled and brightness and _worded_magnitudes(rest))


def _highest_word(before: str) -> re.Match[str] | None:
    """The last word before the degrees that calls them the highest point; the word "pass"
    only when no word of its rising or setting follows it ("the pass started at 10°")."""
    words = list(_HIGHEST.finditer(before))
    if not words:
        return None
    last = words[-1]
    if last.group(0).lower() == "pass" and _RISE_OR_SET.search(before, last.end()):
        return None
    return last


def _heights(text: str) -> list[re.Match[str]]:
    """The numbers of degrees that words call the pass's highest point."""
    found: list[re.Match[str]] = []
    degrees = sorted(
        [*_DEGREES.finditer(text), *_DEGREES_BEFORE.finditer(text)], key=lambda m: m.start()
    )
    for m in degrees:
        before = _sentence_before(text, m.start())
        highest = (
            _highest_word(before)
            or _OVERHEAD.search(before)
            or _DEGREES_FIRST.match(text, m.end())
            or (_UP.match(text, m.end()) and _OVERHEAD_ANYWHERE.search(before))
            or _labelled_pass_line(text, m)
        )
        if (
            highest
            and not _named_body(before)
            and not _NOT_ELEVATION.search(before)
            and not _FIELD_OF_VIEW.match(text, m.end())
            and not _CELSIUS.match(text, m.end())
        ):
            found.append(m)
    return found


def find_max_elevation(text: str) -> float | None:
    """The pass's max elevation in degrees (0–90), from words like "max. elevation 72°"."""
    text = ascii_numbers(text)
    found = _heights(text)
    if any(doubted(text, m.start(), m.end()) for m in found):
        return None  # a guess of the sender's: none, whatever else is written
    return _one([v for v in (_number(m["v"]) for m in found) if 0 < v <= 90])


def find_magnitude(text: str) -> float | None:
    """The pass's brightness in magnitudes (-8 to +6): "-3.6 mag", "Helligkeit -2,9"."""
    text = _MINUS_WORD.sub("-", ascii_numbers(text))
    found = _worded_magnitudes(text)
    found += [m for h in _heights(text) if (m := _AFTER_HEIGHT.match(text, h.end()))]
    if any(doubted(text, m.start(), m.end()) for m in found):
        return None  # a guess of the sender's
    values = [_number(m["v"] or m.groupdict().get("cjk") or "") for m in found]
    trailing = [_trailing_minus(text, m) for m in found]
    if any(t is None for t in trailing):
        return None  # "3.7-" in a left-to-right line: a sign, a range or a dash?
    values = [-v if t else v for v, t in zip(values, trailing, strict=True)]
    return _one([v for v in values if -8 <= v <= 6])


# a minus after the number, a direction mark maybe between ("۳٫۴\u200f-")
_MINUS_AFTER = re.compile(r"[\u200e\u200f\u061c]?[-−](?![\d.,])")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def _trailing_minus(text: str, m: re.Match[str]) -> bool | None:
    """Whether an unsigned number has its minus after it, as right-to-left text writes it
    ("בהירות 3.7-": -3.7): True in a line of Hebrew, Arabic or Persian, None (unsure) in any
    other line, False when no minus follows."""
    group = "v" if m["v"] else "cjk"
    raw, end = m[group] or "", m.end(group)
    if raw[:1] in "+-−–" or not _MINUS_AFTER.match(text, end):
        return False
    start, stop = text.rfind("\n", 0, end) + 1, text.find("\n", end)
    return True if _RTL.search(text[start : stop if stop >= 0 else len(text)]) else None


def _worded_magnitudes(text: str) -> list[re.Match[str]]:
    """The numbers words call a brightness: after its word ("Helligkeit -2,9", "bright,
    -3.5") or before it ("-3.6 mag", "-2.8等")."""
    found: list[re.Match[str]] = []
    for word in _BRIGHTNESS_WORD.finditer(text):
        m = _AFTER_WORD.match(text, word.end())
        if m and not _of_body(text, word, m):
            found.append(m)
    for word in _BRIGHT_WORD.finditer(text):
        m = _AFTER_BRIGHT.match(text, word.end())
        if m and not _of_body(text, word, m):
            found.append(m)
    found += [m for m in _BEFORE_MAG.finditer(text) if not _near_body(text, m.start())]
    return found

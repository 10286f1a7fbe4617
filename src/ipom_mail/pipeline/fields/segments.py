"""The text as sentences and lines (segments), each ranked and marked as another event.

A segment is the unit a time takes its date from: its own sentence or labelled
line first, then its paragraph (docs/design.md: never an unrelated date
elsewhere).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from ipom_mail.pipeline.fields.dates import when_label
from ipom_mail.pipeline.fields.exposure_lines import line_names_exposure
from ipom_mail.pipeline.fields.labels import label_pattern, label_words_raw

_OTHER_EVENT = re.compile(
    r"launch|lift-?off|berthing|docking|undock|canadarm|robotic arm|spacewalk|splashdown"
    r"|re-?entry|sunrise|sunset|moonrise|moonset|\bsun (?:was|is|altitude|elevation)"
    r"|\bsun at(?!\s*\d{1,2}[:.h]\d)"  # "crossed the Sun at 10:17:42": the transit's time
    r"|solar (?:altitude|elevation)|sonnenaufgang|sonnenuntergang|andock|lancement|lancé"
    r"|amarrage|lever du soleil|coucher du soleil|lanzamiento|lanzad|acoplamiento|amanecer"
    r"|puesta de sol|salida del sol|lancio|lanciat|attracco|tramonto|lançamento|lançad"
    r"|nascer do sol|pôr do sol|lancering|gelanceerd|zonsopkomst|zonsondergang|wschód słońca"
    r"|zachód słońca|východ slunce|západ slunce|napkelte|napnyugta|fellövés|dokkol"
    r"|star ?party|\bmeeting|webinar|lecture|conference|workshop|newsletter|sternwartenabend"
    r"|treffen|vortrag|réunion|conférence|reunión|charla|conferencia|riunione|conferenza"
    r"|reunião|palestra|bijeenkomst|lezing|spotkani|wykład|setkání|přednášk|találkozó|előadás"
    r"|^\W*(?:sent|gesendet|envoyé|enviado|inviato|verzonden|wysłano|odesláno)"
    r"\s?:",
    re.I,
)
# "max. elevation 81° at 21:34:35 UT": the pass's culmination, a flyby detail, not the photo's
# ("Passagen toppede kl. 20:26", "kulminace v 19:42"): the words of data/labels.toml
# [highest], then a word for "at" in any language
CULMINATION = re.compile(
    r"(?:max\w*\.?\s*(?:elev\w*|alt\w*|height|höhe|hauteur|elevación|altura|altezza|hoogte)"
    r"|culminat\w*|kulmin\w*|highest point|(?:" + label_words_raw("highest") + r"))"
    r"[^,;\n]{0,20}?\b(?:at|um|à|a las|alle|om|kl\.?|klo|kello|ob|o|v|w|godz\.?|às|saat"
    r"|στις|в|о|у|u)\s*$",
    re.I,
)
# The word for "at" that every culmination phrase ends with: a cheap test first, as most
# times have none before them ("from 21:34 to 21:38")
_AT_END = re.compile(CULMINATION.pattern[CULMINATION.pattern.index(r"\b(?:at|") :], re.I)


def culmination_before(text: str, start: int, pos: int) -> bool:
    """Whether the words just before `pos` (from `start`, at most 160 characters) name the
    pass's culmination ("max. elevation 81° at", "Passagen toppede kl.")."""
    start = max(start, pos - 160)
    return bool(_AT_END.search(text, start, pos) and CULMINATION.search(text, start, pos))


_FLYBY_LABEL = re.compile(
    r"^[\s|*•·\-]*(?:start|end|begin(?:ning)?|rise|set|beginn|ende|anfang|début|fin|inicio"
    r"|final|inizio|fine|início|fim|eind|początek|koniec|začátek|konec|kezdet|vége)\b",
    re.I,
)
_FLYBY_AT = re.compile(_FLYBY_LABEL.pattern.removeprefix("^"), re.I)  # at a given position
_PHOTO_WORD = re.compile(
    r"taken|took|captur|shot|imag|photograph|record|pass|transit|fly-?by|flyover|exposure"
    r"|\bgot\b|caught|spotted|snapp|observ"
    r"|aufgenommen|aufnahme|überflug|fotografiert|\bpris|photographié|passage|tomad|tomé"
    r"|fotografi|paso|tránsito|scattat|ripres|passaggio|transito|tirad|passagem|gemaakt"
    r"|genomen|overkomst|wykonan|zrobion|przelot|pořízen|přelet|készült|felvétel|áthalad",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence or labelled line, with what it says about the photo's time."""

    start: int
    end: int
    rank: int  # 0 a "Date/Time:" line, 1 near "taken/captured/pass…", 2 plain
    zone: str | None  # a zone named in the line's label, "Time (UT):"
    other: bool  # about another event: a launch, a berthing, sunset…
    para: int = 0  # the paragraph (lines between blank lines) it belongs to


# A capital of any alphabet (Latin, Greek, Cyrillic, Armenian) starts the next sentence, or
# a letter of a script without capitals that ends its sentences with a full stop: Hangul,
# Georgian, Hebrew, Arabic, Devanagari ("…동쪽으로 졌고, 최대 고도는 79도였습니다. 사진은 …")
_UPPER = "".join(
    chr(c)
    for r in ((0x41, 0x250), (0x370, 0x400), (0x400, 0x557))
    for c in range(*r)
    if chr(c).isupper()
)
_CASELESS = "\uac00-\ud7a3\u10d0-\u10ff\u05d0-\u05ea\u0621-\u064a\u0905-\u0939"
# A match starts only at the first mark of a run and takes the run whole: linear on "....".
_SENTENCE_END = re.compile(
    rf"(?<![.!?…])[.!?…]++[\"”’)]?\s+(?=[\"“(]?[{re.escape(_UPPER)}{_CASELESS}])|[。！？]+\s*"
)
_ABBREV = re.compile(
    r"(?:(?<![\d,:])\d+|\b(?:max|min|ca|approx|dr|st|mt|no|nr|godz|ok|vs|etc|e\.g|i\.e))$", re.I
)  # a number before the stop may be an ordinal ("am 14. September"); "−3,1." or "20:11." ends


def other_event(said: str) -> bool:
    """Whether words are about another event: a launch, a berthing, sunset, a meeting…"""
    return any(
        rx.search(said) for rx in (_OTHER_EVENT, label_pattern("events"), label_pattern("launches"))
    )


def done_afterwards(said: str) -> bool:
    """Whether words tell what the sender did with the photo after taking it: stacked,
    edited, showed it (data/labels.toml [afterwards]); their "yesterday" is not the photo's."""
    return label_pattern("afterwards").search(said) is not None


def another_pass(said: str) -> bool:
    """Whether words name another pass than the photo's: the next, the following or the
    previous one ("A következő áthaladás 20:44-kor lett volna"; data/labels.toml
    [other_pass]): a window there is that pass's, and the words name not the photo's."""
    return label_pattern("other_pass").search(" ".join(said.split())) is not None


def about_photo(said: str) -> bool:
    """Whether words are about taking the photo or the pass ("taken", "photographié")."""
    return bool(_PHOTO_WORD.search(said) or label_pattern("photo_words").search(said))


def segments(text: str) -> list[Segment]:
    """The text as sentences and lines, each ranked and marked as another event or not."""
    found: list[Segment] = []
    pos = para = 0
    for line in text.split("\n"):
        if not line.strip():
            para += 1
        labelled, zone = when_label(line)
        # "Inizio posa  22:31:40": an exposure's start is the photo's, no pass's line
        flyby = bool(_FLYBY_LABEL.match(line)) and not line_names_exposure(line)
        cut = pos
        for start, end in _sentences(line):
            body = line[start:end]
            other = flyby or other_event(body)
            rank = 0 if labelled else 1 if about_photo(body) else 2
            found.append(Segment(cut + start, cut + end, rank, zone, other, para))
        pos += len(line) + 1
    return found


def _sentences(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(line):
        if _ABBREV.search(line, max(start, m.start() - 12), m.start()):  # the end's word only
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(line)))
    return spans


def segment_at(segs: list[Segment], pos: int) -> Segment:
    """The sentence or line that holds position `pos` (the first, where two touch it).

    Found by bisection, not a scan: it is asked once per time in the text. The
    segments are disjoint and in order, so only the few ending at or after `pos`
    among those starting at or before it can hold it.
    """
    index = bisect.bisect_right(segs, pos, key=lambda seg: seg.start) - 1
    found = None
    while index >= 0 and segs[index].end >= pos:
        seg = segs[index]
        if seg.start <= pos < seg.end or (pos == seg.end and seg.start < seg.end):
            found = seg
        index -= 1
    return found if found is not None else segs[-1]


_SENTENCE_DONE = re.compile(r"[.!?…:;。！？：]\s*$")
_CONTINUES = re.compile(r"[^\W\d_]")  # a line that goes on a sentence starts lower-case


def sentence_around(text: str, segs: list[Segment], pos: int) -> tuple[int, int]:
    """The whole sentence holding `pos`, across the line breaks of a hard-wrapped paragraph
    ("Sarja on\nkuvattu klo 05.58–06.03"): the segment, with the lines before and after it
    that the sentence runs over (a line that starts lower-case goes on the one before it,
    unless that one ended its sentence). A field line starts with a capital: never joined."""
    index = segs.index(segment_at(segs, pos))
    first = last = index
    while first > 0 and _joins(text, segs[first - 1], segs[first]):
        first -= 1
    while last + 1 < len(segs) and _joins(text, segs[last], segs[last + 1]):
        last += 1
    return segs[first].start, segs[last].end


def photo_date_before_event(text: str, segs: list[Segment], pos: int) -> bool:
    """Whether a date at `pos` in a line that names another event is still the photo's:
    its wrapped sentence presents the photo before it, and the other event comes only
    after it ("my image of the ISS trail, taken …\non the morning of 7th November 2026
    while our club was waiting for sunrise")."""
    first, last = sentence_around(text, segs, pos)
    head = text[first:pos]
    line = text.rfind("\n", 0, pos) + 1
    # the line's own label, unless the line goes on a sentence begun above ("taken at the
    # \nstart of the pass on …"); `match` at a position: "^" holds only at the text's start
    if (first >= line and _FLYBY_AT.match(text, line)) or _FLYBY_AT.match(text, first):
        return False
    if about_photo(head) and not other_event(head):
        return True
    return _before_event(text, first, pos, last) or _own_clause(text, first, pos, last)


def _before_event(text: str, first: int, pos: int, last: int) -> bool:
    """Whether the sentence names the photo or its pass after `pos` and another event only
    later, in a clause of its own ("Yesterday evening at 23:58 BST the ISS passed over the
    lighthouse beside Crew Dragon, which was launched on 13 July"): `pos` is the photo's."""
    starts = [
        m.start()
        for rx in (_OTHER_EVENT, label_pattern("events"), label_pattern("launches"))
        if (m := rx.search(text, pos, last))
    ]
    if not starts or other_event(text[first:pos]) or "," not in text[pos : min(starts)]:
        return False
    return about_photo(text[first : min(starts)])


# Where a clause of its own starts: after a dash between spaces or a semicolon
_CLAUSE_BREAK = re.compile(r"\s[-–—]\s|;\s")


def _own_clause(text: str, first: int, pos: int, last: int) -> bool:
    """Whether `pos` stands in a clause of its own about the photo, after a dash or a
    semicolon, in a sentence that presents the photo and names another event only before
    that clause ("Here's the ISS picture I mentioned at Friday's meeting - the station
    arcing over the viewpoint … on Sunday 28 June"): the date is the photo's. A bare date
    after the dash ("… at our meeting - on Friday 26 June") is the event's."""
    breaks = list(_CLAUSE_BREAK.finditer(text, first, pos))
    if not breaks:
        return False
    lead = text[first : breaks[-1].start()]
    after = _CLAUSE_BREAK.search(text, pos, last)
    clause = text[breaks[-1].end() : after.start() if after else last]
    return about_photo(lead) and about_photo(clause) and not other_event(clause)


def _joins(text: str, before: Segment, after: Segment) -> bool:
    """Whether `after` goes on the sentence of `before` over a line break."""
    if before.para != after.para or "\n" not in text[before.start : after.start + 1]:
        return False
    head = text[after.start : after.start + 1]
    if _SENTENCE_DONE.search(text, before.start, before.end):
        return False
    line = text[text.rfind("\n", 0, before.end) + 1 : before.end]
    if _cjk_wrapped(line):  # "…7點55分40秒\n（台灣時間）連拍十張"
        return not _FIELD_START.match(text, after.start)
    if head.isdigit():  # "uma sequência de 25 exposições de\n8 s, de 19:04:12 até …"
        return _cut_before_number(text, after.start)
    return _CONTINUES.match(head) is not None and (head.islower() or _wrapped(text, before, after))


# A hard-wrapped line of prose: long, ending in a word; the next starts a name
# ("…Uluslararası Uzay\nİstasyonu'nu fotoğrafladım."), not a field line ("Ekipman: …")
_WRAP_WIDTH = 60
_FIELD_START = re.compile(r"[^\W\d_][^:：\n]{0,30}[:：]")


def _cjk_wrapped(line: str) -> bool:
    """Whether a line of Chinese or Japanese, which wraps anywhere without a space, was cut
    by a mail program: as wide as a wrapped line (each character two columns) and ending
    in a character of its script, not a mark."""
    line = line.rstrip()
    wide = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
    last = line[-1:]
    return wide >= _WRAP_WIDTH and last.isalnum() and unicodedata.east_asian_width(last) == "W"


def _cut_before_number(text: str, start: int) -> bool:
    """Whether a line starting with a number at `start` goes on the prose line before it: a
    wrapped line, long and ending in a lower-case word (a sentence cut before its number)."""
    end = text.rfind("\n", 0, start)
    line = text[text.rfind("\n", 0, end) + 1 : end].rstrip()
    return len(line) >= _WRAP_WIDTH and line[-1:].islower()


def _wrapped(text: str, before: Segment, after: Segment) -> bool:
    """Whether `after`, starting with a capital, goes on the prose line `before` that a
    mail program wrapped: the line before is long and ends in a letter, and `after` is
    no field line of its own."""
    line = text[before.start : before.end].rstrip()
    return (
        len(line) >= _WRAP_WIDTH
        and line[-1:].isalpha()
        and not _FIELD_START.match(text, after.start)
        and not _FIELD_START.match(text, before.start)
    )

"""An exposure's or a series' start and end written under labels, a line each ("Inizio posa
22:31:40" / "Fine posa 22:33:10", "Start of exposure:", "Początek ekspozycji:",
"Belichtungsbeginn:", "début de pose", "露光開始："): the photo's own span (taken_at its
start, taken_until its end), never the pass window, and no other event's line.

A label names an exposure when it holds a word of data/labels.toml [series] or
[exposure_label] ("posa", "naświetlania", "Aufnahme…", "撮影"), and its start or end when
it holds a word of [span_start] or [span_end], also inside a compound word
("Belichtungsbeginn", "Exponeringsslut", "露光終了"). The label is the line's words before
its time (a table's first cell, once turned to text).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Literal

from ipom_mail.pipeline.fields.labels import label_pattern, label_words_raw

if TYPE_CHECKING:
    from ipom_mail.pipeline.fields.clock import TimeHit
    from ipom_mail.pipeline.fields.segments import Segment

Edge = Literal["start", "end"]

_LABEL_REACH = 60  # characters: a label's words before its time, a table's first cell too
_DIGIT = re.compile(r"\d")


@cache
def _edge_word(section: str) -> re.Pattern[str]:
    """A start or end word anywhere in a label, inside a compound too ("Belichtungsende")."""
    return re.compile(rf"(?:{label_words_raw(section)})", re.I)


def names_exposure(label: str) -> bool:
    """Whether a label's words name an exposure or a series ("posa", "Belichtung", "露光")."""
    return bool(
        label_pattern("series").search(label) or label_pattern("exposure_label").search(label)
    )


def label_edge(label: str) -> Edge | None:
    """Whether a label names an exposure's start or its end (not both, nor neither)."""
    if not names_exposure(label):
        return None
    start = _edge_word("span_start").search(label) is not None
    end = _edge_word("span_end").search(label) is not None
    if start == end:
        return None
    return "start" if start else "end"


def label_before(text: str, pos: int) -> str:
    """The words before a time at `pos` on its line, back to the line's start or a digit
    (another value of the same line is no part of this one's label)."""
    line = text.rfind("\n", 0, pos) + 1
    head = text[max(line, pos - _LABEL_REACH) : pos]
    digits = list(_DIGIT.finditer(head))
    return head[digits[-1].end() :] if digits else head


def exposure_edge(text: str, pos: int) -> Edge | None:
    """The edge of an exposure the label of the time at `pos` names, if any."""
    return label_edge(label_before(text, pos))


def line_names_exposure(line: str) -> bool:
    """Whether a line's label (its words before its first digit) names an exposure: a line
    "Inizio posa  22:31:40" is the photo's own, though it starts with a start word."""
    digit = _DIGIT.search(line)
    return names_exposure(line[: digit.start()] if digit else line)


def under_exposure_label(text: str, pos: int) -> bool:
    """Whether the time at `pos` stands on a line whose label names the shooting or an
    exposure ("撮影日時：20時05分10秒から20時08分40秒まで", "Aufnahmezeit: 21:10–21:16 UT",
    "Time of capture: …"), with no word naming the pass between the label and the time: a
    span there is the photo's own, never the pass window."""
    line = text.rfind("\n", 0, pos) + 1
    digit = _DIGIT.search(text, line, pos)
    label = _LINE_LABEL.match(text[line : digit.start() if digit else pos])
    if label is None or not names_exposure(label["words"]):
        return False
    return label_pattern("pass_named").search(text, line, pos) is None


def series_time_line(text: str, segs: list[Segment], pos: int) -> bool:
    """Whether the time at `pos` stands on the photo's time line ("เวลา: ๑๘.๕๒.๑๐ – …",
    "Time: …") in a mail whose own words call the photo a series, a stack or a video
    ("เป็นภาพซ้อนจากการถ่ายต่อเนื่อง") and never name the pass: a span there is the
    photos' own, never the pass window."""
    from ipom_mail.pipeline.fields.dates import when_label

    line = text.rfind("\n", 0, pos) + 1
    if not when_label(text[line:pos])[0]:
        return False
    own = [(s.start, s.end) for s in segs if not s.other and not _of_another_pass(text, segs, s)]
    named = (label_pattern("series"), label_pattern("pass_named"))
    said = [any(p.search(text, a, b) for a, b in own) for p in named]
    return said == [True, False] or _only_span_line(text, own, line)


def _of_another_pass(text: str, segs: list[Segment], seg: Segment) -> bool:
    """Whether a segment's wrapped sentence tells of another pass ("A következő\náthaladás
    20:44-kor lett volna", the next pass would have been at 20:44): it names not the
    photo's pass, nor gives it a clock. Only a segment with a digit or a pass's word is read
    whole."""
    from ipom_mail.pipeline.fields.segments import another_pass, sentence_around

    said = text[seg.start : seg.end]
    if not (_DIGIT.search(said) or label_pattern("pass_named").search(said)):
        return False
    first, last = sentence_around(text, segs, seg.start)
    return another_pass(text[first:last])


# A clock time's shape: "22:05", "22h05", "22.05" (never a date's "30.07.2026")
_CLOCK = re.compile(r"(?<![\d.:])\d{1,2}(?:[:h]\d\d|\.\d\d(?![\d.]))(?!\d)")


def _only_span_line(text: str, own: list[tuple[int, int]], line: int) -> bool:
    """Whether the photo's time line holds its from–to span and nothing else of the pass:
    the line names no pass, holds two clock times, and no other line of the mail's own
    words holds a clock time ("Saat  20:41:15 – 20:44:05 TSİ", "Ordua: 22:47:20 – 22:50:00"):
    the photo's own span. A shot written elsewhere ("Time: 22:03–22:08 … my photo at
    22:05") leaves the span a window; a mail that calls the photo one frame leaves it
    neither (the pass, or the frame's exposure?)."""
    end = text.find("\n", line)
    end = len(text) if end < 0 else end
    if label_pattern("pass_named").search(text, line, end):
        return False
    if any(label_pattern("one_frame").search(text, a, b) for a, b in own):
        return False  # one frame: the span may be the pass or the frame's exposure
    if len(_CLOCK.findall(text, line, end)) != 2:
        return False
    return not any(not line <= m.start() < end for a, b in own for m in _CLOCK.finditer(text, a, b))


# A line's label: a few words, no sentence's end, then a colon, a tab or a table's gap
_LINE_LABEL = re.compile(r"[\s|*•·>\-–]*(?P<words>[^:：|=\t.!?。！？]{1,40}?)(?:[:：|=\t]|\s{2,})")


def exposure_row(text: str, first: TimeHit, second: TimeHit) -> bool:
    """Whether two times in a row are an exposure's start and end under their labels, on
    one line or on two lines next to each other ("Belichtungsbeginn: 22:31:40 MESZ" over
    "Belichtungsende: 22:33:10 MESZ")."""
    if text.count("\n", first.end, second.start) > 1:
        return False
    return (
        exposure_edge(text, first.start) == "start" and exposure_edge(text, second.start) == "end"
    )

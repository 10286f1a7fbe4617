"""What a mail pastes that is not the photographer's own: a pass prediction, and a friend's
mail forwarded below the sender's own submission.

A prediction copied from a friend or an app (ISS Detector, Heavens-Above) gives the pass
as it was to be, not as it was seen: its elevation, brightness and times are never the
flyby's, and its lines are no story. It is read in two shapes:

- a heading that names the prediction and ends with a colon, and the data lines under it
  ("앱(ISS Detector)에서 받은 예보를 그대로 붙입니다:", "Prognose for Møns Klint, mandag 6/9:");
- a sentence led by a prediction's word that gives the pass's window ("Пролёт по прогнозу
  с 01:12 до 01:18, максимальная высота 34°."). A sentence that gives the figures alone as
  the pass's ("Max elevation was 58 degrees as per the Heavens-Above prediction") stays:
  the sender vouches for them; "as predicted" is an observation (labels.toml [as_predicted]).

A mail forwarded below the sender's own words, when those words give the photo's time with
its zone, is context (a friend's "tomorrow's pass at 21:50, max 80°, -3.9 mag"): its
numbers are not the photographer's pass, its words not their story. A mail forwarded for
someone else (a club's forward of a member's submission) is the submission: kept.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from ipom_mail.pipeline.fields.clock import find_times
from ipom_mail.pipeline.fields.flyby_numbers import find_magnitude, find_max_elevation
from ipom_mail.pipeline.fields.labels import label_pattern
from ipom_mail.pipeline.fields.pass_tables import find_tables

_HEADING = re.compile(r"^[^\n]{3,120}[:：]\s*$")
_HEADING_WORDS = 14
_ABBREVIATION = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZА-ЯЁ]{1,4}\.$")  # "max. Höhe", "ca. 40°"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")
_WINDOW = 2  # clock times: a start and an end at least


def _predicts(span: str) -> re.Match[str] | None:
    """The first prediction's word of a span that is not "as predicted", or None."""
    matched = [m.span() for m in label_pattern("as_predicted").finditer(span)]
    return next(
        (
            m
            for m in label_pattern("predicted").finditer(span)
            if not any(a <= m.start() < b for a, b in matched)
        ),
        None,
    )


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _heading(line: str) -> bool:
    """A short line naming a prediction and ending with a colon, its data under it."""
    s = line.strip()
    return bool(_HEADING.match(s)) and len(s.split()) <= _HEADING_WORDS and bool(_predicts(s))


def _window_sentences(line: str) -> str:
    """The line with its sentences blanked that a prediction's word leads before the
    pass's window (two clock times after the word) and its figures ("максимальная высота
    34°"): a weather forecast's "本來天氣預報說會下雨" gives none."""
    ends = [m for m in _SENTENCE_END.finditer(line) if not _ABBREVIATION.search(line, 0, m.start())]
    cuts = [0, *(m.end() for m in ends), len(line)]
    out: list[str] = []
    for start, end in itertools.pairwise(cuts):
        said = line[start:end]
        word = _predicts(said)
        after = said[word.end() :] if word else ""
        window = len(find_times(after)) >= _WINDOW if after else False
        figures = window and (find_max_elevation(after) or find_magnitude(after)) is not None
        out.append(_blank(said) if figures else said)
    return "".join(out)


def without_predictions(text: str) -> str:
    """The text with its pasted predictions blanked (each line kept, as spaces: the
    positions and paragraphs of the rest do not move)."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if _heading(lines[i]):
            j = i + 1
            if j < len(lines) and not lines[j].strip():
                j += 1  # "Prognose:" ¶ "start 21:07:55, …"
            block = j
            while j < len(lines) and lines[j].strip() and any(c.isdigit() for c in lines[j]):
                j += 1
            if j > block:
                for k in range(i, j):
                    lines[k] = _blank(lines[k])
                i = j
                continue
        if _predicts(lines[i]):
            lines[i] = _window_sentences(lines[i])
        i += 1
    return "\n".join(lines)


_LEAD_IN = re.compile(r"(?:^|(?<=[.!?])\s+)(?P<lead>[^.!?\n]*[:：])\s*$")


def without_pasted_tables(text: str, base: date | None) -> str:
    """The text with its pasted pass tables blanked (pass_tables.py: header, units, rows),
    and the sentence over each that ends with a colon and leads it in ("Here's the
    prediction I used from Heavens-Above (times are MDT):"): no story. The figures are read
    from the table, not from this text; `base`, the Date header, dates a row's day."""
    lines = text.split("\n")
    for table in find_tables(text, base):
        first = text.count("\n", 0, table.first)
        last = text.count("\n", 0, table.last)
        lines[first : last + 1] = [_blank(x) for x in lines[first : last + 1]]
        above = first - 1 if first and lines[first - 1].strip() else first - 2
        lead = _LEAD_IN.search(lines[above]) if above >= 0 else None
        if lead and len(lead["lead"].split()) <= _HEADING_WORDS:
            start = lead.start("lead")
            lines[above] = lines[above][:start] + _blank(lines[above][start:])
    return "\n".join(lines)


def submission_above(text: str, mark: re.Pattern[str], for_someone: bool) -> str:
    """The sender's own part alone when it is the submission and a forwarded mail below
    (each starting at a line `mark` matches) is only context: the own part gives a clock
    time with its zone, and the forward is not for someone else (`for_someone`)."""
    lines = text.split("\n")
    cut = next((i for i, line in enumerate(lines) if mark.match(line)), None)
    if cut is None or for_someone:
        return text
    own = "\n".join(lines[:cut])
    return own if any(hit.zone for hit in find_times(own)) else text

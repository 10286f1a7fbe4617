"""A from–to span whose ends carry notes between them: "21:38:05 CEST (pierwsza klatka),
ostatnia 21:41:25 CEST", "19:58:15 UTC (prvi snimak), 20:01:35 UTC (zadnji)", "21:37:20 мск,
серия до 21:40:00 мск", "21:15:30 SELČ (letný čas), koniec série 21:18:40 SELČ", "8:12:40
malam (MYT), hingga 8:15:20 malam". One span, like "21:38–21:41"; whether it is the photo's
own or the pass's window is read after, as for every span (shot_spans.span_roles).

The words are data: [first_shot], [last_shot], [series] and [span_end] of data/labels.toml,
[until] of data/mail_words.toml.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ipom_mail.pipeline.fields.labels import label_pattern, label_words_raw, mail_words, whole_words

if TYPE_CHECKING:
    from ipom_mail.pipeline.fields.clock import TimeHit

_REACH = 60  # characters between the two times, on one line
# A note after the first time: up to three words ("ta' filgħaxija"), a bracket without
# digits ("(letný čas)", "(pierwsza klatka)"), a comma
_NOTE = re.compile(r"(?:\s*[^\W\d_][\w'’.]*){0,3}\s*(?:\([^()\d]{1,40}\))?\s*,?\s*")
_BRACKET_AFTER = re.compile(r"\s*\(([^()\d]{1,30})\)")


@cache
def _tails() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words ending in an "until" word, a series' word before it at most ("серия до"); an
    end word at the start of a note ("koniec série", "end of series")."""
    until = rf"(?P<lead>.{{0,20}}?)\s*(?:{mail_words('until')})\s*$"
    return re.compile(until, re.I), re.compile(rf"(?:{label_words_raw('span_end')})", re.I)


def noted_span(text: str, first: TimeHit, second: TimeHit) -> bool:
    """Whether two times on one line are one span under the notes between them."""
    gap = text[first.end : second.start]
    if "\n" in gap or len(gap) > _REACH:
        return False
    note = _NOTE.match(gap)
    head, tail = (gap[: note.end()], gap[note.end() :].strip()) if note else ("", gap)
    if "(" not in head and "," not in head:
        return False  # a plain gap is clock_spans' own
    opened = whole_words("first_shot").search(head) is not None
    if tail in ("", "–", "—", "-"):  # "19:58:15 UTC (prvi snimak), 20:01:35 UTC (zadnji)"
        after = _BRACKET_AFTER.match(text, second.end)
        return opened and after is not None and _names_last(after[1])
    until = _tails()[0].fullmatch(tail)
    if until is not None:  # "серия до", "hingga"
        lead = until["lead"].strip()
        return not lead or (
            len(lead.split()) <= 2 and label_pattern("series").match(lead) is not None
        )
    if opened and whole_words("last_shot").match(tail):  # "(pierwsza klatka), ostatnia"
        return len(tail.split()) <= 2
    # "koniec série", "end of series"
    return (
        len(tail.split()) <= 3
        and _tails()[1].match(tail) is not None
        and label_pattern("series").search(tail) is not None
    )


def _names_last(note: str) -> bool:
    return whole_words("last_shot").search(note) is not None

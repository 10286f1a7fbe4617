"""A date written right beside a launch or docking word is that event's (issue 13); so is
a date after a time in a clause of its own about another event (batch-37).

"Um 23:58 MESZ flog die ISS neben der am 13. Juli gestarteten Crew Dragon", "the ISS
passed beside Crew Dragon launched on 13 July": the date belongs to the craft's launch,
said by the participle beside it (data/labels.toml [launched] and [launches]), not to the
time of the sentence, nor to the photo. The sentence itself stays about the photo: only
the date is set aside.

"צילמתי אותה ביום חמישי בערב ב-17:45 שעון ישראל, …, שבוע אחרי שיגור הסויוז שהתקיים ב-29
באוקטובר", "Sabado ng gabi, 7:12 PM PHT, sa Tagaytay, kung saan magkakaroon din kami ng star
party sa Disyembre 12": after the time a comma opens a clause that names a launch or a
gathering (data/labels.toml [launches], [launched], [events]) before the date: the date is
that event's, never the time's, whatever word opens the clause (Hebrew writes its "which"
onto the verb).
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.labels import label_words_raw

# At most two short words between the event word and its date: "launched on", "gestartet
# am", "der am 13. Juli gestarteten" (date first, then the participle)
_GAP = r"(?:[^\W\d_]{1,4}\.?\s+){0,2}"


def _launch_words() -> str:
    """The words of a launch or docking (data/labels.toml [launched], [launches])."""
    return f"{label_words_raw('launched')}|{label_words_raw('launches')}"


@cache
def _before() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_launch_words()})\w*\s+{_GAP}$", re.I)


@cache
def _after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_launch_words()})", re.I)


def launch_date(text: str, start: int, end: int) -> bool:
    """Whether the date written at `start`:`end` is a launch's or docking's: a launch word
    right before it ("launched on 13 July") or right after it ("am 13. Juli gestarteten")."""
    if _before().search(text, max(0, start - 40), start):
        return True
    return _after().match(text, end, min(len(text), end + 40)) is not None


# Where a clause of its own starts after a time: a comma (Arabic and Persian "،"), a
# semicolon or a dash
_CLAUSE = re.compile(r"[,،;]|\s[-–—]\s")


@cache
def _event() -> re.Pattern[str]:
    words = "|".join(label_words_raw(s) for s in ("launched", "launches", "events"))
    return re.compile(rf"(?<![^\W\d_])(?:{words})", re.I)


def event_clause_date(text: str, time_end: int, start: int) -> bool:
    """Whether the date at `start`, after a time ending at `time_end` in its sentence, is
    written in a later clause that names another event before it (see the module)."""
    clause = _CLAUSE.search(text, time_end, start)
    return clause is not None and _event().search(text, clause.end(), start) is not None


def in_event_clause(text: str, start: int) -> bool:
    """Whether the date at `start` is written in a clause that names another event before
    it ("…, kung saan magkakaroon din kami ng star party sa Disyembre 12"): that event's."""
    breaks = list(_CLAUSE.finditer(text, max(0, start - 200), start))
    return bool(breaks) and _event().search(text, breaks[-1].end(), start) is not None

"""A date written right beside a launch or docking word is that event's (issue 13).

"Um 23:58 MESZ flog die ISS neben der am 13. Juli gestarteten Crew Dragon", "the ISS
passed beside Crew Dragon launched on 13 July": the date belongs to the craft's launch,
said by the participle beside it (data/labels.toml [launched] and [launches]), not to the
time of the sentence, nor to the photo. The sentence itself stays about the photo: only
the date is set aside.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.labels import label_words_raw

# At most two short words between the event word and its date: "launched on", "gestartet
# am", "der am 13. Juli gestarteten" (date first, then the participle)
_GAP = r"(?:[^\W\d_]{1,4}\.?\s+){0,2}"


@cache
def _before() -> re.Pattern[str]:
    words = f"{label_words_raw('launched')}|{label_words_raw('launches')}"
    return re.compile(rf"(?<![\w])(?:{words})\w*\s+{_GAP}$", re.I)


@cache
def _after() -> re.Pattern[str]:
    words = f"{label_words_raw('launched')}|{label_words_raw('launches')}"
    return re.compile(rf"\s+(?:{words})", re.I)


def launch_date(text: str, start: int, end: int) -> bool:
    """Whether the date written at `start`:`end` is a launch's or docking's: a launch word
    right before it ("launched on 13 July") or right after it ("am 13. Juli gestarteten")."""
    if _before().search(text, max(0, start - 40), start):
        return True
    return _after().match(text, end, min(len(text), end + 40)) is not None

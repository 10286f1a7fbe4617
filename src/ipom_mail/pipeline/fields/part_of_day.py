"""The half of the day a mail gives the photo's own day in words ("captured … this
morning", "ce soir", "heute Abend"; data/labels.toml [this_morning], [this_evening]).

A 12-hour time without am or pm ("10:14:37 AEDT") on the day the mail was sent, is read
in that half when the mail names only one half, and the reading is before the mail was
sent: a photo is shot before it is mailed, so a "this morning" written about something
else on a day whose evening the photo is from cannot stand beside it. Twelve o'clock is
not settled by a morning named elsewhere: "12:37" is noon on a 24-hour clock and just
after midnight on a 12-hour one.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import lru_cache

from ipom_mail.pipeline.fields.labels import whole_words


@lru_cache(maxsize=4)
def _halves_named(text: str) -> tuple[bool, bool]:
    """Whether the text names this morning, and this evening, over a line's end too ("صباح
    ¶ اليوم"): read once per text (a text of many times asks for each)."""
    text = re.sub(r"\s+", " ", text)
    morning = whole_words("this_morning").search(text) is not None
    return morning, whole_words("this_evening").search(text) is not None


def said_half(clock: time, day: date | None, text: str, header: datetime | None) -> time | None:
    """The 24-hour clock of a 12-hour `clock` on `day`, by the half of the day the mail
    names for the day it was sent (see the module); None when it does not settle it."""
    if header is None or not header.utcoffset() or day != header.date() or clock.hour > 12:
        return None
    morning, evening = _halves_named(text)
    if morning == evening:
        return None  # neither, or both: which half?
    if morning and clock.hour == 12:
        return None  # "σήμερα το πρωί" ¶ "12:37:08": noon on a 24-hour clock, or 00:37?
    hour = clock.hour % 12 + (12 if evening else 0)
    reading = clock.replace(hour=hour)
    return reading if datetime.combine(day, reading) <= header.replace(tzinfo=None) else None

"""The date a mail gives its photo, for a time or a series written with no date of its own
(a labelled line "שעת הצילום: 20:31:55 שעון ישראל", "Hora del tránsito: 12:34:09", a
paragraph "It's a stack of 40 frames taken from 22:58 to 23:04 BST").

The mail's one date, when its sentence is about the photo (one day written twice counts
once: in two calendars, "۸ مهر ۱۴۰۵ (۳۰ سپتامبر ۲۰۲۶)", or in two places), or the sender speaks of their
own photo in it ("מצורפת התמונה שלי … 14 ביולי 2026", "Hier mein Bild der ISS vom 12.
Juli"); a date in a sentence that names another event only in the photo's part of it
(segments.photo_date_before_event: "Here's the ISS picture I mentioned at Friday's meeting
- the station arcing over … on Sunday 28 June"). Of several dates, the one day of those
written where the sender speaks of their own photo ("Les comparto mi tránsito …, el
05/07/2026"), when every other date stands in a sentence saying that day's attempt gave no
photo ("La semana pasada, el 28/06/2026, lo intenté pero se nubló"; data/labels.toml
[failed_attempt]): "I also tried on 14 April" may be the time's day too, and settles
nothing. A night written as two whole dates ("the night of Friday June 20 into Saturday
June 21, 2025") is one: its first date, which night_dates moves for a small-hours time.
Never an unrelated date: another event's date is not among the mail's dates at all
(dating.read_dates).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ipom_mail.pipeline.fields.labels import label_pattern
from ipom_mail.pipeline.fields.submission import own_photo_words

if TYPE_CHECKING:
    from ipom_mail.pipeline.fields.dates import DateHit
    from ipom_mail.pipeline.fields.dating import Dates
    from ipom_mail.pipeline.fields.segments import Segment

Found = tuple["DateHit", "Segment", date | None]


def _sentence(dates: Dates, seg: Segment) -> str:
    """The date's whole sentence, over the lines a mail client wrapped it on."""
    from ipom_mail.pipeline.fields.segments import sentence_around

    if seg not in dates.segs:
        return dates.text[seg.start : seg.end]
    first, last = sentence_around(dates.text, list(dates.segs), seg.start)
    return dates.text[first:last]


def _own_photo(dates: Dates, seg: Segment) -> bool:
    """Whether the sender speaks of their own photo in the date's sentence."""
    return own_photo_words(_sentence(dates, seg))


def _about_photo(dates: Dates, seg: Segment) -> bool:
    """Whether the date's sentence, wrapped over lines too, is about the photo or presents
    it ("Submitting my composite …, shot from the Echo Canyon\ntrailhead on Saturday
    evening (April 24, 2027)."): its line alone may not say so."""
    from ipom_mail.pipeline.fields.segments import about_photo

    return seg.rank <= 1 or about_photo(_sentence(dates, seg)) or _own_photo(dates, seg)


def _failed(dates: Dates, seg: Segment) -> bool:
    """Whether a date's sentence says that day's attempt gave no photo ("se nubló")."""
    return label_pattern("failed_attempt").search(dates.text[seg.start : seg.end]) is not None


def presented_date(dates: Dates) -> Found | None:
    """The mail's date for its photo (see the module's doc), with its sentence; or None."""
    found = _night_evening(dates)
    if found is not None:
        return found
    if len({day for _, _, day in dates.found}) == 1:
        about = [entry for entry in dates.found if _about_photo(dates, entry[1])]
        if not about or about[0][2] is None:
            return None
        return about[0]
    own = [entry for entry in dates.found if _own_photo(dates, entry[1])]
    others = [entry for entry in dates.found if entry not in own]
    if not own or not all(_failed(dates, seg) for _, seg, _ in others):
        return None
    days = {day for _, _, day in own}
    if len(days) != 1 or None in days:
        return None
    return own[0]


def _night_evening(dates: Dates) -> Found | None:
    """The first date of a night written as two whole dates ("the night of Friday June 20
    into Saturday June 21, 2025"), when those are the mail's only dates and the night is the
    photo's: a time then takes its day from the night (night_dates.night_day)."""
    from ipom_mail.pipeline.fields.night_dates import in_two_day_night

    days = sorted({day for _, _, day in dates.found if day is not None})
    if len(days) != 2 or len(dates.found) != 2 or (days[1] - days[0]).days != 1:
        return None
    if not all(in_two_day_night(dates.text, hit.start, hit.end) for hit, _, _ in dates.found):
        return None
    first = min(dates.found, key=lambda entry: entry[0].start)
    if first[2] != days[0] or not any(
        _own_photo(dates, seg) or _about_photo(dates, seg) for _, seg, _ in dates.found
    ):
        return None
    return first

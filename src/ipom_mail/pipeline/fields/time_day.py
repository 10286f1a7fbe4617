"""Which day a time is on: the date beside it in its own sentence, else its paragraph's
one date, else the labelled date lines, else (a follow-up) the submission it completes,
else (a series or long exposure written in a sentence about the photo) the one date the
mail gives the photo (series_day), else "tonight", "yesterday", "last night" against the
Date header; never an unrelated date elsewhere in the mail. A date called a night puts a
small-hours time on the next day (fields/night_dates.py).

Split from dating.py, which reads the mail's dates (`Dates`) that this module places
the times on.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache

from ipom_mail.pipeline.fields.dates import DateHit, TimeHit
from ipom_mail.pipeline.fields.dating import Dates
from ipom_mail.pipeline.fields.day_period_elsewhere import day_words_elsewhere
from ipom_mail.pipeline.fields.labels import label_words_raw
from ipom_mail.pipeline.fields.launch_dates import event_clause_date, launch_date
from ipom_mail.pipeline.fields.night_dates import night_day
from ipom_mail.pipeline.fields.photo_day import presented_date
from ipom_mail.pipeline.fields.relative_days import relative_day, relative_kinds, today_beside
from ipom_mail.pipeline.fields.segments import Segment
from ipom_mail.pipeline.fields.sending import forward_start, relative_clock
from ipom_mail.pipeline.fields.weekday_days import weekday_day
from ipom_mail.pipeline.fields.zones import Zone


def _one(days: list[date | None]) -> tuple[bool, date | None]:
    """(whether there are dates at all, the one date they give or None)."""
    if not days:
        return False, None
    return True, days[0] if len(set(days)) == 1 else None


_GAP = re.compile(r"[^\d;.!?\n]{0,20}")  # "04/11/2023 at 21:34", "21:34 UT on 12 May"


def _beside(text: str, date_hit: DateHit, time_hit: TimeHit) -> bool:
    """Whether a date is written right beside a time, with a few words and no other
    number or sentence end between ("Shot 04/11/2023 at 21:34 UT", "00:01:05 EDT (so
    Aug 15)"): that date is the time's, whatever else its sentence dates."""
    if date_hit.end <= time_hit.start:
        return _GAP.fullmatch(text, date_hit.end, time_hit.start) is not None
    return _GAP.fullmatch(text, time_hit.end, date_hit.start) is not None


def _night_read(text: str, hit: DateHit, day: date | None, time_hit: TimeHit) -> date | None:
    """The day a time is on by this date: the next one for a small-hours time when the
    sentence calls the date a night ("Friday night, November 20 … 12:04 AM")."""
    return None if day is None else night_day(text, hit.start, hit.end, day, time_hit.clock)


def _beside_pairs(
    hit: TimeHit, same: list[tuple[DateHit, date | None]], dates: Dates
) -> list[tuple[DateHit, date | None]]:
    """The date of its sentence written right beside a time: the last one before it, else
    the first one after it; none when no date is beside it."""
    before = [p for p in same if p[0].end <= hit.start and _beside(dates.text, p[0], hit)]
    after = [p for p in same if p[0].end > hit.start and _beside(dates.text, p[0], hit)]
    return before[-1:] or after[:1]


def own_day(hit: TimeHit, seg: Segment, dates: Dates) -> tuple[bool, date | None]:
    """(whether a date is written right beside this time in its own sentence, its day)."""
    same = [(h, day) for h, s, day in dates.found if s is seg]
    pairs = _beside_pairs(hit, same, dates)
    if not pairs:
        return False, None
    ((date_hit, day),) = pairs
    return True, _night_read(dates.text, date_hit, day, hit)


def end_date(text: str, hits: list[DateHit], first: TimeHit, last: TimeHit) -> DateHit | None:
    """The date a span's end carries of its own: the one right after it ("terminó a las 0:04
    del domingo 21 de marzo"), or the one right before it when the start too has its date
    before it ("6월 15일 … 11시 57분에 떠서 6월 16일 오전 12시 3분에"); a date between the two
    times after a start with none before it is the start's ("from 11:58 PM on August 14 to
    12:04 AM")."""
    after = [h for h in hits if h.start >= last.end and _beside(text, h, last)]
    if after:
        return after[0]
    before = [h for h in hits if first.end <= h.start and h.end <= last.start]
    own = [h for h in before if _beside(text, h, last)]
    starts = [h for h in hits if h.end <= first.start and _beside(text, h, first)]
    return own[-1] if own and starts else None


@cache
def _relative_clause() -> re.Pattern[str]:
    """A comma and a relative pronoun (data/labels.toml [relative_pronouns])."""
    words = label_words_raw("relative_pronouns")
    return re.compile(rf"[,،]\s*(?:{words})(?![\w'’])", re.I)


def in_later_clause(text: str, hit: TimeHit, date_hit: DateHit, seg: Segment, own: Segment) -> bool:
    """Whether a date after a time in its sentence lies in a relative clause of its own
    ("23:58:30 …, kas tika palaists 13. jūlijā", "…, der am 13. Juli gestartet war"): that
    clause's event's day, never the time's; so is a launch's date in the time's sentence
    ("neben der am 13. Juli gestarteten Crew Dragon": launch_dates.py)."""
    if seg is not own:
        return False
    if launch_date(text, date_hit.start, date_hit.end):
        return True
    if date_hit.start < hit.end:
        return False
    if event_clause_date(text, hit.end, date_hit.start):  # "…, kung saan … star party sa …"
        return True
    return _relative_clause().search(text, hit.end, date_hit.start) is not None


def day_for(
    hit: TimeHit, seg: Segment, dates: Dates, known: date | None, zone: Zone | None = None
) -> tuple[date | None, bool]:
    """The date a time belongs to (see the module's docstring for the order), and whether
    it came from a relative word ("last night") rather than from a written date; a relative
    word counts on the clock of the time's `zone` (fields/relative_days.py)."""
    sent = dates.forwarded[1] if dates.forwarded and seg.start >= dates.forwarded[0] else None
    zone = relative_clock(zone, dates.header, dates.text)  # "Durham, at 19:52 GMT"
    found = [
        (h, s, d) for h, s, d in dates.found if not in_later_clause(dates.text, hit, h, s, seg)
    ]
    same = [(h, day) for h, s, day in found if s is seg]
    pairs = _beside_pairs(hit, same, dates)
    if same and not pairs:  # "vakar vakarā 23:58:30 …, kas tika palaists 13. jūlijā"
        beside = _relative_beside(dates.text, seg, hit, sent or dates.header, zone)
        if beside is not None:
            return beside, True
    if same:  # two different dates in its own sentence, none beside it: None, never a guess
        days = {_night_read(dates.text, h, day, hit) for h, day in pairs or same}
        one = days.pop() if len(days) == 1 else None
        return _weekday_checked(one, _weekday_after(dates.text, hit, seg.end), hit), False
    said = dates.text[seg.start : seg.end]
    clause = _clause(dates.text, seg, hit)
    own = relative_day(said, hit.clock, sent or dates.header, zone, morning=clause)
    if own is None:  # "saqué hoy a las 21:12"
        own = today_beside(dates.text, hit.start, hit.clock, sent or dates.header, zone)
    if own is not None:  # "Yesterday at 19:05 UTC …", whatever date the paragraph gives
        return own, True
    has, day = _one([_night_read(dates.text, h, d, hit) for h, s, d in found if s.para == seg.para])
    if has:
        return day, False
    if seg.rank == 0:
        has, day = _one([_night_read(dates.text, h, d, hit) for h, s, d in found if s.rank == 0])
        if has:
            return day, False
        if dates.context is not None and len(dates.found) == 1 and found:
            said_day = _said_day(hit, dates, zone)
            if said_day is None or said_day == dates.context:
                return dates.context, False  # "Time of transit: 11:23:07 SAST" under the one date
            _, date_seg, _ = dates.found[0]
            if dates.text[date_seg.start : date_seg.end] in dates.photo_text:
                return None, False  # "Yesterday evening … on 30 September": which one?
    if known is not None:
        return known, False
    if sent is not None:  # "te paso mi tránsito … de esta noche", by the original's Date line
        inner = relative_day(dates.forwarded_text, hit.clock, sent, zone)
        return inner or _day_elsewhere(hit, dates.text, sent, zone), True
    start = forward_start(dates.text)
    if start is not None and seg.start >= start:  # the forwarder's "tonight" is not its own
        return None, False
    relative = relative_day(
        dates.photo_text, hit.clock, dates.header, zone, morning=dates.untimed_text
    )
    if relative is None and not found:  # "Gestern Abend … ¶ um Viertel nach neun"
        relative = _day_elsewhere(hit, dates.text, dates.header, zone)
    if relative is None and not found:  # "on Tuesday evening … my photo is at 19:52"
        relative = weekday_day((said, dates.photo_text), hit.clock, dates.header, zone)
    return relative, True


def _day_elsewhere(
    hit: TimeHit, text: str, header: datetime | None, zone: Zone | None
) -> date | None:
    """The day named by the phrases of a day and its period that settle a said clock in
    another sentence ("Dissabte al vespre … ¶ a tres quarts de deu": that Saturday), by
    the Date of the time's own message (fields/day_period_elsewhere.py); else None."""
    if not hit.period:
        return None
    elsewhere = day_words_elsewhere(text, hit.start, hit.clock)
    if not elsewhere:
        return None
    return relative_day(elsewhere, hit.clock, header, zone) or weekday_day(
        (elsewhere,), hit.clock, header, zone
    )


# up to four words right before a time, no digit or sentence end between: "vakar vakarā",
# "yesterday evening at", "gestern Abend um", "hier soir à", "wczoraj wieczorem o"
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+\.?\s+){1,4}$")


def _relative_beside(
    text: str, seg: Segment, hit: TimeHit, header: datetime | None, zone: Zone | None
) -> date | None:
    """The day a relative word written right before a time names ("vakar vakarā 23:58:30",
    "вчера вечером в 23:58"): it dates that time, never a date in another clause of its
    sentence ("…, kas tika palaists 13. jūlijā" is the launch's own day). None when none."""
    found = _WORDS_BEFORE.search(text, max(seg.start, hit.start - 40), hit.start)
    if found is None:
        return None
    return relative_day(found.group(), hit.clock, header, zone)


def _said_day(hit: TimeHit, dates: Dates, zone: Zone | None) -> date | None:
    """The day the sentences about the photo name in words ("Dün akşam … fotoğrafladım"):
    a labelled time under it is on that day, not on the mail's one written date when that
    date is another day's news ("30 Eylül'de … kenetlenmesini izledik")."""
    return relative_day(dates.photo_text, hit.clock, dates.header, zone, morning=dates.untimed_text)


def _clause(text: str, seg: Segment, hit: TimeHit) -> str:
    """The clause of its sentence a time is written in, between semicolons: "This morning I
    sent the photo; the pass was at 05:48" does not say the pass was this morning."""
    start = text.rfind(";", seg.start, hit.start) + 1 or seg.start
    end = text.find(";", hit.end, seg.end)
    return text[start : end if end >= 0 else seg.end]


def photo_date(hit: TimeHit, seg: Segment, dates: Dates, zone: Zone | None) -> date | None:
    """The date the mail gives its photo (photo_day.presented_date), for the mail's one
    time with no date of its own ("my lunar transit of the ISS from Friday night, 16 April
    2027" ¶ "the station enters the disc at 23:31:08 Irish time"); a small-hours time after
    a date called a night is on the next day. None when the mail gives no such one date,
    when the time's own sentence names a day ("Last night", "tomorrow", "on Sunday"), or
    when the mail's "last night" or "yesterday" reads another day."""
    from ipom_mail.pipeline.fields.weekday_words import names_a_weekday
    from ipom_mail.pipeline.fields.words import relative_day_pattern

    presented = presented_date(dates)  # photo_day.py: the one the sender gives the photo
    if presented is None:
        return None
    date_hit, _, day = presented
    said = dates.text[seg.start : seg.end]
    if relative_kinds(said) or relative_day_pattern("tomorrow").search(said):
        return None
    if names_a_weekday(said) or relative_day_pattern("today").search(said):
        return None
    one = _night_read(dates.text, date_hit, day, hit)
    relative = relative_day(
        dates.photo_text, hit.clock, dates.header, zone, morning=dates.untimed_text
    )
    return one if relative in (None, one) else None


def series_day(text: str, seg: Segment, dates: Dates) -> date | None:
    """The one date the mail gives its photo, for a series or long exposure written in a
    sentence of its own ("18 poses … entre 18h52 et 18h55 (heure de Paris)" a paragraph
    after "ma photo … prise le samedi 7 novembre 2026"): the series is the photo. None when
    the mail gives no such one date (photo_day.presented_date), or the series' sentence
    names a day of its own ("On Sunday I also shot a series …", "demain")."""
    from ipom_mail.pipeline.fields.weekday_words import names_a_weekday
    from ipom_mail.pipeline.fields.words import relative_day_pattern

    presented = presented_date(dates)  # photo_day.py: the one the sender gives the photo
    if seg.rank > 1 or seg.other or presented is None:
        return None
    said = text[seg.start : seg.end]
    if names_a_weekday(said):
        return None
    return None if relative_day_pattern("tomorrow").search(said) else presented[2]


def _weekday_checked(day: date | None, said: int | None, hit: TimeHit) -> date | None:
    """A sentence's date for a time whose own words name a weekday: the day after it when
    they name the next day and the time is in the small hours ("on Friday 07/04/2025 … my
    shot at 12:01:30 AM EDT, so technically Saturday morning"); no date when they name
    another day; the date itself when they name its own weekday or none."""
    if day is None or said is None or said == day.weekday():
        return day
    if said == (day.weekday() + 1) % 7 and hit.clock.hour < 6:
        return day + timedelta(days=1)
    return None


def _weekday_after(text: str, hit: TimeHit, end: int) -> int | None:
    """The weekday (Monday 0) the words right after a time name before its sentence ends
    ("12:01:30 AM EDT, so technically Saturday morning"), or None."""
    from ipom_mail.pipeline.fields.weekday_words import weekday_named

    return weekday_named(text[hit.end : min(end, hit.end + 60)])

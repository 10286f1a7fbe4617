"""Spans of time: two clock times written as one span ("21:32–21:38", "from 21:32 to 21:38",
"von … bis …", "between 20:09 and 20:15"), in any of the set's languages."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from ipom_mail.pipeline.fields.labels import label_pattern, label_words_raw, mail_words, whole_words

if TYPE_CHECKING:
    from ipom_mail.pipeline.fields.clock import TimeHit


_RANGE_WORD = (
    r"\s*(?:[-–—~〜～]|から|至|到|부터|to|till|until|bis|à|a|al|hasta(?: las)?|alle|às|a las|a les|tot|do|és|and|und|et|y|e"
    r"|a ž|až|til|fram till|до|по|έως|ως|μέχρι|până la|la|și|och|og|и|і|ve|και|ja|in"
    r"|iki|līdz|kuni|fins a(?: les)?|ile"
    # "and" with the article of the time after it: "entre las 21:33 y las 21:39"
    r"|y las|e le|e as|i les)\s*"
)
_BETWEEN = re.compile(
    r"(?:between|zwischen|entre|tra|fra|tussen|między|mezi|între|mellan|mellom|између|između"
    r"|medzi|med|между|між|μεταξύ|arasında|välillä)(?:\s+(?:las|les|le|as|os))?\s*$",
    re.I,
)

# "between" written after the second time: "20:12:30 és 20:17:10 között", "20:12 ja 20:17
# välillä", "20:12 ile 20:17 arasında", "20:12 ja 20:17 vahel" (the time's written text may
# run on to a zone after it: "… között készült (nyári idő, UTC+2)")
_BETWEEN_AFTER = re.compile(r"\S*\s*(?:között|välillä|arasında|vahel)(?![^\W\d_])", re.I)

# "between 20:09 and 20:15": these words join two times only after a "between"
_AND = frozenset(
    ["and", "und", "et", "y", "e", "és", "și", "och", "og", "и", "і", "ve", "και", "ja", "in",
     "ile", "y las", "e le", "e as", "i les"]
)  # fmt: skip


@functools.cache
def _until_word() -> re.Pattern[str]:
    """An "until" word in any language between two times ("jusqu'à", "fino alle", "até às";
    data/mail_words.toml [until]): a span like "to" or "bis"."""
    return re.compile(rf"\s*(?:{mail_words('until')})\s*", re.I)


@functools.cache
def _from_case() -> re.Pattern[str]:
    """A "from" case ending on a time ("17:48-tól"; data/labels.toml [from_case])."""
    return re.compile(rf"[-'’](?:{label_words_raw('from_case')})$", re.I)


def pair_ranges(text: str, times: list[TimeHit]) -> list[tuple[TimeHit, TimeHit]]:
    """Pairs of times written as a span: "21:32–21:38", "from 21:32 to 21:38", "von … bis …"."""
    pairs: list[tuple[TimeHit, TimeHit]] = []
    from ipom_mail.pipeline.fields.exposure_lines import exposure_row
    from ipom_mail.pipeline.fields.pass_rows import labelled_span, start_end_row
    from ipom_mail.pipeline.fields.span_notes import noted_span

    for first, second in itertools.pairwise(times):
        gap = _without_dates(text[first.end : second.start])
        if not gap.strip() and _from_case().search(first.text):
            pairs.append((first, second))  # "17:48-tól 17:55-ig"
            continue
        if start_end_row(text, first.start, gap) or labelled_span(gap):
            pairs.append((first, second))  # "Inicio / fin del paso  18:49 / 18:55"
            continue
        if exposure_row(text, first, second):  # "Belichtungsbeginn: …" / "Belichtungsende: …"
            pairs.append((first, second))
            continue
        if _joined(text, first, second, gap) or noted_span(text, first, second):
            pairs.append((first, second))  # "21:37:20 мск, серия до 21:40:00 мск" too
    from ipom_mail.pipeline.fields.pass_rows import rise_set, rose_then_set
    from ipom_mail.pipeline.fields.shutter import shutter_pairs

    pairs += rose_then_set(text, times, pairs)  # first: "18:28'de doğdu, 18:34'te battı"
    pairs += rise_set(text, times, pairs)
    pairs += shutter_pairs(text, times, pairs)  # "Abrí el obturador a las 20:15 y lo cerré …"
    return sorted(pairs + first_last(text, times, pairs), key=lambda pair: pair[0].start)


def _joined(text: str, first: TimeHit, second: TimeHit, gap: str) -> bool:
    """Whether the words between two times join them as a span: "to", "bis", "until", or
    "and" after a "between" ("between 20:09 and 20:15", "21:32 és 21:38 UT között")."""
    m = re.fullmatch(_RANGE_WORD, gap, re.I) or _until_word().fullmatch(gap)
    if not m:
        return False
    return (
        gap.strip().lower() not in _AND
        or _BETWEEN.search(text, max(0, first.start - 14), first.start) is not None
        or _BETWEEN_AFTER.match(text, second.end) is not None
        or _BETWEEN_AFTER.match(text, second.start) is not None
    )


_HALF_DAY = timedelta(hours=12)


def shared_half(text: str, times: list[TimeHit]) -> list[TimeHit]:
    """A span's end whose hour may be either half of a 12-hour clock in the half its start
    is said to be in ("오후 7시 0분 ~ 7시 6분", "from 7:58 pm to 8:04"), and a start in the half
    its end is certainly in ("from 7:58 to 8:04 pm", "dari pukul 7:58:00 hingga 8:04:30
    malam"): the half that puts the two closest, the start before the end ("11:58 to 12:04
    am" crosses midnight). Both uncertain, both stay as written."""
    out = list(times)
    for index, (first, second) in enumerate(itertools.pairwise(times)):
        start_open = not first.hour_certain and second.hour_certain
        end_open = not second.hour_certain and half_written(first)
        if (
            not (start_open or end_open)
            or not 1 <= (first if start_open else second).clock.hour <= 12
        ):
            continue
        if not _joined(text, first, second, _without_dates(text[first.end : second.start])):
            continue
        if start_open:
            clock = _closest(first.clock, second.clock, before=True)
            if clock is not None:
                out[index] = replace(first, clock=clock, hour_certain=True, period=second.period)
        else:
            clock = _closest(second.clock, first.clock, before=False)
            if clock is not None:
                out[index + 1] = replace(second, clock=clock, hour_certain=True, period=True)
    return out


_AM_PM = re.compile(r"[ap]\.?\s?m\.?", re.I)


def half_written(hit: TimeHit) -> bool:
    """Whether a time's half of the day is written beside it: a day-period word or am/pm."""
    return hit.period or (hit.hour_certain and _AM_PM.search(hit.text) is not None)


def _closest(open_clock: time, fixed: time, before: bool) -> time | None:
    """The half of the day of `open_clock` that puts it closest before (or after) `fixed`,
    less than twelve hours away; else None."""
    day = date(2000, 1, 1)
    halves = [open_clock.replace(hour=open_clock.hour % 12 + shift) for shift in (0, 12)]
    gaps = [
        (datetime.combine(day, fixed) - datetime.combine(day, c))
        * (1 if before else -1)
        % timedelta(days=1)
        for c in halves
    ]
    return halves[gaps.index(min(gaps))] if min(gaps) < _HALF_DAY else None


_REACH = 40  # characters: "first" before its time, "last" and its time after it


def first_last(
    text: str, times: list[TimeHit], pairs: list[tuple[TimeHit, TimeHit]]
) -> list[tuple[TimeHit, TimeHit]]:
    """A series' first and last shot written as "first … T1, last … T2" ("første eksponering
    kl. 22:06:50 norsk sommertid, siste kl. 22:09:20"; data/labels.toml [first_shot],
    [last_shot]) on one line: one span, only with a series' or photos' word between the
    "first" and the second time ("first seen at 21:04, last at 21:10" is no series)."""
    paired = {id(t) for pair in pairs for t in pair}
    found: list[tuple[TimeHit, TimeHit]] = []
    for index, (first, second) in enumerate(itertools.pairwise(times)):
        gap = text[first.end : second.start]
        if id(first) in paired or id(second) in paired or len(gap) > _REACH or "\n" in gap:
            continue
        line_start = text.rfind("\n", 0, first.start) + 1
        after_prev = times[index - 1].end if index else 0
        lead_at = max(line_start, after_prev, first.start - _REACH)
        opened = whole_words("first_shot").search(text, lead_at, first.start)
        if opened is None or not whole_words("last_shot").search(gap):
            continue
        said = text[lead_at : second.start]  # "Seria: pierwsza klatka o …, ostatnia o …"
        if (
            label_pattern("series").search(said)
            or label_pattern("photos").search(said)
            or _names_a_shot(text, opened.end(), first.start)
        ):
            found.append((first, second))
    return found


_SHOT_NOUN_AT = 2  # words between "first" and its time that may name the frame


def names_first_shot(said: str) -> bool:
    """Whether a sentence names a series' first shot ("First frame 11:02:30 PM EDT …"): a
    from–to span in it is the series' own, not a pass's window."""
    return any(
        _names_a_shot(said, opened.end(), len(said))
        for opened in whole_words("first_shot").finditer(said)
    )


def _names_a_shot(text: str, after: int, until: int) -> bool:
    """Whether the words after a "first" name one shot of a series ("First frame 11:02:30
    PM", "erstes Bild um 21:04"; data/labels.toml [shot_noun]): "first seen at" does not."""
    words = re.findall(r"[^\W\d_][\w-]*", text[after:until])[:_SHOT_NOUN_AT]
    return any(whole_words("shot_noun").fullmatch(word) for word in words)


def ends_in_until(words: str) -> bool:
    """Whether a clause ends in a span's "to" or "until" word ("snimanje u nizu do",
    "terminó a las", "then ran until"), never an "and" word alone: the time after it ends a
    span the clause's first time opened."""
    found = re.search(rf"(?:^|(?<=\s)){_RANGE_WORD}$", words, re.I) or re.search(
        rf"(?:^|(?<=\s)){_until_word().pattern}$", words, re.I
    )
    return (
        found is not None
        and bool(found.group().strip())
        and found.group().strip().lower() not in _AND
    )


# A word of a gap: letters with an apostrophe or hyphen inside ("jusqu'à"), or a short
# abbreviation ("ca."); a digit, a bracket or a stop between two times is no span's word
_GAP_WORD = re.compile(r"[^\W\d_](?:[^\W\d_'’\-]*[^\W\d_])?|[^\W\d_]{1,4}\.")
_GAP_WORDS = 6  # "έως τις", "fins a les", "y lo cerré a las": a clause that may end a span


def unread_gap(text: str, first: TimeHit, second: TimeHit) -> bool:
    """Whether the words between a time with no zone and a zoned one may join them as a span
    this module cannot read ("από τις 21:04:10 έως τις 21:09:30 ώρα Ελλάδος" before "έως
    τις" was known): at most six words (a clause: "y lo cerré a las"), no digit, bracket or
    stop among them, none of them a zone or "local time". Such a zoned time may be a span's
    end, never the shot: "a las 20:15 y lo cerré a las 20:19, hora argentina" is no photo
    taken at 20:19."""
    if first.zone is not None or second.zone is None or first.end >= second.start:
        return False
    gap = _without_dates(text[first.end : second.start])
    words = gap.split()
    if not 0 < len(words) <= _GAP_WORDS or "\n\n" in gap:
        return False
    if not all(_GAP_WORD.fullmatch(word) for word in words):
        return False
    return _local_words().search(gap) is None and not _zone_words(words)


@functools.cache
def _local_words() -> re.Pattern[str]:
    """ "Local time" in any language (data/labels.toml [local_time]): "21:04 local time
    20:04 UT" restates one moment on two clocks."""
    return re.compile(rf"(?<![^\W\d_])(?:{label_words_raw('local_time')})", re.I)


def _zone_words(words: list[str]) -> bool:
    """Whether a gap's words name a zone ("21:04 CET or 20:04 UT" is read elsewhere)."""
    from ipom_mail.pipeline.fields.zones import is_zone_word

    return any(is_zone_word(word) for word in words)


_ON = re.compile(r"\s*(?:on|am|le|el|il|op|den)\s*$", re.I)


def _without_dates(gap: str) -> str:
    """The words between two times without a date given to the first ("from 11:58:40 PM EDT
    on Wednesday August 14 to 12:04:10 AM EDT"): each end of a span may carry its own date."""
    from ipom_mail.pipeline.fields.dates import date_spans
    from ipom_mail.pipeline.fields.weekday_words import weekday_before

    spans = date_spans(gap) if any(c.isdigit() for c in gap) and len(gap) <= 60 else []
    if len({start for start, _ in spans}) != 1:
        return gap
    start, end = spans[0][0], max(e for _, e in spans)
    head = gap[:start].rstrip(" ,")
    if weekday_before(head + " ") is not None:
        head = re.sub(r"\S+[\s,]*$", "", head)
    return _ON.sub("", head) + gap[end:]


@functools.cache
def _shaped_start() -> re.Pattern[str]:
    """A time-shaped start in any digits, dotted or with colons ("18.52.10", "๑๘.๕๒.๑๐",
    "21:32"), then a span's dash or word ("–", "to", "bis", "until"), ending the text."""
    shape = r"(?<![\d.:,])(?P<start>\d{1,2}[.:h]\d{2}(?:[.:]\d{2})?)"
    word = rf"(?P<word>{_RANGE_WORD}|{_until_word().pattern})"
    return re.compile(rf"{shape}{word}(?:kl\.?\s*|klo\s*)?$", re.I)


def unread_start(text: str, hit: TimeHit) -> str | None:
    """The time-shaped start no reader took as a time, before a span word just before `hit`
    on its line ("๑๘.๕๒.๑๐ – ๑๘.๕๕.๔๐ น."): `hit` ends a span, never the photo's time alone
    (a span's end read alone is the worst wrong time). None when there is none."""
    line = text.rfind("\n", 0, hit.start) + 1
    found = _shaped_start().search(text, max(line, hit.start - 40), hit.start)
    if found is None or found["word"].strip().lower() in _AND:
        return None
    return found["start"]

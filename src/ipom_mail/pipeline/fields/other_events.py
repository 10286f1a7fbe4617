"""Other events in a story: news of a meeting, a star party, a launch or any later day.

The story keeps the photographer's words about this photo. A sentence about another,
dated event ("PS. W sobotę 14 listopada o 18:00 mamy zlot…", "Unsere nächste
Vereinssitzung ist am 12. November…", "A Crew Dragon november 3-i érkezése előtt…") is
news, not story: it names a gathering (data/labels.toml [events]) beside a number, or a day
in the year after the mail was sent (the photo cannot be from then). A paragraph that opens
with such news is about it and leaves whole ("…star party is on Saturday, September 21. If
you're in the area, come by!"); elsewhere only the sentence leaves. A launch or a docking
beside the photo's words stays: "Crew-8, launched on 4 March, shows on the photo" is story;
an aside that dates itself and says nothing of taking the photo ("Bu arada 30 Eylül'de
Progress kargo aracının istasyona kenetlenmesini de canlı izledik", data/labels.toml
[asides]) tells of another day, and is news.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache

from ipom_mail.pipeline.fields.dates import find_dates
from ipom_mail.pipeline.fields.labels import label_pattern
from ipom_mail.pipeline.fields.segments import about_photo
from ipom_mail.pipeline.fields.submission import has_submission_wording
from ipom_mail.pipeline.fields.words import month_names

# A sentence ends at a stop and a space, not after a day's number ("am 12. November") nor
# after a capital alone ("P. S.", "J. R. Smith")
_SENTENCE_END = re.compile(
    r"((?<=[.!?])(?<!\d\.)(?<!(?<![^\W\d_])[A-ZÀ-ÞА-ЯΑ-Ω]\.)\s+|(?<=[。！？]))"
)
_PS = re.compile(r"^\W*p\.?\s?p?\.?\s?s\.?\W*$", re.I)  # "PS.", "P.S.:", "PPS" left alone
_AHEAD = timedelta(days=120)  # a date without a year is read up to this far after the mail
_NEWS_AHEAD = timedelta(days=366)  # "18.04.50" is a clock time, not news of 2050
_LONGEST = 400  # characters: a longer run without a stop is no sentence of news (bounded work)


# A month and day in CJK writing without a year ("5月16日", "5月16号", "5월 16일")
_CJK_MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]")
_YEAR_BEFORE = re.compile(r"[年년]\s*$")


def _cjk_days(sentence: str, before: date) -> list[date]:
    """The yearless CJK month-days of a sentence, each read on its last time up to `before`
    (as find_dates reads a yearless date); a day dated in full ("2026年5月16日") is its own."""
    days: list[date] = []
    for m in _CJK_MONTH_DAY.finditer(sentence):
        if _YEAR_BEFORE.search(sentence[: m.start()]):
            continue
        for year in (before.year, before.year - 1):
            try:
                day = date(year, int(m.group(1)), int(m.group(2)))
            except ValueError:
                break  # no such day ("2月30日")
            if day <= before:
                days.append(day)
                break
    return days


@cache
def _postscript() -> re.Pattern[str]:
    """A postscript's mark opening a text ("P.S.", "PS:", "P.D.", "Υ.Γ.", "追伸"; [postscript])."""
    marks = label_pattern("postscript").pattern  # a Latin mark ends before a letter
    return re.compile(rf"^\W*(?:{marks})(?![a-zà-ÿа-яα-ω])", re.I)


def postscript_news(text: str) -> bool:
    """Whether a postscript tells of a gathering and not of the photo: "P.S. Vi segnalo anche
    la nostra star party del 14 novembre" is news; "P.S. The photo was taken at our star
    party" stays story (a photo, pass or station word keeps it)."""
    if len(text) > _LONGEST or not _postscript().match(text):
        return False
    named = label_pattern("events").search(text) is not None
    return named and not has_submission_wording(text)


def _later_day(sentence: str, sent: date) -> bool:
    """Whether the sentence names a day after the mail was sent, every way it reads."""
    hits = find_dates(sentence, sent + _AHEAD)  # a yearless date read in the days ahead
    last_possible = sent + timedelta(days=1)  # the sender's day may be ahead of the header's
    latest = sent + _NEWS_AHEAD
    return any(
        hit.readings and last_possible < min(hit.readings) and max(hit.readings) <= latest
        for hit in hits
    ) or any(last_possible < day for day in _cjk_days(sentence, sent + _AHEAD))


def about_other_event(sentence: str, sent: datetime | None = None) -> bool:
    """Whether a sentence is news of another event: a gathering with its time or a date not
    in the past, any day after the mail was sent, an invitation ("siete tutti invitati!",
    [invitations]), a plan to show the photo at a gathering ([show_plans]) or another photo
    sent another time ("那张以后再发", [sent_later]). A gathering named beside the photo,
    the station or its pass is where the photo was taken, whatever its numbers ("At our
    club's star party on Saturday I caught the ISS at 21:40 UT"): story, unless it names a
    later day."""
    if len(sentence) > _LONGEST:
        return False
    if any(label_pattern(k).search(sentence) for k in ("invitations", "sent_later")):
        return True
    if shows_at_gathering(sentence):
        return True
    if not any(c.isdigit() for c in sentence):
        return False
    if sent is not None and dated_aside(sentence, sent.date()):
        return True
    gathering = label_pattern("events").search(sentence) is not None
    if gathering and has_submission_wording(sentence):
        gathering = False  # "At our star party on Saturday I caught the ISS at 21:40 UT"
    if sent is None:
        return gathering
    if gathering and not _past_days_only(sentence, sent.date()):
        return True
    return _later_day(sentence, sent.date())


@cache
def _aside() -> re.Pattern[str]:
    """An aside's opening words, "by the way" (data/labels.toml [asides])."""
    return re.compile(rf"[\W\d]*(?:{label_pattern('asides').pattern})(?![^\W\d_])", re.I)


def dated_aside(sentence: str, sent: date) -> bool:
    """Whether a sentence opened as an aside tells of another day: it dates itself and says
    nothing of taking the photo or of its pass ("Bu arada 30 Eylül'de Progress kargo aracının
    istasyona kenetlenmesini de canlı izledik", "Übrigens haben wir am 30. September das
    Andocken live gesehen"). "By the way, the photo was taken on 4 October" stays story."""
    if _aside().match(sentence) is None or about_photo(sentence):
        return False
    return any(
        find_dates(sentence, base) or _cjk_days(sentence, base) for base in (sent, sent + _AHEAD)
    )


def shows_at_gathering(sentence: str) -> bool:
    """Whether a sentence tells the sender's plan to show the photo at a gathering ("I'll
    present it at our club meeting too", "Θα παρουσιάσω τη φωτογραφία και στη συνάντηση του
    συλλόγου μας"; [show_plans] beside [events]): news of that gathering, photo word or not.
    "The photo was taken at our star party" names no plan and stays."""
    plan = label_pattern("show_plans").search(sentence)
    return plan is not None and label_pattern("events").search(sentence) is not None


def shows_on_a_day(sentence: str) -> bool:
    """Whether a sentence tells the sender's plan to show the photo on a day or at an hour
    it gives ("Την Κυριακή 1 Νοεμβρίου στις 18:00 θα παρουσιάσω τη φωτογραφία … στην
    Αθήνα", [show_plans] beside a number), where no gathering is named: the place it names
    is where the photo will be shown. One that says where the photo was taken stays ("I'll
    show the photo I took in Dingle on 5 May")."""
    from ipom_mail.pipeline.fields.place_town_taken import taken_in_named

    if len(sentence) > _LONGEST or not any(c.isdigit() for c in sentence):
        return False
    return label_pattern("show_plans").search(sentence) is not None and not taken_in_named(sentence)


def _past_days_only(sentence: str, sent: date) -> bool:
    """Whether the sentence dates itself, and only on or before the mail's day: a gathering
    on such a day is where the photo was taken ("during the open night on 26 October")."""
    hits = find_dates(sentence, sent)
    return bool(hits) and all(max(hit.readings) <= sent + timedelta(days=1) for hit in hits)


def _paragraph(paragraph: str, sent: datetime | None) -> str:
    """A paragraph without its sentences about another event (and a "PS." before one); none
    when it opens with one. Beside an invitation, a sentence naming a gathering is news too
    ("土曜日に公園で観望会をします。ぜひお越しください。")."""
    sentences, gaps = paragraph_sentences(paragraph)
    # beside an invitation, a gathering named without its date is the one invited to
    inviting = any(len(s) <= _LONGEST and label_pattern("invitations").search(s) for s in sentences)

    # club news: a paragraph that nowhere speaks of the photo, the station or its pass and
    # tells of a coming gathering; a gathering on a past day in it is news too ("Op zaterdag
    # 24 april hadden we nog de open dag bij onze sterrenwacht, daar waren helaas alleen
    # wolken. De volgende publieksavond is op 8 mei om 21:30.")
    short = [s for s in sentences if len(s) <= _LONGEST]
    elsewhere = not any(has_submission_wording(s) for s in short) and any(
        about_other_event(s, sent) for s in short
    )

    def news(sentence: str, after_ps: bool = False) -> bool:
        named = (inviting or elsewhere) and label_pattern("events").search(sentence) is not None
        named = named and not has_submission_wording(sentence)  # the photo's own gathering
        named = named and (inviting or any(c.isdigit() for c in sentence))
        told = postscript_news(("P.S. " if after_ps else "") + sentence)
        return named or told or about_other_event(sentence, sent)

    first = next((i for i, s in enumerate(sentences) if s.strip() and not _PS.match(s)), 0)
    if news(sentences[first], any(_PS.match(s) for s in sentences[:first])):
        return ""
    kept: list[str] = []
    held = ""  # a "PS." waits for the sentence it introduces
    for sentence, gap in zip(sentences, gaps, strict=True):
        if _PS.match(sentence):
            held += sentence + gap
        elif news(sentence, bool(held)):
            held = ""
        else:
            kept.append(held + sentence + gap)
            held = ""
    return ("".join(kept) + held).strip()


# a stop after a number, a capitalised word next: "… star party sa Disyembre 12. Dumaan ang ISS …"
_NUMBER_END = re.compile(r"(?<=\d\.)(\s+)(?=([^\W\d_]+))")


def paragraph_sentences(paragraph: str) -> tuple[list[str], list[str]]:
    """A paragraph's sentences and the gaps after them; a stop after a number ends one too
    when a capitalised word that names no month follows ("… sa Disyembre 12. Dumaan ang ISS
    …"), not in "am 12. November"."""
    pieces = _SENTENCE_END.split(paragraph)
    sentences: list[str] = []
    gaps: list[str] = []
    for sentence, gap in zip(pieces[0::2], [*pieces[1::2], ""], strict=True):
        start = 0
        for m in _NUMBER_END.finditer(sentence):
            word = m.group(2)
            if word[0].isupper() and word.casefold() not in month_names()[0]:
                sentences.append(sentence[start : m.start()])
                gaps.append(m.group(1))
                start = m.end()
        sentences.append(sentence[start:])
        gaps.append(gap)
    return sentences, gaps


def without_other_events(story: str, sent: datetime | None = None) -> str:
    """The story without its sentences about other events; a paragraph left empty goes."""
    paragraphs = [_paragraph(p, sent) for p in re.split(r"\n\s*\n", story)]
    return "\n\n".join(p for p in paragraphs if p)

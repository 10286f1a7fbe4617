"""The fields stage: what the text and the camera say about a submission.

parse → media → **fields** → rules. Pure: a ParsedMessage and its Media in,
a frozen Fields out. Each field has its own module (taken_at, flyby, equipment,
story, people, location) and the shared link finder lives in pipeline/fields/links.py.
Unknown values are None; nothing is invented.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from ipom_mail.config import Config
from ipom_mail.pipeline.fields.answer_story import answer_story
from ipom_mail.pipeline.fields.camera_time import TakenAt
from ipom_mail.pipeline.fields.column_tables import as_label_lines
from ipom_mail.pipeline.fields.corrections import corrected_text, note_beside_correction
from ipom_mail.pipeline.fields.equipment import find_equipment, text_items
from ipom_mail.pipeline.fields.forward import mark_forward
from ipom_mail.pipeline.fields.links import find_links
from ipom_mail.pipeline.fields.location import find_gps, find_location, labelled_base
from ipom_mail.pipeline.fields.people import find_photographer
from ipom_mail.pipeline.fields.place_apposed import landmark_with_area
from ipom_mail.pipeline.fields.place_away import away_from_home, without_journeys
from ipom_mail.pipeline.fields.place_base import settled_place, uninflected
from ipom_mail.pipeline.fields.place_cased import cased_echo
from ipom_mail.pipeline.fields.place_caseless import (
    caseless_pictured,
    caseless_subject_from,
    caseless_titled_place,
    unspaced_titled_place,
)
from ipom_mail.pipeline.fields.place_cases import certain_base
from ipom_mail.pipeline.fields.place_cjk import bracketed_title_place
from ipom_mail.pipeline.fields.place_echo import echoed_place, subject_from_town, titled_place
from ipom_mail.pipeline.fields.place_held import held_area, held_place
from ipom_mail.pipeline.fields.place_kinds import names_site
from ipom_mail.pipeline.fields.place_lead import without_lead
from ipom_mail.pipeline.fields.place_lower import lower_echo, lower_proper_site, lower_titled_site
from ipom_mail.pipeline.fields.place_nominative import cased_unlike_subject
from ipom_mail.pipeline.fields.place_over import area_over
from ipom_mail.pipeline.fields.place_phrases import without_plans, without_signatures
from ipom_mail.pipeline.fields.place_pictured import pictured_place
from ipom_mail.pipeline.fields.place_signed import (
    dateline_town,
    placed_elsewhere,
    signed_town,
    town_as_said,
    town_named,
    without_sender_block,
)
from ipom_mail.pipeline.fields.place_subject import subject_place
from ipom_mail.pipeline.fields.place_taken import (
    names_taken_spot,
    people_named,
    subject_named_spot,
)
from ipom_mail.pipeline.fields.place_town_taken import taken_in_named
from ipom_mail.pipeline.fields.place_words import reading_language
from ipom_mail.pipeline.fields.prediction_lines import submission_above, without_predictions
from ipom_mail.pipeline.fields.quotes import clean_text
from ipom_mail.pipeline.fields.story import (
    FORWARD_MARK,
    find_story,
    forwarded_for_someone,
    signature_gear,
    without_footers,
)
from ipom_mail.pipeline.fields.subject import answers_us, own_subject, subject_text
from ipom_mail.pipeline.fields.submission import (
    not_a_submission,
    only_asking,
    only_days_to_come,
    own_photo_words,
)
from ipom_mail.pipeline.parse.textcodec import nth
from ipom_mail.pipeline.values import NOT_A_SUBMISSION_NOTE, DateStyle, Fields, Media, ParsedMessage

__all__ = ["MAX_LINES", "MAX_TEXT", "extract_fields", "own_words", "read_ahead"]

# A submission's words fit in far less; a megabyte of pasted logs must not stall the queue.
MAX_TEXT = 12_000  # characters the readers read: a submission's text is a tenth of it
MAX_LINES = 1_000  # and lines: an HTML mail of empty paragraphs is lines of one letter


def read_part(text: str | None) -> str:
    """The start of a text the readers read: MAX_TEXT characters, MAX_LINES lines."""
    head = (text or "")[:MAX_TEXT]
    cut = nth(head, "\n", MAX_LINES)  # where its last line read ends
    return head if cut is None else head[:cut]


def own_words(parsed: ParsedMessage) -> str:
    """The sender's own words: the text without quotes, footers and signatures (what the
    reply's language is read from; a quoted English reply must not make it English), from
    the first MAX_TEXT characters the readers read too: a longer text costs no more."""
    return clean_text(without_footers(read_part(parsed.text)))


def _only_to_come(
    taken: TakenAt, media: Media, photo_links: tuple[str, ...], sent: datetime | None, text: str
) -> bool:
    """No photo nor link, and the one time or date given is after the mail was sent ("I'll
    try to photograph tomorrow's pass at 19:42", a club's list of coming passes), or no
    photo's time is read and every date the text names is after it ("v pátek 9. dubna 2027
    nás čeká velmi jasný přelet"): a question or an announcement before a pass. Words
    saying the photo exists already ("les mando mi foto") make it a submission sent
    without its photo, whatever its dates."""
    from ipom_mail.pipeline.fields.taken_at import FUTURE_NOTE

    if media.usable or photo_links or taken.taken_at is not None or own_photo_words(text):
        return False
    if any(FUTURE_NOTE in note for note in taken.notes):
        return True
    if taken.taken_date is None:
        return only_days_to_come(text, sent)
    return bool(sent and taken.taken_date > sent.date().isoformat())


def _not_after_sending(taken: TakenAt, sent: datetime | None) -> TakenAt:
    """No photo's date after the day the mail was sent (a day later when the Date header is
    at UTC+0, which may be a converted one): the photo exists already, its date is misread."""
    if taken.taken_date is None or sent is None:
        return taken
    last = sent.date() + timedelta(days=0 if sent.utcoffset() else 1)
    if taken.taken_date <= last.isoformat():
        return taken
    note = f"the date {taken.taken_date} is after the mail was sent; when was the photo taken?"
    return replace(taken, taken_date=None, notes=(*taken.notes, note))


def _story(text: str, parsed: ParsedMessage) -> str | None:
    """The story; in an answer to our reply, only its sentences that give no value
    (answer_story.py): "The time was 21:34 UT." answers a question, "Jaam kadus just enne
    horisonti Maa varju." in a resent submission is the photo's story."""
    story = find_story(text, parsed.sender_name, parsed.date)
    return answer_story(story) if answers_us(parsed.subject) else story


def _story_text(text: str, parsed: ParsedMessage) -> str:
    """The text the story is read in: a correction's note without its sentences about the
    correction (the quoted original was sent with its own story), else the text."""
    note = note_beside_correction(read_part(parsed.text), parsed.sender, parsed.sender_name)
    return text if note is None else note


def _location(clean: str, mine: str, subject: str, parsed: ParsedMessage, text: str) -> str | None:
    """The place the readers give (see _written_place)."""
    return _place(clean, mine, subject, parsed.subject, parsed.sender_name, text)


@lru_cache(maxsize=4)  # pure: read ahead while the decoders work (read_ahead)
def _place(
    clean: str, mine: str, subject: str, said: str | None, name: str | None, text: str
) -> str | None:
    """The place the readers give (see _written_place), its last word's case ending left
    out where the mail writes the base form (place_base.uninflected); `said` is the raw
    Subject, `name` the sender's name."""
    mail = f"{text}\n{said or ''}"
    with reading_language(clean):  # "en" is "in" in a Spanish mail, "and" in a Dutch one
        place = _written_place(clean, mine, subject, said, name, text)
        if place is not None and held_place(clean, place):
            return None  # "از کنار کاروانسرای مرنجاب در کویر مرنجاب": the town holds the spot
        if place is not None:  # "Jardim de Maytrea, na Chapada dos Veadeiros": as written
            place = held_area(clean, place) or place
        place = uninflected(place, mail)
        place = place and certain_base(place, clean)  # "v Mariboru": Maribor
        return without_lead(place, clean)  # "pri Poprade", "hvězdárny v Ondřejově": the town


def _written_place(
    clean: str, mine: str, subject: str, said: str | None, name: str | None, text: str
) -> str | None:
    """The body's place, its town in the base form the mail writes; else one the Subject
    names and the body names again; else a town alone in the Subject's data, or after its
    "from"; else what the Subject and the body say the station passed over (also in a
    script without capitals); else a letter's dateline or the town under the sender's
    name; none of those when the body names a spot it was taken from that no reader
    settles. An area the body says was passed over, no town, yields to what the Subject
    and the body say is pictured; an area set beside a landmark passed over comes with it
    ("Hook Lighthouse (Hook Head, Co. Wexford)", place_apposed.py)."""
    own = without_journeys(without_plans(without_signatures(clean)))
    body = without_sender_block(clean, name)  # "Brian Kowalchuk" / "Toronto, ON"
    place = settled_place(find_location(body, people_named(text), clean), f"{text}\n{subject}")
    if (
        place is not None
        and not labelled_base(body, place)  # "Místo: Karlštejn" under "ISS nad Karlštejnem"
        and cased_unlike_subject(place, said, f"{text}\n{said}")
    ):
        return None  # "na Fruškoj gori" under "ISS iznad Fruške gore": no certain base form
    if place is not None and area_over(own, place):  # an area passed over yields to
        place = pictured_place(said, own, people_named(text)) or place  # what is pictured
    if place is not None:  # an area set beside a landmark passed over: the two, as written
        return landmark_with_area(own, place, said) or place
    if names_taken_spot(own):  # a spot the body says it was taken from beats the Subject's
        return subject_named_spot(said, own)  # landmark, unless the Subject names it
    return (
        echoed_place(said, own, name)
        or cased_echo(said, own, name)
        or titled_place(said, clean, name, people_named(text))
        or unspaced_titled_place(said, own)
        or bracketed_title_place(said, own)
        or subject_place(subject, mine, name)
        or subject_from_town(said, name)
        or lower_echo(said, own)
        or lower_titled_site(said, own)
        or lower_proper_site(own, said or "")
        or pictured_place(said, own, people_named(text))
        or caseless_titled_place(said, own)
        or (None if taken_in_named(own) else caseless_pictured(said, own))
        or caseless_subject_from(said, own)
        or _sender_town(clean, own, name, said)
    )


def _sender_town(clean: str, own: str, name: str | None, said: str | None) -> str | None:
    """A letter's dateline or the town under the sender's name, unless the sender's own
    words name a site smaller than a town ("dal lago di Misurina", "over Birds Hill
    Provincial Park"; place_kinds.names_site), the sentence dating the photo or the Subject
    names another place (place_signed.placed_elsewhere: "ISS nad Kolonickým sedlom"), or
    the mail, never naming the town itself ("Tampereella"), says it was taken away from home ("prie Molėtų … observatorijos", "mökkilaiturilta";
    place_away.away_from_home): the photo was taken there, not at home."""
    if names_site(own):
        return None
    town = dateline_town(clean) or signed_town(clean, name)
    if town is None or placed_elsewhere(own, town):
        return None
    if not town_named(own, town) and (away_from_home(own) or placed_elsewhere(said or "", town)):
        return None  # the sender's words never name the town: the photo was taken away
    return town_as_said(town, own)


def _texts(parsed: ParsedMessage) -> tuple[str, str, str]:
    """The text the readers read (a forward marked, a table of one row under its labels
    written as labelled lines, a correction's quoted original corrected), the sender's own
    part of it (no footers), and the Subject's words."""
    read = corrected_text(read_part(parsed.text), parsed.sender, parsed.sender_name)
    text = mark_forward(as_label_lines(read), parsed.subject, parsed.sender)
    return text, without_footers(text), subject_text(parsed.subject)


def _own_pass(text: str, mine: str) -> str:
    """The sender's own text the pass's figures are read in: no pasted prediction, and no
    friend's mail forwarded below their submission (prediction_lines.py)."""
    return without_predictions(submission_above(mine, FORWARD_MARK, forwarded_for_someone(text)))


def _cut_note(text: str | None) -> tuple[str, ...]:
    """A note when the text is longer than the readers read (read_part): what stood after
    it was not looked at, and the curator may want to."""
    read = read_part(text)
    if len(read) == len(text or ""):
        return ()
    return (
        f"the text is {len(text or ''):,} characters long: only its first {len(read):,} "
        f"({MAX_TEXT:,} at most, in {MAX_LINES:,} lines at most) were read",
    )


def _with_subject(
    mine: str, subject: str, media: Media, parsed: ParsedMessage, sender: tuple[DateStyle, ...]
) -> TakenAt:
    """What the Subject says when the body gives no date: its time, else its one date, which
    also dates the body's times that have none ("ISS-passering foran månen – Harestua
    21.02.2027" over "Transitten skjedde kl. 02:14:37 UTC"): the Subject names the
    submission, so its date is the photo's."""
    from ipom_mail.pipeline.fields.taken_at import find_taken_at

    said = find_taken_at(subject, media, parsed.date, sender)
    if said.taken_at is not None or said.taken_date is None:
        return said
    known = date.fromisoformat(said.taken_date)
    dated = find_taken_at(mine, media, parsed.date, sender, known=known)
    return dated if dated.taken_at is not None else said


def read_ahead(parsed: ParsedMessage, sender_dates: tuple[DateStyle, ...] = ()) -> None:
    """Run the slow readers that need no media, while the decoders work (check_message):
    each is a pure function of the text and remembers its last answers, so extract_fields
    finds them ready. One that fails here is left to fail there, if it is reached at all."""
    from ipom_mail.pipeline.fields.dating import written_styles
    from ipom_mail.pipeline.fields.taken_at import find_taken_at

    with contextlib.suppress(Exception):  # MemoryError too: extract_fields meets it again
        text, mine, subject = _texts(parsed)
        find_taken_at(mine, Media(items=(), notes=()), parsed.date, sender_dates)
        text_items(mine)
        clean = clean_text(mine)
        _place(clean, mine, subject, parsed.subject, parsed.sender_name, text)
        find_story(text, parsed.sender_name, parsed.date)
        written_styles(clean)


def extract_fields(
    parsed: ParsedMessage,
    media: Media,
    config: Config,
    follow_up: bool = False,
    sender_dates: tuple[DateStyle, ...] = (),
) -> Fields:
    """Every field of one message, each with its source; notes from all parts.

    Machine mail and mail that is not a submission yield no values (a note says why),
    unless it is a `follow_up` matched to a submission, which is read regardless.
    `sender_dates` is how the sender wrote dates in earlier submissions (an input the
    intake looks up in the store): it settles a date this mail leaves two ways.
    """
    # Imported here: the time and flyby readers are the heaviest (dateparser) part.
    from ipom_mail.pipeline.fields.dating import written_styles
    from ipom_mail.pipeline.fields.flyby import find_flyby
    from ipom_mail.pipeline.fields.taken_at import find_taken_at, series_in_window

    text, mine, subject = _texts(parsed)
    links = find_links(text, parsed.html, config.links.hosts, (parsed.sender_name, parsed.sender))
    why_not = None if follow_up else not_a_submission(parsed, media, links.photo, config, text)
    if why_not is not None:
        return Fields(notes=(why_not,))
    taken = find_taken_at(mine, media, parsed.date, sender_dates)
    if taken.taken_at is None and taken.taken_date is None and not taken.questions and subject:
        taken = _with_subject(mine, subject, media, parsed, sender_dates)  # ranked below the body
    if not follow_up and _only_to_come(taken, media, links.photo, parsed.date, mine):
        return Fields(notes=(f"{NOT_A_SUBMISSION_NOTE}: no photo, and its pass is still to come",))
    taken = _not_after_sending(taken, parsed.date)
    asking = None if follow_up else only_asking(parsed, media, links.photo, text)
    if asking is not None:
        return Fields(notes=(asking,))
    flyby = find_flyby(_own_pass(text, mine), taken, parsed.date, own_subject(parsed.subject))
    if taken.taken_at is None and flyby.start is not None and flyby.end is not None:
        inside = series_in_window(mine, parsed.date, (flyby.start, flyby.end))
        if inside is not None:
            at, until = inside
            taken = replace(
                taken, taken_at=at, source="body", taken_date=None, notes=(), questions=()
            )
            taken = replace(taken, until=until) if until is not None else taken
    lat, lon = find_gps(media)
    clean = clean_text(mine)
    own_gear = text_items(mine)
    gear = mine if own_gear or not subject else f"{mine}\n\n{subject}"
    signed = "" if own_gear else signature_gear(text)
    if signed:
        gear = f"{mine}\n\n{signed}"  # "my usual setup (see below)"
    credit = find_photographer(parsed.sender_name, text, links.profile, parsed.sender)
    return Fields(
        taken_at=taken.taken_at,
        taken_at_source=taken.source,
        taken_date=taken.taken_date,
        photographer=credit,
        equipment=find_equipment(gear, media, (credit.name, parsed.sender_name)),
        flyby=flyby,
        story=_story(_story_text(text, parsed), parsed),
        location=_location(clean, mine, subject, parsed, text),
        gps_lat=lat,
        gps_lon=lon,
        links=links.photo,
        notes=(*taken.notes, *_cut_note(parsed.text)),
        questions=taken.questions,
        taken_until=taken.until,
        date_styles=written_styles(clean),
    )

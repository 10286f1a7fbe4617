"""The fields stage: what the text and the camera say about a submission.

parse → media → **fields** → rules. Pure: a ParsedMessage and its Media in,
a frozen Fields out. Each field has its own module (taken_at, flyby, equipment,
story, people, location) and the shared link finder lives in ipom_mail.pipeline.fields.links.
Unknown values are None; nothing is invented.
"""

from __future__ import annotations

from ipom_mail.config import Config
from ipom_mail.pipeline.fields.equipment import find_equipment, text_items
from ipom_mail.pipeline.fields.forward import mark_forward
from ipom_mail.pipeline.fields.links import find_links
from ipom_mail.pipeline.fields.location import find_gps, find_location
from ipom_mail.pipeline.fields.people import find_photographer
from ipom_mail.pipeline.fields.place_phrases import subject_place
from ipom_mail.pipeline.fields.quotes import clean_text
from ipom_mail.pipeline.fields.story import find_story, without_footers
from ipom_mail.pipeline.fields.subject import answers_us, subject_text
from ipom_mail.pipeline.fields.submission import not_a_submission
from ipom_mail.pipeline.values import DateStyle, Fields, Media, ParsedMessage

__all__ = ["MAX_TEXT", "extract_fields"]

# A submission's words fit in far less; a megabyte of pasted logs must not stall the queue.
MAX_TEXT = 20_000


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
    from ipom_mail.pipeline.fields.taken_at import find_taken_at

    text = mark_forward((parsed.text or "")[:MAX_TEXT], parsed.subject)
    links = find_links(text, parsed.html, config.links.hosts)
    why_not = None if follow_up else not_a_submission(parsed, media, links.photo, config, text)
    if why_not is not None:
        return Fields(notes=(why_not,))
    mine = without_footers(text)
    subject = subject_text(parsed.subject)
    taken = find_taken_at(mine, media, parsed.date, sender_dates)
    if taken.taken_at is None and taken.taken_date is None and not taken.questions and subject:
        taken = find_taken_at(subject, media, parsed.date, sender_dates)  # ranked below the body
    flyby = find_flyby(mine, taken, parsed.date)
    lat, lon = find_gps(media)
    clean = clean_text(mine)
    gear = mine if text_items(mine) or not subject else f"{mine}\n\n{subject}"
    return Fields(
        taken_at=taken.taken_at,
        taken_at_source=taken.source,
        taken_date=taken.taken_date,
        photographer=find_photographer(parsed.sender_name, text, links.profile),
        equipment=find_equipment(gear, media),
        flyby=flyby,
        story=None if answers_us(parsed.subject) else find_story(text, parsed.sender_name),
        location=find_location(clean) or subject_place(subject, mine, parsed.sender_name),
        gps_lat=lat,
        gps_lon=lon,
        links=links.photo,
        notes=tuple(taken.notes),
        questions=taken.questions,
        taken_until=taken.until,
        date_styles=written_styles(clean),
    )

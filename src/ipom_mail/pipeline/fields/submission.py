"""Whether a message is a submission at all, before any field is read (issue 13).

Machine mail (bounces, auto-replies, reports, spam) and mail with no photo, no
link to one and no submission wording (data/submission.toml: a newsletter, a
club's announcement) yield no field values: a newsletter's issue date must not
become a taken_date. A follow-up matched to a submission is read regardless.
"""

from __future__ import annotations

import re
import tomllib
from datetime import datetime
from functools import lru_cache
from importlib.resources import files

from ipom_mail.config import Config
from ipom_mail.pipeline.fields.labels import word_pattern
from ipom_mail.pipeline.rules.reply_policy import NOT_A_SUBMISSION, objections
from ipom_mail.pipeline.values import NOT_A_SUBMISSION_NOTE, Media, ParsedMessage


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    """(submission wording, bulk-mail signs, own-photo wording, automatic-reply Subject,
    a question about taking part, a pass to come or before sending, a photo not taken, the
    station's pass told in the future) from data/submission.toml."""
    data = tomllib.loads(files("ipom_mail").joinpath("data/submission.toml").read_text("utf-8"))
    words = [w for listed in data["words"].values() for w in listed]
    return (
        word_pattern(words),
        word_pattern(data["bulk"]["words"]),
        word_pattern(data["own"]["words"]),
        word_pattern(data["auto_reply"]["words"]),
        word_pattern(
            [
                w
                for key in ("asking", "asking_ahead", "asking_before")
                for ws in data[key].values()
                for w in ws
            ]
        ),
        word_pattern([w for listed in data["not_taken"].values() for w in listed]),
        word_pattern([w for listed in data["pass_to_come"].values() for w in listed]),
    )


@lru_cache(maxsize=1)
def _members_greeting() -> re.Pattern[str]:
    """A greeting to all of a club's members alone on a line, maybe naming its friends too
    (data/submission.toml [members], [members_also])."""
    data = tomllib.loads(files("ipom_mail").joinpath("data/submission.toml").read_text("utf-8"))
    words = "|".join(w for listed in data["members"].values() for w in listed)
    also = "|".join(w for listed in data["members_also"].values() for w in listed)
    others = rf"(?:\s+(?:{also})(?:\s+[^\W\d_]+){{0,3}})?"  # "… a přátelé hvězdárny"
    return re.compile(rf"\s*(?:{words}){others}\s*[,!:;.、。，！：]?\s*", re.I)


def to_all_members(body: str) -> bool:
    """True when the body's first line greets all of a club's members ("会員各位",
    "Dear members,"): the club's notice to them, not a photographer's submission."""
    first = next((line for line in body.splitlines() if line.strip()), "")
    return _members_greeting().fullmatch(first) is not None


def has_submission_wording(text: str) -> bool:
    """True when the text speaks of the ISS, a photo, taking it, a pass or sending it in."""
    return _patterns()[0].search(text) is not None


def _bulk(parsed: ParsedMessage, text: str, body: str | None) -> bool:
    """A newsletter or a list's announcement: List-* or Precedence headers, its words, or
    a first line that greets all of a club's members."""
    listed = parsed.header("List-Id") or parsed.header("List-Unsubscribe")
    precedence = (parsed.header("Precedence") or "").strip().lower()
    if listed or precedence in ("bulk", "list") or _patterns()[1].search(text):
        return True
    return to_all_members(parsed.text or "" if body is None else body)


def not_a_submission(
    parsed: ParsedMessage,
    media: Media,
    photo_links: tuple[str, ...],
    config: Config,
    body: str | None = None,
) -> str | None:
    """Why no field is read from this message, or None when it may be a submission.

    `body` is the text the fields read (bounded); the parsed text when not given."""
    machine = next((o for o in objections(parsed, config) if o.kind in NOT_A_SUBMISSION), None)
    if machine is not None:
        return f"{NOT_A_SUBMISSION_NOTE}: {machine.reason}; no fields read"
    if _patterns()[3].match((parsed.subject or "").strip()):
        return f"{NOT_A_SUBMISSION_NOTE}: an automatic reply (its Subject says so); no fields read"
    if media.usable:
        return None
    text = f"{parsed.subject or ''}\n{parsed.text or '' if body is None else body}"
    if _bulk(parsed, text, body):  # a newsletter's links are not the sender's photo
        if _patterns()[2].search(text):
            return None
        return f"{NOT_A_SUBMISSION_NOTE}: a newsletter or list mail with no photo of its own"
    if photo_links or has_submission_wording(text):
        return None
    return f"{NOT_A_SUBMISSION_NOTE}: no photo, no link to one and no submission wording"


def only_asking(
    parsed: ParsedMessage, media: Media, photo_links: tuple[str, ...], body: str
) -> str | None:
    """Why a mail with no photo nor link to one is a question, not a submission ("do you
    accept photos taken with…", "non ho ancora nessuna foto", "will the ISS be visible…",
    "before I send…"; data/submission.toml [asking], [asking_ahead], [asking_before]) or a
    sighting with no photo ("I didn't manage to photograph it", [not_taken]) or a plan before
    a pass ("ISS sẽ bay qua", [pass_to_come]), or None: its photo words and pass details are
    no submission's values."""
    if media.usable or photo_links:
        return None
    text = f"{parsed.subject or ''}\n{body}"
    if _patterns()[4].search(text) is not None:
        return f"{NOT_A_SUBMISSION_NOTE}: a question, with no photo nor link to one"
    own = "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))
    if _patterns()[5].search(own) is not None and not own_photo_words(text):  # not a quote's
        return f"{NOT_A_SUBMISSION_NOTE}: the sender says no photo was taken, and none is attached"
    if _only_a_pass_to_come(own, text):
        return f"{NOT_A_SUBMISSION_NOTE}: a pass still to come, with no photo nor link to one"
    return None


def _only_a_pass_to_come(own: str, text: str) -> bool:
    """Whether the sender's own lines tell the station's pass in the future ("ISS sẽ bay
    qua", "ISS akan melintas"; data/submission.toml [pass_to_come]) and neither a photo of
    theirs nor a day gone by ("yesterday", "last night"): a plan before the pass."""
    from ipom_mail.pipeline.fields.relative_days import relative_kinds

    if _patterns()[6].search(own) is None or own_photo_words(text):
        return False
    past = {"yesterday", "last_night", "before_yesterday"}
    return not past.intersection(relative_kinds(own))


def own_photo_words(text: str) -> bool:
    """Whether the words say the sender's photo exists already ("les mando mi foto",
    "here is my photo", "ich habe … fotografiert"; data/submission.toml [own])."""
    return _patterns()[2].search(text) is not None


def only_days_to_come(text: str, sent: datetime | None) -> bool:
    """Whether the text names dates and every reading of each is after the day the mail was
    sent, with no word of a photo already taken ("my photo", "last night"): a forecast or an
    invitation to watch a pass, which holds no photo yet."""
    from ipom_mail.pipeline.fields.dates import find_dates
    from ipom_mail.pipeline.fields.relative_days import relative_day

    if sent is None or own_photo_words(text) or relative_day(text, None, sent):
        return False
    hits = find_dates(text, sent.date())
    return bool(hits) and all(min(h.readings) > sent.date() for h in hits)

"""Story: the sender's own words, minus labels, greetings, sign-offs, quotes and footers.

Also the shared knowledge of what a forwarded header block looks like (people.py reads
the signature name from the same cut); the greeting is read in opening.py, the sign-off
and the signature in closing.py.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from ipom_mail.pipeline.fields.behalf_notes import without_behalf_notes
from ipom_mail.pipeline.fields.clock import find_times
from ipom_mail.pipeline.fields.closing import DISCLAIMER, body_lines, drop_closing, list_footer
from ipom_mail.pipeline.fields.closing import SIGN_OFF as SIGN_OFF
from ipom_mail.pipeline.fields.data_lines import (
    SETTINGS_LINE,
    is_flyby_data,
    is_photo_data,
    is_settings_line,
)
from ipom_mail.pipeline.fields.equipment import EQUIPMENT_LABEL
from ipom_mail.pipeline.fields.errand import (
    only_sending,
    tells,
    without_closing_requests,
    without_credit_requests,
    without_errand,
    without_file_offers,
    without_thanks,
)
from ipom_mail.pipeline.fields.field_lines import (
    continues,
    in_field_block,
    is_labelled,
    prose_after,
)
from ipom_mail.pipeline.fields.forward import (
    header_names,
    is_forward_end,
    names_someone_else,
    quotes_below,
    without_forward_request,
    without_mail_talk,
    without_member_notes,
)
from ipom_mail.pipeline.fields.forward_words import forward_words, header_label
from ipom_mail.pipeline.fields.gear_lines import is_gear_line
from ipom_mail.pipeline.fields.gear_sentences import without_gear_sentences
from ipom_mail.pipeline.fields.labels import WORD_END, mail_pattern
from ipom_mail.pipeline.fields.link_lines import link_line, without_link_handover
from ipom_mail.pipeline.fields.links import SENT_FROM
from ipom_mail.pipeline.fields.opening import GREETING as GREETING
from ipom_mail.pipeline.fields.opening import without_greeting
from ipom_mail.pipeline.fields.other_events import without_other_events
from ipom_mail.pipeline.fields.pasted_note import pasted_note
from ipom_mail.pipeline.fields.plans_ahead import without_closing_plans
from ipom_mail.pipeline.fields.prediction_lines import (
    submission_above,
    without_pasted_tables,
    without_predictions,
)
from ipom_mail.pipeline.fields.quoted import own_text
from ipom_mail.pipeline.fields.shapes import greets_alone
from ipom_mail.pipeline.fields.transport_notes import without_file_notes, without_transport_notes
from ipom_mail.pipeline.fields.unwrap import unwrap, wrapped_pairs

FORWARD_MARK = re.compile(
    rf"^\s*+(?:-{{2,}}\s*)?(?:{forward_words('separator')}){WORD_END}.*$", re.IGNORECASE
)
# A line of a forwarded header block, in any client's language (data/forward_blocks.toml)
HEADER_LINE = re.compile(rf"^\s*+\*?{header_label()}\s*[:：]\*?(?:\s.*|(?<=：).+)?$", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # words without spaces


def segments(text: str) -> list[list[str]]:
    """The own text cut into parts at each forwarded-message marker (the marker dropped)."""
    parts: list[list[str]] = [[]]
    for line in own_text(text).split("\n"):
        if FORWARD_MARK.match(line):
            parts.append([])
        else:
            parts[-1].append(line)
    return parts


def drop_forward_headers(lines: list[str]) -> list[str]:
    """A forwarded part without its header block (From:, Date:, Subject:, To: …)."""
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    j = i
    while j < len(lines) and lines[j].strip():
        line = lines[j]
        wrapped = j > i and HEADER_LINE.match(lines[j - 1]) and re.match(r"^\s*+<?[\w.+-]+@", line)
        if not (HEADER_LINE.match(line) or set(line.strip()) <= {"_", "-"} or wrapped):
            break
        j += 1
    headers = sum(1 for x in lines[i:j] if HEADER_LINE.match(x))
    return lines[j:] if headers >= 2 else lines


def without_footers(text: str) -> str:
    """The own text without phone footers, signatures after '-- ' and disclaimers.

    What the other fields read: "Sent from my iPhone" is not equipment, and a
    legal footer names no place.
    """
    kept: list[str] = []
    lines = own_text(text).split("\n")
    footer = False  # a forwarder's signature ends their part, not the forwarded original
    for i, line in enumerate(lines):
        s = line.strip()
        if FORWARD_MARK.match(line):
            footer = False
        elif footer or s in ("--", "__") or list_footer(lines, i) or DISCLAIMER.search(s):
            footer = True
            continue
        if not SENT_FROM.match(s):
            kept.append(line)
    return "\n".join(kept)


def signature_gear(text: str) -> str:
    """Labelled equipment lines in the signature under '-- ' ("Gear: Sky-Watcher Esprit
    100ED, Canon 600D"): the sender's usual setup, read when the mail names none above."""
    lines = own_text(text).split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip() in ("--", "__")), None)
    if start is None:
        return ""
    return "\n".join(x for x in lines[start + 1 :] if EQUIPMENT_LABEL.match(x.strip()))


def _event(line: str) -> bool:
    """A request to forward the mail: not the photo's story (news of another gathering is
    left out sentence by sentence: other_events.py)."""
    return mail_pattern("forward_request").search(line) is not None


def _when_line(line: str) -> bool:
    """A short line that only says when (a date and a clock time), as a forwarded record
    writes it: "Taken 18. 7. 2024. at 21:33 (CEST)."."""
    from ipom_mail.pipeline.fields.dates import find_dates

    return len(line.split()) <= 12 and bool(find_times(line)) and bool(find_dates(line))


_OPEN_END = re.compile(r"[^\W\d_]\s*$")  # a line ending on a word: its sentence goes on


def _goes_on(kept: list[str], body: list[str], i: int) -> bool:
    """Whether line i goes on with the story line kept just before it, wrapped mid-sentence
    ("… под Звенигородом. Прохождение / длилось 0,7 с, Луна почти полная."): the words of
    a sentence, not a settings line, however it opens."""
    before = body[i - 1].strip() if i else ""
    line = body[i].strip()
    return (
        bool(kept)
        and kept[-1] == before
        and _OPEN_END.search(before) is not None
        and line[:1].islower()
    )


_ANNOUNCING = re.compile(r"^[^:：]{1,50}[:：]$")


def _announces_fields(lines: list[str], i: int) -> bool:
    """Whether a line only announces the field lines under it ("Details are as follows:",
    "Technische Daten:", "詳細："): a short line ending with a colon, a field line next."""
    s = lines[i].strip()
    if not _ANNOUNCING.match(s) or len(s.split()) > 6:
        return False
    after = next((x for x in lines[i + 1 :] if x.strip()), "")
    return is_labelled(after)


def _part_story(
    lines: list[str], record: bool = False, announcing: list[str] | None = None
) -> list[str]:
    kept: list[str] = []
    first, greeted = True, False
    field: str | None = None  # the field line (or its rest) the next line may continue
    body = body_lines(drop_forward_headers(lines))
    data = False  # whether the line before was left out as data
    for i, line in enumerate(body):
        before, data = data, False
        if line.strip() and not (line := without_forward_request(line)):
            continue  # only asked to forward the mail
        if first and line.strip():  # a greeting may take two lines ("IPOM ご担当者様", "いつも…")
            line = without_greeting(line, shaped=not greeted and greets_alone(body, i))
            first, greeted = not line.strip(), True
        if line.strip() and not (line := without_link_handover(line, body[i + 1 :], any(kept))):
            continue  # "…, segue o link do WeTransfer:" over the link
        wrapped = field is not None and continues(field, line)  # the rest of a field line
        field = line if wrapped or is_labelled(line) or in_field_block(body, i) else None
        if field is not None and (prose := prose_after(line)):
            line, field = prose, None  # "… 2,5x Powermate. Jeg fulgte stationen manuelt."
        if (
            field is not None
            or link_line(line)
            or is_flyby_data(line)
            or _event(line)
            or (SETTINGS_LINE.match(line.strip()) and not _goes_on(kept, body, i))
            or is_photo_data(line)
            or is_settings_line(line)
            or (record and _when_line(line))
            or is_gear_line(body, i, before)
            or is_forward_end(line)
        ):
            data = True
            continue
        if HEADER_LINE.match(line) and not kept:
            continue
        if announcing is not None and _announces_fields(body, i):
            announcing.append(line.strip())  # left out beside a story: find_story
        kept.append(line.strip())
    return kept


def forwarded_for_someone(text: str) -> bool:
    """Whether the forwarder's own words say the mail is forwarded for someone else
    ("Forwarding this on behalf of our member…"): the original is then the submission."""
    parts = segments(text)
    note = "\n".join(parts[0])
    return len(parts) > 1 and (
        mail_pattern("forward_note").search(note) is not None or names_someone_else(note)
    )


# The "From:" line of a forwarded header block, in the clients' languages, with a display name
_FROM_LINE = re.compile(
    rf"^\s*+\*?(?:{forward_words('from')})\s*[:：]\*?\s*\"?([^<>\"@\n]{{2,60}}?)\"?\s*<",
    re.IGNORECASE,
)


def _author(part: list[str]) -> str | None:
    """The display name on a forwarded part's "From:" line ("From: Γιώργος Αντωνίου <…>"):
    whose name under the forwarded words is a signature, not story."""
    for line in [x for x in part if x.strip()][:8]:
        m = _FROM_LINE.match(line)
        if m:
            return m.group(1).strip()
    return None


def _resends_own(parts: list[list[str]], sender_name: str | None) -> bool:
    """Whether the mail forwards the sender's own earlier mail under a note with no data of
    its own ("Ik had dit per ongeluk naar het verkeerde adres gestuurd, hierbij alsnog!"):
    the original is the submission, the note only speaks of the mail."""
    if len(parts) < 2 or not sender_name:
        return False
    author = _author(parts[1])
    note = "\n".join(parts[0])
    same = author is not None and author.casefold() == sender_name.strip().casefold()
    return same and not any(c.isdigit() for c in note)


@lru_cache(maxsize=4)  # pure: read ahead while the decoders work (fields.read_ahead)
def find_story(
    text: str, sender_name: str | None = None, sent: datetime | None = None, record: bool = False
) -> str | None:
    """The sender's own words, or None when nothing is left; for a mail forwarded for
    someone else, the original's words (the forwarder's note is not the story). `sent`, the
    Date header, tells a later day's news ("PS. Next Saturday 14 November…") from story.
    `record`: the text is someone else's note pasted in whole, its data lines its fields."""
    pasted = pasted_note(text, sender_name)
    if pasted is not None:  # "… jeg har bare kopieret den ind nedenfor": the note is the story
        return find_story(pasted.text, pasted.signer, sent, record=True)
    kept: list[str] = []
    parts = segments(text)
    several = len(parts) > 1  # a forward or a reply: segmented once, a long text costs once
    # the original's data lines are its fields
    pasted_in = record
    record = record or forwarded_for_someone(text) or _resends_own(parts, sender_name)
    own = without_predictions(submission_above(text, FORWARD_MARK, record))
    own = without_pasted_tables(own, sent.date() if sent else None)
    if own != text:  # a pasted prediction or table, a friend's mail below: no story
        parts = segments(own)
    announcing: list[str] = []
    if record and not pasted_in:
        parts = parts[1:]  # the forwarder's note
    names = f"{sender_name or ''} {header_names(text)}" if several else sender_name
    for part in parts:
        signers = f"{names or ''} {_author(part) or ''}"  # a forwarded part's own signer
        kept += [*drop_closing(_part_story(part, record, announcing), signers), ""]
    story = without_other_events(re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip(), sent)
    story = without_mail_talk(story, below=several or quotes_below(text))
    story = without_gear_sentences(story)  # "Processed in PIPP and AutoStakkert."
    story = without_member_notes(story)  # "Here is a photo by our member Peter Novak."
    story = without_behalf_notes(story)  # "Estou enviando em nome do meu marido, Rafael …"
    story = without_thanks(story)  # "Thanks a million for featuring my October shot!"
    story = without_credit_requests(story)  # "Krediet asseblief aan hom."
    story = without_file_offers(story)  # "Happy to send the raw file as well."
    story = without_closing_requests(story)  # "Kindly let me know if anything else is needed."
    story = without_transport_notes(story)  # "skickar bilden från mobilen, hoppas det går bra"
    story = without_file_notes(story)  # "Fail terlalu besar untuk dilampirkan, jadi …"
    story = without_closing_plans(story, sent.date() if sent else None)  # "Утре заминавам …"
    if len(story) < 12 and len(story.split()) < 3 and not _CJK.search(story):  # "Ekte."
        return None
    if only_sending(story):  # "링크 보내드립니다 🙏": no story
        return None
    story = _without_announcing(without_errand(story), announcing)
    return unwrap(story, wrapped_pairs([x for part in parts for x in [*part, ""]])) or None


def _without_announcing(story: str, announcing: list[str]) -> str:
    """The story without its lines announcing field lines ("Details are as follows:"), when
    the rest still tells something; "hier meine Daten zur Aufnahme:" alone stays."""
    rest = "\n".join(x for x in story.split("\n") if x.strip() not in announcing)
    rest = re.sub(r"\n{3,}", "\n\n", rest).strip()
    return rest if announcing and tells(rest) else story

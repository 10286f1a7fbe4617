"""Forwarded and quoted originals: which is the submission, and whose words are its story.

Outlook-style forwards: a From/Sent header block with no "Forwarded message" line above it.

Outlook writes the same block for a reply and for a forward; only the subject
("FW:", "WG:", "TR:", "RV:", "I:", "Doorst:", "PD:", "Továbbítás:") tells them
apart. A forwarded block is the submission (a club member's, a relative's), so
it is marked as a forward before the other fields read the text, unless the
sender's own words above it already give a time (their submission, with someone's
prediction forwarded below); a reply's quoted block stays a quote and is cut,
unless it is the sender's own earlier mail under a note with no data of its own
(Outlook's block, or Gmail's "On …, Ana <ana@…> wrote:" and "> " lines).

A forwarder's note that names someone else ([forward_for]) gives the credit to the
original's author; a request to forward and sentences about the mail itself
([forward_request], [mail_talk], [see_below]) are no part of the story.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.clock import find_times
from ipom_mail.pipeline.fields.labels import label_pattern, mail_data, mail_pattern, word_pattern
from ipom_mail.pipeline.fields.quoted import is_quote_header, own_text, starts_outlook_block

FORWARD_LINE = "---------- Forwarded message ---------"
FORWARD_MARK_LINE = re.compile(rf"^{re.escape(FORWARD_LINE)}$", re.M)
_FORWARD_SUBJECT = re.compile(
    r"^\s*+(?:\[[^\]]*\]\s*)?(?:fwd?|fw|wg|tr|rv|i|enc|doorst|pd|továbbítás|vl|vb|vs|videresendt"
    r"|vidarebefordrat|pr|pd|prosl|пересл|προώθ|ilt|转发|轉寄|転送)\s*:",
    re.IGNORECASE,
)


def mark_forward(text: str, subject: str | None, sender: str | None = None) -> str:
    """The text with a forward marker above the first Outlook header block of a forward,
    or of the sender's own earlier mail quoted below a reply (its From is the sender's:
    "vi giro i dati che avevo scritto al gruppo" above "-----Original Message-----
    From: <the same address>"), whose data are the sender's own words."""
    if not subject or not _FORWARD_SUBJECT.match(subject):
        return _unquote_own(_mark_own_quote(text, sender), sender)
    lines = text.split("\n")
    for i in range(len(lines)):
        if starts_outlook_block(lines, i):
            if any(hit.zone for hit in find_times("\n".join(lines[:i]))):
                return text  # the sender's own part has a UT-able time: the block is context
            if i and _ORIGINAL_LINE.match(lines[i - 1]):  # "-----Messaggio originale-----"
                i -= 1
                lines.pop(i)
            return "\n".join([*lines[:i], FORWARD_LINE, *lines[i:]])
    return text


_ORIGINAL_LINE = re.compile(r"^\s*+-{2,}[^-\n]{3,40}-{2,}\s*$")


def _mark_own_quote(text: str, sender: str | None) -> str:
    """The text with a forward marker above a quoted Outlook block written by the sender,
    when the words above it give no data of their own (no digit): a new submission
    top-posted over an earlier one keeps the earlier one a quote."""
    if not sender or "@" not in sender:
        return text
    lines = text.split("\n")
    for i in range(len(lines)):
        if starts_outlook_block(lines, i):
            if sender.lower() not in lines[i].lower() or _gives_data(lines[:i]):
                return text
            if i and _ORIGINAL_LINE.match(lines[i - 1]):
                i -= 1
                lines.pop(i)
            return "\n".join([*lines[:i], FORWARD_LINE, *lines[i:]])
    return text


_LINK = re.compile(r"\b(?:https?://|www\.)\S+", re.I)


def _gives_data(lines: list[str]) -> bool:
    """Whether the sender's new words give data of their own (a digit outside a link):
    "Como pediram, aqui vai o link: https://we.tl/t-Xk3pQ9" gives none."""
    return any(c.isdigit() for line in lines for c in _LINK.sub("", line))


def _unquote_own(text: str, sender: str | None) -> str:
    """The sender's own earlier mail quoted under a reply ("On …, Ana <ana@…> wrote:" and
    "> …" lines) as a forwarded part, when the words above give no data of their own (no
    digit but in a link: "I sent this to the wrong address, here it is again", "as asked,
    the full-size link: https://…"): its data are theirs."""
    if not sender or "@" not in sender or FORWARD_LINE in text:
        return text
    lines = text.split("\n")
    for start in range(len(lines)):
        end = _header_end(lines, start)
        if end is None:
            continue
        quoted = [x for x in lines[end + 1 :] if x.strip()]
        if (
            sender.lower() not in " ".join(lines[start : end + 1]).lower()
            or _gives_data(lines[:start])
            or not quoted
            or not quoted[0].lstrip().startswith(">")
        ):
            return text
        body = [_QUOTE_MARK.sub("", x, count=1) for x in lines[end + 1 :]]
        return "\n".join([*lines[:start], FORWARD_LINE, *body])
    return text


def _header_end(lines: list[str], i: int) -> int | None:
    """The last line of a quote header starting at line i, whole or wrapped by the client
    onto the next line ("Am …, Ana Kovač <" + "ana@example.org>:"); None if none starts."""
    if is_quote_header(lines[i]):
        return i
    first = lines[i].strip()
    if i + 1 == len(lines) or not first or first.endswith((".", "!", "?", ">")):
        return None
    wrapped = f"{first} {lines[i + 1].strip()}"
    return i + 1 if re.match(r"\w+\b.*\d", first) and is_quote_header(wrapped) else None


_QUOTE_MARK = re.compile(r"^\s*+> ?")


_ALL_KINDS = ("asked", "behalf", "member")


@cache
def _for_someone(kinds: tuple[str, ...]) -> re.Pattern[str]:
    return word_pattern([w for kind in kinds for w in mail_data()["forward_for"][kind]])


def names_someone_else(note: str, kinds: tuple[str, ...] = _ALL_KINDS) -> bool:
    """Whether a forwarder's own words say the forwarded mail is someone else's (data/
    mail_words.toml [forward_for]: "unseres Mitglieds", "v imenu našega člana", "hat mich
    gebeten"): its author is the one to credit, its words are the story. Not when the words
    give a photo's UT-able time of their own ("My photo at 21:34 UT; our member Tom's
    prediction below"); a meeting's time ("Next meeting: 19:00 CEST") does not count.
    `kinds`: the lists of [forward_for] read ("member", "asked": a member's, whoever sent it)."""
    if _for_someone(kinds).search(note) is None:
        return False
    events = label_pattern("events")
    return not any(
        any(hit.zone for hit in find_times(line)) and not events.search(line)
        for line in note.split("\n")
    )


def members_named(note: str) -> list[int]:
    """Where the words after each "our member" of a note start ([forward_for] `member`:
    "nášho člena", "naszego członka"), a name in the case the note puts it in."""
    return [m.end() for m in _for_someone(("member",)).finditer(note)]


@cache
def _members_photo() -> re.Pattern[str]:
    """A photo called a member's: [forward_for] `member` and [on_behalf] `member`."""
    data = mail_data()
    return word_pattern([*data["forward_for"]["member"], *data["on_behalf"]["member"]])


def _hands_on(sentence: str, first: bool) -> bool:
    """Whether a sentence hands on a member's photo: it names one, gives no clock time, and
    opens the story or says it is about the photo or sending it ("Our member Tom lent me
    his tripod", later in the mail, hands on nothing)."""
    from ipom_mail.pipeline.fields.submission import has_submission_wording

    if _members_photo().search(sentence) is None or find_times(sentence):
        return False
    return (
        first or has_submission_wording(sentence) or bool(mail_pattern("sending").search(sentence))
    )


def without_member_notes(story: str) -> str:
    """The story without a forwarder's sentences that hand on a member's photo ("Here is a
    photo by our member Peter Novak, who has no English mail set up.", "posielam Vám
    príspevok nášho člena Petra Baláža."): the member's own words stay. A paragraph left
    empty goes."""
    kept: list[str] = []
    for paragraph in story.split("\n\n"):
        if _members_photo().search(paragraph) is not None:
            sentences = sentences_of(paragraph)
            opening = not kept
            paragraph = " ".join(
                x for i, x in enumerate(sentences) if not _hands_on(x, opening and i == 0)
            ).strip()
        if paragraph:
            kept.append(paragraph)
    return "\n\n".join(kept)


def hands_on_members_photo(note: str) -> bool:
    """Whether the sender's words open by handing on a member's photo, or say so with no
    clock time ("posielam Vám príspevok nášho člena Petra Baláža."): the photo is not the
    sender's, whoever is named (the greeting's paragraph before it counts as no opening)."""
    paragraphs = [p for p in note.split("\n\n") if p.strip()]
    return any(
        _hands_on(x, k <= 1 and i == 0)
        for k, p in enumerate(paragraphs)
        for i, x in enumerate(sentences_of(p))
    )


_SENTENCE = re.compile(r"[^.!?。！？]*(?:[.!?。！？]+|$)\s*")
_COURTESY_WORDS = 2  # "Hvala!", "Thanks a lot" left beside a request: no story either


def without_forward_request(line: str) -> str:
    """The line without its sentences asking to forward the mail ("Kannst du das bitte an
    die IPOM-Leute weiterschicken?", "jo prosim pošlji naprej"; data/mail_words.toml
    [forward_request]); "" when only a courtesy is left. The other sentences stay: "Zou je
    deze willen doorsturen? Het is een close-up van het ISS…" keeps the close-up."""
    request = mail_pattern("forward_request")
    if request.search(line) is None:
        return line
    kept = [s for s in _SENTENCE.findall(line) if s and request.search(s) is None]
    rest = "".join(kept).strip()
    return rest if len(rest.split()) > _COURTESY_WORDS else ""


# "Von: Johanna Leitner <johanna@…>", "From: "Leitner, Johanna" [mailto:…]" in a forwarded
# block; Yandex's '03.03.2024, 09:41, "Ирина Ковалёва" <irina@…>:'
_HEADER_NAME = re.compile(
    r"^\s*+\*?[^\W\d_]{2,14}\s*:\*?\s*\"?([^<\"\n:@\[]+?)\"?\s*(?:<|\[mailto:)"
    r"|^\s*+\d{1,2}\.\d{1,2}\.\d{2,4},\s*\d{1,2}:\d{2},\s*\"([^\"\n]+)\"\s*<",
    re.M,
)


def header_names(text: str) -> str:
    """The display names of the forwarded header blocks' addresses, as one string: a
    forwarded original's closing names its author ("Matej", "Γιώργος Αντωνίου")."""
    return " ".join(m.group(1) or m.group(2) for m in _HEADER_NAME.finditer(text))


@cache
def _mail_talk(below: bool) -> re.Pattern[str]:
    talk = ("mail_talk", "see_you")  # a note to meet a friend is no story either
    sections = (*talk, "see_below") if below else talk
    data = mail_data()
    return word_pattern([w for name in sections for listed in data[name].values() for w in listed])


# A sentence ends before a capital, a digit or a quote of the next; "см. ниже" goes on.
_SENTENCE_GAP = re.compile(r"(?:(?<=[.!?…])\s+(?=[\"“(«¿¡]?[^\W_a-zà-ÿа-яα-ω])|(?<=[。！？])\s*)")


def sentences_of(paragraph: str) -> list[str]:
    """A paragraph's sentences, as the mail-talk reader cuts them ("… i dati. La foto …")."""
    return [s for s in _SENTENCE_GAP.split(paragraph) if s.strip()]


def quotes_below(text: str) -> bool:
    """Whether the mail quotes or forwards another below the sender's words."""
    flat = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return own_text(flat).strip() != flat or FORWARD_MARK_LINE.search(flat) is not None


# A remark in brackets inside a sentence, words going on after it: about the mail ("vi invio
# (in copia anche a Luca) la mia foto…") it goes alone, the sentence stays. At a sentence's
# end ("Sending this in as Priya suggested (see below).") it speaks for the whole sentence.
_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,80}\)(?=[ \t]+[^\W\d_])")


def without_mail_talk(story: str, below: bool) -> str:
    """The story without its sentences about the mail itself (data/mail_words.toml
    [mail_talk], and [see_below] when the mail quotes or forwards one `below`): "Adding the
    Photo of the Month folks to this thread - Mike, thanks…", "Sending this in as Priya
    suggested (see below).", "en el mail de ayer puse mal la hora…". A paragraph left
    empty goes; the others keep their lines."""
    talk = _mail_talk(below)
    kept: list[str] = []
    for paragraph in story.split("\n\n"):
        paragraph = _ASIDE.sub(lambda m: "" if talk.search(m.group(0)) else m.group(0), paragraph)
        if talk.search(paragraph) is not None:
            sentences = _SENTENCE_GAP.split(paragraph)
            paragraph = " ".join(s for s in sentences if talk.search(s) is None).strip()
        if paragraph:
            kept.append(paragraph)
    return "\n\n".join(kept)


def is_forward_end(line: str) -> bool:
    """Whether a line only closes a forwarded message ("-------- Конец пересылаемого
    сообщения --------"; data/mail_words.toml [forward_end])."""
    bare = line.strip().strip("-–—=_* ").strip()
    return bool(bare) and re.fullmatch(mail_pattern("forward_end"), bare) is not None

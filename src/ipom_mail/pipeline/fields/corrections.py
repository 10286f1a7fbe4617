"""A time corrected in a reply above the submission it corrects ("Apologies - correction: it
was 21:14 BST, not 21:41. I mistyped it last night."): the submission is the sender's quoted
original with the corrected clock written in, so its date, gear and place are the
original's, never the note's ("last night" is when the mistake was made); the story is the
note's paragraphs that say nothing of the correction ("I've reattached the photo of …").
A correction word without its colon ("a correction to my email of yesterday") counts when
the note writes both clocks ("at 17:12 GMT, not 17:21").

Only the sender's own original counts (its quote header names their address or name): a
correction quoting our reply is an answer, read as one. Pure: text in, text out.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.labels import mail_data
from ipom_mail.pipeline.fields.quoted import own_text, quote_starts

_CLOCK = re.compile(r"(?<![\d:.])([01]?\d|2[0-3])([:.h])([0-5]\d)(?!\d|[:.]\d)")
_QUOTE_MARK = re.compile(r"^\s*>+ ?")


@cache
def _correction(colon: bool = True) -> re.Pattern[str]:
    """A correction word, with its colon unless `colon` is False ("a correction to my email
    of yesterday"), in any language (data/mail_words.toml [correction])."""
    words = "|".join(w for listed in mail_data()["correction"].values() for w in listed)
    after = r"\s?[:：]" if colon else r"(?![^\W\d_])"
    return re.compile(rf"(?<![^\W\d_])(?:{words}){after}", re.IGNORECASE)


@cache
def _mistake() -> re.Pattern[str]:
    """A word saying a value was got wrong (data/mail_words.toml [mistake])."""
    words = "|".join(w for listed in mail_data()["mistake"].values() for w in listed)
    return re.compile(rf"(?<![^\W\d_])(?:{words})", re.IGNORECASE)


_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+")


def _without_mistakes(text: str) -> str:
    """The text without the sentences about the mistake that hold no clock of their own ("I
    mistyped it last night."): when the wrong value was written dates nothing."""
    kept = [
        " ".join(
            part
            for part in _SENTENCE_END.split(line)
            if _CLOCK.search(part) or not _mistake().search(part)
        )
        for line in text.split("\n")
    ]
    return "\n".join(kept)


def _clocks(text: str) -> list[tuple[str, str]]:
    """Each clock's (hour, minute) in text order, an hour without its leading zero."""
    return [(str(int(m.group(1))), m.group(3)) for m in _CLOCK.finditer(text)]


def _quoted_original(lines: list[str], start: int, names: tuple[str, ...]) -> str | None:
    """The quoted message under the header at lines[start], its quote marks taken off, when
    the header (or the line the client wrapped it from) names the sender."""
    header = " ".join(lines[max(0, start - 1) : start + 1]).lower()
    if not any(name and name.lower() in header for name in names):
        return None
    return "\n".join(_QUOTE_MARK.sub("", line) for line in lines[start + 1 :])


_HEADER_LINES = 6  # "----- Original message -----", From, Sent, To, Cc, Subject


def _quoted_block(lines: list[str], address: str | None) -> str | None:
    """The sender's own earlier mail quoted with marks under a client's header block that
    names their address ("> ----- Original message -----", "> From: Милош … <milos@…>"),
    the header left out; None when the quote has no such header."""
    start = next(
        (
            i
            for i, x in enumerate(lines)
            if _QUOTE_MARK.match(x) and any(y.strip() for y in lines[:i])
        ),
        None,
    )
    if start is None or not address:
        return None
    quoted = [_QUOTE_MARK.sub("", x) for x in lines[start:]]
    blank = next((k for k, x in enumerate(quoted) if not x.strip()), len(quoted))
    header = "\n".join(quoted[:blank]).lower()
    if blank > _HEADER_LINES or address.lower() not in header:
        return None
    return "\n".join(quoted[blank + 1 :])


def _rewritten(original: str, old: tuple[str, str], new: tuple[str, str]) -> str:
    """The original with each clock reading `old` written as `new`, in its own style."""

    def put(found: re.Match[str]) -> str:
        if (str(int(found.group(1))), found.group(3)) != old:
            return found.group()
        hour = new[0].zfill(len(found.group(1)))
        return f"{hour}{found.group(2)}{new[1]}"

    return _CLOCK.sub(put, original)


def note_beside_correction(text: str, sender: str | None, name: str | None) -> str | None:
    """The paragraphs of a correction's note that say nothing of the correction (no
    correction or mistake word, no clock): "I've reattached the photo of the ISS climbing
    over the roll-off roof" is story, "Apologies - correction: it was 21:14 BST" is not.
    None when the text corrects no quoted original."""
    if _corrected_original(text, sender, name) is None:
        return None
    paragraphs = re.split(r"\n\s*\n", own_text(text))
    return "\n\n".join(
        p
        for p in paragraphs
        if not (_correction(colon=False).search(p) or _mistake().search(p) or _CLOCK.search(p))
    )


def corrected_text(text: str, sender: str | None, name: str | None) -> str:
    """The quoted original a correction of a time is written above, the clock corrected; a
    correction with no such original without its sentences about the mistake; else the
    text as it is."""
    original = _corrected_original(text, sender, name)
    if original is not None:
        return original
    return _without_mistakes(text) if _correction().search(own_text(text)) else text


def _corrected_original(text: str, sender: str | None, name: str | None) -> str | None:
    """The sender's quoted original under a correction, its one corrected clock written in;
    None when there is no such original, or which clock is corrected, or to what, is not
    plain."""
    note = own_text(text)
    # a correction word, or a word saying the time was got wrong ("погрешно написао време"):
    # the original and the note's clocks must then agree
    if not (_correction(colon=False).search(note) or _mistake().search(note)):
        return None
    lines = text.replace("\r\n", "\n").split("\n")
    start = quote_starts(lines)
    original = None if start is None else _quoted_original(lines, start, (sender or "", name or ""))
    original = original if original is not None else _quoted_block(lines, sender)
    if original is None:
        return None
    was = _clocks(original)
    said = _clocks(note)
    new = {c for c in said if c not in was}
    old = {c for c in said if c in was}
    if not old and _correction().search(note):  # "Correction: the right time is 21:14"
        old = set(was)  # written loosely ("a correction to my email"), the note says both
    if len(new) != 1 or len(old) != 1:
        return None
    return _rewritten(original, old.pop(), new.pop())

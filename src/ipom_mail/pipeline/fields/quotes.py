"""Text that is not the sender's own words about this photo: quoted replies, forwarded
header blocks and machine timestamps (Date:, Received:), blanked out before times are read.

Split from taken_at.py; flyby and the reply stage read the same clean text.
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.forward_words import forward_words, header_label

_QUOTE_INTRO = re.compile(
    r"\b(?:wrote|schrieb|a écrit|escribió|ha scritto|escreveu|schreef|napisał|napsal|írta"
    r"|написал|пишет|пользователь|va escriure|skrev|kirjoitti|rašė|rakstīja|kirjutas|napisao"
    r"|napisala|napísal|je napisal|a scris|yazdı|έγραψε|написав|написала|написа)\b"
    r"|が書きました|写道|寫道|작성",
    re.I,
)
# A machine's timestamp (RFC 5322, as in Date: and Received: headers): never a photo's time.
_STAMP = re.compile(
    r"\b\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d\d:\d\d(?::\d\d)?\s+[+-]\d{4}\b"
    r"|^\s*+(?:Received|Arrival-Date|Last-Attempt-Date|X-[\w-]+)\s*:"
)
_QUOTE_START = re.compile(r"^\s*+(?:on|am|le|el|il|em|op|w dniu|dne)\s", re.I)
# A line of a forwarded or quoted header block, in any client's language (data/
# forward_blocks.toml: "Šalje:", "Datum:", "件名："), and its Subject line
_HEADER_LINE = re.compile(rf"^\s*+\*?{header_label()}\*?\s?[:：]", re.I)
_SUBJECT = re.compile(rf"^\s*+\*?(?:{forward_words('subject')})\*?\s?[:：]", re.I)


def clean_text(text: str) -> str:
    """The sender's own text: quoted replies and forwarded header blocks blanked out."""
    lines = text.splitlines()
    keep = [
        not ln.lstrip().startswith(">") and not _introduces(lines, i) and not _STAMP.search(ln)
        for i, ln in enumerate(lines)
    ]
    for i in range(len(lines) - 1):  # "On Mon, 13 May 2024 at 10:00, Bob <" + "bob@x> wrote:"
        if _introduces(lines, i + 1) and _QUOTE_START.match(lines[i]):
            keep[i] = False
    for i, line in enumerate(lines):
        if _HEADER_LINE.match(line) and _header_block(lines, i):
            keep[i] = False
    return "\n".join(ln if k else "" for ln, k in zip(lines, keep, strict=True))


_INTRO_END = re.compile(r"[:：]\s*$")


def _introduces(lines: list[str], i: int) -> bool:
    """Whether line i introduces a quoted mail ("Den mån 16 nov. 2026 kl. 09:03 skrev Anna
    Berg <…>:"): its verb of writing last, or the line (or the next, where the client wrapped
    it) ending with a colon, or quoted lines next. The verb in the sender's own sentence
    ("Anna (som skrev nedan) tipsade mig om") leaves the line theirs."""
    found = _QUOTE_INTRO.search(lines[i])
    if found is None:
        return False
    after = lines[i + 1 :]
    following = next((ln for ln in after if ln.strip()), "")
    return (
        not re.search(r"\w", lines[i][found.end() :])
        or _INTRO_END.search(lines[i]) is not None
        or bool(after and _INTRO_END.search(after[0]))
        or following.lstrip().startswith(">")
    )


def _header_block(lines: list[str], i: int) -> bool:
    """True when line i sits in a forwarded message's From/Date/Subject block: the lines
    around it up to a blank line ("Data: 25/11/2023 ore 17:52:30 UTC" under the block, after
    a blank line, is the message's own labelled line)."""
    first, last = i, i
    while first > max(0, i - 4) and lines[first - 1].strip():
        first -= 1
    while last < min(len(lines) - 1, i + 4) and lines[last + 1].strip():
        last += 1
    near = lines[first : last + 1]
    headers = sum(1 for ln in near if _HEADER_LINE.match(ln))
    return headers >= 3 and any(_SUBJECT.match(ln) for ln in near)

"""The closing of a mail: sign-offs, thanks alone, signatures, list footers, disclaimers.

Where the sender's own words end: the story stops there (body_lines) and leaves the
name signed under them out (drop_closing); people.py reads the name from the same cut.
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.errand import thanks
from ipom_mail.pipeline.fields.labels import WORD_END, kind_words, mail_words
from ipom_mail.pipeline.fields.links import SENT_FROM
from ipom_mail.pipeline.fields.name_titles import without_titles
from ipom_mail.pipeline.fields.opening import GREETING, salutation, without_leading_marks
from ipom_mail.pipeline.fields.shapes import closing_shape

# A wish for the rest of the day, its line's end, a mark or a word of [day_wish_rest] after it
# ("Belle journée et merci pour cette rubrique,", "Schönen Abend noch!"), never other words
# ("Belle soirée hier à Lyon." tells the night)
_DAY_WISH = (  # a feast's wish too ("Καλό Πάσχα σε όλους!", "Frohe Ostern!")
    rf"(?:{mail_words('day_wish')}|{mail_words('feast_wish')})"
    rf"(?=\s*(?:[^\w\s:]|$)|\s+(?:{mail_words('day_wish_rest')}){WORD_END})"
)
DAY_WISH = re.compile(rf"^\s*+¡?{_DAY_WISH}", re.I)
# "Happy New Year!" and "Have a great day!" too
_CLOSING_WORDS = f"{mail_words('sign_off')}|{mail_words('season')}|{_DAY_WISH}"


def _unguarded(section: str) -> str:
    """A section's entries without the guard a word alone needs at a line's end ("valeu" is
    "thanks" alone or before a name; "valeu a pena" is "it was worth it")."""
    entries = mail_words(section).split("|")
    return "|".join(re.sub(r"\(\?=[^()]*(?:\([^()]*\)[^()]*)*\)$", "", w) for w in entries)


# Two sign-offs joined by "and", the line's end after them (or one word: "…, pessoal!"):
# "Valeu e céus limpos!", "Ciao e cieli sereni", "Dzięki i pogodnego nieba!" ([and_words])
_JOINED = (
    rf"^\s*+¡?(?:{_unguarded('sign_off')}){WORD_END}\s+(?:{'|'.join(kind_words('and_words'))})\s+"
    rf"(?:{_CLOSING_WORDS}){WORD_END}[\s,.!]*(?:[^\W\d_]+[\s,.!]*)?$"  # "…, pessoal!"
)
SIGN_OFF = re.compile(
    rf"^\s*+(?:{mail_words('regards')})|"
    rf"^\s*+¡?(?:{_CLOSING_WORDS}){WORD_END}[\s,.!:;/-]*.{{0,40}}$|{_JOINED}",
    re.IGNORECASE,
)
# A sign-off's words opening a longer line that ends with a comma, the name under it:
# "Pozdrawiam serdecznie i dziękuję za prowadzenie strony,"
_SIGN_OFF_HEAD = re.compile(rf"^\s*+¡?(?:{_CLOSING_WORDS}){WORD_END}.*,$", re.I)
_LONG_SIGN_OFF = 12  # words
# A sign-off, then "from" and a place, and maybe a chat after it: "Saludos desde el Elqui,
# cachai que acá el cielo es otra cosa 😄" (data/mail_words.toml [greeting_from])
_GREETS_FROM = re.compile(
    rf"^\s*+¡?(?:{_CLOSING_WORDS}){WORD_END}[\s,!]*(?:{mail_words('greeting_from')})"
    r"(?:\s+|(?<=['’]))[^\W\d_]",
    re.IGNORECASE,
)
_GREETING_FROM_WORDS = 16  # a longer line goes on to tell something
DISCLAIMER = re.compile(
    r"\b(?:confidential|intended recipient|intended solely|disclaimer|"
    r"this e-?mail and any|virus-free|checked for viruses|consider the environment|"
    r"you received this (?:message|e-?mail) because|to unsubscribe from this|"
    r"vertraulich|confidentiel|confidencial|riservat|vertrouwelijk|poufn|důvěrn|bizalmas)\w*",
    re.IGNORECASE,
)
_LIST_RULE = re.compile(r"^[_=]{10,}$")
_LIST_WORDS = re.compile(
    r"mailing ?list|listinfo|unsubscribe|abbestellen|désabonner|darse de baja|groups\.io"
    r"|googlegroups|mailman|listserv|sympa|e-?mail list|verteiler",
    re.I,
)


def list_footer(lines: list[str], i: int) -> bool:
    """A mailing list's footer: a rule with list words under it (Mailman, groups.io, Google
    Groups). Outlook's rule above a forwarded message is not one."""
    if not _LIST_RULE.match(lines[i].strip()):
        return False
    after = [x for x in lines[i + 1 :] if x.strip()][:4]
    return any(_LIST_WORDS.search(x) for x in after)


def body_lines(lines: list[str]) -> list[str]:
    """A part's lines up to its signature, sign-off, phone footer or disclaimer."""
    out: list[str] = []
    for i, line in enumerate(lines):
        s = line.strip()
        if (
            s in ("--", "__")
            or list_footer(lines, i)
            or (s.startswith("--") and 0 < len(s.split()) <= 4)
        ):
            break
        # "Pozdrav," on top greets (hr, sr): a word both a greeting and a closing
        opening = not any(x.strip() for x in out) and GREETING.match(s) is not None
        closing = without_leading_marks(s)  # "✨ clear skies ✨", "¡Saludos!"
        if _on_top(out) and _greets_from(closing):
            continue  # "Greetings from Bengaluru!" under "Respected Sir/Madam,": it greets
        # "Thanks for last month's feature!" on top opens the mail: it closes nothing, nor does
        # a wish for the day there ("Goede avond," "Доброго дня!" greet)
        opening = opening or (_on_top(out) and (thanks(closing) or bool(DAY_WISH.match(closing))))
        if not opening and _closes(closing, lines[i + 1 : i + 2]):
            break
        if SENT_FROM.match(s) or DISCLAIMER.search(s):
            break
        if any(x.strip() for x in out) and closing_shape(lines, i, _footer_line):
            break  # "Diolch yn fawr," alone above the name, in any language
        out.append(line)
    return out


def _footer_line(line: str) -> bool:
    """Whether a line starts the footer under a signature: a phone's "Sent from…", a
    disclaimer, a signature rule ("--")."""
    return line in ("--", "__") or bool(SENT_FROM.match(line) or DISCLAIMER.search(line))


def _closes(line: str, after: list[str]) -> bool:
    """Whether a line closes the mail: a short sign-off or thanks, or a longer line opening
    with a sign-off and ending with a comma; not when a wrapped sentence goes on under it."""
    words = len(line.split())
    short = words <= 6 and closing_line(line)
    long = words <= _LONG_SIGN_OFF and _SIGN_OFF_HEAD.match(line) is not None
    return (short or long or _greets_from(line)) and not _sentence_goes_on(line.rstrip(","), after)


def _greets_from(line: str) -> bool:
    """Whether a line sends greetings from a place, maybe with a chat after it ("Saludos
    desde el Elqui, cachai que acá el cielo es otra cosa 😄", "Greetings from sunny Tenerife,
    what a night"): no number ("Greetings from the crew came at 21:34 UT …" tells the photo)."""
    if len(line.split()) > _GREETING_FROM_WORDS or any(c.isdigit() for c in line):
        return False
    return _GREETS_FROM.match(line) is not None


_WRAPPED_WORDS = 3  # "Thanks to the wind" goes on; "Cheers" alone does not
_NEXT_WORDS = 4  # "maria jose garcia" under "saludos a todos" is a name, not the sentence


def _sentence_goes_on(line: str, after: list[str]) -> bool:
    """Whether a line that opens like a sign-off is the start of a wrapped prose sentence
    ("Thanks to the short clear gap\nthe transit came out sharp."): no mark at its end, and
    the very next line goes on in lower case and ends the sentence."""
    nxt = after[0].strip() if after else ""
    return (
        len(line.split()) >= _WRAPPED_WORDS
        and line[-1].isalnum()
        and len(nxt.split()) >= _NEXT_WORDS
        and nxt[0].islower()
        and nxt[-1] in ".!?。！？"
    )


def _on_top(lines: list[str]) -> bool:
    """Whether only a greeting or a salutation stands above: the line next opens the mail."""
    return all(not x.strip() or GREETING.match(x) or salutation(x) for x in lines)


def closing_line(line: str) -> bool:
    """Whether a short line is a closing: a sign-off or a thanks alone."""
    return SIGN_OFF.match(line) is not None


# A nickname or handle in brackets after the name that ends a signature line
_ALIAS = re.compile(r"\s*[(（][^()（）\n]{1,40}[)）]$")


def _is_name_line(line: str, names: set[str]) -> bool:
    """Whether a line is the sender's name alone, maybe with its titles ("Dr. Eva Roth") or a
    nickname in brackets after it ("周建国（网名：星河老周）")."""
    bare = _ALIAS.sub("", line.strip())  # "周建国（网名：星河老周）", "Jan Novák (alias Astro)"
    words = re.findall(r"\w+", without_titles(bare.lstrip("~-–— ")))
    return 0 < len(words) <= 3 and {w.casefold() for w in words} <= names | {"and", "&"}


_TRAILING_SIGN_OFF = re.compile(r"(?<=[.!?])\s+([^.!?]{1,60})$")


def drop_closing(lines: list[str], sender_name: str | None) -> list[str]:
    """Without the closing: the sender's name line and what follows it within the last four
    lines ('Mikel', '~Danielle', 'John Doe / www…'), and an inline sign-off ('… Cheers, Anna')."""
    names = {w.casefold() for w in re.findall(r"\w+", sender_name or "")}
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    if names:
        for k in range(len(lines) - 1, max(len(lines) - 5, -1), -1):
            if _is_name_line(lines[k], names):
                lines = lines[:k]
                break
    if lines:
        m = _TRAILING_SIGN_OFF.search(lines[-1])
        if m and SIGN_OFF.match(m.group(1)):
            lines = [*lines[:-1], lines[-1][: m.start()]]
    return lines

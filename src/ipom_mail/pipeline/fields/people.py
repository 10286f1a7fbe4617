"""Photographer: the name to credit and their own profile links.

The From display name when it reads as a person's name; the name under the
sign-off or signature when that is clearer (From is "astro_club" or only an
address, or gives the first name alone); the forwarded author's name when a
club or list forwarded someone's submission (the From of the original, in the
nominative, never a genitive in the club's note: "перасылаю фота нашага сябра
Алеся Шымановіча"). None when the sender's words say the photo is a member's and
no original names them. Unknown is None.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ipom_mail.pipeline.fields.author_line import labelled_author
from ipom_mail.pipeline.fields.behalf import behalf_in_genitive, behalf_name
from ipom_mail.pipeline.fields.behalf_cases import sent_for
from ipom_mail.pipeline.fields.clock import find_times
from ipom_mail.pipeline.fields.closing import SIGN_OFF
from ipom_mail.pipeline.fields.equipment import text_items
from ipom_mail.pipeline.fields.forward import hands_on_members_photo, names_someone_else
from ipom_mail.pipeline.fields.forward_words import forward_words
from ipom_mail.pipeline.fields.full_names import full_name_for
from ipom_mail.pipeline.fields.kin_photo import kin_photo
from ipom_mail.pipeline.fields.labels import mail_words
from ipom_mail.pipeline.fields.member_credit import member_credit
from ipom_mail.pipeline.fields.name_titles import particles, without_titles
from ipom_mail.pipeline.fields.pasted_note import pasted_note
from ipom_mail.pipeline.fields.quoted import own_text
from ipom_mail.pipeline.fields.story import FORWARD_MARK, drop_forward_headers, segments
from ipom_mail.pipeline.values import Photographer

_ORG = re.compile(
    r"\b(?:club|society|association|observatory|astro\w*|team|group|list|info|admin|"
    r"newsletter|news|noreply|no-reply|support|office|mailer|daemon|postmaster|verein|"
    r"sternwarte|egyesület|egyesulet|klub|csillagda|observatoire|asociación|associazione|"
    r"gruppo|planetarium|planetárium|hvězdárna|obserwatorium|sterrenwacht|sociedad|"
    r"società|sociedade|vereniging|towarzystwo|společnost|ipom|photos?|images?|mail|"
    r"iphone|android|user|member|members|contact|webmaster)\b",
    re.IGNORECASE,
)
_NAME_WORDS = 5  # "Montserrat Puig i Ferrer", "Nurul Aisyah binti Rahman"
# the vowel signs and marks inside Indic, Thai and Arabic names ("राहुल", "ณัฐวุฒิ") are no \w
_MARKS = "\u064b-\u065f\u0670\u0900-\u0dff\u0e00-\u0eff"
_NAME_WORD = re.compile(rf"^[^\W\d_](?:[^\W\d_]|['’.-]|[{_MARKS}])*$")
_FWD_FROM = re.compile(  # "Šalje: Marko Horvat <marko@…>" in any client's language
    rf"^\s*+\*?(?:{forward_words('from')})\s*[:：]\*?\s*"
    r"\"?([^<\"\n]+?)\"?\s*(?:<[^>]*>|\[mailto:[^\]]*\])"
    # Yandex, Mail.ru: '03.03.2024, 09:41, "Ирина Ковалёва" <irina@example.ru>:'
    r"|^\s*+\d{1,2}\.\d{1,2}\.\d{2,4},\s*\d{1,2}:\d{2},\s*\"([^\"\n]+)\"\s*<[^>]*>:\s*$",
    re.IGNORECASE | re.MULTILINE,
)


# a quoted mail's From line with its address ("From: Ashworth, Margaret <m.ashworth@…>")
_QUOTED_FROM = re.compile(
    rf"^\s*+\*?(?:{forward_words('from')})\s*[:：]\*?\s*\"?([^<\"\n]+?)\"?\s*"
    r"(?:<([^>\s]+)>|\[mailto:([^\]\s]+)\])",
    re.IGNORECASE | re.MULTILINE,
)


def clean_name(raw: str | None) -> str | None:
    """A display name without quotes, ' via List', '(…)' tails and titles ("Dr.", "Ing.",
    "…, Ph.D."); 'Smith, John' → 'John Smith'."""
    if not raw:
        return None
    name = raw.strip().strip("\"'").strip()
    name = re.sub(r"\s+via\s+.*$", "", name, flags=re.IGNORECASE).strip().strip("\"'")
    name = without_titles(re.sub(r"\s*[\(\[].*?[\)\]]\s*", " ", name).strip())
    parts = [p.strip() for p in name.split(",")]
    if len(parts) == 2 and all(parts) and " " not in parts[0]:
        name = f"{parts[1]} {parts[0]}"
    return re.sub(r"\s+", " ", name) or None


def is_person(name: str | None) -> bool:
    """Whether a name reads as a person's (capitalised words, no digits, no org words)."""
    if not name or "@" in name or _ORG.search(name) or any(c.isdigit() for c in name):
        return False
    words = name.split()
    if not 1 <= len(words) <= _NAME_WORDS or len(name) < 2:
        return False
    caps = [w for w in words if w.lower() not in particles()]
    return bool(caps) and all(
        _NAME_WORD.match(w)
        and (w[0].isupper() or _caseless(w))
        and not (len(w) > 2 and w.isupper())
        for w in caps
    )


def _caseless(word: str) -> bool:
    """A word of a script without capitals (山田, 이서연, בן-דוד: each part of a joined name),
    or of Georgian's Mkhedruli, which Unicode counts as lower case but writes names with
    (ნინო ბერიძე): a name needs none."""
    if "-" in word:
        return all(part and _caseless(part) for part in word.split("-"))
    letters = all(c.isalpha() or unicodedata.category(c).startswith("M") for c in word)
    mkhedruli = all("\u10d0" <= c <= "\u10ff" for c in word)
    return letters and (mkhedruli or not any(c.isupper() or c.islower() for c in word))


def signature_name(text: str) -> str | None:
    """The name under the sender's sign-off ('Clear skies,\\nJohn Smith') or '-- ' line."""
    for part in segments(text):
        lines = [x.strip() for x in part]
        for i, line in enumerate(lines):
            if not (line in ("--", "-- ") or (len(line.split()) <= 6 and SIGN_OFF.match(line))):
                continue
            tail = re.sub(r"^[^,!]*[,!]\s*", "", line) if "," in line or "!" in line else ""
            tail = without_titles(tail) if tail else tail
            if is_person(tail):
                return tail
            following = [_without_suffix(x) for x in lines[i + 1 : i + 4] if x]
            if following and is_person(following[0]):
                return following[0]
    return None


def _without_suffix(line: str) -> str:
    """A signature line without the word written after a name ("김민준 드림" → "김민준") and
    without the titles around it ("Dr. Eva Roth", "Jan Novák, Ph.D.")."""
    return without_titles(re.sub(rf"\s+(?:{mail_words('name_suffix')})$", "", line))


def forwarded_author(text: str) -> str | None:
    """The author of a forwarded submission, from the forwarded header block."""
    own = own_text(text)
    mark = next((m for m in (FORWARD_MARK.search(x) for x in own.split("\n")) if m), None)
    if mark is None:
        return None
    after = own[own.find(mark.group(0)) :]
    m = _FWD_FROM.search(after)
    name = clean_name(m.group(1) or m.group(2)) if m else None
    return name if is_person(name) else None


def _pure_forward(text: str) -> bool:
    """Whether the sender wrote nothing of their own above the forwarded message."""
    first = segments(text)[0]
    return not any(x.strip() for x in first)


def _details(lines: Sequence[str]) -> bool:
    """Whether lines give a submission's details: a clock time or a piece of equipment."""
    part = "\n".join(lines)
    return bool(find_times(part) or text_items(part))


def _forwards_anothers_photo(text: str) -> bool:
    """Whether the sender only passes on a forwarded submission ("Forwarding my husband's
    photo"): their own words give no details, the forwarded part does."""
    parts = segments(text)
    return (
        len(parts) > 1
        and not _details(parts[0])
        and any(_details(drop_forward_headers(p)) for p in parts[1:])
    )


def _credits_the_original(text: str) -> bool:
    """Whether the sender's own words above a forwarded message say it is someone else's:
    its author is credited whatever dates the forwarder's note gives (their next meeting)."""
    parts = segments(text)
    return len(parts) > 1 and names_someone_else("\n".join(parts[0]))


def _original_signature(text: str) -> str | None:
    """The name signed under the forwarded original (its header block gave none)."""
    parts = segments(text)[1:]
    return signature_name("\n\n".join("\n".join(drop_forward_headers(p)) for p in parts))


def _lower_case_name(display: str | None, address: str | None) -> str | None:
    """A first name and an initial typed in lower case ("jenna m") that the address spells
    too ("jennam.sky@…", "jenna.m@…"): a person's name, as written; None otherwise (a
    lower-case pair of words may be a handle: "night owl")."""
    if not display or not address or display != display.lower() or not is_person(display.title()):
        return None
    local = "".join(c for c in address.split("@")[0].lower() if c.isalpha())
    words = display.split()  # "lucas.s", the address's own handle, is no name
    initial = len(words) == 2 and len(words[0]) > 1 and len(words[1].rstrip(".")) == 1
    return display if initial and local.startswith("".join(words).rstrip(".")) else None


def own_quoted_name(text: str, address: str | None) -> str | None:
    """The full name the sender's own earlier mail, quoted below theirs, gives in its From
    line (the same address): "Margaret Ashworth" under a correction signed "Margaret"."""
    for m in _QUOTED_FROM.finditer(text) if address else ():
        if (m.group(2) or m.group(3) or "").casefold() == (address or "").casefold():
            name = clean_name(m.group(1))
            if is_person(name) and len((name or "").split()) >= 2:
                return name
    return None


def _same_person(signed: str, person: str) -> bool:
    """Whether the signature and the display name are one person's: the same first word
    ("Tom", "Tom Gwilym"), or the display name is the signature's surname alone ("Heßler"
    from "Dr. Heßler", "Wolfgang Heßler"). The longer is the credit."""
    a, b = signed.casefold().split(), person.casefold().split()
    return a[0] == b[0] or b == a[-1:]


# a handle's word: a capital inside it ("StarHopper") or a digit ("Dave2019")
_HANDLE = re.compile(r"[^\W\d_]*[a-z][A-Z]\w*|\w*\d\w*")


def _handle_for(signed: str, person: str) -> bool:
    """Whether the display name is a handle with the signature's first name ("StarHopper
    Dave" over "Dave Kowalczyk"): the signature is the credit."""
    words = person.split()
    rest = [w.casefold() for w in words if not _HANDLE.fullmatch(w)]
    return len(rest) < len(words) and rest == signed.casefold().split()[:1]


# a member's photo, or one someone asked the sender to pass on: never the sender's to be credited
# for ("on behalf of our club" leaves the credit to the sender)
_A_MEMBERS = ("asked", "member")


def find_photographer(
    sender_name: str | None, text: str, profile: Sequence[str], address: str | None = None
) -> Photographer:
    """The photographer to credit, with their own profile links (`address`: the sender's,
    which may confirm a display name typed in lower case)."""
    pasted = pasted_note(text, sender_name)
    if pasted is not None:  # a daughter's note over her father's pasted words: his photo
        return Photographer(pasted.signer, tuple(profile))
    display = clean_name(sender_name)
    person = display if is_person(display) else _lower_case_name(display, address)
    forwarded = forwarded_author(text)
    signed = signature_name(text)
    if _credits_the_original(text):  # never the forwarder: the author, or who signed it
        return Photographer(forwarded or _original_signature(text), tuple(profile))
    if forwarded and (_pure_forward(text) or not person or _forwards_anothers_photo(text)):
        return Photographer(forwarded, tuple(profile))
    author = labelled_author("\n".join(segments(text)[0]), is_person)
    if author is not None:  # "Аутор фотографије: Драган Јовановић."
        return Photographer(author, tuple(profile))
    behalf = behalf_name("\n".join(segments(text)[0]))  # "namens my seun, Pieter Botha"
    if is_person(behalf):
        return Photographer(behalf, tuple(profile))
    note = "\n".join(segments(text)[0])
    sent = sent_for(note, text, display)  # "w imieniu mojego taty, Zbigniewa Kowalczyka"
    sent = sent or kin_photo(note, text)  # "фотографију мог супруга Милана Петровића"
    if sent is not None:
        return Photographer(sent.name if is_person(sent.name) else None, tuple(profile))
    if (
        names_someone_else(note, _A_MEMBERS)
        or behalf_in_genitive(note)
        or hands_on_members_photo(note)
    ):  # "posielam Vám príspevok nášho člena Petra Baláža." over the member's pasted words:
        # credited only when the mail writes the name in the nominative ("Peter Baláž")
        return Photographer(member_credit(text, note, display), tuple(profile))
    credit = person or signed
    if person and signed and signed != person and _same_person(signed, person):
        credit = signed if len(signed) > len(person) else person
    if person and signed and len(signed.split()) > 1 and _handle_for(signed, person):
        credit = signed  # "StarHopper Dave" over "Dave Kowalczyk"
    # "Dazza" over "(Darren Whitlock)": the sender's full name, never their nickname alone
    quoted = own_quoted_name(text, address)  # a correction over the sender's first mail
    return Photographer(full_name_for(credit, signed, note, is_person, quoted), tuple(profile))

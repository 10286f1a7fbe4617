"""A town written only as "near X": the place is the phrase as written, never a form of the
town the mail does not write.

"на даче под Калугой" (at a dacha near Kaluga) was not taken in Kaluga, and the mail never
writes "Калуга": the place is "под Калугой", as written, as "koło Krakowa" would be
(data/locatives.toml [near_town_before], [near_town_after]). A town written as it is ("bei
Freising", "outside Sutherland", "대전 근처") stays itself: a town near which the photo was
taken, as the set's labels give it. A word that is "near" in one
language and "in" in another (Czech "u Brna", Croatian "u Zagrebu") is read only in a mail
likelier in a language that reads it so.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.mail_language import language_shares
from ipom_mail.pipeline.fields.place_words import LOCATIVE_SECTIONS, WORD, data, same_stem
from ipom_mail.pipeline.fields.towns import is_town

_SPACED = r"0-9A-Za-zÀ-ɏͰ-ϿЀ-ӿ"  # letters of the scripts that write a space after a word


@cache
def _near_rx(section: str) -> re.Pattern[str]:
    """The near words of one section, any language, longest first: before a town, then its
    name; after one, alone (the town is read back from it)."""
    words = {w for listed in data()[section].values() for w in listed}
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if section == "near_town_before":
        return re.compile(
            rf"(?<![\w'’-])(?P<near>(?i:{alt}))\s+(?P<name>{WORD}(?:\s{WORD}){{0,2}})"
        )
    return re.compile(rf"(?P<near>{alt})(?![{_SPACED}])")  # "근처에서": a particle may follow


@cache
def _languages(section: str) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each near word, lower case → the languages that write it for "near", and those whose
    other locative sections write it for "in", "at" or "from" (Croatian "u" of Czech "u")."""
    near: dict[str, set[str]] = {}
    for lang, words in data()[section].items():
        for word in words:
            near.setdefault(word.lower(), set()).add(lang)
    other: dict[str, set[str]] = {}
    for part in LOCATIVE_SECTIONS:
        for lang, words in data()[part].items():
            for word in words:
                if word.lower() in near and lang not in near[word.lower()]:
                    other.setdefault(word.lower(), set()).add(lang)
    return {w: (frozenset(near[w]), frozenset(other.get(w, ()))) for w in near}


def _near_here(text: str, section: str, word: str) -> bool:
    """Whether `word` says "near" in this mail: it says nothing else in any language, or the
    mail is likelier in a language that writes it for "near" than in one that does not."""
    near, other = _languages(section)[word.lower()]
    if not other:
        return True
    kin = data()["language_kin"]
    shares = [(set(kin.get(lang, [lang])), p) for lang, p in language_shares(text)]
    return sum(p for k, p in shares if k & near) > sum(p for k, p in shares if k & other)


def _same_name(written: str, place: str) -> bool:
    """Whether the words written are the place's, each as written or in a case ending
    ("Калугой" for "Калуга", "Tampereen" for "Tampere")."""
    a, b = written.split(), place.split()
    return len(a) == len(b) and all(x == y or same_stem(x, y) for x, y in zip(a, b, strict=True))


def near_phrase(text: str, place: str, mail: str = "") -> str | None:
    """The phrase `text` writes the town `place` in with a word for "near", as written ("под
    Калугой" for "Калуга"), when the mail (`text` and `mail`) never writes the place itself:
    "bei Freising" gives "Freising", as written, "z działki pod Piasecznem" under "… –
    Piaseczno" the base form the Subject writes. None when it writes no such phrase, or the
    place is no town."""
    if "," in place or not is_town(place):
        return None
    if re.search(rf"(?<![\w'’-]){re.escape(place)}(?![\w'’-])", f"{text}\n{mail}"):
        return None
    for section in ("near_town_before", "near_town_after"):
        for m in _near_rx(section).finditer(text):
            before = section == "near_town_before"
            found = m.group("name") if before else _written_before(text[: m.start()], place)
            if not found or not _same_name(found.strip(), place):
                continue
            if not _near_here(text, section, m.group("near")):
                continue
            return f"{m.group('near')} {found}" if before else f"{found}{m.group('near')}"
    return None


def _written_before(head: str, place: str) -> str | None:
    """The place as `head` writes it at its end, with the space after it if any: itself,
    a whole word ("대전 " of "어젯밤 대전 ", "札幌" of "昨夜、札幌"), or in a case ending, its
    last words as many as the place has ("Tampereen " of "… Tampereen ")."""
    gap = " " if head.endswith(" ") else ""
    head = head[:-1] if gap else head
    lead = head[: -len(place)] if head.endswith(place) else None
    if lead is not None and not (lead[-1:].isalnum() or lead[-1:] in "'’-"):
        return place + gap
    words = head.split()[-len(place.split()) :]
    return " ".join(words) + gap if gap and words else None

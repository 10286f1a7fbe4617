"""Where the sender writes from, for a mail that names no place: the town under the
sender's name in a sign-off's block, or a letter's dateline.

"З повагою, / Олена Коваленко / Львів", "Kiitos … / Juha Mäkinen / Nurmijärvi": a line
that is a town of GeoNames and nothing else (or a town and its listed region, "Tucson,
AZ"), after the name under a sign-off (or under the sender's own name, however long the
closing before it), is where the sender is. fields/__init__.py reads
it last: any place the body or the Subject names comes first, and a job and a town
("Naturvejleder, Vordingborg") or the sender's own name ("Ivan") is never read. A
dateline ("Казань, вчера вечером …", "Kraków, 12 listopada 2026") opens a line with a
town, a comma and a date or a word of time.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.place_words import (
    UP,
    WORD,
    alt_cased,
    by_licence,
    data,
    words_of,
)
from ipom_mail.pipeline.fields.towns import common_words, is_town

_BLOCK = 4  # lines of a signature's block: a name, a town, a club, a link


def signed_town(text: str, sender: str | None = None) -> str | None:
    """The town alone on a line of the sign-off's block, after the name, or on a line after
    the sender's name (`sender`, the From header's); else None."""
    from ipom_mail.pipeline.fields.story import SIGN_OFF  # story reads location: imported late

    lines = [line.strip() for line in text.split("\n")]
    names = set((sender or "").split())
    for i, line in enumerate(lines):
        signed = SIGN_OFF.match(line) and (len(line.split()) <= 6 or line.endswith(","))
        if not signed and not (sender and line == sender.strip()):
            continue
        block = [b for b in lines[i + (1 if signed else 0) : i + 2 + _BLOCK] if b][:_BLOCK]
        if block and len(block[0].split()) > 4:
            continue  # "Ciao," opening a letter: prose follows, not a name
        for entry in block[1:]:
            if len(entry.split()) > 4 or SIGN_OFF.match(entry):
                break  # prose again, or a sign-off whose own block is read next
            town = _town_line(entry)
            if town and not names.intersection(town.split()):
                return town
    return None


def without_sender_block(text: str, sender: str | None) -> str:
    """The text with the block under a line that is the sender's own name blanked, up to a
    blank line ("Brian Kowalchuk" / "Toronto, ON"): where the sender lives, not a place the
    photo was taken, however its lines look ("Town, Region" is read as a place elsewhere)."""
    name = (sender or "").strip()
    if len(name.split()) < 2:
        return text  # a given name alone may open a sentence
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip() != name:
            continue
        for j in range(i + 1, min(len(lines), i + 1 + _BLOCK)):
            if not lines[j].strip() or len(lines[j].split()) > 4:
                break
            lines[j] = ""
    return "\n".join(lines)


def _town_line(line: str) -> str | None:
    """'Львів', 'Tucson, AZ': a town alone, or with its listed region after a comma."""
    head, _, region = line.partition(", ")
    if not is_town(head.strip()):
        return None
    if region and region.strip() not in gazetteer().regions:
        return None
    return line.strip()


@cache
def _dateline() -> re.Pattern[str]:
    """A line that opens with a name, a comma and a word: 'Казань, вчера …', 'Kraków, 12 …'."""
    article = r"(?:(?:le|den|am|el|il|dne)\s+(?=\d))?"  # "Paris, le 5 mai 2026"
    return re.compile(
        rf"^[ \t]*+(?P<town>{WORD}(?:[ \t-]{WORD}){{0,2}}),[ \t]+{article}(?P<next>\S+)", re.M
    )


@cache
def _time_words() -> frozenset[str]:
    """Words of time after a place ([ends], per language: 'вчера', 'ieri', 'ce soir'), not
    the joining words every language shares ('and', 'with') nor short ones ('on', 'den')."""
    return frozenset(
        w.split()[0].lower()
        for lang, listed in data()["ends"].items()
        if lang != "all"
        for w in listed
        if len(w) > 3
    )


def dateline_town(text: str) -> str | None:
    """A letter's dateline: a town opening a line, then a comma and a date or a word of
    time ('Казань, вчера вечером поймал МКС', 'Kraków, 12 listopada 2026'): where the
    sender writes from, on one line. Never a person greeted ('Florence, here is my photo'),
    nor a sign-off over the sender's name ('Salam,' / 'I Made Suardana')."""
    for m in _dateline().finditer(text):
        town, after = m.group("town"), m.group("next").strip(".,").lower()
        dated = after[:1].isdigit() or after in _time_words() or after.title() in common_words()
        if dated and is_town(town):
            return town
    return None


# a sentence that dates the photo: a clock time ("18:07", "21h34") or a year ("2027")
_DATED = re.compile(r"(?<!\d)(?:\d{1,2}[:.h]\d{2}|(?:19|20)\d{2})(?!\d)")
# a sentence ends at its stop before a capital, not at an abbreviation's ("o godz. 18:07")
_SENTENCE_END = re.compile(rf"(?<=[.!?])\s+(?=[{UP}])|\n\s*\n")


@by_licence
def _placed_name() -> re.Pattern[str]:
    """A locative word or an "over" word ("virš Molėtų …"), a short article ("από το",
    "from the") or a village's kind ("у вёсцы Вязынка"), then a capitalised word."""
    lead = "|".join(alt_cased(s) for s in ("from", "outer", "inner"))
    kinds = "|".join(alt_cased(s) for s in ("settlements", "settlements_declined"))
    return re.compile(
        rf"(?<![\w'’-])(?:(?P<over>{alt_cased('over')})|{lead})\s+"
        rf"(?:[^\W\d_]{{1,3}}\s+|(?P<kind>{kinds})\s+)?(?P<word>{WORD})"
    )


def placed_elsewhere(text: str, town: str) -> bool:
    """Whether a sentence that dates the photo names another place after a locative word
    ("Zdjęcie zrobiłem w Zakopanem … o 18:07" above "Kraków", "Снято … в Архызе" above
    "Ставрополь", "у вёсцы Вязынка … а 21:40" above "Маладзечна"), or any sentence that says
    the station passed over a named place ("virš Molėtų … observatorijos" above "Vilnius",
    "Ursan Tähtikallion observatorion kupolien yli" above "Lahti"):
    the town the sender signs with is then no surer than nothing. A month,
    a weekday, a sky or maker word, an acronym ("in UTC") or the town itself in a case
    ending ("w Krakowie") is no other place."""
    own = town.split(",")[0].split()[0]
    for sentence in _SENTENCE_END.split(text):
        dated = bool(_DATED.search(sentence))
        found = [*_placed_name().finditer(sentence), *_over_after().finditer(sentence)]
        for m in found:
            if not dated and not m.group("over") and not m.groupdict().get("kind"):
                continue  # a place passed over, a village by its kind: in any sentence
            word = m.group("word").rstrip("'’-")
            if word in common_words() or word.isupper() or word == own:
                continue
            if _declined(_bare(word), _bare(own)):
                continue
            return True
    return False


def town_named(text: str, town: str) -> bool:
    """Whether the text names the town, as written or in a case ending ("Tampereella" for
    "Tampere", "Krakowie" for "Kraków")."""
    own = _bare(town.split(",")[0].split()[0])
    stem = own[: max(4, len(own) - 2)]  # a Finnish ending is longer: "Tampere" + "ella"
    words = (_bare(w) for w in re.findall(r"[^\W\d_][\w'’-]*", text))
    return any(w == own or (w.startswith(stem) and len(w) - len(own) <= 5) for w in words)


def _bare(word: str) -> str:
    """A word without its accents ("Krakowie" and "Kraków" share "Krakow")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _declined(word: str, town: str) -> bool:
    """Whether `word` may be `town` in a case ending ("Zadru", "Krakowie", "Ставрополе"):
    all but its last two letters shared (three at least), three letters more at most."""
    shared = next((i for i, (a, b) in enumerate(zip(word, town, strict=False)) if a != b), None)
    shared = min(len(word), len(town)) if shared is None else shared
    return shared >= max(3, len(town) - 2) and len(word) - len(town) <= 3


def town_as_said(town: str, text: str) -> str:
    """The signature's town as the sender's words write it, without the region the address
    gives ("Toronto, ON" under the name, "… the Leslie Street Spit in Toronto" above)."""
    bare = town.split(", ")[0]
    said = re.search(rf"(?<![\w'’-]){re.escape(bare)}(?![\w'’-])", text)
    return bare if said and bare != town else town


@cache
def _over_after() -> re.Pattern[str]:
    """A capitalised word opening a phrase of up to four words that an "over" postposition
    ends ("Ursan Tähtikallion observatorion kupolien yli"; [over_after])."""
    over = "|".join(re.escape(w) for w in sorted(words_of("over_after"), key=len, reverse=True))
    return re.compile(
        rf"(?P<word>{WORD})(?:\s+[^\s.,;:!?()]+){{0,3}}\s+(?P<over>{over})(?![\w'’-])"
    )

"""Places named in a sentence, checked against GeoNames: what location.py reads after its labels.

Each class of phrase is read in many languages from data/locatives.toml, and is
a place only when it names a town exactly as written (fields/towns.py):
- after a locative word: "desde Alcalá de Henares", "aufgenommen in Görlitz", "da Roma",
  "dal parco di Monza", "von der Sternwarte Bochum aus" (fields/place_after.py);
- a town alone between commas or in brackets: "…, Szeged.", "с балкона (Екатеринбург)";
- a town with a suffix after an apostrophe: "Ankara Gölbaşı'ndan";
- a CJK sentence's place: "在成都拍的", "大阪の自宅から", "부산 해운대에서 촬영";
- a village named by its kind: "деревня Рождествено, Истринский район";
and, in fields/site_phrases.py, a site with its town, a named park, a Finnish genitive
(the Subject's places are in fields/place_subject.py).
Never read: a sign-off's block, a sentence about a pass still to come, a clock's town
("hora de Madrid"), a shop ("bought from …"), a person greeted or signing.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.equipment import EQUIPMENT_LABEL, OTHER_LABEL
from ipom_mail.pipeline.fields.place_after import after_locative, each_line_match, zone_remark
from ipom_mail.pipeline.fields.place_cjk import cjk_place, site_of_part
from ipom_mail.pipeline.fields.place_words import (
    UP,
    WORD,
    alt,
    alt_cased,
    club_name,
    words_of,
)
from ipom_mail.pipeline.fields.place_zone_city import clock_town
from ipom_mail.pipeline.fields.site_phrases import (
    declined_village,
    genitive_place,
    kind_last_site,
    named_site,
    site_phrase,
)
from ipom_mail.pipeline.fields.towns import (
    common_words,
    is_town,
    town_or_district,
)


@cache
def _alone() -> re.Pattern[str]:
    name = rf"{WORD}(?:\s(?:(?:{alt('connectors')})\s)?{WORD}){{0,3}}"
    return re.compile(
        rf"(?:(?<=,)\s|(?<=\())(?P<name>{name})"
        rf"(?:(?P<tail>\s\([{UP}][^()\n]{{1,40}}\))|,\s(?P<part>{WORD})(?=\s*(?:\.(?!\w)|$)))?"
        rf"(?=\s*(?:[.,;)]|$))",
        re.MULTILINE,
    )


_LEAD = re.compile(rf"((?:{WORD}\s(?:(?:de|del|de la|di|da|do|du|la|le)\s)?){{0,3}}{WORD})$")
# a signature's or an address's line: "Example Corp | 250 Park Ave, New York", "Tel. …"
_ADDRESS = re.compile(
    rf"\||@|(?<![\d.:/])\d{{2,5}}\s+(?P<street>[{UP}][a-zà-ÿ]+)|\b(?:[Tt]el|[Ff]ax|[Pp]hone)\b"
    # a Windows clock's name: "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
    r"|\((?:UTC|GMT)\s?[+−-]\d{1,2}:\d{2}\)"
)


def _address(line: str) -> bool:
    """Whether a line is a signature's or an address's ('250 Park Ave'); a date's day and
    month ('(Monday, 12 April 2027)') is no house number and street."""
    return any(
        m.group("street") is None or m.group("street") not in common_words()
        for m in _ADDRESS.finditer(line)
    )


def _lead(head: str) -> str | None:
    """The name written right before a town's comma or bracket: 'Brooklynem' in
    'nad Brooklynem, Nowy Jork', 'Turó de la Rovira' in 'des del Turó de la Rovira, Barcelona'."""
    m = _LEAD.search(head)
    if not m or not m.group(1)[:1].isupper():
        return None
    words = m.group(1).split()
    if any(w.isupper() or w in common_words() for w in words):
        return None  # "ISS, Košice", "MEZ, Hamburg": not a name
    return m.group(1)


def town_alone(text: str) -> str | None:
    """A town alone between commas or in brackets: '…, Szeged.', '(Екатеринбург)'; with
    the name right before it: 'Brooklynem, Nowy Jork', 'Академгородком (Новосибирск)'."""
    from ipom_mail.pipeline.fields.story import (
        GREETING,
        SIGN_OFF,
    )  # story reads location: imported late

    for line in text.splitlines():
        if _address(line) or GREETING.match(line) or SIGN_OFF.match(line):
            continue  # "Good evening, Adelaide", "Thanks a lot, Austin": a person
        label = EQUIPMENT_LABEL.search(line) or OTHER_LABEL.search(line)
        for m in _alone().finditer(line):
            if not town_or_district(m.group("name")) or (label and label.start() < m.start()):
                continue  # "Equipment: …, Barlow 2x (Baader), Victoria": another field's value
            if clock_town(line, m.start("name"), m.end("name")):
                continue  # "às 19h27 (Brasília)": the clock's town
            before = line[: m.start()]
            named = _LEAD.search(before.rstrip(" ,("))
            if named and club_name(named.group(1)):
                continue  # "Grupo Astronómico Córdoba, Córdoba": where a club meets
            lead = _lead(before.rstrip(" ,("))
            if lead:
                joined = f"{lead} ({m.group('name')})" if before.endswith("(") else None
                return joined or f"{lead}, {m.group('name')}"
            head = re.split(r"[,.;(]|:(?!\d)", before.rstrip(" ,("))[-1]
            if not re.search(r"\d:\d\d|(?<![\w'’-])[a-zß-ÿа-яё]", head):
                continue  # after prose or a clock time, not after "Gain 300, Offset 10"
            if m.group("part"):
                return f"{m.group('name')}, {m.group('part')}"
            tail = m.group("tail")
            return m.group("name") + (tail if tail and not zone_remark(tail) else "")
    return None


@cache
def _suffixed() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<name>{WORD}(?:\s{WORD}){{0,2}})['’](?:{alt('suffixes')})(?![\w])", re.MULTILINE
    )


def town_with_suffix(text: str) -> str | None:
    """A place with a case ending after an apostrophe: 'İstanbul Kadıköy'den' → 'İstanbul Kadıköy'."""
    for _, m in each_line_match(_suffixed(), text):
        words = m.group("name").split()
        while words and not is_town(words[0]):
            words = words[1:]  # "Bu akşam İstanbul Kadıköy": from the town on
        if words:
            return " ".join(words)
    return None


_REMARK = re.compile(r"\s*\([a-zà-ÿа-я][^()]*\)\s*$")
# "mi patio en City Bell", "my backyard in Elk Grove": one's own spot, then the town
_OWN_SPOT = re.compile(
    r"^(?i:my|mi|mis|mein\w*|mon|ma|il mio|la mia|meu|minha|mijn|mój|moje|můj|min|mitt|mit)"
    r"\s+(?:[^\W\d_]+\s+){1,2}(?i:in|en|at|à|a|em|no|na|bei|im|nel|nella|w|v|i|på|u)\s+"
    rf"(?=[{UP}])"
)


def label_value(value: str) -> str:
    """A labelled place without its leading article or preposition ('a Zselici Csillagparkban',
    'с набережной …'), one's own spot before the town ('mi patio en City Bell') and a remark in brackets after it ('(z kopule hvězdárny)'); nothing
    when it says there is none ('unknown')."""
    value = _OWN_SPOT.sub("", _REMARK.sub("", value))
    if value.strip(" .").lower() in words_of("no_value"):
        return ""  # "Place: unknown"
    first, _, rest = value.partition(" ")
    return site_of_part(rest if rest and first.lower() in words_of("label_leading") else value)


def without_signatures(text: str) -> str:
    """The text with each sign-off's block blanked: 'Best wishes,' and the lines after it up
    to a blank line ('Hon. Secretary, Hampshire Astronomical Group'); a blank line right
    after the sign-off only sets the name block off ('Med venlig hilsen', '', 'Mette
    Kjærgaard', 'Naturvejleder, Vordingborg')."""
    from ipom_mail.pipeline.fields.story import GREETING, SIGN_OFF  # story reads location

    lines, signing, just_signed, opened = text.split("\n"), False, False, False
    for i, line in enumerate(lines):
        if not line.strip():
            signing, just_signed = just_signed and _name_block(lines, i + 1), False
        elif line.rstrip() == "--":
            signing = True  # "-- ": a signature's delimiter (RFC 3676)
        elif not opened and GREETING.match(line):
            opened = True  # "selam," opening the mail greets: a sign-off only after prose
        elif len(line.split()) <= 6 and SIGN_OFF.match(line):
            signing = just_signed = True
        elif signing:
            lines[i], just_signed = "", False
        opened = opened or bool(line.strip())
    return "\n".join(lines)


def _name_block(lines: list[str], start: int) -> bool:
    """Whether the paragraph from `start` is a signature's name block: a few short lines
    ('Mette Kjærgaard', 'Naturvejleder, Vordingborg'), not prose after a greeting."""
    block: list[str] = []
    for line in lines[start:]:
        if not line.strip():
            break
        block.append(line)
    return 0 < len(block) <= 4 and all(len(line.split()) <= 5 for line in block)


@cache
def _village() -> re.Pattern[str]:
    return re.compile(
        rf"(?:^|(?<=[,:;]\s))(?P<name>(?:{alt_cased('settlements')})\s{WORD}(?:[\s-]{WORD})?)"
        rf"(?:,\s(?P<district>{WORD}(?:\s{WORD})?\s(?:{alt('districts')})"
        rf"|(?:{alt('districts')})\s[^\W\d_][\w-]*))?(?=\s*(?:[.,;]|$))",
        re.MULTILINE,
    )


def village(text: str) -> str | None:
    """A village named by its kind, and its district: 'деревня Рождествено, Истринский
    район', 'village of Hartington'. The kind says it is a place; no town list needed."""
    for _, m in each_line_match(_village(), text):
        name = m.group("name")
        if not any(w in common_words() for w in name.split()[1:]):
            return f"{name}, {m.group('district')}" if m.group("district") else name
    return None


@cache
def _plans() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(words_of('plans'))})(?![\w])")


def without_plans(text: str) -> str:
    """The text with each sentence about a pass still to come blanked: 'Vou tentar
    fotografar a passagem amanhã, aqui de Campinas' names no photo's place; nor does one
    about another event, a gathering with its time ('notre club organise une soirée
    d'observation … le samedi 27 février à 20h00 à Gap'; other_events.about_other_event), nor
    a plan to show the photo on a day ('… στις 18:00 θα παρουσιάσω τη φωτογραφία … στην
    Αθήνα'; other_events.shows_on_a_day)."""
    from ipom_mail.pipeline.fields.other_events import (  # reads dates
        about_other_event,
        shows_on_a_day,
    )

    parts = re.split(r"(?<=[.!?\n])", text)
    kept = "".join(re.sub(r"[^\n]", " ", p) if _plans().search(p) else p for p in parts)
    # over wrapped lines, not after a day's number ("am 12. November")
    sentences = re.split(r"(?<=[.!?])(?<!\d\.)(?=\s)|(?<=\n)(?=[ \t]*\n)", kept)
    return "".join(
        re.sub(r"[^\n]", " ", p) if about_other_event(one) or shows_on_a_day(one) else p
        for p in sentences
        for one in (p.replace("\n", " "),)
    )


def place_in_sentence(text: str) -> str | None:
    """The first class of phrase that names a town, most certain first."""
    return (
        site_phrase(text)
        or after_locative(text)
        or cjk_place(text)
        or town_with_suffix(text)
        or town_alone(text)
        or village(text)
        or declined_village(text)
        or named_site(text)
        or kind_last_site(text)
        or genitive_place(text)
    )

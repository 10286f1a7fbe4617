"""Places named in a sentence, checked against GeoNames: what location.py reads after its labels.

Each class of phrase is read in many languages from data/locatives.toml, and is
a place only when it names a town exactly as written (fields/towns.py):
- after a locative word: "desde Alcalá de Henares", "aufgenommen in Görlitz", "da Roma",
  "dal parco di Monza", "von der Sternwarte Bochum aus";
- a town alone between commas or in brackets: "…, Szeged.", "с балкона (Екатеринбург)";
- a town with a suffix after an apostrophe: "Ankara Gölbaşı'ndan";
- a CJK sentence's place: "在成都拍的", "大阪の自宅から", "부산 해운대에서 촬영";
- a town alone in a part of the Subject ("ISS 2024-09-14 19:52 UTC Ankara - Celestron …").
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files

from ipom_mail.fields.gazetteer import gazetteer
from ipom_mail.fields.towns import cjk_town, common_words, has_town, is_town

_UP = r"A-ZÀ-ÖØ-ÞĀ-ſΆ-ΏΑ-ΩЀ-Я"
_WORD = rf"(?<![\w'’.-])[{_UP}][\w'’.-]*(?<![.])"
_GROUP = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"


@cache
def _data() -> dict[str, dict[str, list[str]]]:
    return tomllib.loads(files("ipom_mail").joinpath("data/locatives.toml").read_text("utf-8"))


def _alt(section: str) -> str:
    words = {w for listed in _data()[section].values() for w in listed}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _after_word() -> re.Pattern[str]:
    """A locative word, then a place's name: capitalised words and the connectors between."""
    name = rf"(?:{_WORD}|(?:{_alt('sites')})(?=\s))(?:\s(?:(?:{_alt('connectors')})\s)?{_WORD}){{0,5}}"
    return re.compile(
        rf"(?<![\w'’-])(?P<word>(?i:{_alt('from')}))\s(?P<name>{name})"
        rf"(?P<tail>\s\([{_UP}][^()\n]{{1,40}}\))?"
        rf"(?:,\s(?P<town>{_WORD}(?:\s{_WORD})?))?"
        rf"(?=\s*(?:[.,;:!?)]|$|\s(?:{_alt('postpositions')})\b|\s[^\w\s]))",
        re.MULTILINE,
    )


@cache
def _clock_before() -> re.Pattern[str]:
    # "hora de Madrid", "hora del centro de México": a clock word up to three words before
    return re.compile(rf"(?<!\w)(?:{_alt('clock_words')})(?:\s+\S+){{0,2}}\s*$", re.IGNORECASE)


def _starts_upper(m: re.Match[str]) -> bool:
    return m.group("name")[:1].isupper() or m.group("name").split()[0].lower() in _sites()


@cache
def _sites() -> frozenset[str]:
    return frozenset(w for listed in _data()["sites"].values() for w in listed)


# "Tag der offenen Tür in Görlitz", "Donauinsel in Wien": the town ends a longer name
_NAME_BEFORE = re.compile(rf"{_WORD}\s*$")


def _instrument(name: str) -> bool:
    """'a Rainbow Astro RST-135': a maker or a model number, not a place."""
    if any(c.isdigit() for c in name):
        return True
    words = tuple(name.lower().split())
    return any(words[i : i + len(m)] == m for m in gazetteer().makers for i in range(len(words)))


def after_locative(text: str) -> str | None:
    """The first town named after a locative word, with its bracketed site or town after."""
    for m in _after_word().finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        if not _starts_upper(m) or _clock_before().search(before):
            continue
        if _NAME_BEFORE.search(before) and not re.search(r"(?:^|[.!?]\s+)\S+\s*$", before):
            continue
        name, tail, town = m.group("name"), m.group("tail"), m.group("town")
        if not has_town(name) and not (town and is_town(town)) or _instrument(name):
            continue
        place = name + (tail or "")
        if town and (is_town(town) or has_town(name) and " " not in town):
            place = f"{place}, {town}"
        return place
    return None


@cache
def _alone() -> re.Pattern[str]:
    name = rf"{_WORD}(?:\s(?:(?:{_alt('connectors')})\s)?{_WORD}){{0,3}}"
    return re.compile(
        rf"(?:(?<=,)\s|(?<=\())(?P<name>{name})"
        rf"(?:(?P<tail>\s\([{_UP}][^()\n]{{1,40}}\))|,\s(?P<part>{_WORD})(?=\s*(?:\.(?!\w)|$)))?"
        rf"(?=\s*(?:[.,;)]|$))",
        re.MULTILINE,
    )


def _town_or_district(name: str) -> bool:
    """'Szeged', or 'Hamburg-Bergedorf': a town and its district joined by a hyphen."""
    return is_town(name) or ("-" in name and is_town(name.split("-")[0]) and " " not in name)


_LEAD = re.compile(rf"((?:{_WORD}\s(?:(?:de|del|de la|di|da|do|du|la|le)\s)?){{0,3}}{_WORD})$")
# a signature's or an address's line: "Example Corp | 250 Park Ave, New York", "Tel. …"
_ADDRESS = re.compile(rf"\||@|(?<![\d.:/])\d{{2,5}}\s+[{_UP}][a-zà-ÿ]+|\b(?:[Tt]el|[Ff]ax|[Pp]hone)\b")


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
    for line in text.splitlines():
        if _ADDRESS.search(line):
            continue
        for m in _alone().finditer(line):
            if not _town_or_district(m.group("name")):
                continue
            before = line[: m.start()]
            lead = _lead(before.rstrip(" ,("))
            if lead:
                joined = f"{lead} ({m.group('name')})" if before.endswith("(") else None
                return joined or f"{lead}, {m.group('name')}"
            head = re.split(r"[,.:;(]", before.rstrip(" ,("))[-1]
            if not re.search(r"\d|\b[^\W\d_]*[a-zà-ÿа-я]\w*\b", head):
                continue
            if m.group("part"):
                return f"{m.group('name')}, {m.group('part')}"
            return m.group("name") + (m.group("tail") or "")
    return None


@cache
def _suffixed() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<name>{_WORD}(?:\s{_WORD}){{0,2}})['’](?:{_alt('suffixes')})(?![\w])", re.MULTILINE
    )


def town_with_suffix(text: str) -> str | None:
    """A place with a case ending after an apostrophe: 'İstanbul Kadıköy'den' → 'İstanbul Kadıköy'."""
    for m in _suffixed().finditer(text):
        words = m.group("name").split()
        while words and not is_town(words[0]):
            words = words[1:]  # "Bu akşam İstanbul Kadıköy": from the town on
        if words:
            return " ".join(words)
    return None


def cjk_place(text: str) -> str | None:
    """The place of a CJK sentence ('在北京怀柔拍摄'), without one's own home ('大阪の自宅')."""
    homes = [w for listed in _data()["home"].values() for w in listed]
    for rx in (p for listed in _data()["cjk"].values() for p in listed):
        for m in re.finditer(rx, text):
            parts = m.group(1).strip().split("の")
            while len(parts) > 1 and any(parts[-1].startswith(h) for h in homes):
                parts = parts[:-1]
            place = "の".join(parts)
            if cjk_town(place.replace(" ", "")) or has_town(place):
                return place
    return None


def subject_place(subject: str, body: str) -> str | None:
    """A town alone at the end of a part of the Subject ('… 19:52 UTC Ankara - Celestron …',
    '– Lyon'), when the body does not name it (the body would say it better)."""
    for part in re.split(r"\n|\s[-–—/|]\s", subject):
        words = part.split()
        for n in (3, 2, 1):
            if len(words) < n:
                continue
            name, before = " ".join(words[-n:]), words[-n - 1] if len(words) > n else ""
            plain = not before or before.isupper() or any(c.isdigit() for c in before)
            if plain and is_town(name) and name not in body:
                return name
    return None


def place_in_sentence(text: str) -> str | None:
    """The first class of phrase that names a town, most certain first."""
    return after_locative(text) or cjk_place(text) or town_with_suffix(text) or town_alone(text)

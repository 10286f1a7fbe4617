"""A place in the Subject's data (issue 13): what fields/__init__.py reads when the body
names none.

"ISS 2024-09-14 19:52 UTC Ankara - Celestron …", "…, Uppsala, Canon …", "- Salthill,
Galway -": a town alone in a part of a Subject that carries a date or a time, with its
part before it; "… AEST Mt Coot-tha Brisbane", "… / 부산 광안대교": a site and its town,
as written. Never when the body names the town (the body would say it better), nor the
sender's own name ("– Martin").
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.labels import label_words
from ipom_mail.pipeline.fields.place_after import instrument_name
from ipom_mail.pipeline.fields.place_cases import known_place
from ipom_mail.pipeline.fields.place_over import path_not_spot
from ipom_mail.pipeline.fields.place_words import UP, alt_cased, club_name, data, words_of
from ipom_mail.pipeline.fields.towns import common_words, is_town, town_with_part

_GROUP = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"


def subject_place(subject: str, body: str, sender: str | None = None) -> str | None:
    """A town alone at the end of a part of a Subject that carries the photo's data (a date
    or a time: '… 19:52 UTC Ankara - Celestron …', '– Lyon', '…, Uppsala, Canon …'), with
    the name of its part before it ('- Salthill, Galway -'), when the body does not name it
    (the body would say it better) and it is not the sender's name ('– Martin')."""
    if not any(c.isdigit() for c in subject):
        return None
    names = set((sender or "").split())
    body = re.sub(r"\S+://\S+", " ", body)  # a file named "ISS_Uppsala.jpg" names no place
    for part in re.split(r"\n|\s[-–—/|]\s", subject):
        over = over_data_place(part, names)
        if over is not None:
            return None if path_not_spot(f"{subject}\n{body}") else over
        pieces = part.split(", ")
        listed = len(pieces) >= 3 and re.search(r"\d[:.]?\d", pieces[0]) is not None
        for i, piece in enumerate(pieces):
            town = (
                _subject_town(piece.split(), body, names, f"{subject}\n{body}")
                or _subject_site(piece, body)
                or (_town_and_site(piece, body, names) if listed and i > 0 else None)
                or cjk_data_site(piece, body)
            )
            if town is None:
                continue
            if len(pieces) == 2 and i == 1 and town == piece and _bare_name(pieces[0]):
                return f"{pieces[0]}, {town}"  # "Salthill, Galway": a part of the town
            return town
    return _listed_last(subject, body, names) or _site_part(subject, body, names)


_CAP = rf"[{UP}][\w'’-]*"


@cache
def _over_data() -> re.Pattern[str]:
    """An "over" word, a name of up to three capitalised words (and its town after a comma),
    then the photo's date or time: 'ISS over Arthur's Seat, Edinburgh 18/11/2026 17:21'."""
    name = rf"{_CAP}(?:\s{_CAP}){{0,2}}"
    return re.compile(
        rf"(?<![\w'’-])(?P<over>{alt_cased('over')})\s(?P<name>{name})(?:,\s(?P<town>{name}))?"
        rf"\s+(?=\d{{1,4}}[-/.:]\d)"
    )


def over_data_place(part: str, names: set[str]) -> str | None:
    """The town a Subject's data says the station passed over, right before its date or
    time ('ISS sobre CDMX 21/11/2026 18:52'), or a site and its town ('over Arthur's Seat,
    Edinburgh 18/11/2026'): the photographer was there; a village no town list holds, when
    the name is plain ('ISS boven Dwingeloo 2026-07-14'). Never a name in a case ending
    ('nad Krakowem'), a sky object ('over Orion'), a piece of gear, nor the sender's own
    name."""
    cased = {w.lower() for lang in data()["inner_cased"] for w in data()["over"].get(lang, [])}
    for m in _over_data().finditer(part):
        name, town = m.group("name"), m.group("town")
        if m.group("over").lower() in cased or names.intersection(f"{name} {town or ''}".split()):
            continue
        if town is None and (is_town(name) or name in words_of("town_short_names")):
            return name
        if town is None and _coded_town(name):
            return name  # "ISS over Calgary AB 2026-11-06 01:42:10 UTC": with its province
        if town is None and _bare_name(name) and not (_sky(name) or _not_a_place().search(name)):
            return name  # "ISS boven Dwingeloo 2026-07-14 22:47:30 UTC": a village
        if town and is_town(town) and not instrument_name(name) and not _sky(name):
            return f"{name}, {town}"
    return None


def _coded_town(name: str) -> bool:
    """A town and its state's or province's code after it ("Calgary AB", "Tucson AZ")."""
    head, _, code = name.rpartition(" ")
    return bool(head) and code in gazetteer().state_codes | gazetteer().regions and is_town(head)


def _sky(name: str) -> bool:
    """A sky object's, the station's or a spacecraft's word in the name ('Moon', 'Orion',
    'Soyuz'; [not_towns]), not a common word that ends a site's name ('Calton Hill')."""
    listed = data()["not_towns"]
    sky = {w for kind in ("sky", "station", "spacecraft", "programs") for w in listed[kind]}
    return bool(sky.intersection(name.split()))


def _site_part(subject: str, body: str, names: set[str]) -> str | None:
    """A site told by its kind alone between the dashes of a Subject after the photo's data
    ('ISS 14/01/2027 18:26 UTC - Serra da Estrela - Nikon Z7 …', 'IPOM - ISS 15/09/2026
    19:31:05 UTC - Nikon D750 … - Campo Imperatore'), as written, when the body does not
    name it and it is not the sender's name."""
    parts = [p.strip() for p in re.split(r"\s[-–—|]\s", subject)]
    data = next((i for i, p in enumerate(parts) if re.search(r"\d[:./-]?\d", p)), None)
    if data is None:
        return None
    for part in parts[data + 1 :]:
        if names.intersection(part.split()) or part in body or _not_a_place().search(part):
            continue
        if _kind_named(part) and not (_sky(part) or instrument_name(part) or club_name(part)):
            return part
    return None


def _kind_named(part: str) -> bool:
    """A name of up to four words, led by a site's kind ('Serra da Estrela', 'Pico do
    Arieiro'; data/locatives.toml [site_heads], [named_sites]) or ended by one ('Kielder
    Observatory'; [site_kinds]), joined only by connectors."""
    words = part.split()
    joins = words_of("connectors") | words_of("of_words")
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    if any(w not in joins and not re.fullmatch(rf"[{UP}][\w'’-]*", w) for w in words):
        return False
    sections = ("site_heads", "named_sites", "taken_spot_heads")  # "Campo Imperatore"
    heads = {w.lower() for s in sections for w in words_of(s)}
    return words[0].lower() in heads or words[-1].lower() in words_of("site_kinds")


def _listed_last(subject: str, body: str, names: set[str]) -> str | None:
    """The name ending a Subject that lists the photo's data between commas ('ISS
    14.06.2026. 2137Z, Sony A7 III + Sigma 14mm, Motovun'): a village no town list holds,
    when the body does not name it and it is not the sender's."""
    pieces = [p.strip() for p in subject.split(", ")]
    if len(pieces) < 3 or not re.search(r"\d[:.]?\d", pieces[0]):
        return None
    last = pieces[-1]
    if not _bare_name(last) or names.intersection(last.split()) or last in body:
        return None
    return None if _not_a_place().search(last) else last


def _subject_town(words: list[str], body: str, names: set[str], mail: str) -> str | None:
    """The town ending a Subject's piece after data ('… UTC Ankara'), or alone ('Uppsala',
    'Kraków-Nowa Huta', a town and its part; a village of GeoNames' cities500 in the
    country of the `mail`'s language, 'Višnjan', 'Ondřejov')."""
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        name, before = " ".join(words[-n:]), words[-n - 1] if len(words) > n else ""
        plain = not before or before.isupper() or any(c.isdigit() for c in before)
        code = n == 1 and len(words) > 1 and re.fullmatch(r"[A-Z]{2}", name)
        town = words[-2] if code else name  # "Halifax NS": with its state's code
        if not (plain or code) or town in names or not _town_of(town, mail):
            continue
        if not re.search(rf"(?<!\w){re.escape(town)}(?!\w)", body):  # not "ISS_Uppsala.jpg"
            return f"{town} {name}" if code else name
    return None


def _town_of(name: str, mail: str) -> bool:
    """Whether `name` is a town, or a village of the country of the mail's language."""
    return is_town(name) or town_with_part(name) or known_place(name, mail)


def _subject_site(piece: str, body: str) -> str | None:
    """A site and its town ending a Subject's piece after data ('… 19:02 AEST Mt Coot-tha
    Brisbane'), or a CJK town and its site alone in a piece ('부산 광안대교'), or a
    province's short name and its town ('강원 화천'), as written, when the body does not name
    the town."""
    words = piece.split()
    if 2 <= len(words) <= 3 and all(_GROUP_WORD.fullmatch(w) for w in words):
        shortened = words[0] in words_of("region_shorts") and is_town(words[-1])
        town = 1 if len(words) == 2 and shortened else 0  # "강원 화천": a province, its town
        named = words[town] in body
        return piece.strip() if is_town(words[town]) and not named else None
    for n in (2, 1):  # the site's words before the town
        if len(words) < n + 2 or re.search(rf"(?<!\w){re.escape(words[-1])}(?!\w)", body):
            continue
        before, site = words[-n - 2], " ".join(words[-n - 1 : -1])
        plain = before.isupper() or any(c.isdigit() for c in before)
        if plain and is_town(words[-1]) and _bare_name(site) and not is_town(site):
            return " ".join(words[-n - 1 :])
    return None


_GROUP_WORD = re.compile(rf"{_GROUP}+")


def _town_and_site(piece: str, body: str, names: set[str]) -> str | None:
    """A town and a site in it alone between the commas of a Subject listing the photo's
    data ('ISS 2026-01-31 17:48 UTC, Gdańsk Westerplatte, Canon …'), as written, when the
    body does not name the town and the piece is not the sender's name."""
    words = piece.split()
    if not 2 <= len(words) <= 3 or not is_town(words[0]) or names.intersection(words):
        return None
    site = " ".join(words[1:])
    named = re.search(rf"(?<!\w){re.escape(words[0])}(?!\w)", body)
    return piece if _bare_name(site) and not is_town(site) and not named else None


@cache
def _cjk_site_rx() -> re.Pattern[str]:
    """A CJK name ending in a site's kind of two characters or more ('보현산천문대', '野辺山
    高原'), written whole or with a space before the kind (data/locatives.toml
    [cjk_site_kinds])."""
    kinds = sorted((k for k in words_of("cjk_site_kinds") if len(k) >= 2), key=len, reverse=True)
    alt = "|".join(map(re.escape, kinds))
    return re.compile(rf"{_GROUP}{{1,10}}\s?(?:{alt})")


def cjk_data_site(piece: str, body: str) -> str | None:
    """A CJK site right after the photo's time or zone in a Subject's data ('… 18:04 KST
    보현산천문대 ISS 통과'), as written, when the body does not name it."""
    over = tuple(words_of("cjk_over"))
    for m in _after_data().finditer(piece):
        site, after = m.group("site"), piece[m.end() :].lstrip()
        if after.startswith(over):
            continue  # "보현산천문대 위": the station over it, pictured
        if site not in body and site.replace(" ", "") not in body:
            return site
    return None


@cache
def _after_data() -> re.Pattern[str]:
    """A CJK site after a digit or a zone's capitals (never "ISS")."""
    return re.compile(
        rf"(?:\d|\b(?!ISS\b)[A-Z]{{2,5}})\s+(?P<site>{_cjk_site_rx().pattern})(?!{_GROUP})"
    )


def _bare_name(piece: str) -> bool:
    """A name of one to three capitalised words and nothing else: 'Salthill', 'Coney Island'."""
    words = piece.split()
    return (
        0 < len(words) <= 3
        and all(re.fullmatch(rf"[{UP}][^\W\d_{UP}][\w'’-]*", w) for w in words)
        and not any(w in common_words() for w in words)
        and not instrument_name(piece)
    )


@cache
def _not_a_place() -> re.Pattern[str]:
    """An equipment word ('Stativ', data/labels.toml [equipment]), a greeting or a sign-off
    ('Clear Skies', 'Thanks'): what a Subject's last piece may be besides a place."""
    from ipom_mail.pipeline.fields.story import GREETING, SIGN_OFF  # story reads location

    kinds = re.compile(rf"(?i)(?<!\w)(?:{label_words('equipment')})(?!\w)")
    return re.compile(f"{kinds.pattern}|{GREETING.pattern}|{SIGN_OFF.pattern}", re.I)

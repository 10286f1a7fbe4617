"""What the station passed over, or a town after a "from" word (what location.py reads last).

"boven Groningen", "Szeged felett", "desde Monterrey.": a town the ISS passed over or the
photo was taken from, when no surer phrase names the place. A landmark or a sky feature
passed over ("over Kissing Camels", "above Haapsalu Castle") is no town: it is the place
only when the mail names no other place the photo was taken from. So is what the Subject
and the body both say the station passed over ("ISS au-dessus du Pic du Midi" and "… de
la coupole du Pic du Midi de Bigorre"), read by fields/__init__.py after the Subject.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.place_phrases import (
    GREETING_END,
    SELLER,
    clock_before,
    instrument_name,
)
from ipom_mail.pipeline.fields.place_spots import unwrapped
from ipom_mail.pipeline.fields.place_taken import taken_by
from ipom_mail.pipeline.fields.place_words import (
    WORD,
    alt,
    alt_cased,
    by_licence,
    club_name,
    counts,
    data,
    same_stem,
    words_of,
)
from ipom_mail.pipeline.fields.site_phrases import inside_site
from ipom_mail.pipeline.fields.towns import town_or_district

# Latin, Greek, Cyrillic; only from the start of a word: tried from every capital of a
# 20,000-letter "word", the pattern took time growing with the square of its length.
PLACE_WORD = r"(?<![\w'’.-])[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŐŰČŠŽŘĎŤŇΆ-ΏΑ-ΩЀ-Я][\w'’.-]*"
_BAD_WORDS = (
    "The My Our In From At Near On Hi Hello Dear I We This That Time Date Location Place "
    "Equipment Camera Telescope Mount Lens Filter Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday January February March April May June July August September October "
    "November December Regards Thanks Cheers Best Mark Edge Max Pass UT UTC GMT ISS"
)
BAD_FIRST = frozenset(_BAD_WORDS.split())

_SKY_WORDS = (
    "Moon Mond Lune Luna Lua Maan Księżyc Měsíc Hold Sun Sonne Soleil Sol Sole Zon Słońce "
    "Slunce Nap Venus Jupiter Mars Saturn Orion Pleiades Plejaden Cassiopeia Vega Sirius "
    "Ursa Cygnus Milky The My Our"
)
_SKY = frozenset(_SKY_WORDS.split())
_NEXT_WORD = rf"(?<![.])\s{PLACE_WORD}"  # a second word of the name, not the next sentence's
# "over St Mary's church": a landmark named after its saint or owner, not a town
_LANDMARK = (
    r"(?!\s(?i:church|cathedral|chapel|abbey|castle|tower|lighthouse|bridge|house|hall|farm"
    r"|temple|mosque|observatory|kerk|kirche|dom|église|iglesia|chiesa|igreja)\b)"
)
# a landmark's or a sky feature's kind ending a name: the ISS over it, not over a town
_FEATURE = re.compile(
    r"[\s-](?:castle|church|cathedral|chapel|abbey|tower|lighthouse|bridge|temple|mosque"
    r"|observatory|crater|kráter|krater|kratera|cratère|cráter|cratere|кратер\w*|κρατήρας"
    r"|mare|sunspot|napfolt|fleck|ocean|sea|channel|gulf|strait|mountains|range)$",
    re.IGNORECASE,
)
# a "from" word after an over-place in its sentence: the photo was taken elsewhere
_TAKEN_FROM = re.compile(
    r"(?<!\w)(?:from|desde|depuis|von|vom|vanaf|vanuit|fra|från|iz|из|від|από|dal|dalla|nuo"
    r"|din)\s",
    re.IGNORECASE,
)
# "over the Rock of Cashel": after English "the" too, and a name may hold "of" (a German
# article is never read: "über dem Dach" names a noun, not a landmark)
_THE = re.compile(r"(?:over|above) the\s")
_OF_NAME = rf"(?:\s(?:of|of the)\s{PLACE_WORD}(?:{_NEXT_WORD}){{0,2}})?"
_OVER = re.compile(
    rf"\b(?:over the|above the|over|över|above|boven|über|sopra|sobre|au-dessus de"
    rf"|πάνω από(?: τη| την| το| τον)?)"
    rf"\s+((?>{PLACE_WORD}(?:{_NEXT_WORD})?{_OF_NAME}))"
    rf"{_LANDMARK}"
    rf"|({PLACE_WORD})\s+(?:felett|fölött|mellől|mellett|közelében|határában)\b"
)
# "desde Monterrey.", "bij Harderwijk,": a capitalised name that ends the phrase. Not "in"
# (processed in Photoshop), and never a program or service people name after "from".
_FROM = re.compile(
    rf"\b(?:from|near|desde|cerca de|bij|nabij|vanaf|vanuit|bei|nahe|depuis|près de|vicino a"
    rf"|perto de|fra|från|dal|dalla|dallo|iz|из|з|від|(?<!πάνω )(?<!επάνω )από(?: τη| την| το)?"
    rf"|nuo|aus|din|от"
    rf"|a partir de|des de)\s+({PLACE_WORD}(?:{_NEXT_WORD}){{0,2}}"
    rf"(?:,\s{PLACE_WORD}(?:{_NEXT_WORD})?(?=\s*(?:[;!?]|\.(?!\w)|$)))?)"
    rf"(?=\s*(?:[,;!?(]|/[A-Z]{{2}}\b|\.(?!\w)|$))",
    re.MULTILINE,
)
_NOTPLACE_WORDS = (
    "Stellarium Heavens-Above Heavens Above Photoshop Lightroom Siril Registax Google Flickr "
    "Instagram Facebook YouTube Twitter Telegram WhatsApp Dropbox Drive NASA ESA Space "
    "Celestrak CalSky Starlink Apple Samsung Android"
)
_NOT_PLACES = frozenset(_NOTPLACE_WORDS.split())


_GREETING = f"(?i:{alt('greeting_words')})"
_GREETINGS_FROM = re.compile(
    rf"\b{_GREETING}\s+(?i:from|aus|desde|de|da|dal|uit|z|ze)\s+"
    rf"({PLACE_WORD}(?:\s{PLACE_WORD})?)",
)

# a sign-off's greeting ending just before a "from" word: "Liebe Grüße | aus Tirol"


def _name_goes_on(rest: str) -> bool:
    """Whether a lower-case noun continues the name before `rest` ('Ales | stenar', 'Møns
    | klint'): any lower-case word but a locative, joining or ending one."""
    m = re.match(r"\s([^\W\d_A-ZÀ-ÞΑ-ΩЀ-Я][\w'’-]*)", rest)
    if m is None or not m.group(1).islower():
        return False
    sections = ("from", "outer", "inner", "ends", "connectors", "over", "clock_joins")
    return not any(m.group(1) in words_of(s) for s in sections)


def _landmark_told(rest: str) -> bool:
    """Whether the name before `rest` is told to be a landmark by the words after its
    comma ('Långe Jan, fyren på …', 'St Aidan, the church at …'): a spot's or a site's kind."""
    m = re.match(r",\s+(?:(?:the|a|an|de|het|der|die|das|le|la|el|il)\s+)?([^\W\d_][\w'’-]*)", rest)
    kinds = words_of("spot_words") | words_of("site_kinds")
    return m is not None and m.group(1) in kinds


def _over_place(line: str) -> tuple[str, bool] | None:
    """A town the station passed over: 'boven Groningen', 'Szeged felett'; or a town the
    photo was taken from: 'desde Monterrey.'; with whether it was passed over."""
    for m in [*_OVER.finditer(line), *_GREETINGS_FROM.finditer(line), *_FROM.finditer(line)]:
        if m.re is _FROM and (inside_site(line, m.start()) or SELLER.search(line[: m.start()])):
            continue  # "vanaf de dijk bij Westkapelle", "bought it from Amazon": no place
        if m.re is _FROM and not counts(m.group(0).split()[0]):
            continue  # Italian "fra Milano e Torino" is "between", Swedish "din" "your"
        if m.re is _FROM and _authored(line, m):
            continue  # "заснета от Мария Стоянова": who took it
        if m.re is _OVER and m.group(1) and _name_goes_on(line[m.end() :]):
            continue  # "över Ales stenar": a landmark's longer name, not a town "Ales"
        if m.re is _OVER and _THE.match(m.group(0)) and " " not in m.group(1).strip(".!,"):
            continue  # "over the Pacific": one word after "the" is a sea, a range, a sky
        if m.re is _OVER and _landmark_told(line[m.end() :]):
            continue  # "över Långe Jan, fyren på …": a lighthouse pictured, not the place
        name = (m.group(1) or m.group(2)).rstrip(".!,")
        words = name.split()
        if words[0] in _SKY or words[0] in BAD_FIRST or _NOT_PLACES.intersection(words):
            continue
        if words_of("not_towns").intersection(words):
            continue  # "taken from Wikipedia", "from Heavens Above": a source, no place
        if club_name(name):  # "Greetings from the Leeds Astronomical Society"
            continue
        greeting = m.re is _GREETINGS_FROM or GREETING_END.search(line[: m.start()])
        if greeting and name in gazetteer().regions:
            continue  # "Liebe Grüße aus Oberösterreich": where one lives, not the site
        if any((w.lower(),) in gazetteer().makers for w in words):
            continue  # "bought from Celestron."
        if _FEATURE.search(name):
            continue  # "above Haapsalu Castle", "a Kopernikusz-kráter fölött": no town
        if any(w.isupper() or any(c.isupper() for p in w.split("-") for c in p[1:]) for w in words):
            continue  # NASA, AutoStakkert: not a town's name
        return name, m.re is _OVER
    return None


def _authored(line: str, m: re.Match[str]) -> bool:
    """Whether a "from" that is also "by", right after a verb of taking, names the photo's
    author ("scattata dalla Maria", "заснета от Мария Стоянова"), not a town."""
    return taken_by(line[: m.start()], m.group(0).split()[0]) and not town_or_district(
        m.group(1).split(",")[0]
    )


def first_over(text: str) -> str | None:
    """The first town passed over or taken from; a landmark passed over ('over Kissing
    Camels') only when the mail names no other place after a locative word ('at Garden of
    the Gods in Colorado Springs'): the photographer stood there, not under the landmark."""
    for line in text.splitlines():
        found = _over_place(line)
        if found is None:
            continue
        name, over = found
        if (
            over
            and not town_or_district(name)
            and (_other_place(text, name) or _placed(line, name))
        ):
            return None  # when in doubt, no place rather than what was in the frame
        return name
    return None


def _placed(line: str, landmark: str) -> bool:
    """Whether the line says where the landmark passed over stands ('over the Church of the
    Good Shepherd | at Lake Tekapo'): that place, named so, is where the photo was taken."""
    after = line[line.find(landmark) + len(landmark) :]
    return re.match(rf"\s(?:{alt('inner')})\s+{PLACE_WORD}", after) is not None


def area_over(text: str, place: str) -> bool:
    """Whether `place` is only what the text says the station passed over, and no town
    ("verdween achter de wolken boven Walcheren"): an area or a landmark is a guess that
    yields to what the Subject and the body both say was pictured (pictured_place)."""
    return not town_or_district(place) and first_over(unwrapped(text)) == place


@by_licence
def _locative_name() -> re.Pattern[str]:
    """A locative word ([from], [outer]) and a name of up to four words; or a verb of taking
    and its "from" ([taken_from]) and a name."""
    lead = "|".join(alt_cased(s) for s in ("from", "outer"))
    joins = "|".join(re.escape(w) for w in sorted(words_of("connectors"), key=len, reverse=True))
    name = rf"{WORD}(?:\s(?:(?:{joins})\s)?{WORD}){{0,3}}"
    return re.compile(
        rf"(?<![\w'’-])(?:(?P<taken>{alt_cased('taken_from')})|{lead})\s+(?P<name>{name})"
    )


def _other_place(text: str, name: str, people: frozenset[str] = frozenset()) -> bool:
    """Whether the text names a place other than `name`: a town after a locative word ('at
    Garden of the Gods in Colorado Springs'), or any name after a verb of taking ('taken
    from Echo Point'); never a word of `name` itself, nor a person the mail writes with an
    address ('a Joana Pimentel' where 'Joana Pimentel <…>' sent it)."""
    for m in _locative_name().finditer(text):
        other = m.group("name")
        if set(other.split()) & set(name.split()) or instrument_name(other):
            continue
        if other.split()[0] in people:
            continue
        if clock_before().search(text[max(0, m.start() - 40) : m.end()]):
            continue  # "(heure de Paris)": a clock's town
        if club_name(" ".join(text[max(0, m.start() - 30) : m.start()].split()[-2:])):
            continue  # "(Astro Club de Saint-Brieuc)": where a club meets
        if m.group("taken") or any(
            town_or_district(" ".join(other.split()[:n])) for n in (1, 2, 3, 4)
        ):
            return True
    return False


def path_not_spot(text: str) -> bool:
    """Whether the mail says its over-places are the ISS's path, not where it was taken:
    "passing over Athens, taken from the plateau on Parnitha" (a "from" in the sentence
    after an over-place). Then no over-place is the photographer's place."""
    for m in _OVER.finditer(text):
        if m.group().endswith((".", "!", "?")):
            continue  # the name ends its sentence: "ISS over Møns Klint."
        rest = re.split(r"[.!?](?:\s|$)|\n\s*\n", text[m.end() :], maxsplit=1)[0]
        taken = _TAKEN_FROM.search(rest)
        if taken and not _names_again(m.group(), rest[taken.end() :]):
            return True
    return False


def _names_again(over: str, spot: str) -> bool:
    """Whether the spot taken from names what was passed over again ('over Møns Klint,
    fotograferet fra stranden neden for klinten'): it is at that landmark, not elsewhere."""
    names = [w.lower() for w in re.findall(PLACE_WORD, over)]
    words = re.findall(r"[^\W\d_]+", re.split(r"[,;:]", spot)[0].lower())
    return any(same_stem(w, n) for w in words for n in names)


@cache
def _subject_over() -> re.Pattern[str]:
    """An "over" word in the Subject, up to three words of what the name is ("de
    l'observatoire du"), then a capitalised name."""
    return re.compile(
        rf"(?<![\w'’-])(?:{alt_cased('over')})\s+(?P<lead>(?:\S+\s+){{0,3}}?)"
        rf"(?:[ldLD]['’])?(?P<name>{WORD})"
    )


def _subject_names(subject: str) -> list[str]:
    """The names the Subject says the station passed over, and the lower-case kind of five
    letters or more before one ("l'observatoire du Mont-Mégantic": "observatoire"), which
    the body may write with a capital as the start of the name."""
    named: list[str] = []
    for m in _subject_over().finditer(subject):
        lead = [re.sub(r"^\w{0,4}['’]", "", w) for w in m.group("lead").split()]
        if not all(w.isalpha() and w.islower() for w in lead):
            continue
        named += [w for w in lead if len(w) >= 5] + [m.group("name")]
    return named


@cache
def _body_over() -> re.Pattern[str]:
    """An "over" word in the body, up to five words of what is on it ('de la coupole du',
    'il Pian Grande di'), then a name with its joining words ('Pic du Midi de Bigorre') and
    the site's kind after it ('Lindesnes fyr')."""
    joins = "|".join(re.escape(w) for w in sorted(words_of("connectors"), key=len, reverse=True))
    name = rf"{WORD}(?:\s(?:(?:{joins})\s)?{WORD}){{0,4}}"
    return re.compile(
        rf"(?<![\w'’-])(?P<over>{alt_cased('over')})\s+(?:[^\s,.;:!?()]+\s+){{0,5}}?"
        rf"(?:[ldLD]['’])?(?P<name>{name})(?P<kind>\s(?:{alt('site_kinds')}))?"
        rf"(?=\s*(?:[.,;:!?)]|$|\s[^\w\s]))",
        re.MULTILINE,
    )


def _echoes(word: str, named: list[str]) -> bool:
    """Whether a body's word is a name the Subject gives ('Pic', 'Castelluccio')."""
    return any(word == n or same_stem(word.lower(), n.lower()) for n in named)


@cache
def _cased_overs() -> frozenset[str]:
    """The "over" words of languages that put the name after them in a case ending
    ([inner_cased]: "nad Giewontem", "над ратушею")."""
    cased = set(data()["inner_cased"])
    return frozenset(w.lower() for lang, ws in data()["over"].items() if lang in cased for w in ws)


def _acronym_site(name: str) -> bool:
    """An institution's capitals before a name ('НАО Рожен', 'OAN Calar Alto'): a site, not a
    model, when the rest is a plain name and the capitals are no maker's."""
    head, _, rest = name.partition(" ")
    return (
        head.isupper()
        and head.isalpha()
        and bool(rest)
        and rest.replace(" ", "").isalpha()
        and not instrument_name(rest)
        and not instrument_name(head.capitalize())
    )


def names_undeclined(text: str) -> bool:
    """Whether a Cyrillic mail is in a language that writes names as they are after "над"
    (Bulgarian: two words with a mid-word "ъ", none of Russian's, Ukrainian's or Serbian's
    own letters; data/locatives.toml [undeclined_marks], [declined_marks])."""
    lowered = text.lower()
    if any(mark in lowered for mark in words_of("declined_marks")):
        return False
    marks = "".join(words_of("undeclined_marks"))
    return len(set(re.findall(rf"\w*[{marks}]\w+", lowered))) >= 2


def pictured_place(
    subject: str | None, body: str, people: frozenset[str] = frozenset()
) -> str | None:
    """What the Subject and the body both say the station passed over ('ISS au-dessus du Pic
    du Midi' and '… au-dessus de la coupole du Pic du Midi de Bigorre'), as the body writes
    it; or a name before an "over" postposition in its genitive ('Suomenlinnan yllä') in
    the Subject's base form ('ISS ja Suomenlinna'); for a mail that names no place the
    photo was taken from: the photographer was there. Never when the body says the photo
    was taken elsewhere ('tomada desde …')."""
    if path_not_spot(body):
        return None
    named = _subject_names(subject or "")
    name = (_over_echo(named, body) if named else None) or _genitive_over(subject or "", body)
    if name is None or _FEATURE.search(name) or (instrument_name(name) and not _acronym_site(name)):
        return None  # a sky feature, a program
    return None if _other_place(body, name, people) else name


def _over_echo(named: list[str], body: str) -> str | None:
    """The body's name after an "over" word that starts with a name the Subject gives."""
    for m in _body_over().finditer(body):
        cased = m.group("over").lower() in _cased_overs() and not names_undeclined(body)
        if cased and not _after_kind(m):
            continue  # "nad Giewontem": a name in a case ending, its base form unknown
        words = _elided_head(m, named) + m.group("name").split()
        at = next((i for i, w in enumerate(words) if _echoes(w, named)), None)
        if at is not None:  # "Pian Grande di | Castelluccio di Norcia", "Lindesnes fyr"
            return " ".join(words[at:]) + (m.group("kind") or "")
    return None


def _after_kind(m: re.Match[str]) -> bool:
    """Whether the name follows a landmark's kind in the case the "over" word takes, and so
    keeps its base form ("iznad svjetionika Savudrija", "nad hradem Karlštejn";
    [cased_kinds])."""
    before = m.string[m.end("over") : m.start("name")].split()
    return bool(before) and before[-1].lower() in words_of("cased_kinds")


def _elided_head(m: re.Match[str], named: list[str]) -> list[str]:
    """The capitalised kind after an elided article that starts the name ("de
    l'Observatoire du | Mont-Mégantic"), when the Subject names that kind."""
    skipped = m.string[m.end("over") : m.start("name")].split()
    for i in range(len(skipped) - 1, -1, -1):
        word = re.sub(r"^\w{0,4}['’]", "", skipped[i])
        joins = skipped[i + 1 :]
        if word[:1].isupper() and _echoes(word, named) and set(joins) <= words_of("connectors"):
            return [word, *joins]
    return []


@cache
def _genitive_rx() -> re.Pattern[str]:
    """Up to four words ending a phrase ("Gaztelugatxeko San Juan ermitaren"), then an
    "over" postposition that takes the genitive ([over_after])."""
    over = rf"\s+(?:{alt('over_after')})(?![\w'’-])"
    return re.compile(rf"(?<!\S)(?P<phrase>(?:[^\s.,;:!?()]+\s+){{0,3}}[^\s.,;:!?()]+){over}")


def _genitive_over(subject: str, body: str) -> str | None:
    """'Suomenlinnan yllä' with 'Suomenlinna' in the Subject: the Subject's base form; the
    name may start the phrase the postposition ends ('Gaztelugatxeko San Juan ermitaren')."""
    words: list[str] = re.findall(WORD, subject)
    for m in _genitive_rx().finditer(body):
        for name in re.findall(WORD, m.group("phrase")):
            base = next((w for w in words if same_stem(name, w)), None)
            if base:
                return base
    return None

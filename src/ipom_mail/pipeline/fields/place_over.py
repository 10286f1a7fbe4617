"""What the station passed over, or a town after a "from" word (what location.py reads last).

"boven Groningen", "Szeged felett", "desde Monterrey.": a town the ISS passed over or the
photo was taken from, when no surer phrase names the place. A landmark or a sky feature
passed over ("over Kissing Camels", "above Haapsalu Castle") is no town: it is the place
only when the mail names no other place the photo was taken from. What the Subject and
the body both say the station passed over is read by fields/place_pictured.py.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.place_after import (
    GREETING_END,
    SELLER,
    clock_before,
    instrument_name,
)
from ipom_mail.pipeline.fields.place_declined import greek_accusative_base
from ipom_mail.pipeline.fields.place_sky import sky_name
from ipom_mail.pipeline.fields.place_taken import before_time, names_taken_spot, taken_by
from ipom_mail.pipeline.fields.place_unwrap import unwrapped
from ipom_mail.pipeline.fields.place_words import (
    WORD,
    alt,
    alt_cased,
    by_licence,
    club_name,
    counts,
    data,
    instrument_word,
    same_stem,
    words_of,
)
from ipom_mail.pipeline.fields.site_phrases import inside_site
from ipom_mail.pipeline.fields.towns import common_words, town_or_district

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

_NEXT_WORD = rf"(?<![.])\s{PLACE_WORD}"  # a second word of the name, not the next sentence's
# "over St Mary's church": a landmark named after its saint or owner, not a town
_LANDMARK = (
    r"(?!\s(?i:church|cathedral|chapel|abbey|castle|tower|lighthouse|bridge|house|hall|farm"
    r"|temple|mosque|observatory|kerk|kirche|dom|église|iglesia|chiesa|igreja)\b)"
)
# a landmark's or a sky feature's kind ending a name: the ISS over it, not over a town
FEATURE = re.compile(
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
# An article after "over" in the languages whose capitals after it start a name ("sopra le Tre
# Cime di Lavaredo", "por cima do Castelo de Almourol", "sobre la Ermita de San Saturio"),
# never German's, where every noun has one ("über dem Dach").
_ARTICLED = (
    r"over the|above the|sopra il|sopra la|sopra le|sopra lo|sopra i|sopra gli|sobre el"
    r"|sobre la|sobre los|sobre las|sobre o|sobre a|por cima do|por cima da|por encima del"
    r"|por encima de la|au-dessus du|au-dessus de la|au-dessus des|boven de|boven het"
)
_THE = re.compile(rf"(?:{_ARTICLED})\s")
# A Greek article in the accusative before the name passed over or taken from ("πάνω από τον
# Όλυμπο", "από τη Ρόδο"): the name is in the accusative too (greek_accusative_base)
_GREEK_ARTICLE = re.compile(r"\s(τον|τους|τη|την)\s+$")
_OF_NAME = (
    rf"(?:\s(?:of|of the|di|de|del|della|do|da|du|de la|van)\s{PLACE_WORD}(?:{_NEXT_WORD}){{0,2}})?"
)
_OVER = re.compile(
    rf"\b(?:{_ARTICLED}|over|över|above|boven|über|sopra|sobre|au-dessus de"
    rf"|πάνω από(?: τη| την| το| τον| τα| τις| τους)?)"
    rf"\s+((?>{PLACE_WORD}(?:{_NEXT_WORD}){{0,3}}{_OF_NAME}))"
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


def _kind_after(rest: str) -> str | None:
    """An English landmark's or site's kind in lower case right after a town passed over,
    ending its clause ("over Penarth | pier", "over Whitby | abbey."; [spot_words],
    [site_kinds]), as written."""
    m = re.match(r"\s([^\W\d_A-ZÀ-ÞΑ-ΩЀ-Я][\w'’-]*)(?=\s*(?:[.,;:!?)]|$|\s(?:is|was)\b))", rest)
    kinds = {*data()["spot_words"]["en"], *data()["site_kinds"]["en"]}
    return f" {m.group(1)}" if m and m.group(1) in kinds else None


def _landmark_told(rest: str) -> bool:
    """Whether the name before `rest` is told to be a landmark by the words after its
    comma ('Långe Jan, fyren på …', 'St Aidan, the church at …'): a spot's or a site's kind."""
    m = re.match(r",\s+(?:(?:the|a|an|de|het|der|die|das|le|la|el|il)\s+)?([^\W\d_][\w'’-]*)", rest)
    kinds = words_of("spot_words") | words_of("site_kinds")
    return m is not None and m.group(1) in kinds


def _over_place(line: str, overs: bool = True, mail: str = "") -> tuple[str, bool] | None:
    """A town the station passed over: 'boven Groningen', 'Szeged felett'; or a town the
    photo was taken from: 'desde Monterrey.'; with whether it was passed over (with
    `overs` false, only a town taken from)."""
    passed = _OVER.finditer(line) if overs else ()
    for m in [*passed, *_GREETINGS_FROM.finditer(line), *_FROM.finditer(line)]:
        if m.re is _FROM and (inside_site(line, m.start()) or SELLER.search(line[: m.start()])):
            continue  # "vanaf de dijk bij Westkapelle", "bought it from Amazon": no place
        if m.re is _FROM and not counts(m.group(0).split()[0]):
            continue  # Italian "fra Milano e Torino" is "between", Swedish "din" "your"
        if m.re is _FROM and _authored(line, m):
            continue  # "заснета от Мария Стоянова": who took it
        english = m.re is _OVER and m.group(0).split()[0].lower() in {"over", "above"}
        kind = _kind_after(line[m.end() :]) if english and m.group(1) else None
        if kind and town_or_district(m.group(1)):
            return f"{m.group(1)}{kind}", True  # "over Penarth pier": the town's landmark
        if m.re is _OVER and m.group(1) and _name_goes_on(line[m.end() :]):
            continue  # "över Ales stenar": a landmark's longer name, not a town "Ales"
        if m.re is _OVER and _THE.match(m.group(0)) and " " not in m.group(1).strip(".!,"):
            continue  # "over the Pacific": one word after "the" is a sea, a range, a sky
        if m.re is _OVER and _pictured_only(m, line):
            continue  # "över Långe Jan, fyren på …", "over the … Telescope at": no place
        name = (m.group(1) or m.group(2)).rstrip(".!,")
        name = _before_common(name) if m.re is _OVER else name
        article = _GREEK_ARTICLE.search(line, m.start(), m.start(1)) if m.group(1) else None
        if article:  # "πάνω από τον Όλυμπο": Όλυμπος, when certain; else no place
            based = greek_accusative_base(name, article.group(1), mail or line)
            if based is None:
                continue
            name = based
        words = name.split()
        if words[0] in BAD_FIRST or sky_name(name, start=True) or _NOT_PLACES.intersection(words):
            continue
        kinds = words_of("site_kinds")  # "Birds Hill Provincial Park": "Hill" is a kind too
        if words_of("not_towns").intersection(w for w in words if w.lower() not in kinds):
            continue  # "taken from Wikipedia", "from Heavens Above": a source, no place
        if club_name(name):  # "Greetings from the Leeds Astronomical Society"
            continue
        greeting = m.re is _GREETINGS_FROM or GREETING_END.search(line[: m.start()])
        if greeting and name in gazetteer().regions:
            continue  # "Liebe Grüße aus Oberösterreich": where one lives, not the site
        if any((w.lower(),) in gazetteer().makers for w in words):
            continue  # "bought from Celestron."
        if FEATURE.search(name):
            continue  # "above Haapsalu Castle", "a Kopernikusz-kráter fölött": no town
        if any(w.isupper() or any(c.isupper() for p in w.split("-") for c in p[1:]) for w in words):
            continue  # NASA, AutoStakkert: not a town's name
        return name, m.re is _OVER
    return None


def _pictured_only(m: re.Match[str], line: str) -> bool:
    """Whether what the station passed over is only what the photo shows: a landmark the
    line goes on to tell ("Långe Jan, fyren på …"), or an instrument."""
    after = line[m.end() :]
    return _landmark_told(after) or _instrument(m.group(1) or "", after)


def _instrument(name: str, after: str) -> bool:
    """Whether a landmark passed over is an instrument: its name, or the two words after it,
    hold an instrument's word ("Himalayan Chandra Telescope", "Lovell radio telescope"); a
    word after a comma is the next clause's ("over Southwold, telescope on a tripod")."""
    next_words = re.match(r"(?:\s+[^\W\d_][\w-]*){0,2}", after)
    words = [*name.split(), *(next_words.group(0).split() if next_words else [])]
    return any(instrument_word(w) for w in words)


def _before_common(name: str) -> str:
    """A name cut before a month's, a weekday's or a day part's word after its first ("ISS
    over Kraków | Saturday night"): a time, not a part of the name."""
    words = name.split()
    kinds = words_of("site_kinds")
    cut = next(
        (i for i, w in enumerate(words) if i and w in common_words() and w.lower() not in kinds),
        len(words),
    )
    return " ".join(words[:cut])


def _authored(line: str, m: re.Match[str]) -> bool:
    """Whether a "from" that is also "by", right after a verb of taking, names the photo's
    author ("scattata dalla Maria", "заснета от Мария Стоянова"), not a town."""
    return taken_by(line[: m.start()], m.group(0).split()[0]) and not town_or_district(
        m.group(1).split(",")[0]
    )


def first_over(text: str) -> str | None:
    """The first town passed over or taken from; a landmark passed over ('over Kissing
    Camels') only when the mail names no other place after a locative word ('at Garden of
    the Gods in Colorado Springs') nor a spot it was taken from ('a Tihanyi-félszigetről
    fotóztam … a Balaton felett'): the photographer stood there, not under the landmark.
    Where the mail says its over-places are the station's path (path_not_spot), only a
    town taken from ("… sobre la Pirámide del Sol, tomada desde San Juan Teotihuacán")."""
    overs = not path_not_spot(text)
    if not overs and (town := _town_seen_from_unnamed(text)):
        return town
    for line in text.splitlines():
        found = _over_place(line, overs, text)
        if found is None:
            continue
        name, over = found
        placed = _placed(line, name) if over else None
        if placed and not other_place(text, f"{name} {placed}") and not names_taken_spot(text):
            return placed  # "over the Church of the Good Shepherd at Lake Tekapo"
        elsewhere = other_place(text, name) or placed or names_taken_spot(text)
        if over and not town_or_district(name) and elsewhere:
            return None  # when in doubt, no place rather than what was in the frame
        return name
    return None


def _town_seen_from_unnamed(text: str) -> str | None:
    """The place a landmark passed over stands at, when the photo was taken from a spot with no
    name of its own ("sobre la Pirámide del Sol en Teotihuacán, tomada desde el
    estacionamiento de la puerta 5", "over the Eiffel Tower in Paris, taken from my
    balcony"): that spot is there too."""
    for line in text.splitlines():
        for m in _OVER.finditer(line):
            placed = _placed(line, m.group(1)) if m.group(1) else None
            if not placed:
                continue
            rest = re.split(r"[.!?](?:\s|$)", line[line.find(placed) + len(placed) :])[0]
            taken = _TAKEN_FROM.search(rest)
            if taken and not re.search(PLACE_WORD, rest[taken.end() :]):
                return placed
    return None


def _placed(line: str, landmark: str) -> str | None:
    """The place the line says the landmark passed over stands at ('over the Church of the
    Good Shepherd | at Lake Tekapo'): named so, it is where the photo was taken; its name
    ends before a word of time ('at Lake Tekapo | from Saturday evening')."""
    after = line[line.find(landmark) + len(landmark) :]
    m = re.match(rf"\s(?:{alt('inner')})\s+((?:{PLACE_WORD})(?:\s{PLACE_WORD}){{0,2}})", after)
    if m is None:
        return None
    name = before_time(m.group(1).rstrip(".,;:!?"))
    words = name.split()
    if any(w in common_words() or w in BAD_FIRST or w.isupper() for w in words) or re.search(
        r"['’]s?$", name
    ):
        return None  # "at Sunday's club meeting", "at UTC"
    return None if instrument_name(name) or club_name(name) else name


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


def other_place(text: str, name: str, people: frozenset[str] = frozenset()) -> bool:
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
    return _named_lodging(text, name)


def _named_lodging(text: str, name: str) -> bool:
    """Whether the text names a stay other than `name`: a capitalised name with its kind
    after it in lower case ("overnattet på Gjendebu turisthytte", "bodde i Kuusela mökki"):
    a named site the sender stood at, not a town (data/locatives.toml [lodging_kinds])."""
    for m in re.finditer(rf"(?<![\w'’-])({WORD})[ \t]+([^\W\d_]{{3,}})", text):
        word = m.group(2)
        if not word[:1].islower() or m.group(1) in name.split():
            continue
        if any(word.lower().startswith(k) or word.lower().endswith(k) for k in _lodging_kinds()):
            return True
    return False


@cache
def _lodging_kinds() -> frozenset[str]:
    """Site kinds a name is followed by in lower case ([site_kinds], [lodging_kinds])."""
    return frozenset(w.lower() for s in ("site_kinds", "lodging_kinds") for w in words_of(s))


def path_not_spot(text: str) -> bool:
    """Whether the mail says its over-places are the ISS's path, not where it was taken:
    "passing over Athens, taken from the plateau on Parnitha" (a "from" in the sentence
    after an over-place). Then no over-place is the photographer's place."""
    for m in _OVER.finditer(text):
        if m.group().endswith((".", "!", "?")):
            continue  # the name ends its sentence: "ISS over Møns Klint."
        rest = re.split(r"[.!?](?:\s|$)|\n\s*\n", text[m.end() :], maxsplit=1)[0]
        taken = _TAKEN_FROM.search(rest)
        if taken and _a_time(rest[taken.end() :]):
            continue  # "… at Lake Tekapo from Saturday evening": a time, not a spot
        if taken and not _names_again(m.group(), rest[taken.end() :]):
            return True
    return False


def _a_time(rest: str) -> bool:
    """Whether the words after a "from" are a time ("Saturday evening", "21:14", "dusk"):
    a day, a month, a day part (CLDR) or a number, not a spot."""
    first = re.match(r"\s*(?:(?:the|de|la|le|der|dem)\s+)?([^\s,.;:!?]+)", rest)
    word = first.group(1) if first else ""
    return word[:1].isdigit() or word.capitalize() in common_words()


def _names_again(over: str, spot: str) -> bool:
    """Whether the spot taken from names what was passed over again ('over Møns Klint,
    fotograferet fra stranden neden for klinten'): it is at that landmark, not elsewhere."""
    names = [w.lower() for w in re.findall(PLACE_WORD, over)]
    words = re.findall(r"[^\W\d_]+", re.split(r"[,;:]", spot)[0].lower())
    return any(same_stem(w, n) for w in words for n in names)

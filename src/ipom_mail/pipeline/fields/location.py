"""Location: a place the sender named, and GPS latitude/longitude from the photo's EXIF.

A place is read only where it is certain: a labelled line ("Location:", "Ort:",
"Lieu :", "Helyszín:" …) or "Place, Region" where the region is a listed state,
province or country ("Elk Grove, California", "Tarján, Hungary"), also in a phone's
lower case after a locative word ("in westerville ohio"). Never invented.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ipom_mail.pipeline.fields.equipment import EQUIPMENT_LABEL, OTHER_LABEL
from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.labels import label_words_raw
from ipom_mail.pipeline.fields.place_phrases import (
    GREETING_END,
    SELLER,
    label_value,
    place_in_sentence,
    without_plans,
    without_signatures,
)
from ipom_mail.pipeline.fields.place_spots import spot_place, suffixed_town, unwrapped
from ipom_mail.pipeline.fields.place_words import alt, club_name, words_of
from ipom_mail.pipeline.fields.site_phrases import inside_site
from ipom_mail.pipeline.fields.towns import is_town
from ipom_mail.pipeline.values import Media

_LOCATION_WORDS = (
    r"(?:location|place|site|observing site|observation site|shot from|"
    r"taken from|imaged from|ort|standort|aufnahmeort|beobachtungsort|lieu|"
    r"lieu de prise de vue|lieu d'observation|site d'observation|lugar|ubicación|ubicacion|"
    r"sitio|luogo|località|localita|posizione|local|localização|localizacao|localidade|"
    r"locatie|plaats|waarneemlocatie|miejsce|lokalizacja|místo|lokalita|místo pozorování|"
    r"helyszín|helyszin|hely|észlelési hely|where|"
    + label_words_raw("location")
    + r")\s*(?:\([^)]*\))?"
)
# a label in two languages: "Koht / Place", "Lieu / Location"
_LOCATION_PAIR = rf"{_LOCATION_WORDS}(?:\s?/\s?{_LOCATION_WORDS})?"
LOCATION_LABEL = re.compile(rf"(?:^|(?<=[\s|;,])){_LOCATION_PAIR}\s*[:：]\s*", re.IGNORECASE)
# A table row turned into text: "Lieu                Clermont-Ferrand, Auvergne".
_TABLE_ROW = re.compile(rf"^\s*{_LOCATION_PAIR}\s{{2,}}(?=\S)", re.IGNORECASE)
# Latin, Greek, Cyrillic; only from the start of a word: tried from every capital of a
# 20,000-letter "word", the pattern took time growing with the square of its length.
_PLACE_WORD = r"(?<![\w'’.-])[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŐŰČŠŽŘĎŤŇΆ-ΏΑ-ΩЀ-Я][\w'’.-]*"
_CONNECTOR = (
    r"(?:of|de|del|la|le|les|am|an der|im|sur|upon|on|di|da|do|dos|das|van|von|bei|nad|pod)"
)
_BAD_WORDS = (
    "The My Our In From At Near On Hi Hello Dear I We This That Time Date Location Place "
    "Equipment Camera Telescope Mount Lens Filter Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday January February March April May June July August September October "
    "November December Regards Thanks Cheers Best Mark Edge Max Pass UT UTC GMT ISS"
)
_BAD_FIRST = frozenset(_BAD_WORDS.split())
_PREP_REGION = re.compile(
    r"\b(?:in|from|near|at|bei|nahe|aus|à|en|près de|depuis|cerca de|desde|vicino a|da|"
    r"perto de|em|bij|nabij|vanuit|w|pod|z|u|v|ve|z|fra|från|iz|din|nuo|no|из|з|від|από|dan)\s+(?:(?:my|mein\w*|mon|ma|mi|il mio|"
    r"meu|mijn)\s+\w+\s+(?:in\s+)?)?",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _region_rx() -> re.Pattern[str]:
    regions = sorted(gazetteer().regions, key=len, reverse=True)
    alt = "|".join(re.escape(r) for r in regions)
    words = "|".join(
        re.escape(w) for w in sorted(gazetteer().district_words, key=len, reverse=True)
    )
    firms = "|".join(map(re.escape, gazetteer().not_districts))
    district = rf"(?:{words})\s(?!(?:{firms})\b)[{_UPPER}][\w'’-]*(?:\s[{_UPPER}][\w'’-]*)?"
    return re.compile(rf"(?<![\w])(?:{alt}|{district})(?![\w])")


# a phone's pin before a place stands for its label: "📍 Rīga, Doma laukums"
_PIN = re.compile(r"^\s*(?:📍|📌)\ufe0f?\s*(?=\w)")


def _labelled(text: str) -> str | None:
    """The value of a labelled line ("Location: …", a table's row, a pin)."""
    for line in text.splitlines():
        m = _TABLE_ROW.match(line) or LOCATION_LABEL.search(line) or _PIN.match(line)
        if not m or (
            m.start() > 0
            and line[: m.start()].strip()
            and not (
                EQUIPMENT_LABEL.search(line[: m.start()]) or OTHER_LABEL.search(line[: m.start()])
            )
        ):
            continue
        end = len(line)
        for rx in (EQUIPMENT_LABEL, OTHER_LABEL):
            nxt = rx.search(line, m.end())
            if nxt:
                end = min(end, nxt.start())
        value = _without_description(label_value(line[m.end() : end].strip(" \t|,;.-–")))
        if value and any(c.isalpha() for c in value):
            return value
    return None


def _without_description(value: str) -> str:
    """A labelled place without the spot described after its comma in lower case ('Нови
    Сад, кеј код Варадинског моста', 'Leeds, back garden'): the place is the name; a
    district's word keeps its part ('Ondřejov, okres Praha-východ')."""
    head, comma, tail = value.partition(", ")
    first = tail.split(" ", 1)[0]
    districts = {w.lower() for w in gazetteer().district_words}
    if comma and first[:1].islower() and first.lower() not in districts | _kinds():
        return head
    return value


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    """Words of a place's kind that belong to its name: 'okres', 'village of', 'район'."""
    return frozenset(w.split()[0] for s in ("settlements", "districts") for w in words_of(s))


def _place_before(text: str, comma: int) -> str | None:
    """The capitalised place name that ends just before `comma` ('Elk Grove', 'Manorville NY')."""
    head = text[:comma]
    rx = re.compile(
        rf"((?:{_PLACE_WORD}\s(?:{_CONNECTOR}\s)?){{0,3}}{_PLACE_WORD}(?:\s[A-Z]{{2}})?)$"
    )
    m = rx.search(head)
    if not m:
        return None
    words = m.group(1).split()
    regions = gazetteer().regions
    while words and (
        words[0] in _BAD_FIRST
        or words[0][:1].islower()
        or (words[0].rstrip(".").isupper() and len(words) > 1 and words[0] not in regions)
    ):
        words = words[1:]
    if not words or any(c.isdigit() for c in "".join(words)):
        return None
    return " ".join(words)


_FIRST_PERSON = re.compile(
    r"\b(?:I|my|we|our|me|ich|mein\w*|wir|unser\w*|je|j'|mon|ma|mes|nous|notre|yo|mi|mis|"
    r"nuestr\w*|io|il mio|la mia|eu|meu|minha|nosso|ik|mijn|wij|ons|ja|mój|moje|moim|"
    r"já|můj|moje|mého|én|az én|nálunk)\b",
    re.IGNORECASE,
)


def _place_region(line: str) -> list[tuple[int, str]]:
    """Every 'Place, Region[, Region]' in a line, with its position; never a person greeted
    ('Hola Juan, Córdoba es linda')."""
    from ipom_mail.pipeline.fields.story import GREETING  # story reads location: imported late

    rx = _region_rx()
    found: list[tuple[int, str]] = []
    greeting = GREETING.match(line) is not None
    for m in re.finditer(r",\s+", line):
        region = rx.match(line, m.end())
        place = _place_before(line, m.start()) if region else None
        if not region or not place:
            continue
        longer = re.search(
            r"\b[A-Z][a-z]+\s+(?:in|im|en|nel|à)\s+$", line[: m.start() - len(place)]
        )
        if longer and not is_town(place):
            continue  # "Pinnacles Desert in Nambung National Park, WA": a longer name
        head = line[: m.start() - len(place)]
        if club_name(place) or (greeting and len(head.split()) <= 1):
            continue  # "Hola Juan, Córdoba es linda": a person greeted
        if re.search(rf"(?<![\w'’-])(?i:{alt('settlements')})\s+$", head):
            continue  # "obec Lomnice, okres Blansko": a village with its kind (place_phrases)
        end = region.end()
        more = re.match(r",\s+", line[end:])
        nxt = rx.match(line, end + more.end()) if more else None
        end = nxt.end() if nxt else end
        found.append((m.start(), f"{place}, {line[m.end() : end]}"))
    return found


def _place_bracketed(line: str) -> list[tuple[int, str]]:
    """Every 'Place (Region)' in a line ('Saint-Véran (Hautes-Alpes)'), as written, when the
    place is a town or the word before it leaves names as written ('de', 'in', 'à'): after
    a word that declines what follows ('v Ondřejově (okres …)') it may be in a case ending."""
    found: list[tuple[int, str]] = []
    for m in re.finditer(r"\s\(", line):
        region = _region_rx().match(line, m.end())
        place = _place_before(line, m.start()) if region else None
        if not region or region.group(0).isupper() or not line.startswith(")", region.end()):
            continue  # "(UT)": a zone, not Utah
        if not place:
            continue
        head = line[: m.start() - len(place)]
        plain = re.search(rf"(?<![\w'’-])(?i:{alt('as_written')})\s*$", head)
        if (is_town(place) or plain) and not club_name(place):
            found.append((m.start(), line[m.start() - len(place) : region.end() + 1]))
    return found


_SKY_WORDS = (
    "Moon Mond Lune Luna Lua Maan Księżyc Měsíc Hold Sun Sonne Soleil Sol Sole Zon Słońce "
    "Slunce Nap Venus Jupiter Mars Saturn Orion Pleiades Plejaden Cassiopeia Vega Sirius "
    "Ursa Cygnus Milky The My Our"
)
_SKY = frozenset(_SKY_WORDS.split())
_NEXT_WORD = rf"(?<![.])\s{_PLACE_WORD}"  # a second word of the name, not the next sentence's
# "over St Mary's church": a landmark named after its saint or owner, not a town
_LANDMARK = (
    r"(?!\s(?i:church|cathedral|chapel|abbey|castle|tower|lighthouse|bridge|house|hall|farm"
    r"|temple|mosque|observatory|kerk|kirche|dom|église|iglesia|chiesa|igreja)\b)"
)
# a landmark's or a sky feature's kind ending a name: the ISS over it, not over a town
_FEATURE = re.compile(
    r"[\s-](?:castle|church|cathedral|chapel|abbey|tower|lighthouse|bridge|temple|mosque"
    r"|observatory|crater|kráter|krater|kratera|cratère|cráter|cratere|кратер\w*|κρατήρας"
    r"|mare|sunspot|napfolt|fleck)$",
    re.IGNORECASE,
)
# a "from" word after an over-place in its sentence: the photo was taken elsewhere
_TAKEN_FROM = re.compile(
    r"(?<!\w)(?:from|desde|depuis|von|vom|vanaf|vanuit|fra|från|iz|из|від|από|dal|dalla|nuo"
    r"|din)\s",
    re.IGNORECASE,
)
_OVER = re.compile(
    rf"\b(?:over|över|above|boven|über|sopra|sobre|au-dessus de|πάνω από(?: τη| την| το| τον)?)"
    rf"\s+((?>{_PLACE_WORD}(?:{_NEXT_WORD})?))"
    rf"{_LANDMARK}"
    rf"|({_PLACE_WORD})\s+(?:felett|fölött|mellől|mellett|közelében|határában)\b"
)
# "desde Monterrey.", "bij Harderwijk,": a capitalised name that ends the phrase. Not "in"
# (processed in Photoshop), and never a program or service people name after "from".
_FROM = re.compile(
    rf"\b(?:from|near|desde|cerca de|bij|nabij|vanaf|vanuit|bei|nahe|depuis|près de|vicino a"
    rf"|perto de|fra|från|dal|dalla|dallo|iz|из|з|від|(?<!πάνω )(?<!επάνω )από(?: τη| την| το)?"
    rf"|nuo|aus|din|от"
    rf"|a partir de|des de)\s+({_PLACE_WORD}(?:{_NEXT_WORD}){{0,2}}"
    rf"(?:,\s{_PLACE_WORD}(?:{_NEXT_WORD})?(?=\s*(?:[;!?]|\.(?!\w)|$)))?)"
    rf"(?=\s*(?:[,;!?(]|/[A-Z]{{2}}\b|\.(?!\w)|$))",
    re.MULTILINE,
)
_NOT_PLACE_WORDS = (
    "Stellarium Heavens-Above Heavens Above Photoshop Lightroom Siril Registax Google Flickr "
    "Instagram Facebook YouTube Twitter Telegram WhatsApp Dropbox Drive NASA ESA Space "
    "Celestrak CalSky Starlink Apple Samsung Android"
)
_NOT_PLACES = frozenset(_NOT_PLACE_WORDS.split())


_GREETING = f"(?i:{alt('greeting_words')})"
_GREETINGS_FROM = re.compile(
    rf"\b{_GREETING}\s+(?i:from|aus|desde|de|da|dal|uit|z|ze)\s+"
    rf"({_PLACE_WORD}(?:\s{_PLACE_WORD})?)",
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


def _over_place(line: str) -> str | None:
    """A town the station passed over: 'boven Groningen', 'Szeged felett'; or a town the
    photo was taken from: 'desde Monterrey.'"""
    for m in [*_OVER.finditer(line), *_GREETINGS_FROM.finditer(line), *_FROM.finditer(line)]:
        if m.re is _FROM and (inside_site(line, m.start()) or SELLER.search(line[: m.start()])):
            continue  # "vanaf de dijk bij Westkapelle", "bought it from Amazon": no place
        if m.re is _OVER and m.group(1) and _name_goes_on(line[m.end() :]):
            continue  # "över Ales stenar": a landmark's longer name, not a town "Ales"
        if m.re is _OVER and _landmark_told(line[m.end() :]):
            continue  # "över Långe Jan, fyren på …": a lighthouse pictured, not the place
        name = (m.group(1) or m.group(2)).rstrip(".!,")
        words = name.split()
        if words[0] in _SKY or words[0] in _BAD_FIRST or _NOT_PLACES.intersection(words):
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
        return name
    return None


def _first_over(text: str) -> str | None:
    return next((p for p in map(_over_place, text.splitlines()) if p), None)


def _path_not_spot(text: str) -> bool:
    """Whether the mail says its over-places are the ISS's path, not where it was taken:
    "passing over Athens, taken from the plateau on Parnitha" (a "from" in the sentence
    after an over-place). Then no over-place is the photographer's place."""
    for m in _OVER.finditer(text):
        if m.group().endswith((".", "!", "?")):
            continue  # the name ends its sentence: "ISS over Møns Klint."
        rest = re.split(r"[.!?](?:\s|$)|\n\s*\n", text[m.end() :], maxsplit=1)[0]
        if _TAKEN_FROM.search(rest):
            return True
    return False


def _free_text(text: str) -> str | None:
    """The best 'Place, Region' of the text (a sentence in the first person wins), else a
    region after 'in/from/near'."""
    candidates: list[tuple[int, int, str]] = []
    for n, line in enumerate(text.splitlines()):
        for at, place in [*_place_region(line), *_place_bracketed(line)]:
            start = max(line.rfind(". ", 0, at), 0)
            mine = bool(_FIRST_PERSON.search(line[start:at]))
            candidates.append((0 if mine else 1, n, place))
    if candidates:
        return min(candidates)[2]
    rx = _region_rx()
    for line in text.splitlines():
        for m in _PREP_REGION.finditer(line):
            if inside_site(line, m.start()) or GREETING_END.search(line[: m.start()]):
                continue  # "desde el Cerro de la Gloria en Mendoza", "Grüße aus Tirol"
            region = rx.match(line, m.end())
            if region and re.match(rf"\s{_PLACE_WORD}", line[region.end() :]):
                continue  # "from Victoria Park": a longer name that starts with a region
            if region and len(region.group(0)) > 3:
                return region.group(0)
    return None


_LOWER = re.compile(r"[a-zà-ÿ][\w'’-]*")


@lru_cache(maxsize=1)
def _lower_region_rx() -> re.Pattern[str]:
    """A listed region written in lower case ('ohio', 'nuevo león'), as a whole word."""
    regions = sorted((r.lower() for r in gazetteer().regions if len(r) > 3), key=len, reverse=True)
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, regions))})(?![\w'’-])")


def lower_case_place(text: str) -> str | None:
    """A phone's lower-case town and its region after a locative word ('from my driveway in
    westerville ohio', 'in elk grove, california'): the pair is a place as written when the
    words, capitalised, are a GeoNames town and a listed state, province or country."""
    regions, leads = gazetteer().regions, words_of("from")
    for region in _lower_region_rx().finditer(text):
        head = text[max(0, region.start() - 60) : region.start()]
        words = list(re.finditer(r"\S+", head))
        for k in (1, 2, 3):
            if len(words) <= k or words[-k - 1].group(0) not in leads:
                continue
            town = " ".join(w.group(0) for w in words[-k:]).rstrip(",")
            lower = all(_LOWER.fullmatch(w) for w in town.split())
            if lower and is_town(town.title()) and town.title() not in regions:
                return text[region.start() - len(head) + words[-k].start() : region.end()]
    return None


def find_location(text: str) -> str | None:
    """The place the sender named: a labelled line first, else a 'Place, Region' in the text,
    else a place in a sentence (fields/place_phrases.py), else a town the ISS passed over;
    with its state's code after a slash ("Campinas/SP") and the site named in brackets right
    after it ("Aarhus (Ole Rømer Observatoriet)")."""
    free = unwrapped(without_plans(without_signatures(text)))
    place = (
        _labelled(text)
        or _free_text(free)
        or place_in_sentence(free)
        or spot_place(free, text)
        or suffixed_town(free)
        or (None if _path_not_spot(free) else _first_over(free))
        or lower_case_place(free)
    )
    if place is None:
        return None
    state = re.search(rf"(?<![\w/]){re.escape(place)}/([A-Z]{{2}})(?![\w/])", text)
    if state and state.group(1) in gazetteer().state_codes:
        place = f"{place}/{state.group(1)}"  # "Campinas/SP"
    site = re.search(rf"{re.escape(place)}\s*(\([{_UPPER}][^()\n]{{0,60}}\))", text)
    return f"{place} {site.group(1)}" if site else place


_UPPER = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŐŰČŠŽŘĎŤŇΆ-ΏΑ-ΩЀ-Я"


def find_gps(media: Media) -> tuple[float | None, float | None]:
    """Latitude and longitude from the first usable media item whose EXIF has both."""
    for item in media.usable:
        if item.exif and item.exif.gps_lat is not None and item.exif.gps_lon is not None:
            return item.exif.gps_lat, item.exif.gps_lon
    return None, None

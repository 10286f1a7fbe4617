"""Location: a place the sender named, and GPS latitude/longitude from the photo's EXIF.

A place is read only where it is certain: a labelled line ("Location:", "Ort:",
"Lieu :", "Helyszín:" …) or "Place, Region" where the region is a listed state,
province or country ("Elk Grove, California", "Tarján, Hungary"), also in a phone's
lower case after a locative word ("in westerville ohio"). Never invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from ipom_mail.pipeline.fields.equipment import EQUIPMENT_LABEL, OTHER_LABEL
from ipom_mail.pipeline.fields.gazetteer import gazetteer
from ipom_mail.pipeline.fields.labels import label_words_raw
from ipom_mail.pipeline.fields.place_after import zone_remark
from ipom_mail.pipeline.fields.place_away import without_journeys
from ipom_mail.pipeline.fields.place_bracketed import bracketed_site
from ipom_mail.pipeline.fields.place_caseless import caseless_over, caseless_place
from ipom_mail.pipeline.fields.place_cases import declined_place, labelled_declined, opens_with_lead
from ipom_mail.pipeline.fields.place_cjk import without_own_home
from ipom_mail.pipeline.fields.place_declined import cased_over_town, greek_genitive_town
from ipom_mail.pipeline.fields.place_described import without_spot_described
from ipom_mail.pipeline.fields.place_heads import headed_place
from ipom_mail.pipeline.fields.place_home_in import home_in_place
from ipom_mail.pipeline.fields.place_kinds import ended_site, kind_site, passed_over
from ipom_mail.pipeline.fields.place_lower import (
    lower_case_place,
    lower_case_town,
    lower_proper_site,
    lower_taken_spot,
    lower_town_after_comma,
)
from ipom_mail.pipeline.fields.place_over import BAD_FIRST, PLACE_WORD, first_over
from ipom_mail.pipeline.fields.place_phrases import (
    label_value,
    place_in_sentence,
    without_plans,
    without_signatures,
)
from ipom_mail.pipeline.fields.place_regions import UPPER, region_after_word, region_rx
from ipom_mail.pipeline.fields.place_scripts import script_place
from ipom_mail.pipeline.fields.place_sky import sky_name
from ipom_mail.pipeline.fields.place_spots import spot_place, suffixed_town, town_in_case
from ipom_mail.pipeline.fields.place_stood import stood_place
from ipom_mail.pipeline.fields.place_suffixed import suffixed_name
from ipom_mail.pipeline.fields.place_taken import taken_from_spot, unsure_spot_line
from ipom_mail.pipeline.fields.place_town_taken import taken_in_named
from ipom_mail.pipeline.fields.place_unwrap import unwrapped
from ipom_mail.pipeline.fields.place_went_cased import went_cased_place
from ipom_mail.pipeline.fields.place_went_to import went_to_place
from ipom_mail.pipeline.fields.place_words import alt, club_name, words_of
from ipom_mail.pipeline.fields.place_zone_city import zone_city_only
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
# a label in two languages: "Koht / Place", "Lieu / Location"; in a reply, with a note that
# it is unchanged ("Location as before: …"; data/locatives.toml [label_notes])
_LOCATION_PAIR = rf"{_LOCATION_WORDS}(?:\s?/\s?{_LOCATION_WORDS})?(?:\s(?i:{alt('label_notes')}))?"
# Armenian ends a label with its comma "՝" ("Վայրը՝ Խոր Վիրապ")
LOCATION_LABEL = re.compile(rf"(?:^|(?<=[\s|;,])){_LOCATION_PAIR}\s*[:：՝]\s*", re.IGNORECASE)
# A table row turned into text: "Lieu                Clermont-Ferrand, Auvergne".
_TABLE_ROW = re.compile(rf"^\s*+{_LOCATION_PAIR}\s{{2,}}(?=\S)", re.IGNORECASE)
_CONNECTOR = (
    r"(?:of|de|del|la|le|les|am|an der|im|sur|upon|on|di|da|do|dos|das|van|von|bei|nad|pod)"
)


# a phone's pin before a place stands for its label: "📍 Rīga, Doma laukums"
_PIN = re.compile(r"^\s*+(?:📍|📌)\ufe0f?\s*(?=\w)")


# a list's bullet before a label: "- 촬영 장소: 경기도 양평군", "• Lieu : Gap"
_BULLETS = " \t-–•*·▪►"


def _labelled(text: str) -> str | None:
    """The value of a labelled line ("Location: …", a table's row, a pin), also as an item
    of a list ("- Ort: Kiel")."""
    for line in text.splitlines():
        m = _TABLE_ROW.match(line) or LOCATION_LABEL.search(line) or _PIN.match(line)
        if not m or (
            m.start() > 0
            and line[: m.start()].strip(_BULLETS)
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
        value = label_value(line[m.end() : end].strip(" \t|,;.-–"))
        value = _without_description(without_spot_described(value))
        value = without_own_home(value)  # "埼玉県川越市の自宅ベランダ": the town
        if opens_with_lead(value):  # "Mesto: na Fruškoj gori": the name is in a case
            value = labelled_declined(value, text) or ""
        if value and any(c.isalpha() for c in value):
            return value
    return None


def labelled_base(text: str, place: str) -> bool:
    """Whether `place` starts as the text's labelled line does ("Místo: Karlštejn, okres
    Beroun"): a line's value stands alone, in the base form a map writes, whatever case
    the Subject puts the name in ("ISS nad Karlštejnem")."""
    value = _labelled(text)
    first = place.split()[0] if place.split() else ""
    return bool(value and first[:1].isupper() and value.split()[0] == first)


# A label written as a sentence's start: "Место съёмки — Звенигород, Московская область.",
# "拍摄地点是云南丽江甘海子，…": a dash, or a CJK "is", where a line would have its colon.
_PROSE_SEPARATOR = re.compile(r"(?<![ \t])[ \t]+[—–][ \t]+|[是為为]")  # a run of blanks read once
_PROSE_LABEL = re.compile(rf"(?<![\w'’-])(?P<label>{_LOCATION_WORDS})$", re.IGNORECASE)
_PROSE_VALUE = re.compile(r"[^.!?。！？;；\n]+")


def _prose_labelled(text: str) -> str | None:
    """The value of a label a sentence starts with (_PROSE_LABEL): a label of two words or
    more or in CJK characters ("Место съёмки", "拍摄地点"), never one word a sentence may
    begin with ("Place — …"); the dash only after a spaced label, "是" only after a CJK one.
    Only the few characters before each dash or "是" are read: a long text costs no more."""
    for sep in _PROSE_SEPARATOR.finditer(text):
        start = max(0, sep.start() - 40)
        m = _PROSE_LABEL.search(text, start, sep.start())
        label = m.group("label").strip() if m else ""
        cjk = _CJK.fullmatch(label) is not None
        if m is None or not (cjk or " " in label) or cjk != (sep.group(0) in "是為为"):
            continue
        before = text[: m.start()].rstrip(" \t")
        if before and before[-1] not in ".!?。！？\n" and not (cjk and before[-1] in "，、"):
            continue  # the label's words inside a sentence, not its start nor a CJK clause's
        value = _PROSE_VALUE.match(text, sep.end())
        place = value.group(0).split("，")[0].strip(" ,") if value else ""
        place = _without_description(label_value(place))
        if place and any(c.isalpha() for c in place):
            return place
    return None


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}")


def _without_description(value: str) -> str:
    """A labelled place without the spot described after its comma in lower case ('Нови
    Сад, кеј код Варадинског моста', 'Leeds, back garden'), or before it in lower case ('dak
    van mijn flat, Amsterdam-Noord'): the place is the name; a district's word keeps its part
    ('Ondřejov, okres Praha-východ'). A name written in lower case too (Georgian:
    'სტეფანწმინდა, ყაზბეგის მუნიციპალიტეტი') is kept whole."""
    head, comma, tail = value.partition(", ")
    first = tail.split(" ", 1)[0]
    districts = {w.lower() for w in gazetteer().district_words}
    lower = first[:1].islower() and not head[:1].islower()
    if comma and lower and first.lower() not in districts | _kinds():
        return head
    if comma and first[:1].isupper() and all(w[:1].islower() for w in head.split()):
        return tail  # 'dak van mijn flat, Amsterdam-Noord': the spot before, the place after
    return value


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    """Words of a place's kind that belong to its name: 'okres', 'village of', 'район'."""
    return frozenset(w.split()[0] for s in ("settlements", "districts") for w in words_of(s))


def _place_before(text: str, comma: int) -> str | None:
    """The capitalised place name that ends just before `comma` ('Elk Grove', 'Manorville NY')."""
    head = text[:comma]
    rx = re.compile(
        rf"((?:{PLACE_WORD}\s(?:{_CONNECTOR}\s)?){{0,3}}{PLACE_WORD}(?:\s[A-Z]{{2}})?)$"
    )
    m = rx.search(head)
    if not m:
        return None
    words = m.group(1).split()
    regions = gazetteer().regions
    while words and (
        words[0] in BAD_FIRST
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


def _place_region(line: str, above: str = "") -> list[tuple[int, str]]:
    """Every 'Place, Region[, Region]' in a line, with its position; never a person greeted
    ('Hola Juan, Córdoba es linda'); `above`, the line before, may end the longer name the
    place is in ("… Cooper River Lake in" above "Cherry Hill, New Jersey")."""
    from ipom_mail.pipeline.fields.story import GREETING  # story reads location: imported late

    rx = region_rx()
    found: list[tuple[int, str]] = []
    greeting = GREETING.match(line) is not None
    for m in re.finditer(r",\s+", line):
        region = rx.match(line, m.end())
        place = _place_before(line, m.start()) if region else None
        if not region or not place:
            continue
        head = line[: m.start() - len(place)]
        head = f"{above}\n{head}" if at_start(line, place) else head
        longer = re.search(r"\b((?:[A-Z][a-z]+\s+){1,3})(?:in|im|en|nel|à)\s+$", head)
        if longer and (not is_town(place) or _site_passed_over(head, longer)):
            continue  # "Pinnacles Desert in Nambung National Park, WA": a longer name; "over
            # Cooper River Lake in Cherry Hill, NJ": the site in view, not its town
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


def _site_passed_over(head: str, longer: re.Match[str]) -> bool:
    """Whether the name before "in" is a site by its kind ([site_kinds]) the station passed
    over ("rising over Cooper River Lake in"); a site taken from keeps its town ("from the
    parking lot of the Chico Community Observatory in Chico, California")."""
    kinds = words_of("site_kinds")
    site = any(w.lower() in kinds for w in longer[1].split())
    return site and passed_over(head[: longer.start()])


def at_start(line: str, place: str) -> bool:
    """Whether the line opens with the place (its longer name may end the line above)."""
    return line.lstrip().startswith(place)


def _place_bracketed(line: str) -> list[tuple[int, str]]:
    """Every 'Place (Region)' in a line ('Saint-Véran (Hautes-Alpes)'), as written, when the
    place is a town or the word before it leaves names as written ('de', 'in', 'à'): after
    a word that declines what follows ('v Ondřejově (okres …)') it may be in a case ending."""
    found: list[tuple[int, str]] = []
    for m in re.finditer(r"\s\(", line):
        code = _province_code(line, m.end())  # "dalla piazza di Crissolo (CN)"
        region = code or region_rx().match(line, m.end())
        place = _place_before(line, m.start()) if region else None
        if not region or not line.startswith(")", region.end()):
            continue
        if region.group(0).isupper() and not code:
            continue  # "(UT)": a zone, not Utah
        if not place:
            continue
        head = line[: m.start() - len(place)]
        plain = re.search(rf"(?<![\w'’-])(?i:{alt('as_written')})\s*$", head)
        if (is_town(place) or plain) and not club_name(place):
            found.append((m.start(), line[m.start() - len(place) : region.end() + 1]))
    return found


def _province_code(line: str, at: int) -> re.Match[str] | None:
    """A province's code alone in brackets at `at` ("CN" of "Crissolo (CN)";
    data/locatives.toml [province_codes])."""
    m = re.compile(r"[A-Z]{2}(?=\))").match(line, at)
    return m if m and m.group(0) in words_of("province_codes") else None


def _free_text(text: str) -> str | None:
    """The best 'Place, Region' of the text (a sentence in the first person wins); never a
    town in a case ending before the comma ("amelyet Ságújfaluban, Magyarország első
    csillagoségbolt-falujában készítettem": the town is read in its base form later)."""
    candidates: list[tuple[int, int, str]] = []
    lines = text.splitlines()
    for n, line in enumerate(lines):
        above = lines[n - 1] if n else ""
        for at, place in [*_place_region(line, above), *_place_bracketed(line)]:
            if town_in_case(re.split(r"[,(]", place)[0].split()[-1], text):
                continue
            start = max(line.rfind(". ", 0, at), 0)
            mine = bool(_FIRST_PERSON.search(line[start:at]))
            candidates.append((0 if mine else 1, n, place))
    return min(candidates)[2] if candidates else None


def find_location(
    text: str, people: frozenset[str] = frozenset(), mail: str | None = None
) -> str | None:
    """The place the sender named: a labelled line first, else a 'Place, Region' in the text,
    else the spot named after a verb of taking (fields/place_taken.py), where the sender
    stood (fields/place_stood.py), or after "from" in a
    script without capitals (fields/place_caseless.py), or onto a Thai locative word or
    before a Hindi postposition (fields/place_scripts.py), else a place in a
    sentence (fields/place_phrases.py) or after a spot, else where the sender drove or went
    to (fields/place_went_to.py), else a town the ISS passed over; with
    its state's code after a slash ("Campinas/SP") and the site named in brackets right
    after it ("Aarhus (Ole Rømer Observatoriet)"). Where a spot taken from is named but not
    surely read, only its own paragraph is read further ("vom Vereinsgelände in Ahlen"),
    never another's town ("Tag der offenen Sternwarte in Köln"). A name the mail gives a
    person (`people`, see place_taken.people_named) is no place ("anche a Luca"). `mail`,
    the whole mail, is where a town's base form may be written ("u Zadru" above "Zadar")."""
    free = own = unwrapped(without_journeys(without_plans(without_signatures(text))))
    first = (
        lambda: _labelled(text),
        lambda: _prose_labelled(free),
        lambda: kind_site(free),
        lambda: _free_text(free),
        lambda: bracketed_site(free),
        lambda: taken_from_spot(free, people),
        lambda: ended_site(free),
        lambda: stood_place(free),
        lambda: home_in_place(free),
        lambda: caseless_place(free),
        lambda: script_place(free),
    )
    place = _first_place(first, people, text)
    if place is None:
        free = unsure_spot_line(free) or free
        rest = (
            lambda: place_in_sentence(free),
            lambda: region_after_word(free),
            lambda: spot_place(free, mail or text),
            lambda: suffixed_town(free),
            lambda: suffixed_name(free),
            lambda: went_to_place(free),
            lambda: first_over(free),
            lambda: cased_over_town(free),
            lambda: declined_place(free),
            lambda: went_cased_place(free),
            lambda: headed_place(free),
            lambda: greek_genitive_town(free),
            lambda: lower_case_place(free),
            lambda: lower_case_town(free),
            lambda: lower_proper_site(free),
            lambda: lower_town_after_comma(free),
            lambda: lower_taken_spot(free),
            lambda: None if taken_in_named(free) else caseless_over(free),
        )
        place = _first_place(rest, people, text)
    if place is None:
        return None
    state = re.search(rf"(?<![\w/]){re.escape(place)}/([A-Z]{{2}})(?![\w/])", text)
    if state and state.group(1) in gazetteer().state_codes:
        place = f"{place}/{state.group(1)}"  # "Campinas/SP"
    site = re.search(rf"{re.escape(place)}\s*(\([{UPPER}][^()\n]{{0,60}}\))", own)
    return f"{place} {site.group(1)}" if site and not zone_remark(site.group(1)) else place


def _first_place(
    readers: Iterable[Callable[[], str | None]], people: frozenset[str], text: str
) -> str | None:
    """The first place a reader gives that is not a person's name, a sky object's ("a
    téli Tejút felett": the Milky Way; fields/place_sky.py) nor a town the `text` names
    only as a clock's ("horário de Brasília"; fields/place_zone_city.py)."""
    found = (read() for read in readers)
    return next(
        (
            _without_day(p)
            for p in found
            if p and p.split()[0] not in people and not sky_name(p) and not zone_city_only(p, text)
        ),
        None,
    )


def _without_day(place: str) -> str:
    """A place without a weekday read after its comma as its area ("Lembang, Jumat,\n18
    September 2026": Friday is no part of Lembang); a weekday inside a name stays ("Boca
    Chica, Santo Domingo")."""
    from ipom_mail.pipeline.fields.weekday_words import weekday_alone

    head, comma, tail = place.rpartition(",")
    return head.rstrip() if comma and head.strip() and weekday_alone(tail.strip()) else place


def find_gps(media: Media) -> tuple[float | None, float | None]:
    """Latitude and longitude from the first usable media item whose EXIF has both."""
    for item in media.usable:
        if item.exif and item.exif.gps_lat is not None and item.exif.gps_lon is not None:
            return item.exif.gps_lat, item.exif.gps_lon
    return None, None

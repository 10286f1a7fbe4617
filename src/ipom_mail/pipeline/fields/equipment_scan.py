"""Equipment items in free text: where each starts, and which words leave it no item.

An item starts at a maker ("Skywatcher"), a known model ("EdgeHD", "ASI1600mm"), an accessory
("Barlow") or a zoom lens's range ("18-55mm") and runs over the words equipment_continues.py
takes; a date, a place, a separator or a prose word ends it. data/gazetteer.toml names the
makers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ipom_mail.pipeline.fields.equipment_continues import continues_name, group_end, model_like
from ipom_mail.pipeline.fields.equipment_focal import (
    RATIO,
    ZOOM,
    bare_zoom,
    prime_after_kind,
)
from ipom_mail.pipeline.fields.equipment_labels import LABEL_WORDS
from ipom_mail.pipeline.fields.equipment_makers import (
    maker_at,
    maker_in_base,
    own_line_after_code,
)
from ipom_mail.pipeline.fields.equipment_measures import measured
from ipom_mail.pipeline.fields.equipment_names import (
    is_filter_kind,
    is_tripod_head,
    kind_lead,
    lens_series,
    local_line,
    names_its_design,
    support_of,
    unread_local_line,
    without_kind_tail,
)
from ipom_mail.pipeline.fields.equipment_negated import negated_after, negated_before
from ipom_mail.pipeline.fields.equipment_short_end import (
    cut_after_code,
    model_edition,
    model_number,
)
from ipom_mail.pipeline.fields.equipment_tokens import Tok, pattern_at, tokens
from ipom_mail.pipeline.fields.gazetteer import Gazetteer, gazetteer
from ipom_mail.pipeline.fields.labels import (
    kind_words,
    label_words_raw,
)
from ipom_mail.pipeline.fields.place_words import words_of

__all__ = ["kind_lead_at", "scan", "start_at"]


def start_at(s: str, toks: Sequence[Tok], i: int, g: Gazetteer) -> tuple[int, str]:
    """The span (tokens) and kind of an item starting at token i."""
    for kind, n in (
        ("maker", maker_at(toks, i, g)),
        ("model", pattern_at(s, toks, i, g.models)),
        ("accessory", pattern_at(s, toks, i, g.accessories)),
    ):
        if n:
            return n, kind
    return 0, ""


def _starts_new(s: str, toks: Sequence[Tok], j: int, g: Gazetteer) -> bool:
    """Whether token j starts a new item (an accessory word that also continues items does not)."""
    n, _kind = start_at(s, toks, j, g)
    return bool(n) and toks[j].text.lower() not in g.model_words


_MAGNIFICATION = re.compile(r"\d+(?:[.,]\d+)?\s*[x×]?|[x×]\d+(?:[.,]\d+)?")
_SIZE = re.compile(r"\d+(?:[.,]\d+)?(?:\"|″|''|-?inch|-?in|mm|cm)")


def _first(toks: Sequence[Tok], i: int, kind: str) -> int:
    """Where an item really starts: a size ('10\" Dobsonian'), a magnification ('2x Barlow')
    or a lens series before its maker ('AF-S Nikkor')."""
    if i == 0 or toks[i - 1].closes:
        return i
    before = toks[i - 1].text
    if kind == "accessory" and _MAGNIFICATION.fullmatch(before):
        return i - 1
    if kind == "accessory" and RATIO.fullmatch(before):
        return i - 1  # "the f/6.3 reducer": a reducer named by the ratio it gives
    if kind == "model" and _SIZE.fullmatch(before):
        return i - 1
    if kind == "maker" and before.lower() in kind_words("series_before_maker"):
        return i - 1  # "AF-S Nikkor 24-70mm": the maker's series before its name
    if kind == "maker" and names_its_design(before):
        return i - 1  # "Maksutov Sky-Watcher 127/1500": its design, named after its maker
    return i


def _names_its_kind(s: str, toks: Sequence[Tok], i: int, j: int, g: Gazetteer) -> bool:
    """An accessory word right after a maker's model names what that model is, not a new
    item: "Baader Q-Turret Barlow", "Tele Vue Powermate"; so it does after a model with its
    factor before it ("the 0.7x EdgeHD reducer")."""
    if start_at(s, toks, j, g)[1] != "accessory":
        return False
    return maker_at(toks, i, g) > 0 or _factor_at(toks, i - 1)


def _factor_at(toks: Sequence[Tok], k: int) -> bool:
    """Whether token k is a factor ("0.7x", "2×") in the clause of the word after it."""
    if k < 0 or toks[k].closes or not _MAGNIFICATION.fullmatch(toks[k].text):
        return False
    return re.search(r"[x×]", toks[k].text) is not None


def _with_factor(s: str, toks: Sequence[Tok], first: int, j: int, g: Gazetteer) -> int:
    """Where an item from first to j starts with the factor before it, when it ends in an
    accessory's kind ("0.7x Celestron reducer", "0.7x EdgeHD reducer"): the factor names it."""
    if not _factor_at(toks, first - 1) or j - first < 2:
        return first
    return first - 1 if start_at(s, toks, j - 1, g)[1] == "accessory" else first


def _kind_of_two_words(s: str, toks: Sequence[Tok], i: int, j: int, g: Gazetteer) -> bool:
    """Whether an accessory of more than one word, the first a model's word, follows a maker's
    model at j and names its kind ("SkyGuider Pro star tracker"): it ends the item, whole."""
    n, kind = start_at(s, toks, j, g)
    two = n > 1 and kind == "accessory" and toks[j].text.lower() in g.model_words
    return two and not any(t.closes for t in toks[j : j + n - 1]) and maker_at(toks, i, g) > 0


def _local_line_at(toks: Sequence[Tok], j: int) -> int:
    """How many words at j name a maker's product line in katakana or Hangul before its model."""
    words = []
    for t in toks[j : j + 3]:
        words.append(t.text)
        if t.closes:
            break
    return local_line(words)


def _extend(s: str, toks: Sequence[Tok], i: int, n: int, kind: str) -> tuple[int, bool]:
    """Past the last token of the item that starts at i with n tokens; and whether the
    item is still only a maker name."""
    g = gazetteer()
    j = i + n
    alone = kind == "maker"
    while j < len(toks) and not toks[j - 1].closes:
        line = _local_line_at(toks, j) if alone else 0
        if line:  # "ベルボン ジオ・カルマーニュ N635": a product line in katakana, its model
            j, alone = j + line, False
            continue
        after = _maker_after_factor(s, toks, i + n, j) if kind == "accessory" else 0
        if after:  # "Barlow 2x Celestron", "Powermate 2.5x de Tele Vue": the maker after
            return after, False
        if alone or (kind == "accessory" and j == i + n):
            m, more = start_at(s, toks, j, g)
            joins = more in ("model", "accessory") or toks[j].text.lower() in g.model_words
            if m and (joins or (kind == "accessory" and more == "maker")) and (alone or more):
                j += m
                alone = False
                continue
        elif own_line_after_code(s, toks, j, g):
            break  # "Skymax 127 Star Adventurer GTi": a telescope, then its mount
        elif _kind_of_two_words(s, toks, i, j, g):
            j += start_at(s, toks, j, g)[0]  # "iOptron SkyGuider Pro star tracker"
            continue
        elif _starts_new(s, toks, j, g) and not (
            kind == "maker" and lens_series([t.text for t in toks[i + n : j]], toks[j].text)
        ):
            if not _names_its_kind(s, toks, i, j, g):
                break
            j += start_at(s, toks, j, g)[0]
            continue
        k = max(group_end(toks, j, g), model_number(s, toks, j))
        if k > j:
            return k, False
        if not (continues_name(toks, j, g, alone) or model_edition(s, toks, j, g)):
            break
        alone = False
        j += 1
    return j, alone


def _maker_after_factor(s: str, toks: Sequence[Tok], k: int, j: int) -> int:
    """Past the maker written after an accessory's kind and its factor, tokens k to j ("Barlow
    2x Celestron", "Powermate 2.5x de Tele Vue"), maybe joined by "of"; 0 when none stands
    there, or when a model follows the maker (another instrument: "Barlow 2x Celestron C8")."""
    g = gazetteer()
    if j != k + 1 or not _factor_at(toks, k):
        return 0  # "Barlow 2 Celestron": a bare number is no factor
    of = toks[j].text.lower() in kind_words("kind_joins", "of") and not toks[j].closes
    m = maker_at(toks, j + of, g) if j + of < len(toks) else 0
    end = j + of + m
    if not m or any(t.closes for t in toks[j : end - 1]):
        return 0
    if end < len(toks) and not toks[end - 1].closes and start_at(s, toks, end, g)[0]:
        return 0
    nxt = toks[end].text if end < len(toks) and not toks[end - 1].closes else ""
    return 0 if nxt and model_like(nxt, g) else end


def _kind_before_maker(s: str, toks: Sequence[Tok], i: int, n: int, kind: str) -> bool:
    """A kind before a maker: the item starts at the maker when the kind is one lower-case word
    ("barlow Explore Scientific 3x") or the maker's model follows ("prisma di Herschel Baader
    Cool-Ceramic"); a kind before its maker alone, or a magnification alone, is the whole
    item ("prisme de Herschel Baader", "lente di Barlow Baader 2,25x"), and so is one with a
    size alone ("coin de Herschel Lunt 2\"": a wedge's size names no model)."""
    g = gazetteer()
    if kind != "accessory" or any(t.closes for t in toks[i : i + n]) or i + n >= len(toks):
        return False
    if start_at(s, toks, i + n, g)[1] != "maker":
        return False
    if n == 1 and toks[i].text.islower():
        return True
    m = maker_at(toks, i + n, g)
    j, alone = _extend(s, toks, i + n, m, "maker")
    sized = (
        _MAGNIFICATION.fullmatch(t.text) or _SIZE.fullmatch(t.text) for t in toks[i + n + m : j]
    )
    return not alone and not all(sized)


# A model named by a hyphened code without digits is a product, no kind: "AZ-GTi", "Uranus-C"
_PRODUCT = re.compile(r"[A-Za-z]+-[A-Za-z]*[A-Z][A-Za-z]*")


def kind_lead_at(toks: Sequence[Tok], i: int) -> int:
    """How many words before a maker written alone name what it made: "штатив Benro",
    "filtre vermell Astronomik", "IR-cut filtre de ZWO" (what the filter passes, before its
    kind); a sentence's end before them ends the look back."""
    before = [t.text for t in toks[max(0, i - 2) : i]]
    while before and any(t.closes for t in toks[i - len(before) : i]):
        before = before[1:]
    n = kind_lead(before)
    k = i - n - 1
    passes = n and k >= 0 and not toks[k].closes and is_filter_kind(toks[k + 1].text)
    what = toks[k].text if passes else ""  # "IR-cut", "UV", "OIII"; never "z" (with)
    return n + 1 if what.lower() in gazetteer().model_words and not what.islower() else n


def _support_of(toks: Sequence[Tok], i: int) -> bool:
    """Whether a tripod's kind and "of" stand right before the maker at i, in its clause."""
    before = toks[max(0, i - 2) : i]
    return (
        len(before) == 2
        and not any(t.closes for t in before)
        and support_of([t.text for t in before])
    )


_KIND = re.compile(f"(?:{LABEL_WORDS})", re.I)


def _lower_kind(word: str) -> bool:
    """Whether a word is an instrument's kind written in lower case ("camera", "lens"); with a
    capital it may be a maker's word ("William Optics")."""
    return word.islower() and _KIND.fullmatch(word) is not None


def _kind_next(s: str, toks: Sequence[Tok], i: int, g: Gazetteer) -> bool:
    """Whether an accessory's kind follows the model at token i, in its clause."""
    k = i + 1
    return k < len(toks) and not toks[i].closes and start_at(s, toks, k, g)[1] == "accessory"


def _model_start(s: str, toks: Sequence[Tok], i: int, done: int, g: Gazetteer) -> int:
    """Where an item found by its model or zoom range at i starts: the name-like words before
    it back to one holding a maker ("HD Pentax-D FA 15-30mm"); i when none stand before it
    ("y el 18-55mm"), or only the item before it, which ends at done ("canon eos 2000d
    18-55mm kit lens"); -1 when they name no maker, as the model alone would cut the name."""
    k = i
    while k > done and not toks[k - 1].closes:
        word = toks[k - 1].text
        if not (model_like(word, g) or word.lower() in g.model_words) or _lower_kind(word):
            break  # "camera QHY5III": a kind in lower case before the model is no part of it
        if _factor_at(toks, k - 1) and _kind_next(s, toks, i, g):
            break  # "the 0.7x EdgeHD reducer": a factor, read with the accessory's kind
        k -= 1
    if k == i:
        return i
    named = any((t.text.split("-")[0].lower(),) in g.makers for t in toks[k:i])
    return k if named else -1


_SKY_DESIGNATION = re.compile(f"(?:{label_words_raw('sky_designations')})", re.I)


def _sky_object(toks: Sequence[Tok], i: int, n: int, maker: str) -> bool:
    """Whether a maker named after a star or constellation names the sky object: a catalogue
    name or a component follows it ("Orion M42", "Altair HD 187642", "Sirius B")."""
    if maker not in kind_words("sky_makers") or i + n >= len(toks) or toks[i + n - 1].closes:
        return False
    return _SKY_DESIGNATION.fullmatch(toks[i + n].text) is not None


def _club(words: Sequence[Tok]) -> bool:
    """Whether the words after a maker make it a club's or an institution's name ("Orion
    Astronomy Club", "Sirius Astronomical Society", "Zeiss Observatorium Bosscha";
    data/locatives.toml [club_words], a firm's "Optics" aside, and [institution_words])."""
    named = (words_of("club_words") - {"optics", "astro"}) | words_of("institution_words")
    return any(t.text.lower().strip(",.;:") in named for t in words)


def _negated(s: str, toks: Sequence[Tok], first: int, j: int, kind: str) -> bool:
    """Whether the words of its clause beside the item from token first to j say it was not
    used ("without the 2x Barlow", "2x barlow yok bu sefer"; data/labels.toml [negated])."""
    start = first
    while start > 0 and not toks[start - 1].closes:
        start -= 1
    head = s[toks[start].start : toks[first].start]
    tail = s[toks[j - 1].end :]  # "9.25'i bu sefer evde bıraktım": a case ending runs on
    tail = "" if toks[j - 1].closes and tail[:1] not in "'’" else tail
    return negated_before(head, kind == "accessory") or negated_after(tail)


def scan(s: str, g: Gazetteer) -> list[str]:
    """Equipment items in free text `s`, as written."""
    toks = tokens(s)
    items: list[str] = []
    i = done = 0
    while i < len(toks):
        n, kind = start_at(s, toks, i, g)
        if not n:  # "con la nikon d5300 y el 18-55mm": a zoom lens named by its range
            n = pattern_at(s, toks, i, ZOOM) or bare_zoom(toks, i, done)
            n, kind = n or prime_after_kind(s, toks, i), "model"
        first = _first(toks, i, kind) if n else i
        if n and kind == "model" and first == i:  # "HD Pentax-D FA 15-30mm", "AF-S VR 70-200mm"
            first = _model_start(s, toks, i, done, g)
        if not n or first < 0 or _kind_before_maker(s, toks, i, n, kind):
            i += n if n and first >= 0 else 1  # past the kind, to its maker
            continue
        j, alone = _extend(s, toks, i, n, kind)
        if cut_after_code(s, toks, j, g, bool(j < len(toks) and start_at(s, toks, j, g)[0])):
            i = done = j  # "… GoPro Hero 12 Black": never cut short, so not given at all
            continue
        first = _with_factor(s, toks, first, j, g)
        lead = kind_lead_at(toks, i) if kind == "maker" and alone else 0
        first, alone = (i - lead, False) if lead else (first, alone)
        maker = " ".join(t.text.lower() for t in toks[i : i + n])
        item = s[toks[first].start : toks[j - 1].end].strip(" ([")
        item = without_kind_tail(maker_in_base(item, toks, i, g) if kind == "maker" else item, g)
        item = item[:-1].rstrip() if item.endswith(")") and "(" not in item else item
        bare = kind != "maker" and not any(c.isdigit() for c in item)
        bare = bare and (" " not in item or item in g.cjk_accessories)  # "빨간 필터": no maker
        bare = bare and not _PRODUCT.fullmatch(item)
        head = any(is_tripod_head(toks[k].text) for k in (j - 1, j) if k < len(toks))
        head = head and not any(c.isdigit() for c in item)  # "a Wimberley WH-200 head": named
        lone = kind == "maker" and alone and (maker in g.needs_model or i > 0)
        lone = lone and not (lead == 0 and _support_of(toks, i))  # "statief van Sirui"
        lone = lone or (kind == "maker" and _sky_object(toks, i, n, maker))
        lone = lone or (kind == "maker" and _club(toks[i + n : j]))
        nxt = toks[j].text if j < len(toks) and not toks[j - 1].closes else ""
        lone = lone or (kind == "maker" and j == i + n and unread_local_line(toks[j - 1].text, nxt))
        lone = lone or measured(toks, first, j, alone)  # "asi 450 km od nás": about 450 km
        if not lone and not bare and not head and not _negated(s, toks, first, j, kind):
            items.append(item)  # a bare "Dobson" or "Barlow" in prose names no instrument
        i = done = j
    return items

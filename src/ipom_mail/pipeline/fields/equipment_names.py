"""What is and is not an instrument's name: split from equipment.py.

A bare number or lower-case words alone name nothing ("8", "with", "σε τρίποδο"); the
kind of thing written after a name is not part of it ("ZWO ASI462MC kameru").
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.equipment_described import without_kind_description
from ipom_mail.pipeline.fields.gazetteer import Gazetteer, gazetteer
from ipom_mail.pipeline.fields.labels import (
    adapters,
    connectors,
    designs,
    kind_bases,
    kind_words,
    kinds,
    kinds_in_cases,
    label_words_raw,
)


def not_a_name(piece: str, g: Gazetteer, label_words: str) -> bool:
    """A bare number ("8") or lower-case words alone ("with", "finder"): no instrument's name
    (an accessory word such as "tripod" is one)."""
    if re.fullmatch(r"[\d\s.,/x×]+", piece) or adapters().fullmatch(piece):
        return True  # a number, or an adapter ("T-ring") that is no instrument
    if g.accessories.fullmatch(piece) or re.fullmatch(label_words, piece, re.I):
        return False  # "tripod", "barlow": an instrument named by its kind
    if makers_support(piece, g):
        return False  # "맨프로토 삼각대": a maker's tripod, in a script without capitals
    return not any(c.isdigit() or c.isupper() for c in piece)  # "σε τρίποδο", "三脚"


_FOCAL = re.compile(rf"\d(?:{'|'.join(kind_words('focal_units'))})$", re.IGNORECASE)
_LOWER_SERIES = re.compile(r"[a-z]{1,4}-[a-z]{1,4}")  # "atx-i", "at-x": a series in lower case


def lens_series(words: list[str], nxt: str) -> bool:
    """Whether the words after a maker are its lens series or line (data/gazetteer.toml
    [lens_series]) and the focal length after them (nxt) ends the lens's name: "Tokina atx-i
    11-16mm f/2.8 lens", "Sigma Art 14mm"; a series names no lens without it. A camera's
    words ("Canon EOS R 50mm lens", "Canon 6D 24mm lens") are another instrument's."""
    if not _FOCAL.search(nxt) or not 0 < len(words) <= 2:
        return False
    known = gazetteer().lens_series
    return all(w.lower() in known or _LOWER_SERIES.fullmatch(w) for w in words)


def unknown_word(piece: str, g: Gazetteer) -> bool:
    """Whether a piece is one ordinary word the gazetteer does not know ("Ganze", "Hause"): a
    noun written with a capital, no maker's or model's name."""
    if not piece.isalpha() or not piece[1:].islower():
        return False  # "AZ-GTi", "RedCat", "C8": a model's shape
    low = piece.lower()
    known = (low,) in g.makers or low in g.model_words or is_support(low) or is_filter_kind(low)
    return not known and not g.models.fullmatch(piece) and not g.accessories.fullmatch(piece)


def reads_as_prose(piece: str, g: Gazetteer) -> bool:
    """Whether a labelled piece reads as a sentence rather than a product name."""
    words = piece.split()
    lower = [w for w in words if w.isalpha() and w.islower() and w.lower() not in g.model_words]
    return len(words) > 7 or len(lower) > 2


_SOLAR_KIND = re.compile(
    r"(?:H-?alpha|Hα|Ha|Ca-?K|solar|white-light)\s+(?:telescope|scope|refractor)", re.I
)


_BRACKET_TAIL = re.compile(r"\s*\(([^()]*)\)$")


def without_design(piece: str) -> str:
    """A name without the optical design written after it: in brackets always ("Skyliner
    250P (Dobson)", "LS60THa (H-alfa)"), bare only after a product line's name ("Skymax 127
    Maksutov", "Skymax 180 Pro Makszutov-távcső"); "Sky-Watcher 200P Dobsonian" and
    "Sky-Watcher 150/750 Newton" are named by their design and keep it."""
    bracket = _BRACKET_TAIL.search(piece)
    if bracket and bracket.start() > 0 and bracket.group(1).strip().lower() in designs():
        return piece[: bracket.start()].rstrip()
    words = piece.split()
    if len(words) > 3 and words[-1].lower() in kind_words("design_kinds"):
        shorter = without_design(" ".join(words[:-1]))
        if shorter != " ".join(words[:-1]):
            return shorter  # "Skymax 180 Pro Maksutov telescope": the kind goes with the design
    last = words[-1].lower() if words else ""
    if len(words) < 3 or not {last, last.split("-")[0]} & designs():
        return piece
    line = [w for w in words[1:-1] if len(w) > 4 and w.isalpha() and w.istitle()]
    if line and any(c.isdigit() for c in " ".join(words[:-1])):
        return " ".join(words[:-1])
    return piece


def without_kind_tail(piece: str, g: Gazetteer) -> str:
    """A name without the kind of thing written after it (data/labels.toml [kinds]): "ZWO
    ASI462MC kameru" (a camera, in Croatian), "Nikkor Z 400mm -objektiivi", joined by a
    hyphen to a model ("AZ-EQ5-montering"); a filter's kind
    in a case is given in its base form ([kind_base])."""
    words = without_kind_description(_without_remark(without_design(piece).split()))
    words = _without_filter_phrase(words)
    kind = words[-2].lower() if len(words) > 2 else ""
    if kind and words[-1] in connectors() and (kind in kinds() or is_support(kind)):
        words.pop()  # a postposition after the kind: "Star Adventurer montür üzerinde"
    if len(words) > 3 and is_support(" ".join(words[-2:])) and _named(words[:-2], g):
        words = words[:-2]  # a tripod's kind of two words: "Manfrotto 055 ٹرائی پوڈ"
    if (
        len(words) > 2
        and is_support(words[-1])
        and tuple(w.lower() for w in words[:-1]) not in g.makers
        and not all(w.isalpha() and w.islower() for w in words[1:-1])
    ):
        cased = _in_a_case(words.pop())  # "Manfrotto 190 trikojo" is the Manfrotto 190;
        # "Gitzo tripod", "Benro carbon tripod" keep their kind
        words = _maker_of_described(words, g) if cased else words
    if len(words) > 3 and _SOLAR_KIND.fullmatch(" ".join(words[-2:])):
        words = words[:-2]  # "Lunt LS60THa H-alpha telescope": what kind of telescope it is
    words = _without_hyphened_kind(words)
    while len(words) > 1 and words[-1].lstrip("-").lower() in kinds():
        if not any(c.isdigit() or c.isupper() for c in " ".join(words[:-1])):
            break
        if g.accessories.fullmatch(" ".join(words[-2:])):
            break  # "Baader 빨간 필터": a filter named by its colour keeps its kind
        words.pop()
        words = without_design(" ".join(words)).split()  # "Skymax 127 Maksutov teleskop"
    if (
        words
        and _in_a_case(words[-1])
        and (
            (len(words) > 1 and is_support(words[-1]))
            or (len(words) > 2 and is_filter_kind(words[-1]))
        )
    ):
        kind = words.pop()  # "á Manfrotto þrífæti", "s Baader AstroSolar filtrom": the name alone
        words = _maker_of_described(words, g) if is_support(kind) else words  # "Benro karbon"
    base = kind_bases().get(words[-1]) if len(words) > 1 else None
    if base and any(c.isdigit() or c.isupper() for c in " ".join(words[:-1])):
        words[-1] = base  # "Baader AstroSolar filterom": the filter, in its base form
    return _support_in_base(_without_bare_adjective(words))


def _maker_of_described(words: list[str], g: Gazetteer) -> list[str]:
    """A maker and lower-case words saying what kind of tripod, its kind taken off in a case
    ("Peak Design seyahat [tripodu]": a travel tripod): the maker alone, as "á Manfrotto
    þrífæti" is Manfrotto; any other name as it is."""
    k = len(words)
    while k > 1 and words[k - 1].isalpha() and words[k - 1].islower():
        k -= 1
    return (
        words[:k] if k < len(words) and tuple(w.lower() for w in words[:k]) in g.makers else words
    )


def _named(words: list[str], g: Gazetteer) -> bool:
    """Whether words name an instrument by a model, not by its maker alone ("Gitzo tripod")."""
    named = any(c.isdigit() or c.isupper() for c in " ".join(words[1:]))
    return named and tuple(w.lower() for w in words) not in g.makers


def without_joined_kind(item: str, g: Gazetteer) -> str:
    """An item whose maker has its kind joined by a hyphen, a model after it ("Gitzo-Stativ
    GT2545T", "Sky-Watcher-Montierung EQ5", "Manfrotto-statief 190XPRO"): the maker and the
    model, as a curator writes it. Alone, "Gitzo-Stativ" keeps its kind: the maker alone
    names no instrument."""
    first, _, model = item.partition(" ")
    maker, _, kind = first.rpartition("-")
    if not model or (maker.lower(),) not in g.makers:
        return item
    if not (is_support(kind) or kind.lower() in kinds() or is_filter_kind(kind)):
        return item
    return f"{maker} {model}"


def _without_hyphened_kind(words: list[str]) -> list[str]:
    """A name without a kind joined to its last word by a hyphen ("AZ-EQ5-montering",
    "Manfrotto 055-driepoot"); a design keeps its kind in the base form ("Newton-távcső" names
    the instrument) and loses it in a case ("Dobson-távcsövemmel": with my Dobson telescope)."""
    hyphened = words[-1].rsplit("-", 1) if words and "-" in words[-1][1:] else None
    if hyphened is None:
        return words
    named = any(c.isdigit() or c.isupper() for c in hyphened[0])
    if hyphened[0].lower() in designs():
        named = False  # "Newton-távcső": a design and its kind name the instrument
        if hyphened[1].lower() in kinds_in_cases() and len(words) > 1:
            return [*words[:-1], hyphened[0]]  # "200P Dobson-távcsövemmel": the Dobson
    if named and (hyphened[1].lower() in kinds() or is_tripod_head(hyphened[1])):
        return [*words[:-1], hyphened[0]]  # "AZ-EQ5-montering", "EQ5-Montierung", "K-20X-pallopää"
    numbered = len(words) > 1 and any(c.isdigit() for c in hyphened[0])
    if numbered and is_support(hyphened[1]):
        return [*words[:-1], hyphened[0]]  # "Manfrotto 055-driepoot"; "Gitzo-Stativ" keeps it
    return words


@cache
def _bare_adjective() -> re.Pattern[str]:
    """A number or size made an adjective by a hyphened ending ([case_endings] `adjective`)."""
    endings = "|".join(sorted(kind_words("case_endings", "adjective"), key=len, reverse=True))
    size = r"(?:.*\d)?(?:mm|cm|[x×\"″])?"  # "127", "0,7x", "8\"", the "mm" of "14 mm"
    return re.compile(rf"(?P<size>{size})-(?:{endings})")  # lower-case: not "ASI120MM-S"


def _without_bare_adjective(words: list[str]) -> list[str]:
    """A name whose last word is a size made an adjective for the kind dropped after it
    ("Samyang 14 mm-es [objektívvel]", "Skymax 127-es [Makszutovval]"): the size alone. With
    its kind still after it, it stays ("0,7x-es reduktor")."""
    m = _bare_adjective().fullmatch(words[-1]) if len(words) > 1 else None
    size = m.group("size") if m else ""
    numbered = any(c.isdigit() for c in size) or bool(size and words[-2][-1].isdigit())
    return [*words[:-1], size] if numbered else words


def _without_remark(words: list[str]) -> list[str]:
    """A camera's name without a remark after it that it was modified, and what the remark
    says ("Nikon Z6 modificata", "Canon 6D astro modified", "Canon 6D défiltré partiellement",
    "modified by Kolari"; data/labels.toml [modifications]): the same camera. So does a word
    describing an instrument after its name ("Quattro 200P imaging newtonian", "EQ5
    motorisée"; [after_name])."""
    remarks = kind_words("modifications", "words")
    for k in range(1, len(words)):
        two = " ".join(words[k : k + 2]).lower()
        if words[k].lower().rstrip(".") in remarks or two in remarks:
            break
        if k > 1 and words[k].lower().rstrip(".") in kind_words("after_name"):
            break  # "Quattro 200P imaging newtonian", "EQ5 motorisée": the name ends before
    else:
        return words
    rest = words[:k]
    while len(rest) > 1 and rest[-1].lower() in kind_words("modifications", "before"):
        rest = rest[:-1]  # "astro modified": what it was modified for
    return rest if any(c.isdigit() or c.isupper() for c in rest[-1]) else words


def _without_filter_phrase(words: list[str]) -> list[str]:
    """A named filter without the phrase saying what it is after it: "Baader AstroSolar güneş
    filtresi" (a solar filter, in Turkish) is the Baader AstroSolar; "Baader red filter"
    keeps it, as its maker alone names no filter."""
    if len(words) < 4 or not is_filter_kind(words[-1]):
        return words
    what = words[-2]
    qualifies = what.islower() and what in kind_words("kind_joins") - kind_words("kind_joins", "of")
    named = any(c.isdigit() or c.isupper() for c in "".join(words[1:-2]))
    return words[:-2] if qualifies and named else words


def _support_in_base(words: list[str]) -> str:
    """A tripod's or filter's kind around its maker in its base form: "statywie Benro" →
    "statyw Benro", "filtrem Baader" → "filtr Baader", "Manfrotto-jalustalla" →
    "Manfrotto-jalusta" (data/labels.toml [kind_base])."""
    if len(words) > 1 and (is_support(words[0]) or is_filter_kind(words[0])):
        words[0] = kind_bases().get(words[0].lower(), words[0])
    if len(words) > 1 and is_support(words[-1]):
        words[-1] = kind_bases().get(words[-1].lower(), words[-1])
    head, dash, tail = words[-1].rpartition("-") if words else ("", "", "")
    if head and is_support(tail):
        words[-1] = head + dash + kind_bases().get(tail.lower(), tail)
    return " ".join(words)


def _in_a_case(kind: str) -> bool:
    """Whether a kind is written in a case other than its base form (data/labels.toml
    [kind_base]: "þrífæti", "állványon"); after its maker the case joins it to the sentence,
    and the maker alone names the instrument, as a curator writes it."""
    low = kind.lower()  # a Korean particle ("삼각대를") is no case: the kind stays
    return kind_bases().get(low, low) != low and not re.search(r"[\uac00-\ud7af]", low)


def names_its_design(word: str) -> bool:
    """Whether a capitalised word before a maker is the telescope's design, named after the
    one who made it, and part of its name ("Maksutov Sky-Watcher 127/1500", data/labels.toml
    [design_names]); a kind ("Refraktor Sky-Watcher") is not."""
    return word[:1].isupper() and word.lower() in kind_words("design_names")


def is_support(word: str) -> bool:
    """Whether a word is a tripod in some language and case ("tripod", "штатив", "삼각대")."""
    return word.lower().lstrip("-") in kind_words("supports")


@cache
def _tripod_head() -> re.Pattern[str]:
    """One word naming a tripod's head (data/labels.toml [tripod_heads])."""
    return re.compile(rf"(?:{label_words_raw('tripod_heads')})", re.I)


def is_tripod_head(word: str) -> bool:
    """Whether a word is a tripod's head ("ball head", "Kugelkopf", "雲台"), alone or joined
    to its maker by a hyphen ("Benro-Kugelkopf", "Benro-pallopää")."""
    tail = word.rsplit("-", 1)[-1] if "-" in word[1:] else word
    return _tripod_head().fullmatch(word) is not None or _tripod_head().fullmatch(tail) is not None


def makers_support(piece: str, g: Gazetteer) -> bool:
    """Whether a piece is a maker and a tripod kind ("맨프로토 삼각대", "ulanzi statiefje") or a
    maker and its known product line ("ベルボン ジオ・カルマーニュ", "맨프로토 비프리"): an
    instrument named in a script without capitals or in lower case."""
    words = piece.lower().split()
    if len(words) == 1:
        return cjk_support_names().fullmatch(piece) is not None  # "捷信三脚架"
    if len(words) == 2 and (words[0],) in g.makers and words[1] in gazetteer().local_lines:
        return True
    return is_support(words[-1]) and tuple(words[:-1]) in g.makers


def is_filter_kind(word: str) -> bool:
    """Whether a word is a filter's kind ("filtro", "филтер", "Rotfilter": a German compound)."""
    low = word.lower()
    low = kind_bases().get(low, low)  # "filtrem", "фильтром": a filter in a case
    return low in kind_words("filter_kinds") or (len(low) > 6 and low.endswith("filter"))


def kind_lead(before: list[str]) -> int:
    """How many of the words before a maker named alone say what it makes, so belong to the
    item: "trípode Benro", "Rotfilter von Baader", "filtre vermell Astronomik", "црвени
    филтер Baader" (0 when none: "with Canon" names no instrument)."""
    joins = kind_words("kind_joins")
    of = kind_words("kind_joins", "of")  # "of" joins a kind to its maker, never precedes it
    words = [w.lower() for w in before[-2:]]
    if words and (is_support(words[-1]) or is_filter_kind(words[-1])):
        return 2 if len(words) == 2 and words[0] in joins - of else 1
    if len(words) == 2 and words[1] in joins and is_filter_kind(words[0]):
        return 2
    return 0  # "statief van Sirui", "trépied de Gitzo": the tripod is the maker's, named by it


def support_of(before: list[str]) -> bool:
    """Whether the two words before a maker written alone say it made the tripod ("statief
    van Sirui", "trépied de Gitzo"): the maker's name is the item."""
    words = [w.lower() for w in before[-2:]]
    return len(words) == 2 and is_support(words[0]) and words[1] in kind_words("kind_joins", "of")


_CJK = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]+")


@cache
def cjk_maker_starts() -> re.Pattern[str]:
    """Where a maker written in CJK starts a model's name after CJK words, with no space:
    "赤道儀にタカハシ FSQ-106ED" (Takahashi's FSQ-106ED on the mount), "カメラはソニー α7 IV",
    "三脚はスリック カーボンマスター 824" (a product line in katakana before its model), "三脚は
    マンフロット ビーフリー" (a known line alone: data/gazetteer.toml [local_lines])."""
    makers = [m[0] for m in gazetteer().makers if len(m) == 1 and _CJK.fullmatch(m[0])]
    alt = "|".join(sorted(map(re.escape, makers), key=len, reverse=True))
    line = r"(?:\s+[\u30a0-\u30ff\uac00-\ud7af][\u30a0-\u30ff\uac00-\ud7af・·-]*){0,2}"
    known = "|".join(sorted(map(re.escape, gazetteer().local_lines), key=len, reverse=True))
    ends = rf"{line}\s*[A-Za-z0-9α]|\s+(?:{known})(?![\u30a0-\u30ff\uac00-\ud7af])"
    return re.compile(rf"(?<=[\u3040-\u9fff\uac00-\ud7af])(?=(?:{alt})(?:{ends}))")


@cache
def cjk_support_names() -> re.Pattern[str]:
    """A maker and its tripod kind written as one CJK word ("捷信三脚架": a Gitzo tripod),
    or joined by "of" ("ジッツオの三脚": Gitzo's tripod), the maker's Latin name in brackets
    after its own ("富图宝（Fotopro）三脚架")."""
    makers = [m[0] for m in gazetteer().makers if len(m) == 1 and _CJK.fullmatch(m[0])]
    kinds_ = [k for k in kind_words("supports") if _CJK.fullmatch(k)]
    of = "|".join(w for w in kind_words("kind_joins", "of") if _CJK.fullmatch(w))
    alt = "|".join(sorted(map(re.escape, makers), key=len, reverse=True))
    kind = "|".join(sorted(kinds_, key=len, reverse=True))
    latin = r"(?:\s*[(（][A-Za-z][\w&.' -]{0,30}[)）]\s*)?"
    return re.compile(rf"(?:{alt}){latin}(?:{of})?(?:{kind})")


# A word in katakana or Hangul, scripts without capitals: "ジオ・カルマーニュ", "에보스타"
_LOCAL_WORD = re.compile(r"[\u30a0-\u30ff\uac00-\ud7af][\u30a0-\u30ff\uac00-\ud7af・·-]*")
_LATIN_MODEL = re.compile(r"[A-Za-z0-9][\w.+\-/]*")


def local_line(words: list[str]) -> int:
    """How many words in katakana or Hangul, right after a maker, name its product line
    before a Latin model ("ベルボン ジオ・カルマーニュ N635", "스카이와처 에보스타 80ED"), or
    alone when the line is a known one ("맨프로토 비프리": data/gazetteer.toml [local_lines]);
    0 when they are a kind ("셀레스트론 경통 C8") or no model follows."""
    for n in (1, 2):
        if len(words) <= n or not _LATIN_MODEL.fullmatch(words[n]):
            continue
        if not any(c.isdigit() or c.isupper() for c in words[n]):
            continue
        head = words[:n]
        if all(_LOCAL_WORD.fullmatch(w) and w not in kinds() for w in head):
            return n
    return 1 if words and words[0] in gazetteer().local_lines else 0


def unread_local_line(maker: str, nxt: str) -> bool:
    """Whether a maker in katakana or Hangul is followed by a word of its script that is no
    kind nor a known line ("캐논 샀어요"): a product line or a verb, which cannot be told, so
    no item."""
    local = _LOCAL_WORD.fullmatch(maker) and _LOCAL_WORD.fullmatch(nxt)
    return bool(local and nxt not in kinds() and nxt not in gazetteer().local_lines)

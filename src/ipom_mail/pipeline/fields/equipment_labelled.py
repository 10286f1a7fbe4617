"""Equipment in a labelled value ("Equipment: Canon EOS 5D Mark II + Sigma EF 8/4.0"): split
from equipment.py. The value is cut into pieces; each piece is one item, or is read word by
word as free text when it reads as prose.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from ipom_mail.pipeline.fields.equipment_continues import DATE_OR_TIME
from ipom_mail.pipeline.fields.equipment_focal import ratio_accessory, ratio_kind_items
from ipom_mail.pipeline.fields.equipment_labels import (
    EQUIPMENT_LABEL,
    LABEL_WORDS,
    OTHER_LABEL,
    SECONDS_RUN,
    SETTING,
    SOFTWARE,
)
from ipom_mail.pipeline.fields.equipment_makers import maker_at, read_word_by_word
from ipom_mail.pipeline.fields.equipment_names import (
    is_support,
    is_tripod_head,
    makers_support,
    names_its_design,
    not_a_name,
    reads_as_prose,
    unknown_word,
    without_kind_tail,
)
from ipom_mail.pipeline.fields.equipment_negated import negated_piece, only_negation
from ipom_mail.pipeline.fields.equipment_pieces import pieces, tidy_piece, without_lead
from ipom_mail.pipeline.fields.equipment_scan import kind_lead_at, scan, start_at
from ipom_mail.pipeline.fields.equipment_supports import bare_support, unknown_makers_tripods
from ipom_mail.pipeline.fields.equipment_tokens import tokens
from ipom_mail.pipeline.fields.equipment_value_end import whole_or_cut
from ipom_mail.pipeline.fields.gazetteer import Gazetteer, gazetteer
from ipom_mail.pipeline.fields.labels import kind_words

__all__ = ["labelled_items", "labelled_value_spans"]

# An accessory named after a person, in any language's form: the kind names what it is
_BARLOW_KIND = re.compile(r"(?:barlow|herschel|powermate)\w*$", re.I)


def _from_maker(piece: str, g: Gazetteer) -> str:
    """A piece without the kind of thing before its maker: 'Lunette William Optics GT81'."""
    toks = tokens(piece)
    for k in (1, 2):
        lead = toks[:k]
        if len(toks) <= k or any(t.closes or not _lettered(t.text) for t in lead):
            return piece  # "IR-pass Astronomik ProPlanet 642": a kind, then its maker
        if any(start_at(piece, toks, x, g)[0] for x in range(k)) or any(
            any(c.isdigit() for c in t.text) for t in lead
        ):
            return piece
        if start_at(piece, toks, k, g)[1] == "maker":
            if lead[-1].text.lower() in kind_words("series_before_maker"):
                return piece[lead[-1].start :]  # "AF-S Nikkor 24-70mm": the maker's lens series
            if names_its_design(lead[-1].text):
                return piece[lead[-1].start :]  # "Maksutov Sky-Watcher 127/1500": its design
            if _BARLOW_KIND.match(toks[0].text):
                return piece  # "Barlowova šošovka Baader 2,25x": the kind is the instrument
            # a maker alone keeps its kind: "Rotfilter von Baader", "na statywie Benro"
            kind = kind_lead_at(toks, k) if k + maker_at(toks, k, g) == len(toks) else 0
            return piece[toks[k - kind].start :]
    return piece


def _lettered(word: str) -> bool:
    """Whether a word is letters only, its marks among them (a vowel sign or virama of the
    Indic scripts: "লেন্স", "लेंस"), and a hyphen."""
    return (
        bool(word)
        and all(c.isalpha() or c == "-" or unicodedata.category(c).startswith("M") for c in word)
        and word.replace("-", "") != ""
    )


def _is_head(piece: str) -> bool:
    """Whether a piece is a tripod head, which holds a camera and is no instrument: "a Gitzo
    ball head", "head: Arca-Swiss"."""
    words = piece.split() or [""]
    after_tripod = [b for a, b in pairwise(words) if is_support(a)]
    ends = (words[0].rstrip(":"), words[-1], *after_tripod)  # "tripod head Manfrotto"
    return any(is_tripod_head(w) for w in ends)


def _kind_then_maker(raw: str, g: Gazetteer) -> bool:
    """Whether a piece is an accessory's kind written out, then its maker ("prisme de Herschel
    Baader", "Herschel prism Baader Cool-Ceramic"), maybe after an article ("un prisma de
    Herschel Baader Cool-Ceramic": the kind's two words around "de" are no name): the scan
    keeps the kind with a maker alone, and starts at the maker when its model follows."""
    bare = without_lead(raw)
    kind = g.accessories.match(bare)
    rest = tokens(bare[kind.end() :]) if kind else []
    return bool(rest) and maker_at(rest, 0, g) > 0


def _one_setting(m: re.Match[str]) -> str:
    """A time in seconds as one setting of its own ("…, 20-25s"): no "s" left to join names."""
    return " " + re.sub(r"\s+", "", m.group(0))


def _read_whole(raw: str) -> list[str]:
    """The items of a piece read whole, or none: an accessory by its kind, maker and ratio
    ("redutor Celestron f/6.3": the kind names it), tripods by makers the gazetteer does not
    know ("dipasang di tripod Takara ECO-193A")."""
    named = ratio_kind_items(raw)
    if len(named) == 1 and raw.rstrip(" .").endswith(named[0][1]):
        return [named[0][0]]
    return unknown_makers_tripods(raw)


def labelled_items(value: str, g: Gazetteer) -> list[str]:
    """Items of one labelled value, e.g. 'Canon EOS 5D Mark II + Sigma EF 8/4.0'. A kind
    alone counts as the value it begins ("Mount: tripod"), not among named instruments, but
    a tripod does anywhere ("Sprzęt: Nikon Z7 + Nikkor Z 24-70mm, statyw")."""
    items: list[str] = []
    negating = False  # the piece before was a negation alone: "ezúttal nem | a Skymax 127"
    for n, raw in enumerate(pieces(SECONDS_RUN.sub(_one_setting, value))):
        carried, negating = negating, only_negation(raw)
        if carried:
            continue
        whole = _read_whole(raw)
        if whole:
            items += whole
            continue
        tidy = tidy_piece(raw, g)
        if _kind_then_maker(raw, g) or _kind_then_maker(tidy, g):
            items += scan(raw.strip(), g)  # "prisme de Herschel Baader", "une Barlow Celestron
            continue  # X-Cel LX 2x": read as in prose, where a kind before a model goes
        head = _is_head(tidy) or _is_head(raw.strip())  # "head: Arca-Swiss" lost its lead
        piece = without_kind_tail(_from_maker(tidy, g), g) if not head else ""
        if negated_piece(raw.strip()):
            continue  # "ohne Stativ", "no tripod": the lead-in said there was none
        if head and any(c.isdigit() for c in tidy):
            items += scan(tidy, g)  # "Wimberley WH-200 head": a head named by its model
            continue
        if ratio_accessory(piece, g):
            items.append(piece)  # "with the f/6.3 reducer": no setting
            continue
        if bare_support(piece):
            items.append(bare_support(piece))  # "…, statyw", "på stativ": a tripod is equipment
            continue
        if (
            not piece
            or (
                (n > 0 and not any(c.isdigit() or c.isupper() for c in piece))
                and not makers_support(piece, g)
            )
            or SETTING.match(piece)
            or SOFTWARE.fullmatch(piece)
            or negated_piece(piece)
            or not_a_name(piece, g, LABEL_WORDS)
            or _is_head(piece)  # "a Gitzo ball head", "Kugelkopf von Manfrotto"
            or unknown_word(piece, g)  # "das Ganze auf einem Stativ": the whole, a noun
        ):
            continue
        if DATE_OR_TIME.search(piece) or reads_as_prose(piece, g) or read_word_by_word(piece, g):
            items += scan(piece, g)  # the words end its items: "EQ5:n päällä", "Pro-ra"
        elif whole_or_cut(piece, g):
            items.append(whole_or_cut(piece, g))  # "Canon 6D Anna": no name cut nor glued
    return items


_CJK = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")  # a CJK sentence's end: "… 上。曝光25秒"
# A trailing sentence ends a labelled value: "… 2.5x Powermate. Hand-tracked with the finder"
# ("… 赤道儀上。以 SER 錄影": a CJK full stop, then one CJK character is a sentence too)
_SENTENCE_END = re.compile(
    r"(?<=[^\W_]|\))(?:\.\s+|。\s*)(?=\d|[^\W\d_]{2}|[\u3040-\u9fff\uac00-\ud7af])"
)


def _sentence_end(line: str, pos: int) -> int:
    """Where a sentence after the value starts its end, in any alphabet ("… EQ6-R Pro.
    Záznam videa 1 ms"): a full stop, then a digit or a capital before a small letter."""
    for m in _SENTENCE_END.finditer(line, pos):
        nxt = line[m.end() : m.end() + 2]
        if _numbered(line, m.start(), nxt):
            continue  # "Rollei Compact Traveler No. 1": a model's number, no sentence's end
        cjk = _CJK.match(nxt) or _CJK.match(line[m.start() - 1])  # "。" after or before a CJK word
        if nxt[0].isdigit() or (nxt[0].isupper() and nxt[1].islower()) or cjk:
            return m.start()
    return len(line)


def _numbered(line: str, dot: int, nxt: str) -> bool:
    """Whether the full stop at `dot` ends a model's number word before its number ("No. 1",
    "Nr. 2", "č. 1"; data/labels.toml [model_numbers]), a word after a name."""
    words = line[:dot].split()
    return (
        len(words) > 1
        and nxt[:1].isdigit()
        and words[-1].lower() in kind_words("model_numbers")
        and not words[-2].endswith((".", ",", ";", ":"))
    )


# A line headed by an accessory's kind and a colon ("Herschel prism: Lacerta 2\"")
# (possessive blanks and a head starting with a letter: a line of blanks is no backtracking)
_HEAD = re.compile(r"^\s*+[-–*•]?\s*+([^\s:：\d][^:：\d]{2,39}?)\s*[:：]\s*(?=\S)")


def _accessory_label(line: str) -> re.Match[str] | None:
    """The head of a line whose label is an accessory's kind: the kind labels, the value names."""
    head = _HEAD.match(line)
    return head if head and gazetteer().accessories.fullmatch(head.group(1)) else None


_TABLE_LABEL = re.compile(rf"^\s*+(?:{LABEL_WORDS})(?:\s*\([^)]*\))?\s{{2,}}(?=\S)", re.I)


def labelled_value_spans(line: str) -> list[tuple[int, int]]:
    """Where equipment values sit in a line: after each label, up to the next label.

    A table row turned into text ("Telescope     Takahashi FSQ-106") counts as a label.
    """
    row = _TABLE_LABEL.match(line) or _accessory_label(line)
    start = row.end() if row else 0
    inner = EQUIPMENT_LABEL.search(line, start)
    if row and not inner:
        return [(start, len(line))]
    spans = []  # a row's cell may hold labels of its own: "望遠鏡：… ／カメラ：…"
    if row and inner and line[start : inner.start()].strip():
        spans.append((start, inner.start()))
    for m in EQUIPMENT_LABEL.finditer(line, start):
        end = len(line)
        for rx in (EQUIPMENT_LABEL, OTHER_LABEL):
            nxt = rx.search(line, m.end())
            if nxt:
                end = min(end, nxt.start())
        stop = _sentence_end(line, m.end())
        spans.append((m.end(), min(end, stop)))
        while stop < end:  # "… HEQ5 Pro. Filtro Baader Solar Continuum.": more of the list
            gap = _SENTENCE_END.match(line, stop)
            if gap is None:
                break
            start = gap.end()
            stop = min(end, _sentence_end(line, start))
            if not _names_gear_first(line[start:stop]):
                break
            spans.append((start, stop))
    return spans


def _names_gear_first(sentence: str) -> bool:
    """Whether a sentence after an equipment value goes on with the list: it opens with a
    maker or a model, or with a kind's word or two before one ("Filtro Baader Solar
    Continuum", "Baader Solar Continuum filter in the wedge"); not "Hand-tracked with the
    finder", nor a sentence of settings."""
    toks, g = tokens(sentence), gazetteer()
    for i in range(min(3, len(toks))):
        found, kind = start_at(sentence, toks, i, g)
        if found and kind in ("maker", "model"):
            opens = i == 0 or kind_lead_at(toks, i) == i
            return opens and all(_named_whole(item) for item in labelled_items(sentence, g))
    return False


def _named_whole(item: str) -> bool:
    """An item with a name after its maker and no prose inside ("Baader Solar Continuum
    filter"; not "Canon" of "Canon service fixed the shutter", nor "Baader UHC-S devant
    l'objectif"): a lower-case word may only end it, as its kind."""
    words = item.split()
    return len(words) > 1 and not any(w.isalpha() and w.islower() for w in words[:-1])

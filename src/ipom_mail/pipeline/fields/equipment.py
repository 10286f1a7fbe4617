"""Equipment: labelled lines in many languages, gazetteer makers/models in free text, EXIF.

Each item once, as written, in order. An item starts at a maker ("Skywatcher"), a known
model ("EdgeHD", "ASI1600mm") or an accessory ("Barlow") and runs over model-like tokens;
a date, a place, a separator or a prose word ends it. data/gazetteer.toml names the makers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial

from ipom_mail.pipeline.fields.equipment_exif import dedupe, exif_items, without_repeated_lenses
from ipom_mail.pipeline.fields.equipment_focal import with_ratio_kinds
from ipom_mail.pipeline.fields.equipment_glued import split_joined, without_end_word
from ipom_mail.pipeline.fields.equipment_labelled import labelled_items, labelled_value_spans
from ipom_mail.pipeline.fields.equipment_labels import (
    APERTURE,
    EQUIPMENT_LABEL,
    OTHER_LABEL,
    ZOOM_AT,
)
from ipom_mail.pipeline.fields.equipment_makers import maker_at
from ipom_mail.pipeline.fields.equipment_names import is_support, without_joined_kind
from ipom_mail.pipeline.fields.equipment_negated import left_behind
from ipom_mail.pipeline.fields.equipment_occasion import not_for_photo_items, other_occasion_items
from ipom_mail.pipeline.fields.equipment_scan import scan
from ipom_mail.pipeline.fields.equipment_signed import signed_maker
from ipom_mail.pipeline.fields.equipment_supports import (
    named_on_next_line,
    prose_supports,
    without_bare_tripods,
)
from ipom_mail.pipeline.fields.equipment_tokens import spaced_cjk, tokens
from ipom_mail.pipeline.fields.gazetteer import Gazetteer, gazetteer
from ipom_mail.pipeline.fields.links import SENT_FROM
from ipom_mail.pipeline.fields.unwrap import wrapped
from ipom_mail.pipeline.values import Media

__all__ = ["EQUIPMENT_LABEL", "OTHER_LABEL", "find_equipment", "text_items"]


def text_items(text: str) -> list[str]:
    """Equipment named in `text` (labelled lines and free text), in order, as written."""
    return list(_text_items(text))


def _unset(line: str) -> str:
    """The line without how its lenses were used ("wide open", "at 24mm"): settings, no names."""
    return APERTURE.sub(",", ZOOM_AT.sub(r"\g<zoom>,", line))


@lru_cache(maxsize=4)  # read twice for a message (its own gear, then the gear), and ahead
def _text_items(text: str) -> tuple[str, ...]:
    g = gazetteer()
    items: list[str] = []
    lines = [_unset(_unquoted(line)) for line in spaced_cjk(text).splitlines()]
    for k, line in enumerate(lines):
        found: list[str] = []
        if k and _model_on_next_line(lines[k - 1], line, g, partial(_width, lines, k)):
            line = lines[k] = f"{_maker_ending(lines[k - 1], g)} {line}"
        if SENT_FROM.match(line) or signed_maker(lines, k, g):
            continue  # "Sent from my iPhone 15", "Cheers,\nManfrotto\nJane Doe": no gear
        spans = labelled_value_spans(line)
        if spans:
            for a, b in spans:
                found += labelled_items(line[a:b], g)
        elif not OTHER_LABEL.match(line.strip()):
            found = with_ratio_kinds(line, _scan_line(lines[k - 1] if k else "", line, g))
            found += prose_supports(line, found)
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        if found and named_on_next_line(line, found[-1], nxt):
            found.pop()  # "pe trepied / Manfrotto Befree Advanced": the next line names it
        if (
            found
            and nxt
            and _model_on_next_line(line, nxt, g, partial(_width, lines, k + 1))
            and _is_maker_ending(found[-1], _maker_ending(line, g))
        ):
            found.pop()  # the next line reads the maker with its model
        found = [part for item in found for part in split_joined(item)]  # "R6 카메라와 삼양 14mm"
        items += [without_joined_kind(without_end_word(item), g) for item in found]
    dropped = left_behind(text, items)  # "I usually add my Barlow, but I left it at home"
    dropped |= other_occasion_items(text, items)  # "The night before we had the C8 out"
    dropped |= not_for_photo_items(text, items)  # "… : il n'a pas servi pour l'ISS"
    return tuple(without_bare_tripods([item for item in items if item not in dropped]))


def _scan_line(before: str, line: str, g: Gazetteer) -> list[str]:
    """The items of a line of prose ("com redutor Celestron f/6.3"); a line a sentence wrapped
    onto (the line before ends with a word in lower case) is read after that word, so its first
    word is no sentence's start: "… di atas kubah teleskop\nZeiss, dan …" names no instrument
    (the dome of the Zeiss telescope), as on one line; a tripod's kind before the maker is
    the tripod's ("… върху статив\nBenro, а …")."""
    last = _last_word(before)
    if not (last.isalpha() and last.islower()):
        return scan(line, g)
    items = scan(f"{last} {line}", g)  # "… върху статив\nBenro, а …": the tripod's kind stays
    return [item for item in items if not item.startswith(last) or is_support(last)]


def _is_maker_ending(item: str, maker: str) -> bool:
    """Whether an item is the maker a line ends with, alone or after a tripod's kind
    ("trípode Benro" over "Mach3"): the next line reads the maker with its model."""
    kind, _, rest = item.rpartition(" ")
    return item == maker or (rest == maker and " " not in kind and is_support(kind))


# A model's code: letters and digits in one word ("ASI462MC", "D7500", "EOS-1D")
_MODEL_CODE = re.compile(r"(?=[\w-]*\d)(?=[\w-]*[^\W\d_])[\w-]{2,}")


def _last_word(line: str) -> str:
    words = line.split()
    return words[-1] if words else ""


def _maker_ending(line: str, g: Gazetteer) -> str:
    """The maker's name a line ends with, of one to three words ("… på ett Peak Design"), or
    ""."""
    words = line.split()
    for n in (3, 2, 1):
        toks = tokens(" ".join(words[-n:])) if len(words) >= n else []
        if toks and maker_at(toks, 0, g) == len(toks):
            return " ".join(words[-n:])
    return ""


def _width(lines: list[str], k: int) -> int:
    """How wide the paragraph of lines k - 1 and k is, in columns (0 when a blank line parts
    them)."""
    if not lines[k - 1].strip() or not lines[k].strip():
        return 0
    first, last = k - 1, k
    while first > 0 and lines[first - 1].strip():
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].strip():
        last += 1
    return max(len(x) for x in lines[first : last + 1])


_OWN_LABEL = re.compile(
    r"^\W*(?:\S+\s+){0,3}?\S*[:：]"
)  # "Élévation max. : 71°": a line of its own


def _model_on_next_line(line: str, nxt: str, g: Gazetteer, width: Callable[[], int]) -> bool:
    """Whether a line ends with a maker alone and the next line begins with its model, a line
    the mail client wrapped between them ("… together with a ZWO\nASI462MC and …", "… på ett
    Peak Design\nTravel Tripod."): the maker and the model read as one name. The model is a
    code, or a capitalised word the maker's name runs on with where the mail program wrapped
    a wide paragraph (unwrap.py); never a table's columns ("Equipamento    … Sirui" over
    "Exposição      1/2 s"). Not when the next line is labelled, nor when the code is no
    model of the maker's ("… by Nikon\n2024 was …", "Canon\n20:15 UT")."""
    maker, first = _maker_ending(line, g), (nxt.split() or [""])[0].rstrip(",.;:")
    if not maker or labelled_value_spans(nxt):
        return False
    if is_support(first) and nxt.split()[0].rstrip(",.;:") == first:
        return True  # "… Manfrotto\nállványon.": the maker's tripod, in the next line's case
    if _MODEL_CODE.fullmatch(first):
        return scan(f"{maker} {first}", g) == [f"{maker} {first}"]
    if not (first[:1].isupper() and first.isalpha() and nxt.split()[0].rstrip(",") == first):
        return False  # "Max. hoogte 61°": an abbreviation opens a line of its own; a comma
        # ends the name ("… Baader\nAstroSolar, caméra …")
    if not wrapped(line, nxt.strip(), width()) or _OWN_LABEL.match(nxt):
        return False  # a short line ends where its writer ended it ("… Orion\nLublin")
    return "  " not in f"{line.strip()} {nxt.strip()}" and _joined_name(maker, nxt, first, g)


def _joined_name(maker: str, nxt: str, first: str, g: Gazetteer) -> bool:
    """Whether the maker read with the next line names a model starting with its first word."""
    joined = scan(f"{maker} {nxt}", g)
    return bool(joined) and joined[0].startswith(f"{maker} {first}")


# A name in quotation marks ("с объективом «Зенитар-16»", "Objektiv: „Helios 44-2“"): the marks
# are no part of it. An opening mark follows no letter, digit or mark, so an inch mark after a
# size stays ('8" Dobson', 'Lunt 2" wedge').
_QUOTED = re.compile(
    r'(?<![\w"“”])[«„“"‹](?=[^\W_])([^«»„“”"‹›\n]{1,60}?)(?<=[^\W_]|\))[»“”"›](?!\w)'
)


def _unquoted(line: str) -> str:
    """A line with the quotation marks around a name taken away."""
    return _QUOTED.sub(r"\1", line) if any(c in line for c in '«„“"‹') else line


def find_equipment(text: str, media: Media, people: tuple[str | None, ...] = ()) -> tuple[str, ...]:
    """Equipment from the text, then the camera and lens EXIF did not repeat; never a
    person's name the mail gives (`people`: the sender, the one credited), which a maker's
    name may start ("Takara Yamamoto" under a sign-off, Takara being a tripod maker too)."""
    named = dedupe(without_repeated_lenses(text_items(text)))
    names = {" ".join(p.casefold().split()) for p in people if p}
    named = [item for item in named if " ".join(item.casefold().split()) not in names]
    return tuple(dedupe(named + exif_items(media, named)))

"""Equipment the camera names (EXIF make, model, lens), and each item once.

Split from equipment.py: the camera and lens EXIF adds when the text did not name
them already, and the comparison that tells two spellings of one item apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ipom_mail.pipeline.fields.labels import kind_words
from ipom_mail.pipeline.values import Media

_ROMAN = {"2": "ii", "3": "iii", "4": "iv", "5": "v"}


def _key(item: str) -> str:
    """Normalised form for comparing items: case, spaces, punctuation and 'Mark' ignored;
    a model generation written as '_2' (Nikon's EXIF 'NIKON Z 6_2') reads as 'II'."""
    s = re.sub(r"_([2-5])\b", lambda m: _ROMAN[m.group(1)], item.casefold())
    s = re.sub(r"\b(?:mark|mk)\.?\s*(?=[ivx]+\b|\d)", "", s)
    return re.sub(r"[\W_]+", "", s)


def _exif_keys(model: str) -> list[str]:
    """Keys under which a photographer may have written an EXIF model: Sony's 'ILCE-7M3'
    is the 'A7 III' ('α7 III'), 'ILCE-6400' the 'A6400'."""
    keys = [_key(model)]
    m = re.search(r"ILCE-(\d+)([A-Z]*?)(?:M([2-5]))?\b", model, re.IGNORECASE)
    if m:
        gen = _ROMAN.get(m.group(3) or "", "")
        keys += [
            f"a{m.group(1)}{m.group(2).lower()}{gen}",
            f"α{m.group(1)}{m.group(2).lower()}{gen}",
        ]
    return keys


def dedupe(items: Iterable[str]) -> list[str]:
    """Each item once: a later item already contained in an earlier one is dropped;
    a later, fuller one replaces the earlier in its place."""
    out: list[str] = []
    for item in items:
        k = _key(item)
        if not k:
            continue
        hit = next((n for n, o in enumerate(out) if k in _key(o) or _key(o) in k), None)
        if hit is None:
            out.append(item)
        elif len(k) > len(_key(out[hit])):
            out[hit] = item
    return out


_FOCAL = re.compile(
    rf"(?<![\w.])(\d{{1,4}}(?:[-–]\d{{1,4}})?)\s?(?:{'|'.join(kind_words('focal_units'))})(?!\w)",
    re.IGNORECASE,
)
_F_NUMBER = re.compile(r"(?<!\w)[fF]/?\d+(?:[.,]\d+)?(?!\w)")


def _bare_focal(item: str) -> str:
    """The focal length of a lens named by it alone ("24mm lens", "objectif de 50 mm", "the
    300 mm f/4 lens"): no maker's or model's word, only lower-case words; "" otherwise."""
    m = _FOCAL.search(item)
    rest = _F_NUMBER.sub("", _FOCAL.sub("", item)) if m else ""
    if not m or any(c.isdigit() or c.isupper() for c in rest):
        return ""
    return m.group(1).replace("–", "-")


def without_repeated_lenses(items: Sequence[str]) -> list[str]:
    """The items without a lens named by its focal length alone when another item holds
    that focal length: "a Samyang 24mm f/1.4 …, although with a 24mm lens I …" name one lens."""
    held = [
        {f.replace("–", "-") for f in _FOCAL.findall(item)} if not _bare_focal(item) else set()
        for item in items
    ]
    return [item for item in items if not any(_bare_focal(item) in h for h in held)]


def exif_items(media: Media, named: Sequence[str]) -> list[str]:
    """Camera and lens of the usable media, when the text did not name them already."""
    keys = [_key(n) for n in named]
    out: list[str] = []
    for item in media.usable:
        model = item.exif.model if item.exif and item.exif.model else None
        for value, probe in ((item.camera, model or item.camera), (item.lens, item.lens)):
            if not value or not probe:
                continue
            probes = [p for p in _exif_keys(probe) if p]
            if probes and not any(p in k for p in probes for k in keys):
                out.append(value.strip())
                keys.append(_key(value))
    return out

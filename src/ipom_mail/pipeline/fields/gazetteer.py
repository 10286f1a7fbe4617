"""The shipped gazetteer (data/gazetteer.toml): astro and camera makers, model patterns.

Read once; equipment uses it to tell where an item starts and ends.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """What the shipped gazetteer names: makers, model patterns, words that continue an item."""

    makers: tuple[tuple[str, ...], ...]  # each maker as its tokens, lower-case
    needs_model: frozenset[str]
    models: re.Pattern[str]
    accessories: re.Pattern[str]
    model_words: frozenset[str]
    stop_tokens: frozenset[str]
    regions: frozenset[str]
    state_codes: frozenset[str]  # written after a town with a slash: "Campinas/SP"
    district_words: frozenset[str]  # before a county's name: "Co. Offaly", "okres Praha-východ"
    not_districts: tuple[str, ...]  # a firm's word after "Co.": "Co. Ltd"
    phones: frozenset[str] = frozenset()  # phone makers, lower-case ("pixel", "xiaomi")
    supports: frozenset[str] = frozenset()  # tripod makers, lower-case ("benro", "peak design")
    lens_series: frozenset[str] = frozenset()  # a lens's line before its focal length ("art")
    cjk_accessories: tuple[str, ...] = ()  # accessories written in a CJK script ("巴洛镜")
    local_lines: frozenset[str] = frozenset()  # product lines in katakana or Hangul ("비프리")
    editions: frozenset[str] = frozenset()  # a model's edition after its code ("Black", "Go")
    own_lines: re.Pattern[str] = re.compile(r"(?!)")  # a mount's or camera's line ("EQ5")
    kits: frozenset[str] = frozenset()  # a telescope sold on its mount ("BK 1206 EQ5")


_NEEDS_MODEL = (
    "ts",
    "orion",
    "sirius",
    "pixel",
    "honor",
    "vivo",
    "oppo",
    "nexus",
    "apertura",
    "lomo",
    "tal",
    "intes",
    "konus",
    "fuji",
    "star",
    "dwarf",
    "paramount",
    "samsung",
    "nokia",
    "motorola",
    "huawei",
    "xiaomi",
    "apple iphone",
    "altair",
    "chroma",
    "antlia",
    "lacerta",
    "juwei",
    "askar",
    "ostara",
    "geoptik",
    "apm",
)


_CJK = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")
# A magnification written with the CJK word for "times" before an accessory: "2 倍", "2배"
_CJK_TIMES = r"(?:\d+(?:[.,]\d+)?\s*[倍배]\s*)?"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once."""
    data = tomllib.loads(files("ipom_mail").joinpath("data/gazetteer.toml").read_text("utf-8"))
    makers = sorted(
        {tuple(m.lower().split()) for listed in data["makers"].values() for m in listed},
        key=len,
        reverse=True,
    )
    models = "|".join(f"(?:{p})" for p in data["models"]["patterns"])
    acc = "|".join(
        re.escape(a).replace(r"\ ", r"\s+")
        for a in sorted(data["accessories"]["words"], key=len, reverse=True)
    )
    return Gazetteer(
        makers=tuple(makers),
        needs_model=frozenset(_NEEDS_MODEL),
        models=re.compile(rf"(?:{models})(?=$|[\s,.;:!?)])", re.IGNORECASE),
        accessories=re.compile(rf"{_CJK_TIMES}(?:{acc})(?=$|[\s,.;:!?)])", re.IGNORECASE),
        model_words=frozenset(w.lower() for w in data["model_words"]["words"]),
        stop_tokens=frozenset(data["stop_tokens"]["words"]),
        regions=frozenset(data["places"]["regions"]),
        state_codes=frozenset(data["places"]["state_codes"]),
        district_words=frozenset(data["places"]["district_words"]),
        not_districts=tuple(data["places"]["not_districts"]),
        phones=frozenset(m.lower() for m in data["makers"]["phone"]),
        supports=frozenset(
            m.lower() for key in ("support", "support_local") for m in data["makers"][key]
        ),
        lens_series=frozenset(w.lower() for w in data["lens_series"]["words"]),
        cjk_accessories=tuple(a for a in data["accessories"]["words"] if _CJK.match(a)),
        local_lines=frozenset(data["local_lines"]["words"]),
        editions=frozenset(w.lower() for w in data["editions"]["words"]),
        kits=frozenset(data["own_lines"]["kits"]),
        own_lines=re.compile(
            rf"(?:{'|'.join(data['own_lines']['patterns'])})(?=$|[\s,.;:!?)])", re.IGNORECASE
        ),
    )

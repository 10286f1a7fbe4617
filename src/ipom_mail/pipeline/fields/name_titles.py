"""Titles around a person's name: "Dr.", "Prof.", "Ing.", "mgr inż.", "Herr", "…, Ph.D.".

The post credits the name alone, as a curator writes it ("Wolfgang Heßler" for "Dr.
Wolfgang Heßler"); the titles are data (data/name_titles.toml).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files

_CJK = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"  # a name's last character before its title


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The titles before a name (one or more in a row) and the degrees after it."""
    text = files("ipom_mail").joinpath("data/name_titles.toml").read_text("utf-8")
    data = tomllib.loads(text)

    def words(section: str) -> str:
        entries = {w for listed in data[section].values() for w in listed}
        return "|".join(sorted(entries, key=len, reverse=True))

    before = re.compile(rf"^(?:(?:{words('before')})(?:\s+|(?<=\.)(?=[^\W\d_])))+", re.I)
    after = re.compile(
        rf"(?:\s*,?\s+(?:{words('after')})(?![^\W\d_])|(?<={_CJK})\s*(?:{words('after_cjk')}))+\s*$",
        re.I,
    )
    return before, after


@cache
def particles() -> frozenset[str]:
    """A name's own small words in lower case ("van", "da", "i": data/name_titles.toml
    [particles]), which a person's name may hold between its capitalised words."""
    text = files("ipom_mail").joinpath("data/name_titles.toml").read_text("utf-8")
    return frozenset(w for listed in tomllib.loads(text)["particles"].values() for w in listed)


_LONGEST = 120  # characters: a longer line is no name (and its spaces cost no search)


def without_titles(name: str) -> str:
    """A name without the titles before it and the degrees after it; as it is when nothing
    else would be left ("Mrs" alone) or when it is too long to be a name."""
    if len(name) > _LONGEST:
        return name.strip()
    before, after = _patterns()
    bare = after.sub("", before.sub("", name.strip())).strip()
    return bare if bare else name.strip()

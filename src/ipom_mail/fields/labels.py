"""Hand-written words CLDR does not hold, read from data/labels.toml (one entry per language).

Built once, lazily. CJK entries match anywhere; the others at the start of a word.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files

_CJK = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def word_pattern(words: list[str]) -> re.Pattern[str]:
    """One pattern for many words: at the start of a word, or anywhere for CJK words."""
    bounded = "|".join(w for w in words if not _CJK.match(w))
    free = "|".join(w for w in words if _CJK.match(w))
    return re.compile(rf"(?<![^\W\d_])(?:{bounded})" + (f"|(?:{free})" if free else ""), re.I)


@cache
def label_pattern(section: str) -> re.Pattern[str]:
    """Every language's words of one section of data/labels.toml, as one pattern."""
    data = tomllib.loads(files("ipom_mail").joinpath("data/labels.toml").read_text("utf-8"))
    return word_pattern([w for listed in data[section].values() for w in listed])

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


def alternation(words: frozenset[str]) -> str:
    """Words as an alternation, the longest first; a space matches any run of spaces."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@cache
def whole_words(section: str) -> re.Pattern[str]:
    """One section's words as whole words only (CJK anywhere): "vakar" (yesterday) is not
    the start of "vakara" (evening's), nor "dün" of "dünya" (the world)."""
    words = _entries(section)
    bounded = "|".join(w for w in words if not _CJK.match(w))
    free = "|".join(w for w in words if _CJK.match(w))
    return re.compile(
        rf"(?<![^\W\d_])(?:{bounded})(?![^\W\d_])" + (f"|(?:{free})" if free else ""), re.I
    )


@cache
def label_pattern(section: str) -> re.Pattern[str]:
    """Every language's words of one section of data/labels.toml, as one pattern."""
    return word_pattern(_entries(section))


# Arabic and Hebrew write "and" (Hebrew "the" too) onto the next word ("والسطوع -3.5",
# "והבהירות"): a label may start after it
_AND_PREFIX = {"ar": "و", "he": "וה|ו|ה"}  # Hebrew: "and", "the", "and the"


def _entries(section: str) -> list[str]:
    """One section's entries, each Arabic or Hebrew one allowed its "and" prefix."""
    return [
        f"(?:{_AND_PREFIX[lang]})?(?:{w})" if lang in _AND_PREFIX else w
        for lang, listed in _labels()[section].items()
        for w in listed
    ]


# The end of a word, or after a CJK or Thai character (no spaces between their words), or
# after a vowel sign or mark ending an Indic or Arabic word ("नमस्ते", "مرحباً"): \b misses it.
_MARKS = r"\u064b-\u065f\u0670\u0900-\u0dff"
WORD_END = (
    r"(?:\b|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0eff])"
    rf"|(?<=[{_MARKS}])(?![\w{_MARKS}]))"
)


@cache
def mail_data() -> dict[str, dict[str, list[str]]]:
    """data/mail_words.toml as read: section → language → entries."""
    text = files("ipom_mail").joinpath("data/mail_words.toml").read_text("utf-8")
    return tomllib.loads(text)


def mail_words(section: str) -> str:
    """Every language's entries of one section of data/mail_words.toml, as an alternation."""
    return "|".join(w for listed in mail_data()[section].values() for w in listed)


def _free(entry: str) -> bool:
    """Whether an entry may start inside a word: a CJK one, or one opening with a wildcard
    (".{0,6}您好", "\\S+'dan")."""
    return bool(_CJK.match(entry)) or entry[0] in ".\\^"


@cache
def mail_pattern(section: str) -> re.Pattern[str]:
    """One section of data/mail_words.toml as a pattern found in a text, each entry at the
    start of a word ("ekte", attached in Turkish, is no part of "obiektem")."""
    entries = [w for listed in mail_data()[section].values() for w in listed]
    bounded = "|".join(w for w in entries if not _free(w))
    free = "|".join(w for w in entries if _free(w))
    return re.compile(rf"(?<![^\W\d_])(?:{bounded})" + (f"|{free}" if free else ""), re.I)


@cache
def _labels() -> dict[str, dict[str, list[str]]]:
    return tomllib.loads(files("ipom_mail").joinpath("data/labels.toml").read_text("utf-8"))


def label_words(section: str) -> str:
    """One section of data/labels.toml as an alternation, longest words first."""
    words = {w for listed in _labels()[section].values() for w in listed}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def label_words_in(section: str, key: str) -> str:
    """One list of one section of data/labels.toml as an alternation, longest words first."""
    return "|".join(re.escape(w) for w in sorted(_labels()[section][key], key=len, reverse=True))


@cache
def kind_bases() -> dict[str, str]:
    """A kind written in a case, and its base form (data/labels.toml [kind_base])."""
    return {word: str(base) for word, base in _labels()["kind_base"].items()}


@cache
def connectors() -> frozenset[str]:
    """The single words that join two instruments (data/labels.toml [connectors])."""
    return frozenset(
        w for listed in _labels()["connectors"].values() for w in listed if " " not in w
    )


@cache
def connector_phrases() -> frozenset[tuple[str, ...]]:
    """The connecting words of more than one word, word by word ("di atas": on top of)."""
    return frozenset(
        tuple(w.split()) for listed in _labels()["connectors"].values() for w in listed if " " in w
    )


def label_words_raw(section: str) -> str:
    """One section of data/labels.toml as an alternation of its regular expressions."""
    return "|".join(_entries(section))


@cache
def kinds() -> frozenset[str]:
    """Words naming the kind of an instrument after its name (data/labels.toml [kinds])."""
    listed = {w for words in _labels()["kinds"].values() for w in words}
    return frozenset(listed | kinds_in_cases())


@cache
def kinds_in_cases() -> frozenset[str]:
    """A kind with a case ending written onto it (data/labels.toml [kind_cases]: Turkish
    "teleskobuna", to the telescope): each language's stems with each of its endings."""
    endings = _labels()["kind_case_endings"]
    return frozenset(
        stem + ending
        for lang, stems in _labels()["kind_cases"].items()
        for stem in stems
        for ending in endings[lang]
    )


@cache
def kind_words(section: str, key: str = "") -> frozenset[str]:
    """The words of one kind section of data/labels.toml ([supports]: tripods, [filter_kinds],
    [kind_joins]), or of one list of it, lower-case, as a set."""
    lists = _labels()[section]
    chosen = [lists[key]] if key else list(lists.values())
    return frozenset(w.lower() for listed in chosen for w in listed)


@cache
def kind_words_from(section: str, prefix: str) -> frozenset[str]:
    """The words of the lists of one section whose keys start with `prefix` ([case_endings]
    `hyphen`, `hyphen_et`, …: one list a language), lower-case."""
    keys = [key for key in _labels()[section] if key.startswith(prefix)]
    return frozenset(w for key in keys for w in kind_words(section, key))


@cache
def designs() -> frozenset[str]:
    """Optical designs written after a model's name ("Maksutov", "H-alfa"; data/labels.toml)."""
    return frozenset(w for listed in _labels()["designs"].values() for w in listed)


@cache
def adapters() -> re.Pattern[str]:
    """Adapters between instruments ("T-ring", "Т-кільце"): no instrument (data/labels.toml)."""
    return re.compile(f"(?:{label_words('adapters')})", re.I)


@cache
def field_labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The labels of a field line (data/labels.toml [field_labels], with the CJK labels of
    [equipment] and [location]): one pattern for a whole word, one for CJK anywhere."""
    words = [w for listed in _labels()["field_labels"].values() for w in listed]
    words += [w for s in ("equipment", "location") for ws in _labels()[s].values() for w in ws]
    bounded = "|".join(w for w in words if not _CJK.match(w))
    free = "|".join(w for w in words if _CJK.match(w))
    return re.compile(rf"(?:{bounded})", re.I), re.compile(rf"(?:{free})")

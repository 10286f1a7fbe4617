"""A long list of words written as a trie finds exactly what the flat alternation finds."""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields import named_dates
from ipom_mail.pipeline.fields.word_trie import case_forms, trie_alternation


def _flat(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _found(pattern: str, text: str, flags: int = re.I) -> list[tuple[tuple[int, int], object]]:
    return [(m.span(), m.groupdict()) for m in re.finditer(pattern, text, flags)]


def test_the_longest_word_is_found_first_as_in_the_flat_alternation() -> None:
    words = ["sep", "sept", "sept.", "september", "de set", "de setembre", "set"]
    trie = trie_alternation(words)
    for text in ("September 3", "Sept. 3", "sept 3", "de setembre de 2026", "de set. 3", "sep"):
        assert re.findall(f"(?:{trie})", text, re.I) == re.findall(
            f"(?:{_flat(words)})", text, re.I
        )
    assert re.match(f"(?:{trie})", "september", re.I).group() == "september"  # type: ignore[union-attr]


def test_every_month_name_in_every_case_reads_the_same_date_as_before() -> None:
    names = list(named_dates.MONTH_NAMES)
    flat, trie = _flat(names), named_dates._MONTH
    texts = []
    for name in names:
        for form in (name, name.upper()):
            texts.append(f"le 12 {form} 2026, {form} 3rd, 2026. {form} 14., am {form}x 5 {form}")
    text = "\n".join(texts)
    for regex in (named_dates._YMD_NAME, named_dates._DMY_NAME, named_dates._MDY_NAME):
        before = regex.pattern.replace(trie, flat)
        assert before != regex.pattern
        assert _found(regex.pattern, text) == _found(before, text)


def test_letters_the_regex_engine_takes_as_one_keep_the_flat_alternation() -> None:
    # "σ" and "ς", "s" and "ſ", "i" and "ı" under one node: either might be tried first
    for twins in (["ας", "ασ"], ["ſa", "sa"], ["ıx", "ix"]):
        assert re.fullmatch(
            re.escape(twins[0][-1] if twins[0][0] == "α" else twins[0][0]),
            twins[1][-1] if twins[0][0] == "α" else twins[1][0],
            re.I,
        )
        assert trie_alternation(twins) == _flat(twins)
        assert trie_alternation(twins, ignore_case=False) != _flat(twins)


def test_any_two_letters_of_the_month_names_the_engine_takes_as_one_share_a_form() -> None:
    letters = sorted({c for name in named_dates.MONTH_NAMES for c in name})
    letters += [c.upper() for c in letters] + ["ſ", "ς", "ı", "İ", "K", "ẞ", "µ"]
    for a in set(letters):
        for b in set(letters):
            if a != b and re.fullmatch(re.escape(a), b, re.I):
                assert case_forms(a) & case_forms(b), (a, b)


def test_the_zone_names_as_a_trie_find_the_same_places() -> None:
    from ipom_mail.pipeline.fields import places

    pattern = places._finders()[0].pattern
    names = [n for n in places._finders()[3] if ":" not in n]
    flat = pattern.replace(trie_alternation(names, ignore_case=False), _flat(names))
    assert flat != pattern
    text = " / ".join(f"from {n}, {n.upper()} and {n}s" for n in names)
    assert _found(pattern, text, 0) == _found(flat, text, 0)
    assert places.place_zone("taken from Buenos Aires last night") == (
        "America/Argentina/Buenos_Aires"
    )

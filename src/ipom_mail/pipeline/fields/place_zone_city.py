"""A town named only as a clock's: never where the photo was taken (issue 13).

"19h23, horário de Brasília", "às 19h27 (Brasília)", "北京时间10时23分", "hora de
Madrid", "Istanbul saati": the town names the clock the times were read on, not where
the photographer stood (batch-41: "Brasília" read from a mail taken in Brazópolis). A
place the mail writes only inside such phrases is no place; one it writes elsewhere too
("em Brasília, às 20h (Brasília)") stays.
"""

from __future__ import annotations

import re
from functools import cache

from ipom_mail.pipeline.fields.place_words import alt
from ipom_mail.pipeline.fields.zones import is_zone_word

# a clock time right before a bracket: "às 19h27 (", "21:30 (", "9.15 pm ("
_TIME_BRACKET = re.compile(
    r"\d{1,2}(?:[:h.]\d{2}|h)(?:[:.]?\d{2})?(?:min|s|\s?[ap]\.?m\.?|\s?uhr)?\s*\(\s*$", re.I
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# a bracket or a stop between the name and the words round it: no phrase holds them both
_CLAUSE_BREAK = re.compile(r"[()（）\[\],.;:!?]")


@cache
def _clock_join() -> re.Pattern[str]:
    """A clock word and the word joining it to a town, right before it ("hora de ",
    "ora di "; data/locatives.toml [clock_words], [clock_joins])."""
    return re.compile(rf"(?<!\w)(?:{alt('clock_words')})\s+(?:{alt('clock_joins')})\s+$", re.I)


@cache
def _clock_after() -> re.Pattern[str]:
    """A clock word right after a town ("Delhi time", "Istanbul saati")."""
    return re.compile(rf"^[ \t]+(?:{alt('clock_words')})(?![\w'’:-])", re.I)


def zone_city_only(place: str, text: str) -> bool:
    """Whether the text writes `place` and each time only as a clock's town (see above)."""
    name = place.strip()
    if not name:
        return False
    bound = ("", "") if _CJK.match(name) else (r"(?<![\w'’-])", r"(?![\w'’-])")
    spots = list(re.finditer(f"{bound[0]}{re.escape(name)}{bound[1]}", text))
    return bool(spots) and all(clock_town(text, m.start(), m.end()) for m in spots)


def clock_town(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] names a clock: a zone's phrase holds it ("horário
    de Brasília", "北京时间", "Moscow time"), a clock word joins it ("ora di Roma"), or it
    stands alone in brackets right after a clock time ("19h27 (Brasília)")."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end  # the name's own line only
    before, after = text[max(line_start, start - 40) : start], text[end : min(end + 20, line_end)]
    name = text[start:end]
    if _clock_join().search(before) or _clock_after().match(after):
        return True
    if _TIME_BRACKET.search(before) and after.lstrip().startswith(")"):
        return True
    words = _CLAUSE_BREAK.split(before)[-1].split()  # "дачи (Самара)": no phrase with it
    if any(is_zone_word(" ".join([*words[-k:], name])) for k in range(1, min(3, len(words)) + 1)):
        return True
    if _CJK.match(name[-1:]):
        return any(is_zone_word(name + after[:n]) for n in (2, 3, 4))
    nxt = _CLAUSE_BREAK.split(after)[0].split()[:2]
    return any(is_zone_word(" ".join([name, *nxt[:k]])) for k in (1, 2) if len(nxt) >= k)

"""A number the sender doubts in its own clause is a guess, and no value (issue 13).

"max like 70° i think", "-3,5 glaube ich", "в 21:34 мск, кажется": the sender does not
know it, so a careful curator asks (docs/design.md invariant 7: a wrong value is worse
than none). The words are data (data/labels.toml [doubt]); an estimate's adverb ("about",
"etwa", "около", "maybe") is not doubt: the curator writes the estimate down.
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.labels import label_pattern

# not a decimal point ("-3,5"); the full-width marks of Chinese and Japanese ("，", "（")
_CLAUSE_END = re.compile(r"[;!?\n()，、。；！？（）]|[.,](?!\d)")
_CLAUSE_REACH = 40  # characters either side of a number where its clause is read


def doubted(text: str, start: int, end: int) -> bool:
    """Whether the sender doubts what is written at [start, end) in its own clause."""
    before = text[max(0, start - _CLAUSE_REACH) : start]
    cuts = [m.end() for m in _CLAUSE_END.finditer(before.rstrip(" ,"))]
    after = text[end : end + _CLAUSE_REACH]
    stop = _CLAUSE_END.search(after)
    clause = before[cuts[-1] if cuts else 0 :] + " " + after[: stop.start() if stop else None]
    doubt = label_pattern("doubt")
    # a doubt set off by a comma right after it is still its own: "70°, I think"
    skip = len(after) - len(after.lstrip(" \t,"))
    return doubt.search(clause) is not None or doubt.match(after, skip) is not None

"""A time a prediction site gave is not the photo's (issue 13, batch-20).

A transit mail quotes the prediction beside the observation ("transit-finder predicted a
0.52 s transit at 23:31:07 Irish time … the station enters the disc at 23:31:08"): a wrong
second reaches the published post, so a time a prediction's word leads in its own clause
is never a candidate. The words are data (data/labels.toml [predicted], [as_predicted]).
"""

from __future__ import annotations

import re

from ipom_mail.pipeline.fields.labels import label_pattern

# a clause ends at a sentence mark, or a stop or comma followed by a space (not "0,58 s",
# "transit-finder.com"); CJK commas and stops end one too; a label's colon does not
_CLAUSE_END = re.compile(r"[;!?\n。！？；、，]|[.,](?=\s)")
_REACH = 80  # characters before a time where its clause is read


def predicted(text: str, start: int, since: int = 0) -> bool:
    """Whether a prediction's word stands before the time at `start` in its own clause,
    after `since` (the end of the time before it: a word before that is that time's), and
    not as "as predicted" (an observed time that matched the prediction)."""
    begin = max(0, since, start - _REACH)
    cuts = [m.end() for m in _CLAUSE_END.finditer(text, begin, start)]
    begin = cuts[-1] if cuts else begin
    words = [m.start() for m in label_pattern("predicted").finditer(text, begin, start)]
    if not words:
        return False
    matched = [m.span() for m in label_pattern("as_predicted").finditer(text, begin, start)]
    return any(not any(a <= word < b for a, b in matched) for word in words)

"""A paragraph the mail program wrapped, read as the sender wrote it: its lines joined.

Mail programs break a paragraph's lines at some 60 to 80 columns ("The station faded into /
Earth's shadow", "περνώντας ανάμεσα σε δύο ομάδες / ηλιακών κηλίδων"); the story quotes the
sender's words as the post would print them, so a line the program wrapped goes on with the
next one, after a space. A line was wrapped when its paragraph's lines reach a wrap width (60
columns or more) and the next line's first word would not have fitted on it. Lines shorter
than that were the sender's own breaks ("The ISS above Snowdon. / Hikers cheered…") and stay;
a line ending with a colon, a list's item ("- ", "• "), a quote ("> ") and CJK writing
(no spaces between words) are never joined.

The story reader leaves lines and sentences out first (field lines, greetings, requests…);
the joining comes last, on what is left: two story lines are joined when the first ends a
wrapped line of the mail and the second starts the line after it.
"""

from __future__ import annotations

import re
from itertools import pairwise

_WIDE = 60  # columns: a paragraph whose lines reach this far may have been wrapped
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")
_STARTS_PROSE = re.compile(r"[\"“„«‘'(¿¡]?[^\W_]")  # not "- item", "• item", "> quote"
_LINK = "://"

Pairs = dict[tuple[str, str], list[tuple[str, str]]]


def wrapped(line: str, after: str, width: int) -> bool:
    """Whether `line` was wrapped by the mail program before `after`, in a paragraph whose
    lines reach `width` columns."""
    first = after.split()[0]
    return (
        width >= _WIDE
        and len(line) + 1 + len(first) > width
        and not line.endswith((":", "："))
        and _STARTS_PROSE.match(after) is not None
        and not _CJK.match(line[-1])
        and not _CJK.match(after[0])
        and not line.lstrip().startswith(">")
    )


def wrapped_pairs(lines: list[str]) -> Pairs:
    """The mail's wrapped lines with the line after each, stripped, found by the last word
    of the first and the first word of the second."""
    pairs: Pairs = {}
    run: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            run.append(line.rstrip())
            continue
        widths = [len(x) for x in run if _LINK not in x]
        width = max(widths, default=0)
        for before, after in pairwise(run):
            a, b = before.strip(), after.strip()
            if wrapped(before, b, width):
                pairs.setdefault((a.split()[-1], b.split()[0]), []).append((a, b))
        run = []
    return pairs


def _continues(line: str, after: str, pairs: Pairs) -> bool:
    """Whether story line `after` goes on `line`: `line` ends a wrapped line of the mail
    and `after` starts the line after it."""
    if not line or not after:
        return False
    found = pairs.get((line.split()[-1], after.split()[0]), [])
    return any(a.endswith(line) and b.startswith(after) for a, b in found)


def unwrap(story: str, pairs: Pairs) -> str:
    """The story with each line the mail program wrapped joined to the next."""
    out: list[str] = []
    last = ""  # the story's line before, as it stood
    for line in story.split("\n"):
        if out and _continues(last.strip(), line.strip(), pairs):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
        last = line
    return "\n".join(out)

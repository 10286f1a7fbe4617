"""The story as the page prints it: the photographer's words as paragraphs of prose.

The fields stage has already left out greetings, signatures, quotes and the
field lines. Here, for the page: tag-like markup is removed (the page shows
text, not the mail's HTML), a link the post already shows (the photo link,
the photographer's profile) leaves the text, and a line left dangling by
that ("here it is on Dropbox:") or one that only introduced a table of
details at the end of a paragraph goes too, as does a line that only repeats
the time, equipment and place the details line shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_ONLY_PUNCTUATION = re.compile(r"^[\W_]*$")
_EMPTY_BRACKETS = re.compile(r"\(\s*[^()]{0,40}:\s*\)")  # "(my channel: )" once its link left
# dates and times as senders write them: 2024-06-04, 09:02:00, 21h34, 4.6.2024, with a zone word
_WHEN = re.compile(r"\b\d[\d:./\-hTZ]*\d?\s*(?:UTC|UT|GMT|Z)?\b")
_CONTENT_WORD = re.compile(r"[^\W\d_]{5,}")


def _field_line(line: str, values: list[str]) -> bool:
    """Whether the line only repeats the details shown below the story (time, equipment, place):
    once those are taken out, at most one word of five letters or more is left."""
    rest, found = line, False
    for value in values:
        if value and value.lower() in rest.lower():
            found = True
            rest = re.sub(re.escape(value), " ", rest, flags=re.I)
    if _WHEN.search(rest) and re.search(r"\d[:h]\d\d", rest):
        found = True
    rest = _WHEN.sub(" ", rest)
    return found and len(_CONTENT_WORD.findall(rest)) <= 1


def _without_links(line: str, shown: set[str]) -> str:
    def drop(match: re.Match[str]) -> str:
        url = match.group(0).rstrip(".,;:!?")
        return match.group(0)[len(url) :] if url in shown else match.group(0)

    text = _URL.sub(drop, line)
    return _EMPTY_BRACKETS.sub("", text).rstrip()


def paragraphs(
    story: str | None, shown_links: Iterable[str] = (), shown_values: Iterable[str] = ()
) -> list[str]:
    """The story's paragraphs, cleaned for the page (an empty list when nothing is left)."""
    values = sorted((v for v in shown_values if v), key=len, reverse=True)
    if not story:
        return []
    shown = {u.rstrip("/") for u in shown_links} | set(shown_links)
    out = []
    for block in re.split(r"\n\s*\n", _TAG.sub("", story)):
        lines = [_without_links(line, shown).strip() for line in block.splitlines()]
        lines = [
            line
            for line in lines
            if line and not _ONLY_PUNCTUATION.match(line) and not _field_line(line, values)
        ]
        while lines and lines[-1].endswith(":"):  # introduced a link or table that is not here
            lines.pop()
        if lines:
            out.append("\n".join(lines))
    return out

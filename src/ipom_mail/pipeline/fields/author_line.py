"""A line that names the photo's author under a label ("Аутор фотографије: Драган
Јовановић", "Photographer: Dragan Jovanović", "Photo by: …"): the name after it is the one
to credit, whoever sends the mail (issue 13, batch-36: a daughter sending for her father).
The labels are data (data/labels.toml [author_labels]).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ipom_mail.pipeline.fields.labels import label_words_raw


@cache
def _line() -> re.Pattern[str]:
    """A label at a line's start or after a sentence's end, its colon, and the rest of the
    line: the name, up to a final stop."""
    labels = label_words_raw("author_labels")
    return re.compile(
        rf"(?:^[ \t*•\-]*|(?<=[.!?])[ \t]+)(?:{labels})[ \t]*[:：][ \t]*"
        r"(?P<name>[^\n.,;(<]+?)[ \t]*[.,;(<]?[ \t]*$",
        re.I | re.M,
    )


def labelled_author(text: str, is_person: Callable[[str | None], bool]) -> str | None:
    """The one person a labelled author line names ("Аутор фотографије: Драган
    Јовановић."), or None when none does or two lines name different people."""
    names = {
        m.group("name").strip()
        for m in _line().finditer(text)
        if is_person(m.group("name").strip())
    }
    return names.pop() if len(names) == 1 else None

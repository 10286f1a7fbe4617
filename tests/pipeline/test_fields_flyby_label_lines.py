"""A line labelled as the pass's start or end is the pass's, on any line of the mail
(issue 13): "Start of the pass: 21:10:05 UT on 2 May 2027" is no photo's time, whether it
is the mail's first line or not (segments.photo_date_before_event read the label only at
the text's very start: a pattern anchored with "^" matched at a position holds only
there). A sentence wrapped onto a line that starts "start of the pass" is no label."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest

from ipom_mail.pipeline.fields.segments import photo_date_before_event, segments
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())
SENT = parsedate_to_datetime("Mon, 03 May 2027 08:00:00 +0000")

LABELLED = [
    "Start of the pass: 21:10:05 UT on 2 May 2027, taken from the harbour",
    "Beginn des Überflugs: 21:10:05 UT am 2. Mai 2027, aufgenommen am Hafen",
    "Inicio del paso: 21:10:05 UT el 2 de mayo de 2027, tomada desde el puerto",
    "Inizio del passaggio: 21:10:05 UT il 2 maggio 2027, scattata dal porto",
]


@pytest.mark.parametrize("line", LABELLED)
@pytest.mark.parametrize("above", ["", "Here is my photo of the ISS.\n"])
def test_a_pass_start_line_is_never_the_photos_time(above: str, line: str) -> None:
    assert find_taken_at(above + line, NO_MEDIA, SENT).taken_at is None


@pytest.mark.parametrize("line", LABELLED)
def test_the_label_is_read_on_any_line(line: str) -> None:
    for above in ("", "Here is my photo of the ISS.\n", "Hello,\n\nMy photo of the ISS.\n"):
        text = above + line
        pos = text.index("2027") - 4  # inside the line's date
        assert photo_date_before_event(text, segments(text), pos) is False


def test_a_wrapped_sentence_onto_start_of_the_pass_is_no_label() -> None:
    text = (
        "Here is my photo of the ISS, taken at the\nstart of the pass on 2 May 2027 at 21:10:05 UT."
    )
    assert find_taken_at(text, NO_MEDIA, SENT).taken_at == datetime(
        2027, 5, 2, 21, 10, 5, tzinfo=UTC
    )

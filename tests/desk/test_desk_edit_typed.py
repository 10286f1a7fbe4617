"""The curator types what the parser reads: `ipom edit --taken-at` takes every form a sender's
time may have, refuses what a sender's mail would not settle (with how to write it), and
edits the date alone, the series' end and the flyby. SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.desk_kit import Site
from tests.mailkit import email

ARCHIVE = "An old photo from the summer of 2002, from my files. Nikon F5, Velvia 50."
PASS = (
    "The ISS on 12 May 2024 at 21:34:10 UT, magnitude -3.9, max elevation 84°.\n"
    "Celestron EdgeHD 8 with a ZWO ASI462MC."
)


def message(body: str, n: int = 1) -> bytes:
    """A submission as a photographer sends it, photo attached."""
    from samples import photo_jpeg

    return email(
        sender="Aiko Tanaka <aiko@example.jp>",
        subject="ISS photo",
        body=body,
        date="Mon, 13 May 2024 08:15:00 +0900",
        message_id=f"<edit-typed-{n}@example.jp>",
        attachments=[("iss.jpg", photo_jpeg(400, 300, taken=None, offset=None))],
    )


def ingested(site: Site, body: str, n: int = 1) -> str:
    """`ipom ingest` of one message; its reference."""
    site.ingest(message(body, n), f"m{n}.eml")
    rows = json.loads(site.run("queue", "--json").output)
    return str(rows[-1]["reference"])


def fields(site: Site, ref: str) -> dict[str, Any]:
    shown: dict[str, Any] = site.show(ref)
    return shown


@pytest.mark.parametrize(
    ("typed", "ut"),
    [
        ("2026-11-18 18:03 JST", "2026-11-18T09:03:00Z"),
        ("12 May 2024 9:34 pm EDT", "2024-05-13T01:34:00Z"),
        ("2024-05-12 21:34 Moscow time", "2024-05-12T18:34:00Z"),
        ("2024-05-12 2134Z", "2024-05-12T21:34:00Z"),
        ("12. Mai 2024 23:34 MESZ", "2024-05-12T21:34:00Z"),
        ("12 мая 2024 21:34 MSK", "2024-05-12T18:34:00Z"),
        ("2024-05-12 21:34 UTC+3", "2024-05-12T18:34:00Z"),
        ("2024-05-12 21:34 Europe/Paris", "2024-05-12T19:34:00Z"),
        ("12 mai 2024 à 23h34 heure de Paris", "2024-05-12T21:34:00Z"),
        ("12/25/2023 9:05 pm PST", "2023-12-26T05:05:00Z"),
        ("2024-05-12 23:34+02:00", "2024-05-12T21:34:00Z"),
    ],
)
def test_the_curator_types_a_time_as_a_photographer_writes_it(
    site: Site, typed: str, ut: str
) -> None:
    ref = ingested(site, ARCHIVE)
    assert fields(site, ref)["status"] == "incomplete"
    done = site.run("edit", ref, "--taken-at", typed)
    assert done.exit_code == 0, done.output
    assert done.output.endswith("edited taken_at; complete\n")
    shown = fields(site, ref)
    assert shown["fields"]["taken_at"] == ut
    assert shown["sources"]["taken_at"] == shown["fields"]["taken_at_source"] == "curator"


REFUSED = [
    ("12.05.2024 23:34 MESZ", "reads as 12 May 2024 or 5 December 2024; write it as 2024-05-12"),
    ("04/11/2023 21:34 UTC", "reads as 4 November 2023 or 11 April 2023; write it as 2023-11-04"),
    ("2020-03-09 6:47am EST", "the clocks there showed EDT on 2020-03-09; write EDT"),
    ("2024-05-12 23:34", "the time 23:34 has no zone"),
    ("2024-05-12 9:34 EDT", "may be am or pm"),
    ("2024-05-12 21:34 IST", "the zone IST is ambiguous"),
    ("21:34 UTC", "no date of its own"),
    ("12 May 21:34 UTC", "no date of its own"),
    ("sometime last spring", "is not a date and time"),
]


@pytest.mark.parametrize(("typed", "why"), REFUSED)
def test_a_typed_time_that_reads_more_than_one_way_is_refused_in_one_line(
    site: Site, typed: str, why: str
) -> None:
    ref = ingested(site, PASS)
    refused = site.run("edit", ref, "--taken-at", typed)
    assert refused.exit_code == 1 and isinstance(refused.exception, SystemExit)
    assert refused.output.count("\n") == 1 and refused.output.startswith("ipom: --taken-at")
    assert why in refused.output and "Traceback" not in refused.output
    assert "e.g." in refused.output or "write" in refused.output
    assert fields(site, ref)["fields"]["taken_at"] == "2024-05-12T21:34:10Z"  # unchanged


def test_a_date_alone_for_an_archive_photo_is_kept_without_a_time(site: Site) -> None:
    ref = ingested(site, ARCHIVE)
    with_time = site.run("edit", ref, "--taken-date", "2002-06-14 21:34Z")
    assert with_time.exit_code == 1 and "takes the date alone" in with_time.output
    two_ways = site.run("edit", ref, "--taken-date", "04/06/2002")
    assert two_ways.exit_code == 1 and "2002-06-04 or 2002-04-06" in two_ways.output
    done = site.run("edit", ref, "--taken-date", "14 June 2002")
    assert done.exit_code == 0, done.output
    shown = fields(site, ref)
    assert shown["fields"]["taken_date"] == "2002-06-14" and shown["fields"]["taken_at"] is None
    assert shown["sources"]["taken_date"] == "curator" and shown["missing"] == []
    assert "2002-06-14" in site.run("show", ref).output


def test_the_flyby_is_edited_part_by_part_and_kept_by_reprocess(site: Site) -> None:
    ref = ingested(site, PASS)
    assert fields(site, ref)["fields"]["flyby"]["magnitude"] == -3.9
    done = site.run("edit", ref, "--max-elevation", "72", "--magnitude", "-3.6")
    assert done.exit_code == 0, done.output
    times = ("--flyby-start", "2024-05-12 23:31 CEST", "--flyby-end", "2024-05-12 21:38Z")
    assert site.run("edit", ref, *times).exit_code == 0
    until = site.run("edit", ref, "--taken-until", "13 May 2024 06:40 JST")
    assert until.exit_code == 0, until.output
    expected = {
        "max_elevation_deg": 72.0,
        "magnitude": -3.6,
        "start": "2024-05-12T21:31:00Z",
        "end": "2024-05-12T21:38:00Z",
    }
    site.reprocess(ref)
    shown = fields(site, ref)
    assert shown["fields"]["flyby"] == expected and shown["sources"]["flyby"] == "curator"
    assert shown["fields"]["taken_until"] == "2024-05-12T21:40:00Z"
    text = site.run("show", ref).output
    assert "72°" in text and ("−3.6" in text or "-3.6" in text)
    assert "2024-05-12 21:40:00 UT" in text  # the series' end, in words like the time taken
    high = site.run("edit", ref, "--max-elevation", "95")
    assert high.exit_code == 1 and "from 0 to 90" in high.output
    backwards = site.run("edit", ref, *times[:2], "--flyby-end", "2024-05-12 21:30Z")
    assert (
        backwards.exit_code == 1
        and "--flyby-end 2024-05-12T21:30:00Z is before" in backwards.output
    )


def test_typed_times_survive_reprocess(site: Site) -> None:
    ref = ingested(site, PASS)
    assert site.run("edit", ref, "--taken-at", "2024-05-12 23:35 CEST").exit_code == 0
    site.reprocess(ref)
    shown = fields(site, ref)
    assert shown["fields"]["taken_at"] == "2024-05-12T21:35:00Z"
    assert shown["fields"]["taken_at_source"] == "curator"


def test_edit_help_names_every_typed_option_with_an_example(site: Site) -> None:
    text = site.run("edit", "--help").output
    examples = text.split("Examples:", 1)[1]
    for option in (
        "--taken-at",
        "--taken-date",
        "--taken-until",
        "--max-elevation",
        "--magnitude",
        "--flyby-start",
        "--flyby-end",
    ):
        assert option in examples.split("Options:", 1)[0] and option in examples
    assert '--taken-at "2026-11-18 18:03 JST"' in text and "--taken-date 2002-06-14" in text


def test_a_suggestion_taken_with_other_values_is_refused_and_nothing_changes(site: Site) -> None:
    ref = ingested(site, PASS)
    both = site.run("edit", ref, "--taken-at-from-suggestion", "1", "--story", "A new story")
    assert both.exit_code == 1
    assert "--story in a second `ipom edit`" in both.output
    assert fields(site, ref)["sources"].get("story") != "curator"

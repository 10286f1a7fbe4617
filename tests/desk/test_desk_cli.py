"""The curator's desk on a database filled by polling sample mail from a real Dovecot."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

from samples import samples
from tests.cli.test_cli_check import CONTRACT_KEYS, FIELD_KEYS, MEDIA_KEYS
from tests.desk_kit import Desk, ingest_samples


def test_the_desk_works_on_every_database(database_url: str, tmp_path: Path) -> None:
    desk = ingest_samples(database_url, tmp_path)
    ref = desk.refs["02-incomplete.eml"]
    assert desk.run("shortlist", ref).exit_code == 0
    assert desk.run("edit", ref, "--equipment", "Nikon D750").exit_code == 0
    rows = json.loads(
        desk.run("queue", "--decision", "shortlisted", "--sort", "taken", "--json").output
    )
    assert [(r["reference"], r["equipment"]) for r in rows] == [(ref, ["Nikon D750"])]
    assert json.loads(desk.run("show", ref, "--json").output)["decision"] == "shortlisted"


def refs(result_output: str) -> list[str | None]:
    return [row["reference"] for row in json.loads(result_output)]


def test_queue_shows_every_sample_with_what_is_missing(desk: Desk) -> None:
    done = desk.run("queue", "--all")
    assert done.exit_code == 0, done.output
    assert desk.refs["01-complete.eml"] in done.output
    rows = json.loads(desk.run("queue", "--json").output)
    jonas = next(r for r in rows if r["sender"] == "jonas@example.de")
    assert jonas["missing"] == ["taken_at", "equipment"] and jonas["media"] == 1


def test_queue_filters_by_status_month_search_and_decision(desk: Desk) -> None:
    maria, jonas = desk.refs["01-complete.eml"], desk.refs["02-incomplete.eml"]
    assert refs(desk.run("queue", "--status", "incomplete", "--json").output) == [jonas]
    assert refs(desk.run("queue", "--search", "MARIA", "--json").output) == [maria]
    this_month = datetime.now(UTC).strftime("%Y-%m")
    assert len(refs(desk.run("queue", "--month", this_month, "--json").output)) == 4
    assert refs(desk.run("queue", "--month", "2001-01", "--json").output) == []
    assert desk.run("shortlist", maria).exit_code == 0
    assert refs(desk.run("queue", "--decision", "shortlisted", "--json").output) == [maria]
    assert maria not in refs(desk.run("queue", "--decision", "none", "--json").output)
    assert desk.run("queue", "--month", "May").exit_code == 2


def test_queue_sorts_and_reverses(desk: Desk) -> None:
    newest_first = refs(desk.run("queue", "--json").output)
    oldest_first = refs(desk.run("queue", "--json", "--reverse").output)
    assert oldest_first == list(reversed(newest_first))
    by_sender = [
        r["sender"] for r in json.loads(desk.run("queue", "--sort", "sender", "--json").output)
    ]
    assert by_sender == sorted(by_sender)
    by_taken = refs(desk.run("queue", "--sort", "taken", "--json").output)
    assert by_taken[:2] == [desk.refs["03-link.eml"], desk.refs["01-complete.eml"]]


def test_csv_has_a_header_and_one_line_per_submission(desk: Desk) -> None:
    rows = list(csv.DictReader(io.StringIO(desk.run("queue", "--csv").output)))
    assert len(rows) == 4
    assert {r["sender"] for r in rows} >= {"maria@example.es", "jonas@example.de"}


def test_show_gives_each_field_with_its_source_and_the_media(desk: Desk) -> None:
    data = json.loads(desk.run("show", desk.refs["01-complete.eml"], "--json").output)
    assert data["fields"]["taken_at"] == "2024-05-12T21:34:10Z"
    assert data["fields"]["taken_at_source"] == data["sources"]["taken_at"] == "body"
    assert data["media"][0]["width"] == 1600 and data["media"][0]["camera"]
    assert [e["kind"] for e in data["events"]][:2] == ["received", "processed"]
    assert "Maria López" in desk.run("show", desk.refs["01-complete.eml"]).output


def test_show_gives_the_extracted_part_in_the_shape_of_check(desk: Desk, tmp_path: Path) -> None:
    ref = desk.refs["01-complete.eml"]
    shown = json.loads(desk.run("show", ref, "--json").output)
    eml = tmp_path / "01-complete.eml"
    eml.write_bytes(samples()["01-complete.eml"])
    checked = json.loads(desk.run("check", str(eml), "--json").output)
    assert set(shown["fields"]) == set(checked["fields"]) == FIELD_KEYS
    assert shown["fields"] == checked["fields"]
    assert shown["media"] and all(set(m) == MEDIA_KEYS for m in shown["media"])
    assert shown["media"] == checked["media"]
    assert CONTRACT_KEYS - {"reply"} <= set(shown)
    assert all(isinstance(n, str) for n in shown["notes"])


def test_decisions_record_who_and_can_be_undone(desk: Desk) -> None:
    ref = desk.refs["01-complete.eml"]
    assert desk.run("decline", ref).exit_code == 2  # --reason is required
    assert desk.run("decline", ref, "--reason", "blurry", "--curator", "ana").exit_code == 0
    assert desk.run("note", ref, "ask for the raw file").exit_code == 0
    data = json.loads(desk.run("show", ref, "--json").output)
    assert data["decision"] == "declined"
    decline = next(d for d in data["decisions"] if d["kind"] == "decline")
    assert decline["curator"] == "ana" and decline["reason"] == "blurry" and decline["at"]
    assert desk.run("undo", ref).exit_code == 0
    data = json.loads(desk.run("show", ref, "--json").output)
    assert data["decision"] is None
    assert any(d["kind"] == "decline" and d["reverted_at"] for d in data["decisions"])


def test_pick_is_for_the_feature_month_and_notify_queues_a_congratulation(desk: Desk) -> None:
    ref = desk.refs["01-complete.eml"]
    assert desk.run("pick", ref, "--month", "2024-13").exit_code == 1
    done = desk.run("pick", ref, "--month", "2025-01", "--notify")
    assert done.exit_code == 0 and "queued" in done.output
    data = json.loads(desk.run("show", ref, "--json").output)
    assert data["decision"] == "picked 2025-01"
    assert data["replies"][-1]["to"] == "maria@example.es"


def test_an_edit_wins_over_extraction_and_fills_what_was_missing(desk: Desk) -> None:
    ref = desk.refs["02-incomplete.eml"]
    refused = desk.run("edit", ref, "--taken-at", "2024-05-12 23:34")
    assert refused.exit_code == 1 and "zone" in refused.output
    done = desk.run(
        "edit", ref, "--taken-at", "2024-05-12 23:34+02:00", "--equipment", "Nikon D750, 50mm"
    )
    assert done.exit_code == 0, done.output
    data = json.loads(desk.run("show", ref, "--json").output)
    assert data["fields"]["taken_at"] == "2024-05-12T21:34:00Z"
    assert data["sources"]["taken_at"] == data["fields"]["taken_at_source"] == "curator"
    assert data["status"] == "complete" and data["missing"] == []
    assert desk.run("undo", ref, "--kind", "edit").exit_code == 0
    data = json.loads(desk.run("show", ref, "--json").output)
    assert data["fields"]["equipment"] == [] and "equipment" not in data["sources"]


def test_an_impossible_edit_time_is_refused_as_no_time_not_as_a_missing_zone(desk: Desk) -> None:
    ref = desk.refs["02-incomplete.eml"]
    refused = desk.run("edit", ref, "--taken-at", "2024-13-45T21:34Z")
    assert refused.exit_code == 1
    assert "is not a date and time" in refused.output and "no zone" not in refused.output


def test_export_gives_the_month_as_json_or_csv(desk: Desk) -> None:
    month = datetime.now(UTC).strftime("%Y-%m")
    as_json = json.loads(desk.run("export", "--month", month, "--format", "json").output)
    assert len(as_json) == 4
    as_csv = list(csv.DictReader(io.StringIO(desk.run("export", "--month", month).output)))
    assert [r["reference"] for r in as_csv] == [r["reference"] or "" for r in as_json]


def test_unknown_reference_is_one_line_and_exit_1(desk: Desk) -> None:
    done = desk.setup.ipom("show", "IPOM-1999-0001")
    assert done.returncode == 1
    assert done.stderr.startswith("ipom: no submission") and "Traceback" not in done.stderr
    ok = desk.setup.ipom("queue", "--status", "complete")
    assert ok.returncode == 0 and "IPOM-" in ok.stdout
